import { minify } from 'terser';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplates } from './scripts/minify-templates.js';

/** The sanitizer's file in the CDN build, next to benelux-widgets.js. */
const SANITIZER = 'benelux-widgets.sanitizer.js';

/**
 * The CDN file imports the sanitizer lazily from its own file (built by the
 * `cdn-sanitizer` mode). Left to the bundler, modules shared by both (safeUrl) would
 * become a third file that benelux-widgets.js imports statically.
 */
function lazySanitizer(): Plugin {
  return {
    name: 'benelux:lazy-sanitizer',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && /\/internal\/sanitize\.js$/.test(source) && !/sanitize\.ts$/.test(importer)) {
        return { id: `./${SANITIZER}`, external: true };
      }
      return null;
    },
  };
}

/**
 * Three library builds from one config (`vite build --mode …`, run by scripts/build.mjs):
 * - npm: one module per source file under dist/, `lit` and `@lit/localize` external;
 * - cdn: one self-contained ES module, dist/cdn/benelux-widgets.js, Lit included;
 * - cdn-sanitizer: dist/cdn/benelux-widgets.sanitizer.js, which the CDN file loads only
 *   when a feed has `content_html`; its DOMPurify fallback is one more lazy file.
 * The CDN file holds no static import (scripts/size.mjs checks); only the lazy files are
 * left out of its size budget. All builds minify the text of our `html`/`css` templates
 * (scripts/minify-templates.ts).
 */
/**
 * A second minifier pass over the CDN files: Terser (two compress passes) after Oxc's
 * minifier finds ~0.1 KB gzip more. The sourcemap follows. `keep_fargs: false` lets it
 * drop unused parameters (so Lit's `JSCompiler_renameProperty(name, obj)` becomes an
 * identity and is inlined): nothing in the bundle reads a function's `length`.
 */
function terserPass(): Plugin {
  return {
    name: 'benelux:terser-pass',
    async generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const out = await minify(chunk.code, {
          module: true,
          compress: { passes: 2, keep_fargs: false },
          sourceMap: !!chunk.map && {
            content: JSON.stringify(chunk.map) as never,
            includeSources: true,
            asObject: true,
          },
        });
        // Terser drops comments, the sourceMappingURL one too: put it back.
        const url = /\n\/\/# sourceMappingURL=\S+\s*$/.exec(chunk.code)?.[0] ?? '';
        chunk.code = out.code! + url;
        // The map file is already an asset of the bundle: rewrite it too.
        const mapFile = bundle[`${chunk.fileName}.map`];
        if (out.map && mapFile?.type === 'asset') {
          mapFile.source = JSON.stringify({ ...(out.map as object), file: chunk.fileName });
        }
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const sanitizer = mode === 'cdn-sanitizer';
  const cdn = mode === 'cdn' || sanitizer;
  return {
    plugins: [
      minifyTemplates(),
      ...(mode === 'cdn' ? [lazySanitizer()] : []),
      ...(cdn ? [terserPass()] : []),
    ],
    build: {
      target: 'es2022',
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: false,
      minify: cdn,
      sourcemap: true,
      lib: cdn
        ? {
            entry: sanitizer ? 'src/internal/sanitize.ts' : 'src/index.ts',
            formats: ['es'],
            fileName: () => (sanitizer ? SANITIZER : 'benelux-widgets.js'),
          }
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
            // Terser takes a few seconds; that is expected, not worth a warning.
            checks: { pluginTimings: false },
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
