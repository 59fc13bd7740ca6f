#!/usr/bin/env node
// @ts-check
/**
 * Story sweep: renders every story of a built Storybook in headless Chromium, in the light and
 * the dark colour scheme, and fails a story on a console error, a page error, a failed request,
 * an undefined custom element, an empty render or an axe-core violation. A third pass renders it
 * in the pseudo-locale (`ja-XA`, every translated word in ⟦ ⟧) and fails it on a word that the
 * widgets show or announce that came from neither the translation nor the document.
 *
 *   npx storybook build -o storybook-static --quiet
 *   node scripts/story-sweep.mjs [--filter <text in story id>]
 *
 * It builds nothing itself: it serves `storybook-static/` on 127.0.0.1 (random free port) with a
 * tiny static server and reads its `index.json`.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from './find-chromium.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const staticDir = resolve(repoRoot, 'storybook-static');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const CONCURRENCY = 2;
/**
 * @typedef {{ name: string, scheme: 'light' | 'dark', locale?: string }} Pass
 */
/** Every story is checked once per pass. @type {readonly Pass[]} */
const PASSES = [
  { name: 'light', scheme: 'light' },
  { name: 'dark', scheme: 'dark' },
  // The pseudo-locale (src/translations/pseudo.ts, registered by .storybook/preview.ts).
  { name: 'pseudo', scheme: 'light', locale: 'ja-XA' },
];
/** Longest wait for Storybook to finish rendering one story. */
const RENDER_TIMEOUT = 20_000;
/** Longest wait for late custom element definitions once the story has rendered. */
const DEFINE_TIMEOUT = 2_000;
/** Longest wait, in the pseudo pass, for the widgets to leave their skeletons. */
const SKELETON_TIMEOUT = 3_000;
/** Longest text quoted in a pseudo failure. */
const QUOTE_LENGTH = 120;

const filterIndex = process.argv.indexOf('--filter');
const filter = filterIndex > 0 ? (process.argv[filterIndex + 1] ?? '') : '';

const CONTENT_TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
});

// ------------------------------------------------------------------------------------------------
// Static server
// ------------------------------------------------------------------------------------------------

/**
 * Serves `root` on 127.0.0.1 at a random free port.
 * @param {string} root
 * @returns {Promise<{ server: import('node:http').Server, origin: string }>}
 */
function serve(root) {
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      let pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      if (pathname.endsWith('/')) pathname += 'index.html';
      const file = resolve(root, `.${pathname}`);
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile() && pathname === '/favicon.ico') {
        // Chromium asks for it on its own; the build has favicon.svg at most. Not a story's fault.
        res.writeHead(204).end();
        return;
      }
      if (!info?.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'max-age=600',
      });
      if (req.method === 'HEAD') res.end();
      else
        createReadStream(file)
          .on('error', () => res.destroy())
          .pipe(res);
    } catch {
      if (!res.headersSent) res.writeHead(400);
      res.end();
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (!address || typeof address === 'string') {
        reject(new Error('static server has no port'));
        return;
      }
      resolvePromise({ server, origin: `http://127.0.0.1:${address.port}` });
    });
  });
}

// ------------------------------------------------------------------------------------------------
// In-page helpers (serialised into the page by puppeteer; keep them self-contained)
// ------------------------------------------------------------------------------------------------

/** True once Storybook has finished the story (rendering, effects and afterEach hooks). */
function storybookFinished() {
  const preview = /** @type {any} */ (window).__STORYBOOK_PREVIEW__;
  const render = preview?.currentRender;
  if (document.body.classList.contains('sb-show-errordisplay')) return true;
  if (!render) return false;
  return ['finished', 'errored', 'aborted'].includes(render.phase);
}

/** True when the root has content and no custom element in it is waiting for its definition. */
function rootSettled() {
  const root = document.querySelector('#storybook-root');
  if (!root || !root.firstElementChild) return false;
  /** @param {Element | ShadowRoot} node @returns {boolean} */
  const pending = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.matches(':not(:defined)')) return true;
      if (el.shadowRoot && pending(el.shadowRoot)) return true;
    }
    return false;
  };
  return !pending(root);
}

