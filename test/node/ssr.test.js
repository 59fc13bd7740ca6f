// Server rendering: the built package in Node, rendered by @lit-labs/ssr into declarative shadow
// DOM, then hydrated in Chromium: the server's nodes stay (no second render from scratch), no
// mismatch, and the page's own `lang` takes over after hydration.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { build } from 'esbuild';
import { html } from 'lit';
import 'outcome-kit/outcome-kit.js';
import { widgets } from './ssr/widgets.js';
import { CSP, openStrict, startStrictPages } from './strict-page.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const text = readFileSync(join(root, 'fixtures/saas-outcomes.json'), 'utf8');
const doc = JSON.parse(text);

// Widgets inside a dashboard get its document through context, which needs connectedCallback.
LitElementRenderer.renderOptions.push((element) =>
  ['outcome-dashboard', 'kpi-trend', 'outcome-tree', 'output-vs-outcome'].includes(element.localName)
    ? { connectedCallback: true }
    : undefined,
);

/** What the server sends for `template`, ready to be hydrated. */
const serve = async (template) => collectResult(render(template));

/** The words a reader sees in server HTML: no styles, markers or tags. */
const words = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');

/** The server HTML of one element of the shared page, by its position there. */
const pieces = (html) =>
  html.split(/(?=<(?:kpi-trend|output-vs-outcome|outcome-tree|outcome-dashboard)[ >])/).slice(1);

describe('server rendering with @lit-labs/ssr', () => {
  /** @type {string[]} */
  let parts;
  before(async () => {
    parts = pieces(await serve(widgets(doc)));
  });

  it('renders every element as declarative shadow DOM with its content from data', () => {
    assert.equal(parts.length, 12);
    for (const part of parts) assert.match(part, /<template shadowroot="open" shadowrootmode="open">/);
    const [card, compact, german, arabic, timeline, quadrant, tree] = parts.map(words);
    assert.match(card, /Net Promoter Score/);
    assert.match(card, /\b45\b/);
    assert.match(card, /Met/);
    assert.match(parts[0], /<kpi-trend[^>]*status="met"/);
    assert.match(compact, /Monthly logo churn/);
    assert.match(german, /Erreicht/);
    assert.match(parts[3], /<kpi-trend[^>]*dir="rtl"/);
    assert.match(arabic, /[٠-٩]/);
    assert.match(timeline, /Features shipped/);
    assert.match(quadrant, /Impact/);
    assert.match(tree, /Customers stay and recommend us/);
    assert.match(parts[6], /role="treeitem"/);
  });

  it('renders the problems of a wrong metric id and of an unusable document, with their paths', () => {
    const wrongId = words(parts[7]);
    assert.match(wrongId, /This data cannot be shown/);
    assert.match(wrongId, /metrics : expected the id of a metric of this document, got "nope"/);
    assert.match(parts[7], /role="alert"/);
    assert.match(words(parts[8]), /metrics : expected an array of metrics, got 3/);
  });

  it('renders a card inside a dashboard from the document the dashboard shares', () => {
    const [dashboard, card] = parts.slice(9, 11).map(words);
    assert.match(dashboard, /Customer outcomes 2026/);
    assert.match(card, /Annual recurring revenue/);
    assert.match(card, /€10\.32M/);
  });

  it('renders a document large enough that a browser checks it in slices, at once', () => {
    assert.match(words(parts[11]), /Sixty thousand points/);
    assert.doesNotMatch(parts[11], /part="skeleton"/);
  });

  it('holds the place of a widget whose document only a browser can load', async () => {
    const served = await serve(html`<kpi-trend src="/saas-outcomes.json" metric="nps"></kpi-trend>`);
    assert.match(served, /part="skeleton"/);
    assert.match(words(served), /Loading/);
  });
});

describe('the package in Node, with no DOM', () => {
  const entries = {
    'outcome-kit': ['outcome-dashboard', 'kpi-trend', 'outcome-tree', 'output-vs-outcome'],
    'outcome-kit/outcome-kit.js': ['outcome-dashboard', 'kpi-trend', 'outcome-tree', 'output-vs-outcome'],
    'outcome-kit/kpi-trend.js': ['kpi-trend'],
    'outcome-kit/outcome-tree.js': ['outcome-tree'],
    'outcome-kit/output-vs-outcome.js': ['output-vs-outcome'],
    'outcome-kit/outcome-dashboard.js': ['outcome-dashboard'],
    'outcome-kit/core': [],
  };
  for (const [entry, tags] of Object.entries(entries)) {
    it(`import '${entry}' runs and defines ${tags.join(', ') || 'no element'}`, async () => {
      // A process of its own, with nothing loaded before: no server renderer, no DOM shim of ours.
      const code = `await import(${JSON.stringify(entry)});
        const tags = ${JSON.stringify(tags)};
        console.log(tags.filter((t) => globalThis.customElements?.get(t)).join());`;
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        ['--input-type=module', '-e', code],
        { cwd: root },
      );
      assert.equal(stderr, '');
      assert.equal(stdout.trim(), tags.join());
    });
  }
});

/**
 * The browser's side, as README "Server rendering" says: hydrate the page's template, which sets
 * each element's `data`, then define the elements, which hydrate their own shadow roots with it.
 * It records for each element whether its server-rendered `base` survived.
 */
