// dist/embed.html, the standalone page for Notion and Confluence embeds, configured by its address
// alone and served under the strict Content-Security-Policy of DESIGN.md.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startStrictPages } from './strict-page.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { deflateRawSync } from 'node:zlib';

const root = fileURLToPath(new URL('../..', import.meta.url));

let pages;
let browser;
let origin;

before(async () => {
  pages = await startStrictPages((path) =>
    path.startsWith('/test/') || path.startsWith('/fixtures/') ? join(root, path) : join(root, 'dist', path),
  );
  ({ browser, origin } = pages);
});

after(() => pages?.close());

/** Opens the embed page at an address and returns the tab and every console error or CSP violation. */
async function open(address) {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  tab.on('pageerror', (e) => problems.push(e.message));
  await tab.goto(`${origin}/embed.html${address}`, { waitUntil: 'networkidle0' });
  return { tab, problems };
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
    await tab.waitForFunction(() => document.querySelectorAll('outcome-dashboard kpi-trend').length === 7);
    assert.equal(await tab.$$eval('outcome-dashboard outcome-tree', (els) => els.length), 1);
    assert.equal(await tab.$$eval('outcome-dashboard output-vs-outcome', (els) => els.length), 1);
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
    assert.match(await shadowText(tab, 'outcome-tree', 'Busy, not moving the needle'), /Customers stay/);
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
      /widget must be one of .*got "marquee"/,
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
});
