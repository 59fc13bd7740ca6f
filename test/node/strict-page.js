// Shared by the Node tests that load built files in Chromium: a static server on 127.0.0.1 that
// sends the strict Content-Security-Policy of DESIGN.md section 3, and the browser.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.js';

/** The policy every outcome-kit page must run under. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

const types = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.css': 'text/css',
};

/**
 * Starts a server answering each path with `respond(path)`: a file name to read, `{ html }` to send
 * as a page, or undefined for 404. Every answer carries the CSP, unless `csp` is false. Returns its
 * origin and a browser.
 * @param {(path: string) => string | { html: string } | undefined} respond
 * @param {{ csp?: boolean }} [options]
 */
export async function startStrictPages(respond, { csp = true } = {}) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const answer = respond(path);
    try {
      if (answer === undefined) throw new Error('not found');
      const body = typeof answer === 'string' ? await readFile(answer) : answer.html;
      const type = typeof answer === 'string' ? (types[extname(answer)] ?? 'text/plain') : 'text/html';
      res.writeHead(200, { 'content-type': type, ...(csp && { 'content-security-policy': CSP }) });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    args: chromiumArgs,
    headless: true,
  });
  return {
    origin: `http://127.0.0.1:${address.port}`,
    browser,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/**
 * Opens `url` in a fresh tab of `browser` and returns the tab and every console error, page error
 * and Content-Security-Policy violation it reports. `viewport` sizes the tab, `scheme` emulates
 * the reader's light or dark setting, and `init` runs in the page before its own scripts.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {{ viewport?: { width: number, height: number }, scheme?: 'light' | 'dark', init?: () => void }} [options]
 */
export async function openStrict(browser, url, { viewport, scheme, init } = {}) {
  const tab = await browser.newPage();
  /** @type {string[]} */
  const problems = [];
  tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  tab.on('pageerror', (e) => problems.push(e.message));
  await tab.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  if (init) await tab.evaluateOnNewDocument(init);
  if (viewport) await tab.setViewport(viewport);
  if (scheme) await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await tab.goto(url, { waitUntil: 'networkidle0' });
  return { tab, problems };
}
