import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KpiTrend } from '../../src/kpi-trend.js';
import '../../src/kpi-trend.js';
import '../../src/outcome-dashboard.js';
import '../../src/outcome-tree.js';
import '../../src/output-vs-outcome.js';
import type { OutcomeElement } from '../../src/elements/internal/outcome-element.js';
import { exampleDoc, itIsAccessibleInEveryState, mount, part } from '../helpers.js';

/** An exported SVG, parsed: it must be well-formed XML. */
function parse(svg: string): XMLDocument {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'well-formed SVG').to.equal(null);
  return doc;
}

/** The words of an exported SVG, line by line. */
const words = (doc: XMLDocument) => [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');

/** CSV text as rows of fields (no quoted commas in these documents). */
const rows = (csv: string) =>
  csv
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));

const nodes = () => (exampleDoc().nodes as unknown[]).length;
const points = (id: string) =>
  (exampleDoc().metrics as { id: string; points: unknown[] }[]).find((m) => m.id === id)!.points.length;

describe('export: toSVG', () => {
  it('a card: a standalone picture with its words and its sparkline', async () => {
    const card = await mount('kpi-trend', exampleDoc(), 'metric="nps"', 'card-size');
    const svg = parse(card.toSVG());
    const root = svg.documentElement;
    expect(root.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(root.querySelector('title')!.textContent).to.equal('Net Promoter Score');
    const text = words(svg).join(' ');
    for (const word of ['Net Promoter', '45', 'pts', 'Met']) expect(text).to.contain(word);
    // The chart, its line drawn with its colour written in (no stylesheet in the file).
    const line = [...root.querySelectorAll('svg svg path')].find((p) => p.getAttribute('fill') === 'none');
    expect(line, 'the sparkline').to.exist;
    expect(line!.getAttribute('stroke')).to.match(/^rgb/);
    // Fonts named with their fallbacks.
    expect(root.querySelector('text')!.getAttribute('font-family')).to.match(/sans-serif/);
    // Nothing for screen readers only: the hidden data table's caption is not drawn.
    expect(text).not.to.contain('values over time');
  });

  it('the tree and the comparison: their titles, verdict and charts', async () => {
    const tree = await mount('outcome-tree', exampleDoc());
    expect(words(parse(tree.toSVG())).join(' ')).to.contain('Customers stay and recommend us');
    const vs = await mount('output-vs-outcome', exampleDoc(), 'output="features" outcome="nps"');
    const svg = parse(vs.toSVG());
    expect(words(svg).join(' ')).to.contain('output is turning into outcome');
    expect(svg.querySelectorAll('svg svg rect').length, 'the columns').to.be.greaterThan(10);
  });
});

describe('export: toPNG', () => {
  it('decodes at the widget size times the scale', async () => {
    const card = await mount('kpi-trend', exampleDoc(), 'metric="nps"');
    const { width, height } = card.getBoundingClientRect();
    const png = await card.toPNG({ scale: 2 });
    expect(png.type).to.equal('image/png');
    const image = await createImageBitmap(png);
    expect(image.width).to.equal(Math.round(Math.ceil(width) * 2));
    expect(image.height).to.equal(Math.round(Math.ceil(height) * 2));
  });
});

describe('export: toCSV', () => {
  it('a card: one row per point under translated headers', async () => {
    const card = await mount('kpi-trend', exampleDoc(), 'metric="nps" locale="de-DE"');
    const csv = rows(card.toCSV());
    expect(csv[0]).to.deep.equal(['Datum', 'Wert']);
    expect(csv.length).to.equal(points('nps') + 1);
    expect(csv[1][0]).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('the tree: one row per node; the quadrant: one per placed outcome; the dashboard: every point', async () => {
    const tree = await mount('outcome-tree', exampleDoc());
    const treeRows = rows(tree.toCSV());
    expect(treeRows[0]).to.deep.equal([
      'Id',
      'Type',
      'Title',
      'Parent',
      'Outcome progress',
      'Delivery',
      'Flags',
    ]);
    expect(treeRows.length).to.equal(nodes() + 1);
    const quadrant = await mount('output-vs-outcome', exampleDoc(), 'view="quadrant"');
    expect(rows(quadrant.toCSV()).length).to.be.greaterThan(1);
    const dashboard = await mount('outcome-dashboard', exampleDoc());
    const all = (exampleDoc().metrics as { points: unknown[] }[]).reduce(
      (sum, m) => sum + m.points.length,
      0,
    );
    expect(rows(dashboard.toCSV()).length).to.equal(all + 1);
  });

  it('quotes fields, and keeps spreadsheet formulas from running', async () => {
    const doc = exampleDoc();
    const nodesOf = doc.nodes as { title: string }[];
    nodesOf[0].title = '=HYPERLINK("x"), "quoted"';
    const tree = await mount('outcome-tree', doc);
    const line = tree.toCSV().split('\r\n')[1];
    expect(line).to.contain(`"'=HYPERLINK(""x""), ""quoted"""`);
  });
});

describe('export: the export-menu', () => {
  /** Captures the downloads the menu starts, instead of saving files. */
  function captureDownloads(): { names: string[]; restore: () => void } {
    const names: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) names.push(this.download);
      else click.call(this);
    };
    return { names, restore: () => (HTMLAnchorElement.prototype.click = click) };
  }

  it('is a menu button: opens with the keyboard, moves with arrows, closes with Escape, downloads', async () => {
    const card = await mount('kpi-trend', exampleDoc(), 'metric="nps" export-menu');
    const button = part(card, 'export-button')!;
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    await sendKeys({ press: 'ArrowDown' });
    await card.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const items = [...card.shadowRoot!.querySelectorAll('[role="menuitem"]')];
    expect(items.map((i) => i.textContent!.trim())).to.deep.equal([
      'Vector image (SVG)',
      'Image (PNG)',
      'Data (CSV)',
    ]);
    expect(card.shadowRoot!.activeElement).to.equal(items[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(card.shadowRoot!.activeElement).to.equal(items[1]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(card.shadowRoot!.activeElement, 'wraps to the last').to.equal(items[2]);
    await sendKeys({ press: 'Escape' });
    await card.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(card.shadowRoot!.activeElement).to.equal(button);

    const downloads = captureDownloads();
    try {
      for (const kind of [0, 2]) {
        button.click();
        await card.updateComplete;
        card.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]')[kind].click();
        await card.updateComplete;
      }
      expect(downloads.names).to.deep.equal(['Net-Promoter-Score.svg', 'Net-Promoter-Score.csv']);
    } finally {
      downloads.restore();
    }
  });

  it('speaks the widget language, and shows only when asked for', async () => {
    const card = await mount('kpi-trend', exampleDoc(), 'metric="nps" export-menu locale="ja-JP"');
    expect(part(card, 'export-button')!.textContent).to.contain('ダウンロード');
    const plain = await mount('kpi-trend', exampleDoc(), 'metric="nps"');
    expect(part(plain, 'export')).to.equal(null);
    // The exported picture leaves the menu out.
    expect(card.toSVG()).not.to.contain('ダウンロード');
  });

  it('opens inside a narrow card (two to a row on a phone), its items whole', async () => {
    for (const locale of ['en-US', 'ar-EG']) {
      const card = await mount('kpi-trend', exampleDoc(), `metric="nps" export-menu locale="${locale}"`);
      card.style.width = '173px';
      part(card, 'export-button')!.click();
      await card.updateComplete;
      const box = card.getBoundingClientRect();
      const menu = part(card, 'export-menu')!.getBoundingClientRect();
      expect(menu.left, `${locale}: left edge`).to.be.at.least(box.left);
      expect(menu.right, `${locale}: right edge`).to.be.at.most(box.right);
      for (const item of card.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]'))
        expect(item.scrollWidth, `${locale}: "${item.textContent!.trim()}"`).to.be.at.most(item.clientWidth);
    }
  });

  itIsAccessibleInEveryState({
    'card with the menu open': async () => {
      const card = (await mount('kpi-trend', exampleDoc(), 'metric="nps" export-menu')) as KpiTrend;
      part(card, 'export-button')!.click();
      await card.updateComplete;
      return card;
    },
    'tree with the menu': async () =>
      (await mount('outcome-tree', exampleDoc(), 'export-menu')) as unknown as OutcomeElement,
  });
});

describe('export: a dashboard', () => {
  it('pictures its widgets too, slotted ones included', async () => {
    const dashboard = await fixture<OutcomeElement>(
      html`<outcome-dashboard .data=${exampleDoc()}><kpi-trend metric="arr"></kpi-trend></outcome-dashboard>`,
    );
    const card = dashboard.querySelector('kpi-trend') as KpiTrend;
    await card.updateComplete;
    const text = words(parse(dashboard.toSVG())).join(' ');
    expect(text).to.contain('Customer outcomes 2026');
    expect(text).to.contain('Annual recurring');
  });
});
