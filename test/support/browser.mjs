// Finds the Chromium the tests and scripts drive: $CHROME_PATH, else the usual places.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `CHROME_PATH=${fromEnv} does not exist. Point it at a Chromium or Chrome binary.`,
    );
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
      'or set CHROME_PATH=/path/to/chrome.',
  );
}

/** `findChrome()` for command-line entry points: prints the fix and exits when none is found. */
export function chromeOrExit() {
  try {
    return findChrome();
  } catch (e) {
    console.error(`\n${e.message}\n`);
    process.exit(1);
  }
}

/** Flags for a quiet headless browser that also runs as root in CI containers. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
