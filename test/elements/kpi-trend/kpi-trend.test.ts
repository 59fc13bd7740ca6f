import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { parseDocument } from '../../../src/core/parse/index.js';
import type { Metric, OutcomeDocument } from '../../../src/core/schema.js';
import { summarizeMetric } from '../../../src/core/summary.js';
import type { OutcomeErrorEvent } from '../../../src/events/outcome-error.js';
import type { OutcomeSelectEvent } from '../../../src/events/outcome-select.js';
import { KpiTrend } from '../../../src/kpi-trend.js';
import '../../../src/outcome-dashboard.js';
import {
  docUrl,
  exampleDoc,
  itIsAccessibleInEveryState,
  loading,
  mount,
  nextEvent,
  part,
  serverStats,
  text,
  uniqueKey,
} from '../../helpers.js';

const chart = (el: KpiTrend) => part(el, 'chart')!;
const key = (el: KpiTrend, k: string) => {
  chart(el).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
  return el.updateComplete;
};

/** A one-metric document; points as [date, value]. */
function docWith(
  metric: Partial<Metric> & { points: Metric['points'] },
  extra: Partial<OutcomeDocument> = {},
) {
  return {
    version: 1,
    asOf: '2026-06-30',
    ...extra,
    metrics: [{ id: 'm', name: 'Metric', kind: 'outcome', ...metric }],
  };
}

const card = (metric: string, doc: unknown = exampleDoc(), attrs = ''): Promise<KpiTrend> =>
  mount('kpi-trend', doc, `metric="${metric}" ${attrs}`, 'host');

