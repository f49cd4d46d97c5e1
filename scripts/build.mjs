// npm run build: the npm build (dist/), its .d.ts types, the CDN file
// (dist/cdn/benelux-widgets.js, the lazily loaded sanitizer files next to it) and an SRI
// value for each CDN file (<file>.sri), then the size report and budget (scripts/size.mjs).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const run = (cmd, args) => {
  try {
    execFileSync(cmd, args, { stdio: 'inherit' });
  } catch (e) {
    process.exit(e.status ?? 1); // the command already printed why
  }
};
rmSync('dist', { recursive: true, force: true });
run('node_modules/.bin/vite', ['build', '--mode', 'npm', '--logLevel', 'warn']);
run('node_modules/.bin/vite', ['build', '--mode', 'cdn', '--logLevel', 'warn']);
run('node_modules/.bin/vite', ['build', '--mode', 'cdn-sanitizer', '--logLevel', 'warn']);
run('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json']);

for (const name of readdirSync('dist/cdn').filter((f) => f.endsWith('.js'))) {
  const file = `dist/cdn/${name}`;
  const sri = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
  writeFileSync(`${file}.sri`, `${sri}\n`);
  console.log(`${file}\nintegrity="${sri}"`);
}
run('node', ['scripts/size.mjs']);
