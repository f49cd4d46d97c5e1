import { defineConfig } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.js';

/**
 * Two library builds from one config (`vite build --mode npm|cdn`, run by scripts/build.mjs):
 * - npm: one module per source file under dist/, `lit` and `@lit/localize` external;
 * - cdn: one self-contained ES module, dist/cdn/benelux-widgets.js, Lit included. Only
 *   dynamic imports (the DOMPurify fallback of src/internal/sanitize.ts) become separate,
 *   lazily loaded files next to it; scripts/size.mjs checks that nothing else splits out.
 * Both builds minify the text of our `html`/`css` templates (scripts/minify-templates.ts).
 */
export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  return {
    plugins: [minifyTemplates()],
    build: {
      target: 'es2022',
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: false,
      minify: cdn,
      sourcemap: true,
      lib: cdn
        ? { entry: 'src/index.ts', formats: ['es'], fileName: () => 'benelux-widgets.js' }
        : {
            entry: {
              index: 'src/index.ts',
              'news-list': 'src/news-list.ts',
              'theme-card': 'src/theme-card.ts',
              'read-more': 'src/read-more.ts',
              classes: 'src/classes.ts',
            },
            formats: ['es'],
          },
      rolldownOptions: cdn
        ? {
            output: {
              minify: true,
              // The file is final: nobody bundles it again, so annotations are dead weight.
              comments: false,
              chunkFileNames: 'benelux-widgets.[name]-[hash].js',
            },
            // @lit/localize declares no "sideEffects"; we only use its pure `str` tag, so
            // let tree-shaking drop the runtime (configureLocalization, id hashing) we never call.
            treeshake: { moduleSideEffects: (id: string) => !id.includes('/@lit/localize/') },
          }
        : {
            external: [/^lit(\/|$)/, /^@lit\//, /^dompurify$/],
            output: {
              preserveModules: true,
              preserveModulesRoot: 'src',
              entryFileNames: '[name].js',
            },
          },
    },
  };
});
