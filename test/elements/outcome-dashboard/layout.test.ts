import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import type { KpiTrend } from '../../../src/elements/kpi-trend/kpi-trend.js';
import type { OutcomeDashboard } from '../../../src/elements/outcome-dashboard/outcome-dashboard.js';
import { exampleDoc, overlappingText, part, textBoxes } from '../../helpers.js';

/** The example dashboard with its seven cards and the wide widgets, `width` pixels wide. */
async function dashboard(
  width: number,
  scheme = '',
  children = true,
  locale = '',
): Promise<OutcomeDashboard> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  if (scheme) wrapper.style.colorScheme = scheme;
  const metrics = ['nps', 'retention-90d', 'churn', 'arr', 'cycle-time', 'features', 'tickets'];
  wrapper.innerHTML = `<outcome-dashboard${locale ? ` locale="${locale}"` : ''}>${
    children
      ? `${metrics.map((m) => `<kpi-trend metric="${m}"></kpi-trend>`).join('')}
         <output-vs-outcome output="features" outcome="nps"></output-vs-outcome>
         <outcome-tree></outcome-tree>`
      : ''
  }</outcome-dashboard>`;
  const el = wrapper.querySelector('outcome-dashboard')!;
  el.data = exampleDoc();
  await settle(el);
  return el;
}

/** Waits until every widget inside (slotted or in the default layout) has rendered and been measured. */
async function settle(el: OutcomeDashboard): Promise<void> {
  await el.updateComplete;
  const widgets = () => cards(el).length + el.querySelectorAll('*').length;
  await waitUntil(() => widgets() > 0, 'widgets appear');
  for (let i = 0; i < 3; i++) {
    await Promise.all(allWidgets(el).map((w) => w.updateComplete));
    await nextFrame();
  }
}

function allWidgets(el: OutcomeDashboard): KpiTrend[] {
  return [...el.querySelectorAll<KpiTrend>('*'), ...el.shadowRoot!.querySelectorAll<KpiTrend>('.grid > *')];
}

function cards(el: OutcomeDashboard): KpiTrend[] {
  return allWidgets(el).filter((w) => w.localName === 'kpi-trend');
}

/** The cards grouped by the row they sit in (same top edge). */
function rows(el: OutcomeDashboard): KpiTrend[][] {
  const byTop = new Map<number, KpiTrend[]>();
  for (const card of cards(el)) {
    const top = Math.round(card.getBoundingClientRect().top);
    byTop.set(top, [...(byTop.get(top) ?? []), card]);
  }
  return [...byTop.values()];
}

const top = (el: Element | null) => Math.round(el!.getBoundingClientRect().top);

describe('<outcome-dashboard>: cards line up', () => {
  for (const scheme of ['light', 'dark']) {
    it(`gives the cards of a row one height and puts their values and charts at the same heights (1280 px, ${scheme})`, async () => {
      const el = await dashboard(1280, scheme);
      const grouped = rows(el);
      expect(grouped.length, 'seven cards in two rows of four and three').to.equal(2);
      expect(grouped[0]).to.have.length(4);
      for (const row of grouped) {
        const heights = row.map((c) => Math.round(c.getBoundingClientRect().height));
        expect(new Set(heights).size, `heights ${heights}`).to.equal(1);
        const values = row.map((c) => top(part(c, 'value')));
        expect(new Set(values).size, `value tops ${values}`).to.equal(1);
        const charts = row.map((c) => top(part(c, 'chart')));
        expect(new Set(charts).size, `chart tops ${charts}`).to.equal(1);
      }
    });
  }

  it('has no overlapping text at 1280 and 390 px', async () => {
    for (const width of [1280, 390]) {
      const el = await dashboard(width);
      for (const card of cards(el)) {
        expect(overlappingText(textBoxes(card)), `${card.metric} at ${width}px`).to.deep.equal([]);
      }
    }
  });

  it('shrinks a long value to fit its card instead of cutting it, two to a row at 390 px', async () => {
    for (const locale of ['de-DE', 'ja-JP', 'ar-EG', 'en-US']) {
      const el = await dashboard(390, '', true, locale);
      for (const card of cards(el)) {
        const value = part(card, 'value')!;
        expect(
          value.scrollWidth,
          `${card.metric} in ${locale}: "${value.textContent!.trim()}"`,
        ).to.be.at.most(value.clientWidth);
        expect(parseFloat(getComputedStyle(value).fontSize), `${card.metric} in ${locale}`).to.be.at.least(
          16,
        );
      }
    }
  });

  it('keeps every card text at 11 px or more', async () => {
    const el = await dashboard(390);
    for (const card of cards(el)) {
      for (const { text, box } of textBoxes(card))
        expect(box.height, `${card.metric}: "${text}"`).to.be.at.least(11);
    }
  });

  it('gives the tree and the comparison a full row, and a span attribute changes it', async () => {
    const el = await dashboard(1280);
    const grid = part(el, 'grid')!.getBoundingClientRect();
    for (const tag of ['output-vs-outcome', 'outcome-tree']) {
      const box = el.querySelector(tag)!.getBoundingClientRect();
      expect(Math.round(box.width), tag).to.equal(Math.round(grid.width));
    }
    const tree = el.querySelector('outcome-tree')!;
    tree.setAttribute('span', '2');
    await nextFrame();
    const card = cards(el)[0].getBoundingClientRect().width;
    expect(tree.getBoundingClientRect().width).to.be.within(card * 2, card * 2 + 32);
  });

  it('shows two condensed cards a row on a phone, so the seven cards fit in about one screen', async () => {
    const el = await dashboard(390);
    const grouped = rows(el);
    expect(grouped.map((r) => r.length)).to.deep.equal([2, 2, 2, 1]);
    const all = cards(el);
    const height = all.at(-1)!.getBoundingClientRect().bottom - all[0].getBoundingClientRect().top;
    expect(height, 'about one phone screen (844 px)').to.be.at.most(900);
    for (const card of all) {
      expect(part(card, 'value'), card.metric).to.exist;
      expect(part(card, 'chart'), card.metric).to.exist;
    }
  });
});

