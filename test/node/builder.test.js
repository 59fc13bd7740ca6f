// dist/builder.html, the embed builder, under the strict Content-Security-Policy of DESIGN.md:
// paste a document, pick a widget, copy the address, and the address renders the same widget;
// a broken document shows its problems with paths and lines; the standalone file opens from disk.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openStrict, startStrictPages } from './strict-page.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

let pages;
let browser;
let origin;

before(async () => {
  pages = await startStrictPages((path) =>
    path.startsWith('/fixtures/') ? join(root, path) : join(root, 'dist', path),
  );
  ({ browser, origin } = pages);
});

after(() => pages?.close());

/** Opens the builder; collects console errors and policy violations. */
function open(query = '') {
  return openStrict(browser, `${origin}/builder.html${query}`, { viewport: { width: 1280, height: 900 } });
}

/** The text of the "use" whose heading starts with `title`. */
const useText = (tab, title) =>
  tab
    .waitForFunction(
      (title) => {
        const use = [...document.querySelectorAll('.use')].find((u) =>
          u.querySelector('h3')?.textContent?.startsWith(title),
        );
        return use?.querySelector('textarea')?.value || false;
      },
      { timeout: 10_000 },
      title,
    )
    .then((handle) => handle.jsonValue());

/** The shadow text of the first `selector` of a page, once it contains `expected`. */
async function widgetText(tab, selector, expected) {
  await tab.waitForFunction(
    (selector, expected) =>
      document.querySelector(selector)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').includes(expected),
    { timeout: 10_000 },
    selector,
    expected,
  );
  return tab.$eval(selector, (el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
}

describe('dist/builder.html', () => {
  it('round trip: paste the example, pick the card, the copied address renders the same card', async () => {
    const { tab, problems } = await open();
    const example = await readFile(join(root, 'fixtures/saas-outcomes.json'), 'utf8');
    await tab.$eval(
      '#document',
      (el, text) => {
        el.value = text;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      },
      example,
    );
    const status = await tab.$eval('#problems', (el) => el.textContent);
    assert.match(status, /7 metrics and 14 nodes, no problems/);
    // A choice of names, which can be long, takes the whole row of options.
    const [field, row] = await tab.$eval('#metric', (el) => [
      el.getBoundingClientRect().width,
      el.closest('.options').getBoundingClientRect().width,
    ]);
    assert.equal(Math.round(field), Math.round(row));
    await tab.select('#metric', 'churn');
    const address = await useText(tab, 'Embed address');
    assert.match(address, new RegExp(`^${origin}/embed.html\\?widget=kpi-trend&metric=churn#doc=`));
    // The live preview is the embed page at that address.
    const frameSrc = await tab.$eval('iframe', (el) => el.src);
    assert.equal(frameSrc.replace(/v=\d+&/, ''), address);
    const snippet = await useText(tab, 'HTML for a portal');
    assert.match(snippet, /<kpi-trend metric="churn">\n {2}<script type="application\/json">\{"version":1/);

    const embed = await browser.newPage();
    await embed.goto(address, { waitUntil: 'networkidle0' });
    assert.match(await widgetText(embed, 'kpi-trend', 'Monthly logo churn'), /2%/);
    await embed.close();
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('from an address: the src form, and a CMS-safe snippet', async () => {
    const { tab, problems } = await open();
    await tab.click('#from-url');
    await tab.type('#address', '/fixtures/saas-outcomes.json');
    await tab.click('.pane:not([hidden]) button');
    await tab.waitForFunction(() =>
      document.querySelector('#problems')?.textContent?.includes('no problems'),
    );
    await tab.click('#widget-outcome-tree');
    const address = await useText(tab, 'Embed address');
    assert.equal(
      address,
      `${origin}/embed.html?src=${encodeURIComponent(`${origin}/fixtures/saas-outcomes.json`)}&widget=outcome-tree`,
    );
    const cms = await useText(tab, 'For a CMS');
    assert.match(
      cms,
      /<div data-outcome-widget="outcome-tree" data-src="http:\/\/127\.0\.0\.1:\d+\/fixtures\/saas-outcomes\.json"><\/div>/,
    );
    const embed = await browser.newPage();
    await embed.goto(address, { waitUntil: 'networkidle0' });
    assert.match(await widgetText(embed, 'outcome-tree', 'Customers stay and recommend us'), /Outcome/);
    await embed.close();
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('shows the problems of a broken document as it is typed, with JSON path and line', async () => {
    const { tab, problems } = await open();
    const broken = await readFile(join(root, 'fixtures/invalid-many-errors.json'), 'utf8');
    await tab.$eval(
      '#document',
      (el, text) => {
        el.value = text;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      },
      broken,
    );
    const items = await tab.$$eval('#problems li', (els) => els.map((el) => el.textContent));
    assert.ok(items.length >= 3, `problems listed (${items.length})`);
    for (const item of items) assert.match(item, /^line \d+/);
    const lines = broken.split('\n');
    // Each problem points at the line of its path: the first one's line holds its last key.
    const [first] = await tab.$$eval('#problems li', (els) =>
      els.map((el) => ({
        line: Number(el.querySelector('.line').textContent.replace(/\D/g, '')),
        path: el.querySelector('code').textContent,
      })),
    );
    const key = first.path
      .split(/[.[\]]/)
      .filter((s) => s && !/^\d+$/.test(s))
      .at(-1);
    if (key)
      assert.match(
        lines[first.line - 1],
        new RegExp(`"${key}"|[\\[{]`),
        `line ${first.line} is at ${first.path}`,
      );
    // Not JSON at all: the parser's message with its line.
    await tab.$eval('#document', (el) => {
      el.value = '{\n  "version": 1,\n  "metrics": [\n}';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const said = await tab.$eval('#problems', (el) => el.textContent ?? '');
    assert.match(said, /This is not JSON:[\s\S]*\(line 4\)$/);
    assert.equal(said.match(/line/g)?.length, 1, `the line said once: ${said}`);
    // Nothing to use yet, and the step says so.
    assert.match(await tab.$eval('.uses', (el) => el.textContent ?? ''), /once the document can be used/);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('downloads a standalone HTML file that renders opened from disk', async () => {
    const { tab, problems } = await open();
    const dir = await mkdtemp(join(tmpdir(), 'outcome-kit-standalone-'));
    const cdp = await tab.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
    await tab.click('button.secondary');
    await tab.waitForFunction(() =>
      document.querySelector('#problems')?.textContent?.includes('no problems'),
    );
    await useText(tab, 'Embed address');
    const download = await tab.waitForSelector('.use button:not(.copy)');
    await download.click();
    let files = [];
    for (let i = 0; i < 50 && !files.some((f) => f.endsWith('.html')); i++) {
      await new Promise((done) => setTimeout(done, 100));
      files = await readdir(dir);
    }
    const file = files.find((f) => f.endsWith('.html'));
    assert.ok(file, `a file was downloaded (${files.join(', ')})`);
    const local = await browser.newPage();
    const localProblems = [];
    local.on('pageerror', (e) => localProblems.push(e.message));
    await local.goto(pathToFileURL(join(dir, file)).href, { waitUntil: 'load' });
    assert.match(await widgetText(local, 'kpi-trend', '45'), /Net Promoter Score/);
    assert.deepEqual(localProblems, []);
    await local.close();
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('speaks the reader’s language', async () => {
    const { tab, problems } = await open('?locale=de-DE');
    const german = /'builder\.title': '([^']+)'/.exec(
      await readFile(join(root, 'src/translations/de.ts'), 'utf8'),
    )?.[1];
    assert.ok(german && german !== 'Embed builder');
    assert.equal(await tab.$eval('h1', (el) => el.textContent), german);
    assert.equal(await tab.evaluate(() => document.documentElement.lang), 'de-DE');
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('lays itself out right to left in Arabic, with the preview sizes still width × height', async () => {
    const { tab, problems } = await open('?locale=ar-EG');
    assert.equal(await tab.evaluate(() => document.documentElement.dir), 'rtl');
    const phone = await tab.$eval('label[for="size-phone"]', (el) => el.textContent ?? '');
    assert.ok(phone.includes('\u2066390×600\u2069'), phone);
    assert.deepEqual(problems, []);
    await tab.close();
  });
});