describe('<kpi-trend>: content', () => {
  it('fills the height it is given: the chart takes the room, the progress stays at the bottom', async () => {
    const el = await card('nps');
    const natural = part(el, 'chart')!.getBoundingClientRect().height;
    el.style.height = '400px';
    await waitUntil(
      () => part(el, 'chart')!.getBoundingClientRect().height > natural + 100,
      'the chart grows',
    );
    const base = part(el, 'base')!.getBoundingClientRect();
    expect(Math.round(base.height)).to.equal(400);
    const progress = part(el, 'progress')!.getBoundingClientRect();
    expect(base.bottom - progress.bottom, 'progress at the bottom').to.be.below(24);
    const svg = part(el, 'sparkline')!.getBoundingClientRect();
    expect(Math.round(svg.height), 'the drawing follows').to.equal(
      Math.round(part(el, 'chart')!.getBoundingClientRect().height),
    );
  });

  it('shows name, formatted value, the change with arrow, sign and word, and the status', async () => {
    const el = await card('nps');
    expect(text(part(el, 'name'))).to.equal('Net Promoter Score');
    expect(text(part(el, 'value'))).to.equal('45 pts');
    expect(part(el, 'date'), 'the value is from the "as of" day the dashboard shows').to.equal(null);
    expect(text(part(el, 'delta'))).to.equal('▲ +2 pts (+5%) better');
    expect(part(el, 'delta')!.classList.contains('good')).to.equal(true);
    expect(text(part(el, 'status'))).to.equal('Met');
    expect(text(el.shadowRoot!.querySelector('.target-label'))).to.equal('Target 45 pts');
    expect(part(el, 'baseline')).to.exist;
  });

  it('reflects status and trend exactly as summarizeMetric computes them, for every metric', async () => {
    const doc = exampleDoc() as unknown as OutcomeDocument;
    const { document } = parseDocument(doc);
    for (const metric of document!.metrics) {
      const el = await card(metric.id, doc);
      const summary = summarizeMetric(metric, { asOf: document!.asOf });
      expect(el.getAttribute('status'), metric.id).to.equal(summary.status);
      expect(el.getAttribute('trend'), metric.id).to.equal(summary.trend);
      expect(part(el, 'sparkline'), metric.id).to.exist;
      expect(text(part(el, 'value')), metric.id).not.to.equal('');
    }
  });

  it('colours a fall as good when down is better, and still says so in words', async () => {
    const el = await card('cycle-time');
    expect(text(part(el, 'delta'))).to.equal('▼ -0.4 days (-7.5%) better');
    expect(el.getAttribute('trend')).to.equal('good');
    expect(text(part(el, 'status'))).to.equal('At risk');
  });

  it('calls a rise worse when down is better', async () => {
    const el = await card(
      'm',
      docWith({
        direction: 'down',
        points: [
          ['2026-01-31', 4],
          ['2026-02-28', 5],
        ],
      }),
    );
    expect(text(part(el, 'delta'))).to.equal('▲ +1 (+25%) worse');
    expect(part(el, 'delta')!.classList.contains('bad')).to.equal(true);
    expect(el.getAttribute('trend')).to.equal('bad');
  });

  it('writes the change of a percent metric in percentage points', async () => {
    const points: Metric['points'] = [
      ['2026-01-31', 0.104],
      ['2026-02-28', 0.121],
    ];
    const el = await card('m', docWith({ format: { style: 'percent', maximumFractionDigits: 1 }, points }));
    expect(text(part(el, 'value'))).to.equal('12.1%');
    expect(text(part(el, 'delta'))).to.equal('▲ +1.7 pp (+16.3%) better');
    expect(text(el.shadowRoot!.getElementById('sentence'))).to.contain('up 1.7 percentage points (16.3%)');
  });

  it('shows the date of the value only when it is not the "as of" day', async () => {
    const later = { ...exampleDoc(), asOf: '2026-10-15' };
    expect(text(part(await card('nps', later), 'date'))).to.equal('Sep 30, 2026');
    expect(part(await card('nps'), 'date')).to.equal(null);
  });

  it('shows the unit smaller than the figure', async () => {
    const value = part(await card('nps'), 'value')!;
    const figure = value.querySelector('.figure')!;
    const unit = value.querySelector('.unit')!;
    expect([text(figure), text(unit)]).to.deep.equal(['45', 'pts']);
    expect(parseFloat(getComputedStyle(unit).fontSize)).to.be.below(
      parseFloat(getComputedStyle(figure).fontSize) * 0.7,
    );
  });

  it('formats percent and compact currency with the metric format', async () => {
    expect(text(part(await card('retention-90d'), 'value'))).to.equal('72%');
    const arr = await card('arr');
    // Compact notation keeps the digits that make the change visible in the value itself.
    expect(text(part(arr, 'value'))).to.equal('€10.32M');
    expect(text(part(arr, 'delta'))).to.match(/^▲ \+€254K/);
  });

  it('formats numbers and dates in the locale attribute', async () => {
    const later = { ...exampleDoc(), asOf: '2026-10-15' };
    const de = await card('arr', later, 'locale="de-DE"');
    expect(text(part(de, 'value'))).to.equal('10,32 Mio. €');
    expect(text(part(de, 'date'))).to.equal('30. Sept. 2026');
    const ja = await card('nps', later, 'locale="ja-JP"');
    expect(text(part(ja, 'date'))).to.equal('2026年9月30日');
  });

  it('shows progress to target as a bar and a percentage', async () => {
    const el = await card('arr');
    const summary = summarizeMetric(
      parseDocument(exampleDoc()).document!.metrics.find((m) => m.id === 'arr')!,
      { asOf: '2026-09-30' },
    );
    const percent = Math.round(summary.progress! * 100);
    expect(text(part(el, 'progress'))).to.match(
      new RegExp(`^${percent}% of the way from €7.2M to €12M by Dec 31, 2026$`),
    );
    const meter = part(el, 'progress')!.querySelector('[role="progressbar"]')!;
    expect(meter.getAttribute('aria-valuenow')).to.equal(String(percent));
    expect(meter.getAttribute('aria-valuetext')).to.contain(`${percent}% of the way`);
  });

  it('shows the description of the metric when its info button gets keyboard focus', async () => {
    const el = await card('nps');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.info-button')!;
    const description = part(el, 'description')!;
    expect(button.getAttribute('aria-label')).to.equal('About Net Promoter Score');
    expect(el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)).to.equal(description);
    expect(text(description)).to.equal('Quarterly relationship survey, -100 to 100.');
    expect(getComputedStyle(description).display).to.equal('none');
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(getComputedStyle(description).display).to.equal('block');
    await sendKeys({ press: 'Escape' });
    expect(getComputedStyle(description).display, 'Escape dismisses it').to.equal('none');
    await sendKeys({ press: 'Enter' });
    expect(getComputedStyle(description).display, 'pressing the button shows it again').to.equal('block');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'the chart is the next tab stop').to.equal(chart(el));
    expect(getComputedStyle(description).display, 'hidden once focus leaves').to.equal('none');
  });

  it('shows the description on a tap or click, and hides it on a second one', async () => {
    const el = await card('nps');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.info-button')!;
    button.click();
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'description')!).display).to.equal('block');
    button.click();
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'description')!).display).to.equal('none');
  });

  it('says it all in one sentence as the accessible description', async () => {
    const el = await card('nps');
    const group = el.shadowRoot!.querySelector('[aria-describedby="sentence"]')!;
    expect(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal(
      'Net Promoter Score',
    );
    expect(text(el.shadowRoot!.getElementById('sentence'))).to.equal(
      'Net Promoter Score: 45 pts on Sep 30, 2026, up 2 pts (5%) since Aug 31, 2026, better; ' +
        '102% of the way from 31 pts to 45 pts by Dec 31, 2026; met.',
    );
  });

  it('lists every point in a hidden data table', async () => {
    const el = await card('nps');
    const rows = [...el.shadowRoot!.querySelectorAll('table tbody tr')];
    expect(rows).to.have.length(21);
    expect(text(rows[0])).to.equal('Jan 31, 2025 27 pts');
    expect(text(rows[20])).to.equal('Sep 30, 2026 45 pts');
    expect(text(el.shadowRoot!.querySelector('caption'))).to.equal('Net Promoter Score: data');
  });

  it('draws the forecast to the target date, and hides it with no-forecast', async () => {
    const el = await card('nps');
    expect(part(el, 'forecast')).to.exist;
    el.noForecast = true;
    await el.updateComplete;
    expect(part(el, 'forecast')).to.equal(null);
  });

  it('hides target, baseline and progress with no-target', async () => {
    const el = await card('nps', exampleDoc(), 'no-target');
    expect(part(el, 'target')).to.equal(null);
    expect(part(el, 'baseline')).to.equal(null);
    expect(part(el, 'progress')).to.equal(null);
    expect(text(part(el, 'status'))).to.equal('Met');
  });

  it('renders document text as text, never as HTML', async () => {
    const el = await card(
      'm',
      docWith({ name: '<img src=x onerror=alert(1)>', points: [['2026-01-31', 1]] }),
    );
    expect(text(part(el, 'name'))).to.equal('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });
});

describe('<kpi-trend>: compact variant', () => {
  it('shows value, change and sparkline only, about 160 × 40', async () => {
    const el = await card('nps', exampleDoc(), 'variant="compact"');
    expect(text(part(el, 'value'))).to.equal('45 pts');
    expect(text(part(el, 'delta'))).to.equal('▲ +5% better');
    expect(part(el, 'sparkline')).to.exist;
    for (const hidden of ['status', 'progress', 'date', 'target', 'forecast'])
      expect(part(el, hidden), hidden).to.equal(null);
    const box = el.getBoundingClientRect();
    expect(box.height).to.be.at.most(44);
    expect(box.width).to.equal(160);
    const inner = part(el, 'base')!;
    expect(inner.scrollWidth, 'nothing spills out').to.be.at.most(160);
    expect(text(el.shadowRoot!.getElementById('sentence'))).to.contain('Net Promoter Score: 45 pts');
  });

  it('says "no change" in words, not with a bare arrow', async () => {
    const el = await card('retention-90d', exampleDoc(), 'variant="compact"');
    expect(text(part(el, 'delta'))).to.equal('no change');
  });
});

describe('<kpi-trend>: keyboard and pointer', () => {
  it('shows the tooltip on one line, inside the chart, never over the value or the change', async () => {
    for (const width of [280, 480]) {
      const el = await card('nps', exampleDoc(), '');
      el.parentElement!.style.width = `${width}px`;
      await el.updateComplete;
      chart(el).focus();
      for (const k of ['Home', 'ArrowRight', 'End']) {
        await key(el, k);
        const tip = part(el, 'tooltip')!.getBoundingClientRect();
        const lineHeight = parseFloat(getComputedStyle(part(el, 'tooltip')!).lineHeight);
        expect(tip.height, `${width}px, ${k}: one line`).to.be.below(lineHeight * 1.5 + 8);
        for (const name of ['value', 'delta']) {
          const box = part(el, name)!.getBoundingClientRect();
          expect(tip.top >= box.bottom || tip.bottom <= box.top, `${width}px, ${k}: clear of ${name}`).to.be
            .true;
        }
        const area = chart(el).getBoundingClientRect();
        expect(tip.top, 'inside the chart').to.be.at.least(area.top);
      }
      chart(el).blur();
    }
  });

  it('closes the tooltip when the description opens', async () => {
    const doc = exampleDoc() as { metrics: { id: string; description?: string }[] };
    doc.metrics.find((m) => m.id === 'nps')!.description = 'How likely customers are to recommend us.';
    const el = await card('nps', doc);
    chart(el).focus();
    await el.updateComplete;
    expect(part(el, 'tooltip')).to.exist;
    el.shadowRoot!.querySelector<HTMLElement>('.info')!.dispatchEvent(new MouseEvent('mouseenter'));
    await el.updateComplete;
    expect(part(el, 'description')!.checkVisibility()).to.be.true;
    expect(part(el, 'tooltip')).to.equal(null);
  });

  it('focuses the chart, walks the points with arrows, Home and End, and leaves with Escape', async () => {
    const el = await card('nps');
    const slider = chart(el);
    expect(slider.getAttribute('role')).to.equal('slider');
    expect(slider.tabIndex).to.equal(0);
    slider.focus();
    await el.updateComplete;
    expect(text(part(el, 'tooltip'))).to.equal('Sep 30, 2026: 45 pts');
    expect(slider.getAttribute('aria-valuenow')).to.equal('20');
    await key(el, 'ArrowLeft');
    expect(text(part(el, 'tooltip'))).to.equal('Aug 31, 2026: 43 pts');
    expect(slider.getAttribute('aria-valuetext')).to.equal('Aug 31, 2026: 43 pts');
    await key(el, 'Home');
    expect(text(part(el, 'tooltip'))).to.equal('Jan 31, 2025: 27 pts');
    await key(el, 'ArrowLeft');
    expect(slider.getAttribute('aria-valuenow'), 'stays on the first point').to.equal('0');
    await key(el, 'End');
    expect(slider.getAttribute('aria-valuenow')).to.equal('20');
    await key(el, 'Escape');
    expect(part(el, 'tooltip')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(slider);
  });

  it('fires outcome-select with the point on Enter', async () => {
    const el = await card('nps');
    chart(el).focus();
    await key(el, 'ArrowLeft');
    const selected = nextEvent<OutcomeSelectEvent>(el, 'outcome-select');
    await key(el, 'Enter');
    const { detail, bubbles, composed } = await selected;
    expect(detail).to.deep.equal({
      type: 'point',
      metric: 'nps',
      index: 19,
      date: '2026-08-31',
      value: 43.1,
    });
    expect(bubbles && composed).to.equal(true);
  });

  it('forgets the chosen point when the metric changes, and Enter selects what the slider shows', async () => {
    const el = await card('nps');
    chart(el).focus();
    await key(el, 'Home');
    await key(el, 'ArrowRight');
    el.metric = 'features';
    await el.updateComplete;
    expect(chart(el).getAttribute('aria-valuenow')).to.equal('20');
    const selected = nextEvent<OutcomeSelectEvent>(el, 'outcome-select');
    await key(el, 'Enter');
    const { detail } = await selected;
    expect(detail).to.deep.equal({
      type: 'point',
      metric: 'features',
      index: 20,
      date: '2026-09-30',
      value: 16,
    });
  });

  it('shows the nearest point under the pointer and selects it on click', async () => {
    const el = await card('nps');
    const box = chart(el).getBoundingClientRect();
    const circle = el.shadowRoot!.querySelector('circle.last')!.getBoundingClientRect();
    const atFirst = { clientX: box.left + 1, clientY: box.top + 10, bubbles: true };
    chart(el).dispatchEvent(new PointerEvent('pointermove', atFirst));
    await el.updateComplete;
    expect(text(part(el, 'tooltip'))).to.equal('Jan 31, 2025: 27 pts');
    const selected = nextEvent<OutcomeSelectEvent>(el, 'outcome-select');
    chart(el).dispatchEvent(
      new MouseEvent('click', { clientX: circle.left + circle.width / 2, clientY: box.top, bubbles: true }),
    );
    expect((await selected).detail).to.include({ type: 'point', index: 20 });
    chart(el).dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(part(el, 'tooltip')).to.equal(null);
  });

  it('keeps the tooltip inside a 160-pixel card at either end', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 160px">
        <kpi-trend metric="nps" .data=${exampleDoc()}></kpi-trend>
      </div>`,
    );
    const el = wrapper.querySelector('kpi-trend')!;
    await waitUntil(() => chart(el).getBoundingClientRect().width < 160);
    const base = part(el, 'base')!.getBoundingClientRect();
    chart(el).focus();
    for (const k of ['Home', 'End']) {
      await key(el, k);
      const tip = part(el, 'tooltip')!.getBoundingClientRect();
      expect(tip.left, k).to.be.at.least(base.left);
      expect(tip.right, k).to.be.at.most(base.right);
    }
    expect(part(el, 'base')!.scrollWidth, 'nothing spills out').to.be.at.most(160);
  });

  it('runs time from right to left in RTL, and the arrows follow the screen', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl">
        <kpi-trend metric="nps" .data=${exampleDoc()}></kpi-trend>
      </div>`,
    );
    const el = wrapper.querySelector('kpi-trend')!;
    await el.updateComplete;
    const first = el.shadowRoot!.querySelector('circle.last')!;
    expect(Number(first.getAttribute('cx'))).to.be.lessThan(el.getBoundingClientRect().width / 2);
    chart(el).focus();
    await key(el, 'Home');
    await key(el, 'ArrowLeft');
    expect(chart(el).getAttribute('aria-valuenow')).to.equal('1');
  });
});

// The geometry of these series (line breaks at gaps, a lone dot, the area down to zero, a flat line)
// is asserted in Node: test/core/layout/sparkline.test.ts and the snapshots beside it.
describe('<kpi-trend>: long and odd series', () => {
  it('lists every date of a series with gaps, the gaps too', async () => {
    const points: Metric['points'] = [
      ['2026-01-31', 1],
      ['2026-02-28', 2],
      ['2026-03-31', null],
      ['2026-04-30', 3],
      ['2026-05-31', 4],
    ];
    const el = await card('m', docWith({ points }));
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(5);
  });

  it('shows a single point as a value and a dot', async () => {
    const el = await card('m', docWith({ points: [['2026-01-31', 7]] }));
    expect(text(part(el, 'value'))).to.equal('7');
    expect(part(el, 'delta')).to.equal(null);
    expect(el.shadowRoot!.querySelector('circle.last')).to.exist;
  });

  it('says "No data yet" under the name for a metric with no points, or only gaps', async () => {
    for (const points of [[], [['2026-01-31', null]]] as Metric['points'][]) {
      const el = await card('m', docWith({ points, target: 5 }));
      expect(text(part(el, 'name'))).to.equal('Metric');
      expect(text(part(el, 'empty'))).to.equal('No data yet');
      expect(part(el, 'sparkline')).to.equal(null);
      expect(el.getAttribute('status')).to.equal('unknown');
    }
  });

  it('shows negative values with a zero line', async () => {
    const el = await card(
      'm',
      docWith({
        points: [
          ['2026-01-31', -3],
          ['2026-02-28', 2],
          ['2026-03-31', -1],
        ],
      }),
    );
    expect(text(part(el, 'value'))).to.equal('-1');
    expect(part(el, 'zero')).to.exist;
  });

  it('says "no change" for all-equal values', async () => {
    const el = await card(
      'm',
      docWith({
        points: [
          ['2026-01-31', 5],
          ['2026-02-28', 5],
          ['2026-03-31', 5],
        ],
      }),
    );
    expect(text(part(el, 'delta'))).to.equal('→ no change');
    expect(el.getAttribute('trend')).to.equal('flat');
  });

  it('draws a million points as about two per pixel column, and samples the data table', async () => {
    const start = Date.UTC(2020, 0, 1);
    const points: Metric['points'] = Array.from({ length: 1_000_000 }, (_, i) => [
      start + i * 60_000,
      Math.sin(i / 5000) * 100,
    ]);
    const el = await card('m', docWith({ points }));
    const width = chart(el).getBoundingClientRect().width;
    const commands = () =>
      el.shadowRoot!.querySelector('path.line')!.getAttribute('d')!.match(/[ML]/g)!.length;
    await waitUntil(() => commands() >= width, 'not redrawn at the measured width');
    expect(commands()).to.be.at.most(2 * Math.ceil(width) + 2);
    expect(text(el.shadowRoot!.querySelector('caption'))).to.match(
      /Metric: data \(\d+ of 1,000,000 points, sampled\)/,
    );
  });

  it('lists a sample of at most 120 rows for a year of daily values, keeping the extremes', async () => {
    const start = Date.UTC(2025, 0, 1);
    const points: Metric['points'] = Array.from({ length: 365 }, (_, i) => [
      start + i * 86_400_000,
      i === 200 ? 999 : i === 100 ? -5 : i % 7,
    ]);
    const el = await card('m', docWith({ points }));
    const values = [...el.shadowRoot!.querySelectorAll('tbody tr td:last-child')].map((td) => td.textContent);
    expect(values.length).to.be.within(60, 120);
    expect(values).to.include('999').and.include('-5');
    expect(text(el.shadowRoot!.querySelector('caption'))).to.equal(
      `Metric: data (${values.length} of 365 points, sampled)`,
    );
  });

  it('redraws on resize from the same data, without fetching again', async () => {
    const k = uniqueKey('resize');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 600px">
        <kpi-trend metric="nps" src=${docUrl(k)}></kpi-trend>
      </div>`,
    );
    const el = wrapper.querySelector('kpi-trend')!;
    await waitUntil(() => part(el, 'sparkline'));
    const before = el.shadowRoot!.querySelector('path.line')!.getAttribute('d');
    wrapper.style.width = '300px';
    await waitUntil(
      () => el.shadowRoot!.querySelector('path.line')!.getAttribute('d') !== before,
      'no redraw',
    );
    expect((await serverStats(k)).hits).to.equal(1);
  });
});

describe('<kpi-trend>: errors', () => {
  const broken = {
    version: 1,
    metrics: [
      {
        id: 'fine',
        name: 'Fine',
        kind: 'outcome',
        points: [
          ['2026-01-31', 1],
          ['2026-02-28', 2],
        ],
      },
      { id: 'broken', name: 'Broken', kind: 'outcome', points: [['2026-01-31', 'abc']] },
    ],
  };

  it('shows the problems of a broken metric with their JSON paths and fires outcome-error', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('kpi-trend');
    el.metric = 'broken';
    el.data = broken;
    const error = nextEvent<OutcomeErrorEvent>(el, 'outcome-error');
    wrapper.append(el);
    const { detail } = await error;
    expect(detail.errors.map((e) => e.path)).to.deep.equal(['metrics[1].points[0][1]']);
    await el.updateComplete;
    expect(text(part(el, 'error'))).to.contain(
      'metrics[1].points[0][1]: expected a finite number or null, got "abc"',
    );
    expect(el.hasAttribute('status')).to.equal(false);
  });

  it('fires outcome-error again when the same problem comes back', async () => {
    const el = await card('broken', broken);
    const errors: OutcomeErrorEvent[] = [];
    el.addEventListener('outcome-error', (e) => errors.push(e));
    el.metric = 'fine';
    await el.updateComplete;
    el.metric = 'broken';
    await el.updateComplete;
    expect(errors).to.have.length(1);
    expect(errors[0].detail.errors[0].path).to.equal('metrics[1].points[0][1]');
  });

  it('leaves the other cards of a dashboard alone', async () => {
    const dashboard = await fixture(
      html`<outcome-dashboard .data=${broken}>
        <kpi-trend metric="fine"></kpi-trend><kpi-trend metric="broken"></kpi-trend>
      </outcome-dashboard>`,
    );
    const [fine, bad] = [...dashboard.querySelectorAll('kpi-trend')];
    await waitUntil(() => part(fine, 'value') && part(bad, 'error'));
    expect(text(part(fine, 'value'))).to.equal('2');
    expect(text(part(bad, 'error'))).to.contain('metrics[1].points[0][1]');
  });

  it('names the known ids when the metric does not exist', async () => {
    const el = await card('nope', broken);
    expect(text(part(el, 'error'))).to.contain(
      'metrics: expected the id of a metric of this document, got "nope" (ids: "fine")',
    );
  });
});

describe('<kpi-trend>: theming', () => {
  it('exposes the parts a page styles', async () => {
    const el = await card('nps');
    for (const name of [
      'base',
      'name',
      'value',
      'delta',
      'sparkline',
      'target',
      'forecast',
      'progress',
      'status',
    ]) {
      expect(part(el, name), name).to.exist;
    }
  });

  it('takes the line colour from --outcome-kpi-trend-line-color, else the accent', async () => {
    const el = await card('nps');
    const line = el.shadowRoot!.querySelector('path.line')!;
    expect(getComputedStyle(line).stroke).to.equal('rgb(9, 105, 218)');
    el.style.setProperty('--outcome-kpi-trend-line-color', 'rgb(1, 2, 3)');
    expect(getComputedStyle(line).stroke).to.equal('rgb(1, 2, 3)');
  });

  it("follows the page's color-scheme without a theme attribute, not the system's", async () => {
    const surface = (el: KpiTrend) => getComputedStyle(part(el, 'base')!).backgroundColor;
    const onPage = async (scheme: string, attrs = '') => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      if (scheme) wrapper.style.colorScheme = scheme;
      wrapper.innerHTML = `<kpi-trend metric="nps" ${attrs}></kpi-trend>`;
      const el = wrapper.querySelector('kpi-trend')!;
      el.data = exampleDoc();
      await el.updateComplete;
      return el;
    };
    await emulateMedia({ colorScheme: 'dark' });
    try {
      expect(surface(await onPage('')), 'a page that declares nothing is light').to.equal(
        'rgb(255, 255, 255)',
      );
      expect(surface(await onPage('dark')), 'color-scheme: dark').to.equal('rgb(21, 27, 35)');
      expect(surface(await onPage('light dark')), 'light dark on a dark system').to.equal('rgb(21, 27, 35)');
      expect(surface(await onPage('dark', 'theme="light"')), 'theme wins').to.equal('rgb(255, 255, 255)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
    expect(surface(await onPage('light dark')), 'light dark on a light system').to.equal(
      'rgb(255, 255, 255)',
    );
  });

  it('does not animate the progress bar when reduced motion is asked for', async () => {
    const el = await card('nps');
    const fill = part(el, 'progress')!.querySelector('.fill')!;
    expect(getComputedStyle(fill).transitionDuration).to.equal('0.3s');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(fill).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('switches to dark colours with theme="dark"', async () => {
    const el = await card('nps', exampleDoc(), 'theme="dark"');
    expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(21, 27, 35)');
    expect(getComputedStyle(part(el, 'status')!).color).to.equal('rgb(63, 185, 80)');
  });
});

describe('<kpi-trend>: delivery markers and since', () => {
  // In the example, "Ship in-app onboarding" (under "90-day retention to 80%") shipped on 2026-03-03.
  it('draws each output shipped against the metric on the time axis, between its neighbouring points', async () => {
    const el = await card('retention-90d');
    const marks = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="delivery"]')];
    expect(marks).to.have.length(1);
    expect(marks[0].title).to.equal('Shipped Mar 3, 2026: Ship in-app onboarding');
    const svg = chart(el).getBoundingClientRect();
    const x = marks[0].getBoundingClientRect();
    const share = (x.left + x.width / 2 - svg.left) / svg.width;
    // Jan 31, 2025 to Sep 30, 2026 (the forecast runs on to Dec 31): Mar 3, 2026 lies past the middle.
    expect(share).to.be.within(0.5, 0.8);
    expect(x.bottom).to.be.at.most(svg.bottom + 1);
    expect(
      await card('nps').then((c) => c.shadowRoot!.querySelectorAll('[part~="delivery"]').length),
    ).to.equal(0);
    const hidden = await card('retention-90d', exampleDoc(), 'no-deliveries');
    expect(hidden.shadowRoot!.querySelectorAll('[part~="delivery"]').length, 'no-deliveries').to.equal(0);
  });

  it('names the delivery in the tooltip of its period, in the data table and in the sentence', async () => {
    const el = await card('retention-90d');
    expect(text(el.shadowRoot!.getElementById('sentence'))).to.contain('1 output shipped in this period.');
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((r) => text(r));
    expect(el.shadowRoot!.querySelector('thead')!.textContent).to.contain('Shipped');
    expect(rows.find((r) => r.startsWith('Mar 31, 2026'))).to.contain(
      'Shipped Mar 3, 2026: Ship in-app onboarding',
    );
    expect(rows.find((r) => r.startsWith('Feb 28, 2026'))).not.to.contain('Shipped');
    chart(el).focus();
    await el.updateComplete;
    for (let i = 0; i < 6; i++) await key(el, 'ArrowLeft'); // Sep 30 back to Mar 31, 2026
    expect(text(part(el, 'tooltip'))).to.equal(
      'Mar 31, 2026: 72%. Shipped Mar 3, 2026: Ship in-app onboarding',
    );
    expect(chart(el).getAttribute('aria-valuetext')).to.contain('Ship in-app onboarding');
  });

  it('with since, says the change since that date and marks a status that moved', async () => {
    // NPS: 41.39 on May 31, 2026 (the last point at or before Jun 1), 45.27 now; on track then, met now.
    const el = await card('nps', exampleDoc(), 'since="2026-06-01"');
    expect(text(part(el, 'since'))).to.equal('Since Jun 1, 2026: +4 pts On track → Met');
    expect(text(el.shadowRoot!.getElementById('sentence'))).to.contain(
      'Since Jun 1, 2026: +4 pts, On track → Met.',
    );
    const wrong = await card('nps', exampleDoc(), 'since="last week"');
    expect(text(part(wrong, 'error')), 'named on the card, which still shows').to.equal(
      'since: expected a date YYYY-MM-DD, got "last week"',
    );
    expect(text(part(wrong, 'value'))).to.equal('45 pts');
    const flat = await card('retention-90d', exampleDoc(), 'since="2026-06-01"');
    expect(text(part(flat, 'since'))).to.equal('Since Jun 1, 2026: no change');
  });
});

describe('<kpi-trend>: accessibility', () => {
  const states = {
    ready: () => card('nps'),
    'ready, down is good': () => card('cycle-time'),
    compact: () => card('churn', exampleDoc(), 'variant="compact"'),
    empty: () => card('m', docWith({ points: [] })),
    error: () => card('nope'),
    loading: async () => loading(await card('nps', undefined)),
  };
  itIsAccessibleInEveryState({
    ...states,
    'with deliveries and since': () => card('retention-90d', exampleDoc(), 'since="2026-06-01"'),
  });

  it('is accessible with the tooltip showing', async () => {
    const el = await card('nps');
    chart(el).focus();
    await el.updateComplete;
    expect(part(el, 'tooltip')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('registration', () => {
  it('defines kpi-trend once', () => {
    expect(customElements.get('kpi-trend')).to.equal(KpiTrend);
  });
});