/** Problems that can be read from the DOM once the story has rendered. */
function inspectRender() {
  /** @type {string[]} */
  const problems = [];
  const body = document.body;
  if (body.classList.contains('sb-show-errordisplay')) {
    const title = document.querySelector('#error-message')?.textContent?.trim() ?? '';
    const stack = document.querySelector('#error-stack')?.textContent?.trim().split('\n')[0] ?? '';
    problems.push(`Storybook error display: ${[title, stack].filter(Boolean).join(' — ') || '(no message)'}`);
  }
  if (body.classList.contains('sb-show-nopreview')) problems.push('Storybook shows "no preview"');
  const root = document.querySelector('#storybook-root');
  if (!root) {
    problems.push('no #storybook-root in the page');
    return problems;
  }
  /** @type {Set<string>} */
  const undefinedTags = new Set();
  /** @param {Element | ShadowRoot} node */
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      const name = el.localName;
      if (el.matches(':not(:defined)') || (name.includes('-') && !customElements.get(name))) {
        undefinedTags.add(name);
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  for (const tag of undefinedTags) problems.push(`custom element <${tag}> is not defined`);
  // Storybook renders lit templates into #root-inner; look through that wrapper.
  const inner = root.querySelector(':scope > #root-inner') ?? root;
  const box = root.getBoundingClientRect();
  if (!inner.firstElementChild) problems.push('empty render: the story root has no element children');
  else if (box.width === 0 || box.height === 0) {
    problems.push(`empty render: the story root is ${box.width}×${box.height} px`);
  }
  return problems;
}

/**
 * Runs axe-core (injected as `window.axe`) on the story root; shadow DOM is pierced.
 * @returns {Promise<{ id: string, impact: string, help: string, targets: string[] }[]>}
 */
async function runAxe() {
  const axe = /** @type {any} */ (window).axe;
  const results = await axe.run('#storybook-root', { resultTypes: ['violations'] });
  /** @param {unknown} target @returns {string} */
  const selector = (target) => (Array.isArray(target) ? target.map(selector).join(' >>> ') : String(target));
  return results.violations.map(
    /** @param {any} v */ (v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map(/** @param {any} n */ (n) => selector(n.target)),
    }),
  );
}

/** True when no widget in the story root shows its skeleton (loading data or words). */
function noSkeleton() {
  const root = document.querySelector('#storybook-root');
  if (!root) return true;
  /** @param {Element | ShadowRoot} node @returns {boolean} */
  const loading = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (!el.shadowRoot) continue;
      if (el.shadowRoot.querySelector('[part=skeleton]') || loading(el.shadowRoot)) return true;
    }
    return false;
  };
  return !loading(root);
}

/**
 * The pseudo-locale check: every text and every announced attribute inside the widgets' shadow
 * roots (and the widgets' own attributes), with the words that came from neither a translation
 * (inside ⟦ ⟧) nor the document (its strings and keys, the elements' attribute values).
 * Light DOM text that a story adds itself is the story's, not the widget's: not checked.
 * @param {string} locale the pass's locale, which every widget should have been given
 * @returns {Promise<{ missed: string[], found: { text: string, words: string[] }[] }>}
 */
