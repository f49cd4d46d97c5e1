// The size budget, run by `npm run build` (so by `npm test` and CI) and `npm run size`.
// - The CDN file gzipped must stay within BUDGET bytes; it must be self-contained (no
//   static import of another file) and hold no dev-mode Lit. Lazily loaded chunks next to
//   it (the DOMPurify fallback) are reported but not counted: most pages never load them.
// - Each npm entry is reported twice: its own modules as published (lit external), and
//   what it costs in an app, minified and bundled with Lit, as a user's bundler would.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const BUDGET = 16 * 1024;
const gz = (data) => gzipSync(data, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const row = (label, value) => console.log(`  ${label}`.padEnd(70) + value);

const dir = 'dist/cdn';
const cdn = join(dir, 'benelux-widgets.js');
if (!existsSync(cdn)) {
  console.error(`${cdn} is missing: run npm run build first.`);
  process.exit(1);
}
const code = readFileSync(cdn, 'utf8');
const problems = [];
// Minified static imports look like `import{a as b}from"./x.js"` or `import"./x.js"`.
if (/(?:^|[;}\s])import\s*(?:[\w$]+\s*from|[{*"'`])/.test(code)) {
  problems.push(`${cdn} imports another file statically: it must be self-contained.`);
}
if (/dev mode|lit\.dev\/msg/.test(code)) {
  problems.push(`${cdn} contains development-mode Lit (check the "production" condition).`);
}

/** An npm entry and every local module it imports, statically. */
function closure(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const m of source.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?['"](\.[^'"]+)['"]/g)) {
    closure(resolve(dirname(entry), m[1]), seen);
  }
  return seen;
}

/** The entry minified and bundled with Lit, as an app would ship it (lazy chunks apart). */
async function inApp(entry) {
  const [out] = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: resolve('dist', `${entry}.js`), formats: ['es'], fileName: entry },
      rolldownOptions: {
        external: [/^dompurify$/],
        output: { minify: true, comments: false },
      },
    },
  });
  const chunk = out.output.find((o) => o.type === 'chunk' && o.isEntry);
  return gz(chunk.code);
}

console.log('\nSize (gzip -9)');
for (const entry of ['index', 'news-list', 'theme-card', 'read-more', 'classes']) {
  const files = [...closure(resolve('dist', `${entry}.js`))];
  const own = gz(Buffer.concat(files.map((f) => readFileSync(f))));
  row(`npm  ${entry}.js`, `${kb(own)} own modules, ${kb(await inApp(entry))} minified with Lit`);
}
for (const lazy of readdirSync(dir).filter(
  (f) => f.endsWith('.js') && f !== 'benelux-widgets.js',
)) {
  row(`cdn  ${lazy} (lazy, not counted)`, kb(gz(readFileSync(join(dir, lazy)))));
}
// Where the CDN file's bytes come from (minified bytes per source module, sourcemap).
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function bytesPerSource(text, map) {
  const bytes = new Map();
  const lines = text.split('\n');
  let source = 0;
  map.mappings.split(';').forEach((segments, li) => {
    let col = 0;
    const starts = [];
    for (const segment of segments.split(',').filter(Boolean)) {
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >> 1) : value >> 1);
          value = shift = 0;
        }
      }
      col += fields[0];
      if (fields.length > 1) source += fields[1];
      starts.push([col, fields.length > 1 ? map.sources[source] : '(glue)']);
    }
    starts.forEach(([at, name], i) => {
      const end = i + 1 < starts.length ? starts[i + 1][0] : lines[li].length;
      bytes.set(name, (bytes.get(name) ?? 0) + end - at);
    });
  });
  return [...bytes].sort((a, b) => b[1] - a[1]);
}
console.log('\nCDN file, minified bytes per source (largest first)');
const map = JSON.parse(readFileSync(`${cdn}.map`, 'utf8'));
for (const [name, bytes] of bytesPerSource(code, map).slice(0, 12)) {
  row(name.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, ''), `${bytes} B`);
}

const size = gz(code);
row('cdn  benelux-widgets.js', `${kb(size)} of ${kb(BUDGET)} budget (${size} bytes)`);
if (size > BUDGET) {
  problems.push(`The CDN file is ${size - BUDGET} bytes over its ${kb(BUDGET)} gzip budget.`);
}
for (const p of problems) console.error(`\n${p}`);
if (problems.length) process.exit(1);
