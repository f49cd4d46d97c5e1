// Screenshots of <benelux-news-list> on the demo page, for looking at the layouts.
//
//   node scripts/screenshots.mjs            → .shots/*.png (gitignored)
//   CHROME_PATH=/path/to/chrome node scripts/screenshots.mjs
//
// Starts the demo's Vite dev server (vite.demo.config.ts) on a free port, opens /demo/
// in headless Chromium (playwright-core; Debian's chromium by default) and shoots the
// "Actualité" section for each layout (list, grid, compact) at 320 px and 1280 px wide,
// in light and dark color schemes and in forced colors (Windows high contrast), plus
// the loading skeleton and a feed with images. Each file is named
// <layout>-<width>-<variant>.png.
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROME_ARGS, chromeOrExit } from '../test/support/browser.mjs';

const OUT = '.shots';
const LAYOUTS = ['list', 'grid', 'compact'];
const WIDTHS = [320, 1280];
const VARIANTS = {
  light: { colorScheme: 'light' },
  dark: { colorScheme: 'dark' },
  forced: { forcedColors: 'active' },
  loading: { colorScheme: 'light' },
  images: { colorScheme: 'light' },
};
const PICTURE =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 90"><rect width="160" height="90" fill="#3b6ea5"/>' +
  '<circle cx="120" cy="28" r="14" fill="#f4c430"/><path d="M0 90 50 40l40 40 20-20 50 30z" fill="#24496f"/></svg>';

const executablePath = chromeOrExit();

await mkdir(OUT, { recursive: true });
const server = await createServer({
  configFile: 'vite.demo.config.ts',
  logLevel: 'warn',
  server: { port: 0, strictPort: false },
});
await server.listen();
const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });

try {
  for (const [variant, options] of Object.entries(VARIANTS)) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, ...options });
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`page error (${variant}, ${width}px):`, e.message));
      if (variant === 'loading') {
        // Hold the feed forever: the skeleton stays.
        await page.route('**/feeds/news.*.json', () => {});
      }
      if (variant === 'images') {
        await page.route('**/feeds/news.*.json', async (route) => {
          const feed = await (await route.fetch()).json();
          feed.items.forEach((item, i) => (item.image = `${origin}/shots-image.svg?${i}`));
          await route.fulfill({ json: feed });
        });
        await page.route('**/shots-image.svg*', (route) =>
          route.fulfill({ contentType: 'image/svg+xml', body: PICTURE }),
        );
      }
      await page.goto(`${origin}/demo/`);
      const list = page.locator('section[aria-labelledby="news-heading"] benelux-news-list');
      const expected = variant === 'loading' ? 'loading' : 'populated';
      await page.waitForFunction(
        (state) =>
          document
            .querySelector('section[aria-labelledby="news-heading"] benelux-news-list')
            ?.getAttribute('state') === state,
        expected,
      );
      for (const layout of LAYOUTS) {
        await list.evaluate((el, value) => el.setAttribute('layout', value), layout);
        await page.evaluate(() => document.fonts.ready);
        const file = `${OUT}/${layout}-${width}-${variant}.png`;
        await page.locator('section[aria-labelledby="news-heading"]').screenshot({
          path: file,
          animations: 'disabled',
        });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
