export default {
  globs: ['src/components/**/*.ts', 'src/internal/base-element.ts', 'src/internal/feed-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
