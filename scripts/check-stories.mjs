// npm run check:stories — opens every story and docs page of the built Storybook
// (storybook-static/, from `npm run build-storybook`) in headless Chromium and fails on:
// - any console error or uncaught page error;
// - a state story (`…--loading`, `--populated`, `--empty`, `--error`, `--stale`) whose
//   element never reaches that `state`; any other story still loading after 20 s;
// - an axe-core accessibility violation in the story (the addon-a11y rules).
// Every story is checked twice: as is, and with dark + forced-colors emulated.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../test/support/browser.mjs';

const ROOT = 'storybook-static';
const STATES = ['loading', 'populated', 'empty', 'error', 'stale'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

async function serve() {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    let file = join(ROOT, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

let index;
try {
  index = JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8'));
} catch {
  console.error(`No ${ROOT}/index.json: run \`npm run build-storybook\` first.`);
  process.exit(1);
}
const only = process.env.STORY_FILTER; // e.g. STORY_FILTER=news-list
const entries = Object.values(index.entries).filter((e) => !only || e.id.includes(only));
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const failures = [];
let checked = 0;

async function check(entry, emulation) {
  const label = `${entry.id}${emulation.forcedColors === 'active' ? ' (dark, forced colors)' : ''}`;
  const started = Date.now();
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  await page.emulateMedia(emulation);
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url().replace(base, '')}`);
  });
  try {
    const mode = entry.type === 'docs' ? 'docs' : 'story';
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=${mode}`, {
      waitUntil: 'domcontentloaded',
    });
    if (mode === 'docs') {
      await page.waitForSelector('.sbdocs-content', { timeout: 30000 });
    } else {
      await page.waitForSelector('#storybook-root .benelux-story', { timeout: 30000 });
      const expected = STATES.find((s) => entry.id.endsWith(`--${s}`));
      const widgets = '#storybook-root :is(benelux-news-list, benelux-theme-card)';
      try {
        await page.waitForFunction(
          ({ widgets, expected }) => {
            const els = [...document.querySelectorAll(widgets)];
            return expected
              ? els.some((el) => el.getAttribute('state') === expected)
              : els.every(
                  (el) => el.hasAttribute('state') && el.getAttribute('state') !== 'loading',
                );
          },
          { widgets, expected },
          { timeout: 20000 },
        );
      } catch {
        const seen = await page.$$eval(widgets, (els) => els.map((e) => e.getAttribute('state')));
        problems.push(
          `expected ${expected ? `state "${expected}"` : 'a settled state'}, saw [${seen.join(', ')}]`,
        );
      }
      // addon-a11y runs its own axe in the page: wait for it to finish, then run ours.
      if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        for (let tries = 0; ; tries++) {
          try {
            const result = await window.axe.run('#storybook-root', {
              resultTypes: ['violations'],
            });
            return result.violations.map(
              (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
            );
          } catch (e) {
            if (tries > 50 || !/already running/.test(e.message)) throw e;
            await new Promise((r) => setTimeout(r, 100));
          }
        }
      });
      problems.push(...violations.map((v) => `a11y: ${v}`));
    }
  } catch (e) {
    problems.push(`did not render: ${e.message.split('\n')[0]}`);
  }
  await page.close();
  checked++;
  if (problems.length) failures.push(`${label}\n    ${problems.join('\n    ')}`);
  console.log(`${problems.length ? '✗' : '✓'} ${label} (${Date.now() - started} ms)`);
}

const jobs = [
  ...entries.map((entry) => [entry, { colorScheme: 'light', forcedColors: 'none' }]),
  ...entries
    .filter((e) => e.type === 'story')
    .map((entry) => [entry, { colorScheme: 'dark', forcedColors: 'active' }]),
];
const workers = Number(process.env.STORY_CONCURRENCY ?? Math.min(4, availableParallelism()));
try {
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) await check(...job);
    }),
  );
} finally {
  await browser.close();
  server.close();
}

if (failures.length) {
  console.error(
    `\n${failures.length} of ${checked} story checks failed:\n  ${failures.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(
  `\nAll ${checked} story checks passed (${entries.length} entries, zero console errors).`,
);