const CLIENT = `
  import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
  import { hydrate } from '@lit-labs/ssr-client';
  import { widgets } from './widgets.js';
  const elements = () => [...document.querySelectorAll('#root *')].filter((e) => e.localName.includes('-'));
  const base = (e) => e.shadowRoot?.querySelector('[part~="base"]');
  const served = elements().map(base);
  const doc = JSON.parse(document.getElementById('doc').textContent);
  hydrate(widgets(doc), document.getElementById('root'));
  await import('outcome-kit');
  await Promise.all(elements().map((e) => e.updateComplete));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await Promise.all(elements().map((e) => e.updateComplete));
  window.hydration = { kept: elements().map((e, i) => base(e) === served[i] && !!served[i]) };
`;

/** Server HTML of the shared page on `data`, in a document of language `lang`. */
async function pageHtml(lang, data = doc) {
  const body = await serve(widgets(data));
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
<body><div id="root">${body}</div><script type="application/json" id="doc">${json}</script>
<script type="module" src="/client.js"></script></body></html>`;
}

describe('hydration in Chromium', () => {
  /** @type {Awaited<ReturnType<typeof startStrictPages>>} */
  let pages;
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outcome-kit-ssr-'));
    await build({
      stdin: { contents: CLIENT, resolveDir: join(root, 'test/node/ssr'), loader: 'js' },
      absWorkingDir: root,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      outfile: join(dir, 'client.js'),
      logLevel: 'silent',
    });
    const en = await pageHtml('en');
    const html = {
      '/': en,
      // A document with no locale of its own, so that the page's `lang` decides.
      '/de': await pageHtml('de', { ...doc, locale: undefined }),
      // The strict policy of DESIGN.md section 3, which blocks the server's inline <style>s.
      '/strict': en.replace('<head>', `<head><meta http-equiv="Content-Security-Policy" content="${CSP}">`),
    };
    pages = await startStrictPages(
      (path) => (path === '/client.js' ? join(dir, 'client.js') : html[path] && { html: html[path] }),
      { csp: false },
    );
  });
  after(() => pages?.close());

  /** Opens a page and waits for the client to have hydrated it. */
  async function hydrated(path) {
    const { tab, problems } = await openStrict(pages.browser, `${pages.origin}${path}`);
    await tab
      .waitForFunction(() => window.hydration, { timeout: 20_000 })
      .catch((error) => {
        throw new Error(`not hydrated: ${problems.join('\n') || error.message}`);
      });
    return { tab, problems, kept: await tab.evaluate(() => window.hydration.kept) };
  }
  const shadowText = (tab, nth) =>
    tab.evaluate(
      (n) =>
        [...document.querySelectorAll('#root *')].filter((e) => e.localName.includes('-'))[n].shadowRoot
          .textContent,
      nth,
    );

  it("shows the server's content before any script runs, styled", async () => {
    const tab = await pages.browser.newPage();
    await tab.setJavaScriptEnabled(false);
    await tab.goto(`${pages.origin}/`);
    const card = await tab.$eval('kpi-trend', (el) => {
      const base = el.shadowRoot?.querySelector('[part~="base"]');
      return {
        text: base?.textContent ?? '',
        height: base?.getBoundingClientRect().height ?? 0,
        font: getComputedStyle(base).fontSize,
      };
    });
    assert.match(card.text, /Net Promoter Score[\s\S]*45/);
    assert.ok(card.height > 40, `the card is ${card.height}px tall`);
    await tab.close();
  });

  it('hydrates every element in place, with no mismatch or error, and stays interactive', async () => {
    const { tab, problems, kept } = await hydrated('/');
    assert.deepEqual(
      kept,
      kept.map(() => true),
      'a server-rendered base was replaced',
    );
    assert.deepEqual(problems, []);
    assert.match(await shadowText(tab, 0), /Net Promoter Score[\s\S]*45/);
    assert.match(await shadowText(tab, 10), /Annual recurring revenue[\s\S]*€10\.32M/);
    const chosen = await tab.evaluate(async () => {
      const tree = document.querySelector('outcome-tree');
      const event = new Promise((resolve) =>
        tree.addEventListener('outcome-select', (e) => resolve(e.detail.type)),
      );
      tree.shadowRoot.querySelector('[role="treeitem"] .label').click();
      return event;
    });
    assert.equal(chosen, 'node');
    await tab.close();
  });

  it("follows the page's lang once hydrated, which the server could not see", async () => {
    const { tab, problems, kept } = await hydrated('/de');
    assert.ok(kept.every(Boolean));
    assert.deepEqual(problems, []);
    const card = await shadowText(tab, 0);
    assert.match(card, /Erreicht/);
    assert.doesNotMatch(card, /\bMet\b/);
    await tab.close();
  });

  it("is styled under the strict CSP once hydrated, though the policy blocks the server's <style>s", async () => {
    const { tab, problems } = await hydrated('/strict');
    const good = await tab.$eval('kpi-trend', (el) =>
      getComputedStyle(el.shadowRoot.querySelector('[part~="base"]')).getPropertyValue('--_good'),
    );
    assert.notEqual(good.trim(), '');
    assert.ok(problems.length > 0 && problems.every((p) => p.includes('style-src')), problems.join('\n'));
    await tab.close();
  });
});
