// The size budget: the CDN file gzipped must stay within BUDGET bytes. Also reports
// each npm entry with the modules it pulls in (lit excluded: it is the host's).
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 16 * 1024;
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

const cdn = 'dist/cdn/benelux-widgets.js';
if (!existsSync(cdn)) {
  console.error(`${cdn} is missing: run npm run build first.`);
  process.exit(1);
}

/** An npm entry and every local module it imports, statically. */
function closure(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const m of code.matchAll(/(?:import|export)[^'"]*?from\s*['"](\.[^'"]+)['"]/g)) {
    closure(resolve(dirname(entry), m[1]), seen);
  }
  return seen;
}

console.log('\nSize (gzip -9)');
for (const entry of ['index', 'news-list', 'theme-card', 'read-more']) {
  const files = [...closure(resolve(join('dist', `${entry}.js`)))];
  const bytes = gzipSync(Buffer.concat(files.map((f) => readFileSync(f))), { level: 9 }).length;
  console.log(`  npm  ${entry}.js (+ its modules, lit external)`.padEnd(60) + kb(bytes));
}
const size = gz(cdn);
console.log(`  cdn  benelux-widgets.js`.padEnd(60) + `${kb(size)} of ${kb(BUDGET)} budget`);
if (size > BUDGET) {
  console.error(`\nThe CDN file is ${kb(size - BUDGET)} over its ${kb(BUDGET)} gzip budget.`);
  process.exit(1);
}