async function findForeignWords(locale) {
  const TAGS = ['outcome-dashboard', 'kpi-trend', 'outcome-tree', 'output-vs-outcome'];
  const ATTRIBUTES = [
    'aria-label',
    'aria-description',
    'aria-valuetext',
    'aria-roledescription',
    'title',
    'alt',
    'placeholder',
  ];
  // JSON paths and typed values (`<code>`), and problem messages, which stay English (`lang="en"`).
  const SKIPPED = 'style, script, code, [lang="en"]';
  const root = document.querySelector('#storybook-root');
  if (!root) return { missed: [], found: [] };

  /** @type {Element[]} */
  const widgets = [];
  /** The widgets of the story itself (a dashboard's default layout renders more in its shadow root). @type {Element[]} */
  const storyWidgets = [];
  /** @param {Element | ShadowRoot} node */
  const findWidgets = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (TAGS.includes(el.localName)) {
        widgets.push(el);
        if (node === root) storyWidgets.push(el);
      }
      if (el.shadowRoot) findWidgets(el.shadowRoot);
    }
  };
  findWidgets(root);

  // The document strings: every string and key of each widget's document, and its attributes.
  /** @type {Set<string>} */
  const documentStrings = new Set();
  /** @param {unknown} value */
  const gather = (value) => {
    if (typeof value === 'string') documentStrings.add(value);
    else if (Array.isArray(value)) value.forEach(gather);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        documentStrings.add(key);
        gather(v);
      }
    }
  };
  /** @param {string} text */
  const parse = (text) => {
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  };
  for (const el of widgets) {
    for (const attribute of el.attributes) documentStrings.add(attribute.value);
    const data = /** @type {any} */ (el).data;
    if (data !== undefined && data !== null) gather(typeof data === 'string' ? parse(data) : data);
    else if (el.hasAttribute('src')) {
      // The mock fetch answers https://example.invalid; a URL that fails has no strings to add,
      // and one that never answers (loading stories) is given up on.
      const text = await fetch(/** @type {string} */ (el.getAttribute('src')), {
        signal: AbortSignal.timeout(1_000),
      })
        .then((r) => r.text())
        .catch(() => '');
      gather(parse(text));
    } else {
      // A document in a child `<script type="application/json">` (src/data/source-controller.ts).
      const script = el.querySelector(':scope > script[type="application/json"]');
      if (script?.textContent) gather(parse(script.textContent));
    }
  }

  // As foreignWords() in src/translations/pseudo.ts (this function runs in the page: no imports).
  const longestFirst = [...documentStrings].filter(Boolean).sort((a, b) => b.length - a.length);
  /** @param {string} text @returns {string[]} */
  const foreignWords = (text) => {
    let rest = text;
    // Innermost marks first: a pattern may hold words from other patterns.
    for (let before = ''; before !== rest;) {
      before = rest;
      rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    }
    for (const s of longestFirst) rest = rest.split(s).join(' ');
    return rest.match(/\p{Script=Latin}{2,}/gu) ?? [];
  };

  /** @param {string} text */
  const balanced = (text) => text.split('⟦').length === text.split('⟧').length;
  /** A document string cut short to fit ("NPS from 3…", a quadrant's point labels). @param {string} text */
  const shortened = (text) =>
    text.length > 1 && text.endsWith('…') && longestFirst.some((s) => s.startsWith(text.slice(0, -1)));
  /** The text of a node without its skipped parts. @param {Node} node @returns {string} */
  const textOf = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return /** @type {Text} */ (node).data;
    if (node instanceof Element && node.matches(SKIPPED)) return ' ';
    return [...node.childNodes].map(textOf).join('');
  };

  /** @type {Set<string>} */
  const texts = new Set();
  /** @param {Element} el */
  const addAttributes = (el) => {
    for (const name of ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value?.trim()) texts.add(value.trim());
    }
  };
  /** @type {Set<ShadowRoot>} */
  const walked = new Set();
  /** @param {ShadowRoot} shadow */
  const walk = (shadow) => {
    if (walked.has(shadow)) return;
    walked.add(shadow);
    const textNodes = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
    for (let node = textNodes.nextNode(); node; node = textNodes.nextNode()) {
      const parent = node.parentElement;
      if (parent?.closest(SKIPPED)) continue;
      // A sentence split around markup (a `<time>` in "As of …") is checked as a whole: the
      // smallest element around it whose marks pair up.
      let text = /** @type {Text} */ (node).data;
      for (let el = parent; el && !balanced(text); el = el.parentElement) text = textOf(el);
      text = text.replace(/\s+/g, ' ').trim();
      if (text && !shortened(text)) texts.add(text);
    }
    for (const el of shadow.querySelectorAll('*')) {
      addAttributes(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  for (const el of widgets) {
    addAttributes(el);
    if (el.shadowRoot) walk(el.shadowRoot);
  }

  return {
    // A widget the toolbar's locale did not reach would pass while showing English.
    missed: storyWidgets.filter((el) => el.getAttribute('locale') !== locale).map((el) => el.localName),
    found: [...texts]
      .map((text) => ({ text, words: [...new Set(foreignWords(text))] }))
      .filter((found) => found.words.length > 0),
  };
}

// ------------------------------------------------------------------------------------------------
// One story in one pass
// ------------------------------------------------------------------------------------------------

/**
 * @typedef {{ id: string, pass: string, failures: string[], warnings: string[] }} Result
 */

/**
 * A tab that checks one story after the other. Each runner has its own browser context, so its
 * tab is the visible tab of its own window: Chromium does not throttle `requestAnimationFrame`.
 * Reusing the tab (one navigation per story) is about a third faster than a new tab per story.
 */
class Runner {
  /** @param {import('puppeteer-core').Browser} browser @param {string} origin */
  constructor(browser, origin) {
    this.browser = browser;
    this.origin = origin;
    /** @type {import('puppeteer-core').BrowserContext | undefined} */
    this.context = undefined;
    /** @type {import('puppeteer-core').Page | undefined} */
    this.page = undefined;
    /** The result events go to; undefined between stories. @type {Result | undefined} */
    this.sink = undefined;
    /** Console messages and page errors count once the story's document has committed. */
    this.committed = false;
  }

  /** @returns {Promise<import('puppeteer-core').Page>} */
  async open() {
    if (this.page && !this.page.isClosed()) return this.page;
    this.context ??= await this.browser.createBrowserContext();
    const page = await this.context.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) this.committed = true;
    });
    page.on('console', (msg) => {
      if (!this.sink || !this.committed) return;
      const type = msg.type();
      const where = msg.location()?.url ? ` (${msg.location().url})` : '';
      if (type === 'error') this.sink.failures.push(`console error: ${msg.text()}${where}`);
      else if (type === 'warn') this.sink.warnings.push(`console warning: ${msg.text()}`);
    });
    page.on('pageerror', (error) => {
      if (!this.sink || !this.committed) return;
      this.sink.failures.push(`page error: ${error instanceof Error ? error.message : String(error)}`);
    });
    page.on('error', (error) => this.sink?.failures.push(`page crashed: ${error.message}`));
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? 'failed';
      this.sink?.failures.push(`request failed: ${request.method()} ${request.url()} (${reason})`);
    });
    page.on('response', (response) => {
      const url = response.url();
      if (response.status() >= 400 && url.startsWith(`${this.origin}/`)) {
        this.sink?.failures.push(`HTTP ${response.status()}: ${url}`);
      }
    });
    this.page = page;
    return page;
  }

  /**
   * Renders one story in one pass (a colour scheme, maybe a locale) and collects what is wrong
   * with it.
   * @param {string} id
   * @param {Pass} pass
   * @returns {Promise<Result>}
   */
  async check(id, pass) {
    const { scheme, locale } = pass;
    /** @type {Result} */
    const result = { id, pass: pass.name, failures: [], warnings: [] };
    let broken = false;
    try {
      const page = await this.open();
      this.sink = result;
      this.committed = false;
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      // `a11y.manual` stops the a11y addon's own axe run in the page: this sweep runs axe itself.
      // Storybook's URL globals are `key:value` pairs separated by `;`.
      const globals = ['a11y.manual:!true', ...(locale ? [`locale:${locale}`] : [])].join(';');
      const url = `${this.origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=${globals}`;
      const response = await page.goto(url, { waitUntil: 'load', timeout: RENDER_TIMEOUT });
      if (!response?.ok()) {
        result.failures.push(`iframe.html answered ${response?.status() ?? 'nothing'}`);
        return result;
      }
      try {
        await page.waitForFunction(storybookFinished, { timeout: RENDER_TIMEOUT, polling: 50 });
      } catch {
        result.failures.push(`Storybook did not finish rendering within ${RENDER_TIMEOUT / 1000} s`);
      }
      // Give late element definitions a moment; an element still undefined after it is reported.
      await page.waitForFunction(rootSettled, { timeout: DEFINE_TIMEOUT, polling: 50 }).catch(() => {});
      await page.evaluate(
        () =>
          new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(undefined)))),
      );

      result.failures.push(...(await page.evaluate(inspectRender)));

      if (locale) {
        // The words of a locale may still be loading, and the widgets show skeletons meanwhile.
        // A story that stays loading (a URL that never answers) is checked as it is: the
        // skeleton's own text is translated too.
        await page.waitForFunction(noSkeleton, { timeout: SKELETON_TIMEOUT, polling: 50 }).catch(() => {});
        await page.evaluate(
          () =>
            new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(undefined)))),
        );
        const { missed, found } = await page.evaluate(findForeignWords, locale);
        for (const tag of new Set(missed)) {
          result.failures.push(`pseudo: <${tag}> did not get locale="${locale}" from the locale global`);
        }
        for (const { text, words } of found) {
          const quote = text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH - 1)}…` : text;
          result.failures.push(`pseudo: "${quote}" has words not from the translation: ${words.join(', ')}`);
        }
      } else {
        // Axe in the light and the dark pass only: the pseudo pass has the same markup.
        await page.addScriptTag({ path: axePath });
        for (const v of await page.evaluate(runAxe)) {
          result.failures.push(
            `axe ${v.id} (${v.impact}): ${v.help}\n` + v.targets.map((t) => `        at ${t}`).join('\n'),
          );
        }
      }
    } catch (error) {
      broken = true;
      result.failures.push(`sweep error: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.sink = undefined;
    }
    // After a timeout or a crash, start the next story in a fresh tab.
    if (broken) await this.page?.close().catch(() => {});
    return result;
  }

  async close() {
    await this.context?.close().catch(() => {});
  }
}

