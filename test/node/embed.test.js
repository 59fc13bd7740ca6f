// dist/embed.html, the standalone page for Notion and Confluence embeds, configured by its address
// alone and served under the strict Content-Security-Policy of DESIGN.md.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openStrict, startStrictPages } from './strict-page.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { deflateRawSync } from 'node:zlib';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A page that frames the embed page, as Notion or Confluence do; the tests set the frame's address. */
const parent = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Parent</title><link rel="icon" href="data:,"></head>
<body><iframe title="outcome-kit embed" width="700" height="400"></iframe></body></html>`;

let pages;
let browser;
let origin;

before(async () => {
  pages = await startStrictPages((path) => {
    if (path === '/parent.html') return { html: parent };
    return path.startsWith('/test/') || path.startsWith('/fixtures/')
      ? join(root, path)
      : join(root, 'dist', path);
  });
  ({ browser, origin } = pages);
});

after(() => pages?.close());

/**
 * Opens the embed page at an address and returns the tab and every console error or CSP violation.
 * `viewport` sizes the tab (as an embed block sizes its frame), `scheme` emulates the reader's
 * light or dark system setting, and `init` runs in the page before its own scripts.
 * @param {string} address
 * @param {{ viewport?: { width: number, height: number }, scheme?: 'light' | 'dark', init?: () => void }} [options]
 */
function open(address, options = {}) {
  return openStrict(browser, `${origin}/embed.html${address}`, options);
}

/** Lets the page lay out and its observers run: two animation frames, then a little more. */
const settle = (tab) =>
  tab.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100))),
      ),
  );

/** Records every message the page (or, framed, the top page) receives, in `window.received`. */
function recordMessages() {
  if (window !== window.top) return;
  /** @type {any} */ (window).received = [];
  window.addEventListener('message', (e) => /** @type {any} */ (window).received.push(e.data));
}

/** The resize messages the top page has received so far. */
const resizes = (tab) => tab.evaluate(() => window.received.filter((m) => m?.type === 'outcome-kit:resize'));

/**
 * Opens the parent page framing the embed page at an address, and waits for its first resize
 * message after `ready` (a text shown in the frame) is on screen. Returns the tab and the frame.
 */
async function framed(address, ready) {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  tab.on('pageerror', (e) => problems.push(e.message));
  await tab.evaluateOnNewDocument(recordMessages);
  await tab.goto(`${origin}/parent.html`, { waitUntil: 'networkidle0' });
  await tab.$eval('iframe', (el, src) => el.setAttribute('src', src), `/embed.html${address}`);
  const frame = await (await tab.waitForSelector('iframe')).contentFrame();
  await frame.waitForFunction(
    (text) =>
      [document.body, ...[...document.querySelectorAll('#embed > *')].map((el) => el.shadowRoot)].some(
        (root) => root?.textContent.includes(text),
      ),
    { timeout: 5000 },
    ready,
  );
  await settle(tab);
  return { tab, frame, problems };
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const axeSource = await readFile(axePath, 'utf8');

/** axe-core's violations on the tab's page (injected through DevTools, past the page's policy). */
async function axeViolations(tab) {
  await tab.evaluate(axeSource);
  const violations = await tab.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target).join(', ')}`);
  });
  return violations;
}

/** Text of an element's shadow root, once it has rendered `expected`. */
async function shadowText(tab, selector, expected) {
  await tab.waitForFunction(
    (s, e) => document.querySelector(s)?.shadowRoot?.textContent.includes(e),
    { timeout: 5000 },
    selector,
    expected,
  );
  return tab.$eval(selector, (el) => el.shadowRoot.textContent.replace(/\s+/g, ' ').trim());
}

const example = await readFile(join(root, 'fixtures/saas-outcomes.json'), 'utf8');
const encoded = deflateRawSync(Buffer.from(example)).toString('base64url');
const run = promisify(execFile);

