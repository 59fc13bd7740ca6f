// The README's "Embed in 30 seconds" snippet, pasted as written into a plain page (no styles of
// its own, under the strict CSP): it shows a whole dashboard, in a sans-serif font, with no
// console error. Only the two addresses are pointed at this repository's files.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startStrictPages } from './strict-page.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.split('## Embed in 30 seconds')[1];
const snippet = section.match(/```html\n([\s\S]*?)```/)[1];

let pages;
before(async () => {
  const body = snippet
    .replace(/src="https:[^"]*\/outcome-kit\.js"/, 'src="/dist/outcome-kit.js"')
    .replace('src="/data/outcomes.json"', 'src="/fixtures/saas-outcomes.json"');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>snippet</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`;
  pages = await startStrictPages((path) => (path === '/' ? { html } : join(root, path)));
});
after(() => pages?.close());

it('the README snippet shows a whole dashboard in a sans-serif font on a plain page', async () => {
  assert.match(snippet, /<outcome-dashboard src="\/data\/outcomes\.json"[^>]*><\/outcome-dashboard>/);
  const page = await pages.browser.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${pages.origin}/`, { waitUntil: 'networkidle0' });
  const seen = await page.waitForFunction(
    () => {
      const dashboard = document.querySelector('outcome-dashboard');
      const widgets = [...(dashboard?.shadowRoot?.querySelectorAll('.grid > :not(slot)') ?? [])];
      const cards = widgets.filter(
        (w) => w.localName === 'kpi-trend' && w.shadowRoot?.querySelector('[part="value"]'),
      );
      if (cards.length < 7) return false;
      const base = dashboard.shadowRoot.querySelector('[part="base"]');
      return {
        tags: [...new Set(widgets.map((w) => w.localName))],
        cards: cards.length,
        font: getComputedStyle(base).fontFamily,
        cardFont: getComputedStyle(cards[0].shadowRoot.querySelector('[part="value"]')).fontFamily,
      };
    },
    { timeout: 15000 },
  );
  const result = await seen.jsonValue();
  assert.deepEqual(result.tags, ['kpi-trend', 'output-vs-outcome', 'outcome-tree']);
  assert.equal(result.cards, 7);
  assert.match(result.font, /system-ui/);
  assert.match(result.cardFont, /system-ui/);
  assert.deepEqual(problems, []);
  await page.close();
});