// ------------------------------------------------------------------------------------------------
// Main
// ------------------------------------------------------------------------------------------------

/** @param {Result} r */
function report(r) {
  const label = `${r.id} [${r.pass}]`;
  const lines = [r.failures.length ? `FAIL ${label}` : `ok  ${label}`];
  for (const f of r.failures) lines.push(`    - ${f}`);
  for (const w of r.warnings) lines.push(`    warn: ${w}`);
  console.log(lines.join('\n'));
}

async function main() {
  const index = join(staticDir, 'index.json');
  if (!(await stat(index).catch(() => undefined))?.isFile()) {
    console.error(
      `story sweep: ${index} not found. Build Storybook first:\n` +
        '  npx storybook build -o storybook-static --quiet   (npm run build-storybook)',
    );
    return 1;
  }

  /** @type {{ entries: Record<string, { id: string, type: string }> }} */
  const { entries } = JSON.parse(await readFile(index, 'utf8'));
  const stories = Object.values(entries)
    .filter((e) => e.type === 'story' && e.id.includes(filter))
    .map((e) => e.id);
  if (stories.length === 0) {
    console.error(`story sweep: no stories${filter ? ` match "${filter}"` : ''} in ${index}`);
    return 1;
  }
  const jobs = stories.flatMap((id) => PASSES.map((pass) => ({ id, pass })));

  const started = Date.now();
  const { server, origin } = await serve(staticDir);
  /** @type {import('puppeteer-core').Browser | undefined} */
  let browser;
  /** @type {(Result | undefined)[]} */
  const results = new Array(jobs.length);
  try {
    browser = await puppeteer.launch({
      executablePath: findChromium(),
      args: chromiumArgs,
      headless: true,
    });
    const b = browser;
    let next = 0;
    let printed = 0;
    const worker = async () => {
      const runner = new Runner(b, origin);
      try {
        while (next < jobs.length) {
          const i = next++;
          const { id, pass } = jobs[i];
          results[i] = await runner.check(id, pass);
          // Print in story order, as soon as the results before it are in.
          while (printed < jobs.length && results[printed])
            report(/** @type {Result} */ (results[printed++]));
        }
      } finally {
        await runner.close();
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, jobs.length) }, worker));
  } finally {
    await browser?.close().catch(() => {});
    server.closeAllConnections();
    await new Promise((done) => server.close(() => done(undefined)));
  }

  const failed = results.filter((r) => r && r.failures.length > 0).length;
  const passed = results.length - failed;
  console.log(
    `(${stories.length} stories × ${PASSES.length} passes in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  console.log(`story sweep: ${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error('story sweep crashed:', error);
    process.exitCode = 1;
  },
);
