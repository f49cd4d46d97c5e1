// Fails when a generated file is not what its script produces now:
// custom-elements.json (cem analyze), src/generated/ (lit-localize build + our index),
// xliff/*.xlf (lit-localize extract), the README's API reference (scripts/docs-api.mjs),
// or when an XLIFF message has no <target>.
// The working tree is left exactly as it was.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const files = () => [
  'custom-elements.json',
  ...readdirSync('xliff').map((f) => join('xliff', f)),
  ...readdirSync('src/generated', { recursive: true })
    .map((f) => join('src/generated', String(f)))
    .filter((f) => f.endsWith('.ts')),
];
const snapshot = () => new Map(files().map((f) => [f, readFileSync(f, 'utf8')]));

const before = snapshot();
const problems = [];
try {
  const quiet = { stdio: ['ignore', 'pipe', 'pipe'] };
  execFileSync('node_modules/.bin/lit-localize', ['extract'], quiet);
  execFileSync('node', ['scripts/localize-build.mjs'], quiet);
  execFileSync('node_modules/.bin/cem', ['analyze', '--litelement'], quiet);
} catch (e) {
  problems.push(`a generator failed:\n${e.stderr?.toString() ?? e.message}`);
}
const after = snapshot();
try {
  // The README's API reference must match the manifest just generated.
  execFileSync('node', ['scripts/docs-api.mjs', '--check'], { stdio: ['ignore', 'pipe', 'pipe'] });
} catch (e) {
  problems.push(e.stderr?.toString().trim() || e.message);
}
for (const [file, text] of after) {
  if (!before.has(file)) problems.push(`${file} is generated but not committed`);
  else if (before.get(file) !== text) problems.push(`${file} is out of date`);
}
for (const file of before.keys())
  if (!after.has(file)) problems.push(`${file} is no longer generated`);

for (const file of after.keys()) {
  if (!file.endsWith('.xlf')) continue;
  const units = after.get(file).match(/<trans-unit\b[\s\S]*?<\/trans-unit>/g) ?? [];
  for (const unit of units) {
    if (!/<target[\s>]/.test(unit)) {
      problems.push(`${file}: message "${/id="([^"]+)"/.exec(unit)?.[1]}" has no <target>`);
    }
  }
}

// Put everything back as it was.
for (const file of after.keys()) if (!before.has(file) && existsSync(file)) rmSync(file);
for (const [file, text] of before) writeFileSync(file, text);

if (problems.length) {
  console.error('Generated files drifted:\n  ' + problems.join('\n  '));
  console.error(
    'Run `npm run localize:extract && npm run generate`, fill new XLIFF targets, commit.',
  );
  process.exit(1);
}
console.log(`Generated files are current (${after.size} checked).`);
