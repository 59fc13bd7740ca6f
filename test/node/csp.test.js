// The one-file bundle on a page with the strict Content-Security-Policy of DESIGN.md section 3:
// no console error, no policy violation, and the dashboard renders its document.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openStrict, startStrictPages } from './strict-page.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CSP check</title>
<link rel="icon" href="data:,">
<script type="module" src="/dist/outcome-kit.js"></script></head>
<body>
  <outcome-dashboard id="fetched" src="/fixtures/saas-outcomes.json"></outcome-dashboard>
  <outcome-dashboard id="inline" theme="dark">
    <script type="application/json">{ "version": 1, "title": "Inline <b>doc</b>", "metrics": [] }</script>
  </outcome-dashboard>
  <outcome-dashboard id="broken" src="/fixtures/invalid-many-errors.json"></outcome-dashboard>
  <outcome-dashboard id="cards" src="/fixtures/saas-outcomes.json">
    <kpi-trend id="nps" metric="nps"></kpi-trend>
    <kpi-trend metric="churn" variant="compact"></kpi-trend>
    <outcome-tree id="tree"></outcome-tree>
    <outcome-tree id="map" layout="map"></outcome-tree>
  </outcome-dashboard>
  <div class="cms" data-outcome-widget="kpi-trend" data-metric="arr" data-src="/fixtures/saas-outcomes.json" data-export-menu></div>
</body></html>`;

let pages;
let browser;
let origin;

before(async () => {
  pages = await startStrictPages((path) => (path === '/' ? { html: page } : join(root, path)));
  ({ browser, origin } = pages);
});

after(() => pages?.close());

describe('dist/outcome-kit.js under a strict CSP with Trusted Types', () => {
  it('renders with no console error and no policy violation', async () => {
    const { tab, problems } = await openStrict(browser, `${origin}/`);
    const text = (id) =>
      tab.$eval(`#${id}`, async (el) => {
        await el.updateComplete;
        return el.shadowRoot.textContent.replace(/\s+/g, ' ').trim();
      });
    await tab.waitForFunction(() =>
      document.querySelector('#fetched')?.shadowRoot?.textContent.includes('As of'),
    );
    assert.match(await text('fetched'), /Customer outcomes 2026 As of September 30, 2026/);
    assert.match(await text('inline'), /Inline <b>doc<\/b>/);
    // Styles set through styleMap (progress width, tooltip position) must pass the policy too.
    await tab.waitForFunction(() => document.querySelector('#nps')?.shadowRoot?.querySelector('.fill'));
    await tab.focus('#nps');
    await tab.$eval('#nps', (el) => el.shadowRoot.querySelector('.chart').focus());
    await tab.keyboard.press('ArrowLeft');
    const width = await tab.$eval(
      '#nps',
      (el) => getComputedStyle(el.shadowRoot.querySelector('.fill')).width,
    );
    assert.notEqual(width, '0px', 'the progress bar has its width');
    assert.match(await text('nps'), /Aug 31, 2026: 43 pts/);
    assert.match(await text('tree'), /1 busy, not moving the needle/);
    assert.match(await text('map'), /Zoom|Fit/);
    assert.match(await text('map'), /Customers stay and recommend us/);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('mounts data-outcome-widget divs and exports SVG, PNG and CSV, with no policy violation', async () => {
    const { tab, problems } = await openStrict(browser, `${origin}/`);
    await tab.waitForFunction(() =>
      document.querySelector('.cms kpi-trend')?.shadowRoot?.querySelector('[part~="value"]'),
    );
    const exported = await tab.$eval('.cms kpi-trend', async (el) => {
      const png = await el.toPNG({ scale: 1 });
      const bitmap = await createImageBitmap(png);
      // A late div, added after load, is mounted too.
      const late = document.createElement('div');
      late.dataset.outcomeWidget = 'outcome-tree';
      late.dataset.src = '/fixtures/saas-outcomes.json';
      document.body.append(late);
      await new Promise((done) => setTimeout(done, 50));
      return {
        svg: el.toSVG().length,
        png: [png.type, bitmap.width > 0],
        csv: el.toCSV().split('\r\n')[0],
        menu: !!el.shadowRoot.querySelector('[part~="export-button"]'),
        late: !!late.querySelector('outcome-tree'),
        classes: el.parentElement.className,
      };
    });
    assert.ok(exported.svg > 1000, 'an SVG of the card');
    assert.deepEqual(exported.png, ['image/png', true]);
    assert.equal(exported.csv, 'Date,Value');
    assert.equal(exported.menu, true);
    assert.equal(exported.late, true);
    assert.equal(exported.classes, 'cms');
    assert.deepEqual(problems, []);
    await tab.close();
  });
});
