import { readFileSync } from 'node:fs';

export default {
  globs: ['src/components/**/*.ts', 'src/internal/base-element.ts', 'src/internal/feed-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest; an `--outdir` run (the before-stop check
  // writes to a temporary folder) would otherwise point it there.
  packagejson: false,
  // globby runs the globs concurrently and returns files in whichever order they were
  // found; on a busy machine that order changes, and with it the manifest (CI once saw
  // custom-elements.json "drift" this way). Modules are read in sorted order instead.
  overrideModuleCreation: ({ ts, globs }) =>
    [...globs]
      .sort()
      .map((file) =>
        ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2015, true),
      ),
};
