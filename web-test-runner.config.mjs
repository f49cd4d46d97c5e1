import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { chromeOrExit, CHROME_ARGS } from './test/support/browser.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { testServerMiddleware } from './test/server/middleware.mjs';

const executablePath = chromeOrExit();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: Number(process.env.WTR_CONCURRENCY ?? 2),
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  browserStartTimeout: 60000,
  plugins: [
    esbuildPlugin({
      ts: true,
      tsx: true,
      target: 'auto',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  middleware: testServerMiddleware,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
      // Each test file in its own window, not a background tab: headless Chromium stops
      // rendering background tabs (no requestAnimationFrame, IntersectionObserver or
      // layout-shift entries), which stalls such tests when files run in parallel.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
