// npm run build: the npm build (dist/), its .d.ts types, the CDN file
// (dist/cdn/benelux-widgets.js) and its SRI value (dist/cdn/benelux-widgets.js.sri).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
rmSync('dist', { recursive: true, force: true });
run('node_modules/.bin/vite', ['build', '--mode', 'npm', '--logLevel', 'warn']);
run('node_modules/.bin/vite', ['build', '--mode', 'cdn', '--logLevel', 'warn']);
run('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json']);

const file = 'dist/cdn/benelux-widgets.js';
const sri = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
writeFileSync(`${file}.sri`, `${sri}\n`);
console.log(`${file}\nintegrity="${sri}"`);
run('node', ['scripts/size.mjs']);
