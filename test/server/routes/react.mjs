// React 19 ships CommonJS only, which the browser cannot import. For the React host tests
// (test/react/), esbuild bundles react, react/jsx-runtime and react-dom/client once into
// ES modules sharing one copy of React (under /__react/), and the URLs the test runner's
// node-resolve gives those bare imports (/node_modules/react/index.js, …) answer with a
// small module re-exporting them.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const ENTRIES = {
  'react.js': { from: 'react', resolved: '/node_modules/react/index.js', default: true },
  'jsx-runtime.js': { from: 'react/jsx-runtime', resolved: '/node_modules/react/jsx-runtime.js' },
  'jsx-dev-runtime.js': {
    from: 'react/jsx-dev-runtime',
    resolved: '/node_modules/react/jsx-dev-runtime.js',
  },
  'react-dom.js': {
    from: 'react-dom',
    resolved: '/node_modules/react-dom/index.js',
    default: true,
  },
  'react-dom-client.js': {
    from: 'react-dom/client',
    resolved: '/node_modules/react-dom/client.js',
    default: true,
  },
};

let bundle;
function bundled() {
  bundle ??= (async () => {
    // The export names, read in a separate Node process (React's development build
    // inspects `console`, which the test runner replaces in its own process).
    const ids = Object.values(ENTRIES).map((e) => e.from);
    const exported = JSON.parse(
      execFileSync(process.execPath, [
        '--input-type=commonjs',
        '-e',
        `console.log(JSON.stringify(${JSON.stringify(ids)}.map((id) => Object.keys(require(id)))))`,
      ]).toString(),
    );
    const names = (id) =>
      exported[ids.indexOf(id)].filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== 'default');
    const result = await build({
      entryPoints: Object.keys(ENTRIES).map((out) => ({
        in: `virtual:${out}`,
        out: out.slice(0, -3),
      })),
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: '/__react',
      write: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"development"' },
      plugins: [
        {
          name: 'react-entries',
          setup(b) {
            b.onResolve({ filter: /^virtual:/ }, (args) => ({ path: args.path, namespace: 'v' }));
            b.onLoad({ filter: /.*/, namespace: 'v' }, (args) => {
              const entry = ENTRIES[args.path.slice('virtual:'.length)];
              const contents =
                `import m from '${entry.from}';\n` +
                (entry.default ? 'export default m;\n' : '') +
                `export const { ${names(entry.from).join(', ')} } = m;\n`;
              return { contents, resolveDir: process.cwd(), loader: 'js' };
            });
          },
        },
      ],
    });
    return new Map(result.outputFiles.map((f) => [f.path, f.text]));
  })();
  return bundle;
}

export const reactRoutes = [
  async function reactAsEsm(ctx, next) {
    const entry = Object.entries(ENTRIES).find(([, e]) => e.resolved === ctx.path);
    if (entry) {
      const [out, { default: hasDefault }] = entry;
      ctx.type = 'text/javascript';
      ctx.body =
        `export * from '/__react/${out}';\n` +
        (hasDefault ? `export { default } from '/__react/${out}';\n` : '');
      return;
    }
    if (!ctx.path.startsWith('/__react/')) return next();
    const text = (await bundled()).get(ctx.path);
    if (text === undefined) return next();
    ctx.type = 'text/javascript';
    ctx.body = text;
  },
];