describe('dist/embed.html', () => {
  it('shows one widget from ?src= with its attributes', async () => {
    const { tab, problems } = await open(
      '?src=/fixtures/saas-outcomes.json&widget=kpi-trend&metric=nps&theme=dark',
    );
    assert.match(await shadowText(tab, 'kpi-trend', '45 pts'), /Net Promoter Score.*45 pts/);
    assert.equal(await tab.$eval('kpi-trend', (el) => el.getAttribute('theme')), 'dark');
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('reads the whole document from #doc= (deflate-raw, base64url), which never reaches a server', async () => {
    const { tab, problems } = await open(
      `?widget=output-vs-outcome&output=features&outcome=nps#doc=${encoded}`,
    );
    await shadowText(tab, 'output-vs-outcome', 'output is');
    assert.equal(await tab.$eval('output-vs-outcome', (el) => el.getAttribute('verdict')), 'converting');
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('shows a dashboard of every metric, the quadrant and the tree by default', async () => {
    const { tab, problems } = await open(`#doc=${encoded}`);
    await shadowText(tab, 'outcome-dashboard', 'Customer outcomes 2026');
    // The dashboard's own default layout, in its shadow root.
    const inside = (tag) =>
      tab.$eval('outcome-dashboard', (el, t) => el.shadowRoot.querySelectorAll(`.grid > ${t}`).length, tag);
    await tab.waitForFunction(
      () =>
        document.querySelector('outcome-dashboard').shadowRoot?.querySelectorAll('.grid > kpi-trend')
          .length === 7,
    );
    assert.equal(await inside('outcome-tree'), 1);
    assert.equal(await inside('output-vs-outcome'), 1);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('opens the address `outcome-kit embed-url` prints', async () => {
    const bin = join(root, 'bin/outcome-kit.js');
    const file = join(root, 'fixtures/saas-outcomes.json');
    const { stdout } = await run(process.execPath, [
      bin,
      'embed-url',
      file,
      'widget=outcome-tree',
      'theme=dark',
    ]);
    const { tab, problems } = await open(stdout.trim());
    assert.match(await shadowText(tab, 'outcome-tree', 'not moving the needle'), /Customers stay/);
    assert.equal(await tab.$eval('outcome-tree', (el) => el.getAttribute('theme')), 'dark');
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('sets only attributes the widget knows', async () => {
    const { tab } = await open(
      '?src=/fixtures/saas-outcomes.json&widget=kpi-trend&metric=nps&onclick=alert(1)',
    );
    await shadowText(tab, 'kpi-trend', '45 pts');
    assert.equal(await tab.$eval('kpi-trend', (el) => el.hasAttribute('onclick')), false);
    await tab.close();
  });

  it('says what is wrong with a bad address', async () => {
    let { tab } = await open('?widget=marquee');
    await tab.waitForSelector('[role="alert"]');
    assert.match(
      await tab.$eval('[role="alert"]', (el) => el.textContent),
      /widget must be one of .*got “marquee”/,
    );
    await tab.close();
    ({ tab } = await open('?widget=kpi-trend#doc=not-a-document'));
    await tab.waitForSelector('[role="alert"]');
    assert.match(
      await tab.$eval('[role="alert"]', (el) => el.textContent),
      /not a compressed outcome-kit document/,
    );
    await tab.close();
  });

  it('gives one widget the height of its frame, with nothing scrolling', async () => {
    const { tab, problems } = await open('?src=/fixtures/saas-outcomes.json&widget=kpi-trend&metric=nps', {
      viewport: { width: 700, height: 400 },
    });
    await shadowText(tab, 'kpi-trend', '45 pts');
    await settle(tab);
    const box = await tab.$eval('kpi-trend', (el) => el.getBoundingClientRect().toJSON());
    assert.ok(Math.abs(box.top) <= 1, `the widget starts at the top (${box.top})`);
    assert.ok(Math.abs(box.height - 400) <= 1, `the widget is as tall as the frame (${box.height})`);
    const { scrollHeight, innerHeight } = await tab.evaluate(() => ({
      scrollHeight: document.documentElement.scrollHeight,
      innerHeight: window.innerHeight,
    }));
    assert.ok(scrollHeight <= innerHeight, `the page does not scroll (${scrollHeight} > ${innerHeight})`);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('lets a dashboard keep its natural height, the page scrolling when it is taller', async () => {
    const { tab, problems } = await open(`#doc=${encoded}`, { viewport: { width: 700, height: 400 } });
    await tab.waitForFunction(
      () =>
        document.querySelector('outcome-dashboard').shadowRoot?.querySelectorAll('.grid > kpi-trend')
          .length === 7,
    );
    await settle(tab);
    const { dashboard, scrollHeight } = await tab.evaluate(() => ({
      dashboard: document.querySelector('outcome-dashboard').getBoundingClientRect().height,
      scrollHeight: document.documentElement.scrollHeight,
    }));
    assert.ok(dashboard > 400, `the dashboard is taller than the frame (${dashboard})`);
    assert.ok(scrollHeight > 400, 'the page itself scrolls');
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('posts its natural height to the parent frame, and only once for a stable layout', async () => {
    const { tab, frame, problems } = await framed(
      '?src=/fixtures/saas-outcomes.json&widget=kpi-trend&metric=nps',
      '45 pts',
    );
    const messages = await resizes(tab);
    assert.ok(messages.length > 0, 'a resize message arrived');
    for (const m of messages) {
      assert.deepEqual(Object.keys(m).sort(), ['height', 'type']);
      assert.ok(Number.isInteger(m.height) && m.height > 0, `a positive whole height (${m.height})`);
    }
    const { height } = messages.at(-1);
    assert.ok(height < 400, `the card's natural height, not the frame's (${height})`);
    // A parent that listens sizes the frame to it: then nothing scrolls, and no message follows.
    await tab.$eval('iframe', (el, h) => el.setAttribute('height', String(h)), height);
    await settle(tab);
    await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    const { scrollHeight, innerHeight } = await frame.evaluate(() => ({
      scrollHeight: document.documentElement.scrollHeight,
      innerHeight: window.innerHeight,
    }));
    assert.equal(innerHeight, height);
    assert.ok(scrollHeight <= innerHeight, `the frame does not scroll (${scrollHeight} > ${innerHeight})`);
    assert.equal((await resizes(tab)).length, messages.length, 'no message for an unchanged height');
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('posts again when its content reflows to another height', async () => {
    const { tab, problems } = await framed('', 'Set up this embed');
    const first = await resizes(tab);
    assert.equal(first.length, 1, 'one message after the first render');
    const wide = first[0].height;
    await tab.$eval('iframe', (el) => el.setAttribute('width', '360'));
    await tab.waitForFunction(
      (count) => window.received.filter((m) => m?.type === 'outcome-kit:resize').length > count,
      { timeout: 5000 },
      first.length,
    );
    const narrow = (await resizes(tab)).at(-1).height;
    assert.ok(narrow > wide, `the narrower frame wraps the help to a taller page (${narrow} <= ${wide})`);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('posts nothing when it is not in a frame', async () => {
    const { tab, problems } = await open('?src=/fixtures/saas-outcomes.json&widget=kpi-trend&metric=nps', {
      init: recordMessages,
    });
    await shadowText(tab, 'kpi-trend', '45 pts');
    await settle(tab);
    assert.deepEqual(await resizes(tab), []);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('speaks the language of its locale: words, lang and dir, and the widget follows', async () => {
    const { tab, problems } = await open('?locale=de-DE', { viewport: { width: 700, height: 400 } });
    await tab.waitForSelector('.embed-help');
    const german = await tab.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      title: document.querySelector('h1')?.textContent,
      text: document.querySelector('#embed')?.textContent ?? '',
    }));
    assert.equal(german.lang, 'de-DE');
    assert.equal(german.dir, 'ltr');
    assert.match(german.title ?? '', /Einbettung/);
    assert.match(german.text, /npx outcome-kit embed-url file\.json/, 'the code pieces stay in place');
    await tab.close();

    const arabic = await open('?locale=ar-EG&widget=nope');
    await arabic.tab.waitForSelector('.embed-error');
    const box = await arabic.tab.evaluate(() => ({
      dir: document.documentElement.dir,
      text: document.querySelector('.embed-error')?.textContent ?? '',
    }));
    assert.equal(box.dir, 'rtl');
    assert.doesNotMatch(
      box.text.replace(/outcome-dashboard|kpi-trend|outcome-tree|output-vs-outcome|nope/g, ''),
      /\p{Script=Latin}{2,}/u,
    );
    await arabic.tab.close();

    const widget = await open('?src=/fixtures/saas-outcomes.json&widget=kpi-trend&metric=nps&locale=ja-JP');
    await shadowText(widget.tab, 'kpi-trend', '達成');
    await widget.tab.close();
    assert.deepEqual([...problems, ...arabic.problems, ...widget.problems], []);
  });

  for (const scheme of ['light', 'dark']) {
    it(`explains how to configure it when the address has no configuration (${scheme})`, async () => {
      const { tab, problems } = await open('', { viewport: { width: 700, height: 400 }, scheme });
      await tab.waitForSelector('.embed-help');
      const text = await tab.$eval('#embed', (el) => el.textContent.replace(/\s+/g, ' '));
      assert.match(text, /Set up this embed/);
      assert.doesNotMatch(text, /No data yet/);
      const names = await tab.$$eval('.embed-help dt', (els) => els.map((el) => el.textContent));
      assert.deepEqual(names, ['src', '#doc=', 'widget']);
      assert.match(text, /npx outcome-kit embed-url file\.json/);
      for (const widget of ['kpi-trend', 'outcome-tree', 'output-vs-outcome', 'outcome-dashboard']) {
        assert.ok(text.includes(widget), `names ${widget}`);
      }
      const example = await tab.$eval('.embed-help pre code', (el) => el.textContent);
      assert.equal(example, `${origin}/embed.html?src=outcomes.json&widget=kpi-trend&metric=nps`);
      assert.equal(await tab.$$eval('#embed :is(kpi-trend, outcome-dashboard)', (els) => els.length), 0);
      const colours = await tab.$eval('.embed-help', (el) => getComputedStyle(el).color);
      assert.equal(colours, scheme === 'dark' ? 'rgb(255, 255, 255)' : 'rgb(0, 0, 0)');
      assert.deepEqual(await axeViolations(tab), []);
      assert.deepEqual(problems, []);
      await tab.close();
    });
  }
});