describe('<outcome-dashboard>: the default layout', () => {
  it('shows a card per metric, then the quadrant and the tree, when it holds no widgets', async () => {
    const el = await dashboard(1280, '', false);
    const shown = [...el.shadowRoot!.querySelectorAll('.grid > *')].map(
      (w) =>
        `${w.localName}${w.getAttribute('metric') ? `:${w.getAttribute('metric')}` : ''}${w.getAttribute('view') ? `:${w.getAttribute('view')}` : ''}`,
    );
    const metrics = (exampleDoc().metrics as { id: string }[]).map((m) => `kpi-trend:${m.id}`);
    expect(shown.filter((s) => s !== 'slot')).to.deep.equal([
      ...metrics,
      'output-vs-outcome:quadrant',
      'outcome-tree',
    ]);
    // The widgets render the dashboard's document.
    const nps = cards(el).find((c) => c.metric === 'nps')!;
    expect(part(nps, 'value')!.textContent).to.contain('45');
  });

  it('adds a timeline for each output and outcome metric the tree links', async () => {
    const doc = exampleDoc() as {
      nodes: { id: string; parent?: string; metric?: string; type: string; title: string }[];
    };
    doc.nodes.push({
      id: 'w-feat',
      parent: 'o-nps',
      type: 'output',
      title: 'Ship features',
      metric: 'features',
    });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><outcome-dashboard .data=${doc}></outcome-dashboard></div>`,
    );
    const el = wrapper.querySelector('outcome-dashboard')!;
    await settle(el);
    const timeline = el.shadowRoot!.querySelector('output-vs-outcome[output="features"]');
    expect(timeline?.getAttribute('outcome')).to.equal('nps');
  });

  it('steps aside when the page adds widgets later', async () => {
    const el = await dashboard(1280, '', false);
    el.append(document.createElement('kpi-trend'));
    await el.updateComplete;
    await nextFrame();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.grid > kpi-trend')).to.have.length(0);
  });
});

describe('<outcome-dashboard>: on a plain page', () => {
  it('uses a sans-serif font when the page kept the browser default, and the page font otherwise', async () => {
    const plain = await fixture<HTMLDivElement>(
      html`<div style="font-family: serif"><outcome-dashboard></outcome-dashboard></div>`,
    );
    const a = plain.querySelector('outcome-dashboard')!;
    a.data = exampleDoc();
    await a.updateComplete;
    expect(getComputedStyle(part(a, 'base')!).fontFamily).to.match(/system-ui/);
    const styled = await fixture<HTMLDivElement>(
      html`<div style="font-family: Georgia, serif"><outcome-dashboard></outcome-dashboard></div>`,
    );
    const b = styled.querySelector('outcome-dashboard')!;
    b.data = exampleDoc();
    await b.updateComplete;
    expect(getComputedStyle(part(b, 'base')!).fontFamily).to.equal('Georgia, serif');
  });
});
