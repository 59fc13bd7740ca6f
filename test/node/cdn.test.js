// dist/cdn/: the element entries as a CDN serves them, loaded by a plain <script type="module">
// with no bundler and no import map, under the strict CSP; a second element reuses the first's chunks.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openStrict, startStrictPages } from './strict-page.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const page = `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body>
  <kpi-trend metric="nps" src="/saas-outcomes.json"></kpi-trend>
  <outcome-tree src="/saas-outcomes.json"></outcome-tree>
  <script type="module" src="/cdn/kpi-trend.js"></script>
  <script type="module" src="/cdn/outcome-tree.js"></script>
</body></html>`;

/** @type {Awaited<ReturnType<typeof startStrictPages>>} */
let pages;
/** @type {string[]} */
const requested = [];

before(async () => {
  pages = await startStrictPages((path) => {
    requested.push(path);
    if (path === '/') return { html: page };
    if (path === '/saas-outcomes.json') return join(root, 'fixtures/saas-outcomes.json');
    if (path.startsWith('/cdn/')) return join(root, 'dist', path);
    return undefined;
  });
});
after(() => pages?.close());

describe('the CDN build', () => {
  it('renders two elements from their own files, with no import map, each shared chunk loaded once', async () => {
    const { tab, problems } = await openStrict(pages.browser, `${pages.origin}/`);
    await tab.waitForFunction(
      () => document.querySelector('kpi-trend')?.shadowRoot?.querySelector('[part="value"]') !== null,
    );
    const value = await tab.$eval(
      'kpi-trend',
      (el) => el.shadowRoot?.querySelector('[part="value"]')?.textContent,
    );
    assert.match(value ?? '', /45/);
    const rows = await tab.$eval(
      'outcome-tree',
      (el) => el.shadowRoot?.querySelectorAll('[role="treeitem"]').length,
    );
    assert.ok((rows ?? 0) > 0, 'the tree has rows');
    const chunks = requested.filter((p) => p.startsWith('/cdn/chunks/'));
    assert.ok(chunks.length > 0, 'the entries share chunks');
    assert.equal(new Set(chunks).size, chunks.length, `a chunk was fetched twice: ${chunks}`);
    assert.ok(
      requested.every((p) => ['/', '/saas-outcomes.json'].includes(p) || p.startsWith('/cdn/')),
      `requests outside /cdn/: ${requested}`,
    );
    assert.deepEqual(problems, []);
    await tab.close();
  });
});
