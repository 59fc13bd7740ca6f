// @ts-check
import { existsSync } from 'node:fs';

/**
 * The system Chromium to test in: `CHROME_PATH`, then the Debian and other usual places.
 * Exits with a clear message when none is found, rather than letting a launcher download one.
 * @returns {string}
 */
export function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ].filter(/** @returns {c is string} */ (c) => Boolean(c));
  const found = candidates.find((c) => existsSync(c));
  if (!found) {
    console.error(
      'outcome-kit tests need a Chromium. None was found at CHROME_PATH or in /usr/bin.\n' +
        'Install one (Debian: apt-get install -y chromium) or set CHROME_PATH to its executable.',
    );
    process.exit(1);
  }
  return found;
}

/** Flags for a headless, offline, root-run Chromium. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // The browser's language, which widgets without a locale of their own follow: the same on every machine.
  '--lang=en-US',
  // Pages run side by side; keep background tabs painting and their timers on time.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
