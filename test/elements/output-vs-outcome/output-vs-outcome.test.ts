import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { compareOutputToOutcome } from '../../../src/core/compare.js';
import { parseDocument } from '../../../src/core/parse/index.js';
import type { Metric } from '../../../src/core/schema.js';
import type { OutcomeErrorEvent } from '../../../src/events/outcome-error.js';
import type { OutcomeSelectEvent } from '../../../src/events/outcome-select.js';
import { OutputVsOutcome } from '../../../src/output-vs-outcome.js';
import {
  docUrl,
  exampleDoc,
  itIsAccessibleInEveryState,
  loading,
  mount,
  nextEvent,
  overlappingText,
  part,
  text,
  textBoxes,
  uniqueKey,
} from '../../helpers.js';

const months = (values: number[]) =>
  values.map((v, i): [string, number] => [`2026-${String(i + 1).padStart(2, '0')}-01`, v]);
const pair = (output: number[], outcome: number[], extra: Partial<Metric> = {}) => ({
  version: 1,
  metrics: [
    { id: 'out', name: 'Features shipped', kind: 'output', points: months(output) },
    { id: 'inc', name: 'Net Promoter Score', kind: 'outcome', points: months(outcome), ...extra },
  ],
});

/** Mounts the element and waits until it has drawn at its measured size (the first draw guesses it). */
async function vs(doc: unknown, attrs = 'output="out" outcome="inc"'): Promise<OutputVsOutcome> {
  const el = await mount('output-vs-outcome', doc, attrs);
  await drawn(el);
  return el;
}

async function drawn(el: OutputVsOutcome): Promise<void> {
  const svg = () => el.shadowRoot!.querySelector<SVGSVGElement>('.chart svg');
  await nextFrame();
  await waitUntil(
    () => !svg() || Math.abs(svg()!.viewBox.baseVal.width - svg()!.getBoundingClientRect().width) < 1,
    'drawn at its size',
  );
  await el.updateComplete;
}

describe('<output-vs-outcome>: timeline', () => {
  it('states the verdict as a sentence and reflects it on the host', async () => {
    const el = await vs(pair([4, 6, 9], [40, 40.5, 40.8]));
    // A range of months as the locale writes one (Intl.DateTimeFormat#formatRange): the shared year once.
    expect(text(part(el, 'verdict'))).to.match(
      /^Jan\s–\sMar 2026: Features shipped \+125%, Net Promoter Score \+2%; output is not turning into outcome\.$/,
    );
    expect(el.getAttribute('verdict')).to.equal('not-converting');
  });

  const cases: [string, number[], number[], string][] = [
    ['converting', [10, 12], [50, 60], 'output is turning into outcome.'],
    ['external', [10, 10], [50, 60], 'the outcome moved without the output: something else is driving it.'],
    ['stalled', [10, 10.5], [50, 51], 'neither output nor outcome is moving.'],
  ];
  for (const [verdict, output, outcome, words] of cases) {
    it(`says "${verdict}" in words`, async () => {
      const el = await vs(pair(output, outcome));
      expect(el.getAttribute('verdict')).to.equal(verdict);
      expect(text(part(el, 'verdict'))).to.contain(words);
    });
  }

  it('states a down-is-good outcome as it happened, with better or worse, so it agrees with the line', async () => {
    const fell = await vs(pair([10, 20], [0.04, 0.03], { direction: 'down' }));
    expect(fell.getAttribute('verdict')).to.equal('converting');
    expect(text(part(fell, 'verdict'))).to.contain('Net Promoter Score -25% (better: lower is better)');
    const rose = await vs(pair([10, 20], [0.03, 0.04], { direction: 'down' }));
    expect(text(part(rose, 'verdict'))).to.contain('Net Promoter Score +33% (worse: lower is better)');
  });

  it('says when there is not enough overlapping data, and draws no chart', async () => {
    const doc = pair([1, 2], [5, 6]);
    doc.metrics[1].points = [['2027-01-01', 5]];
    const el = await vs(doc);
    expect(el.getAttribute('verdict')).to.equal('insufficient-data');
    expect(text(part(el, 'verdict'))).to.contain('Not enough overlapping data');
    expect(part(el, 'chart')).to.equal(null);
  });

  it('draws output as columns and outcome as a line, each in its own panel, with legend, axes and target', async () => {
    const doc = pair([4, 6, 8], [40, 42, 44], { target: 50 });
    const el = await vs(doc);
    // Where the columns, the line and the target go: test/core/layout (timeline, snapshots).
    expect(el.shadowRoot!.querySelectorAll('rect.bar')).to.have.length(3);
    expect(el.shadowRoot!.querySelector('path.outcome-line')).to.exist;
    expect(el.shadowRoot!.querySelector('line.target')).to.exist;
    expect(text(part(el, 'legend'))).to.equal(
      'Features shipped (columns) Net Promoter Score (line) Net Promoter Score target',
    );
    const titles = [...el.shadowRoot!.querySelectorAll('text.panel-title')].map((t) => text(t));
    expect(titles).to.deep.equal(['Features shipped', 'Net Promoter Score']);
    const ticks = [...el.shadowRoot!.querySelectorAll('text.tick')].map((t) => t.textContent);
    expect(ticks).to.include('Jan 2026').and.include('Mar 2026');
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map(text);
    expect(rows).to.deep.equal(['Jan 1, 2026 4 40', 'Feb 1, 2026 6 42', 'Mar 1, 2026 8 44']);
  });

  it('gives both value axes at least three labelled ticks in their own units', async () => {
    const el = await vs(exampleDoc(), 'output="tickets" outcome="churn"');
    const ticks = [...el.shadowRoot!.querySelectorAll('text.tick[text-anchor="end"]')].map(
      (t) => t.textContent!,
    );
    const percent = ticks.filter((t) => t.endsWith('%'));
    expect(percent.length, `outcome ticks ${percent}`).to.be.at.least(3);
    expect(ticks.length - percent.length, `output ticks ${ticks}`).to.be.at.least(3);
  });

  it('lists the values as they are in the table, a negative start too', async () => {
    // That the line rises as the value improves is asserted in test/core/layout/timeline.test.ts.
    const el = await vs(pair([4, 6, 8], [-20, -15, -10]));
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map(text);
    expect(rows.map((r) => r.split(' ').at(-1))).to.deep.equal(['-20', '-15', '-10']);
  });

  for (const width of [360, 768, 1280]) {
    it(`has no overlapping text at ${width} px, in the timeline and the quadrant`, async () => {
      for (const attrs of [
        'output="features" outcome="nps"',
        'output="tickets" outcome="churn"',
        'view="quadrant"',
      ]) {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        wrapper.style.width = `${width}px`;
        wrapper.innerHTML = `<output-vs-outcome ${attrs}></output-vs-outcome>`;
        const el = wrapper.querySelector('output-vs-outcome')!;
        el.data = exampleDoc();
        await drawn(el);
        expect(overlappingText(textBoxes(el)), `${attrs} at ${width}px`).to.deep.equal([]);
        for (const { text: t, box } of textBoxes(el)) expect(box.height, `"${t}" size`).to.be.at.least(10);
      }
    });
  }

  it('survives new data with fewer points while a point is chosen', async () => {
    const el = await vs(pair([1, 2, 3, 4, 5], [1, 2, 3, 4, 5]));
    part(el, 'chart')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    el.data = pair([1, 2], [3, 4]);
    await el.updateComplete;
    expect(part(el, 'chart')!.getAttribute('aria-valuenow')).to.equal('1');
  });

  it('keeps the first and last dates inside the chart in right-to-left pages', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl" style="width: 480px">
        <output-vs-outcome
          output="out"
          outcome="inc"
          .data=${pair([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])}
        ></output-vs-outcome>
      </div>`,
    );
    const el = wrapper.querySelector('output-vs-outcome')!;
    await el.updateComplete;
    await nextFrame();
    const svgBox = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    for (const t of el.shadowRoot!.querySelectorAll('text.tick')) {
      const r = t.getBoundingClientRect();
      expect(r.left, t.textContent!).to.be.at.least(svgBox.left - 1);
      expect(r.right, t.textContent!).to.be.at.most(svgBox.right + 1);
    }
  });

  it('states the lag in words when there is one', async () => {
    const el = await vs(pair([1, 5, 2, 8, 3, 9, 4, 7], [50, 50, 1, 5, 2, 8, 3, 9]));
    expect(text(part(el, 'lag'))).to.equal(
      'The outcome follows the output most closely 2 months later (correlation 1).',
    );
  });

  it('says nothing about a lag when the best correlation is weak', async () => {
    const el = await vs(pair([1, 2, 1, 2, 1, 2], [5, 5, 6, 5, 5, 6]));
    expect(part(el, 'lag')).to.equal(null);
  });

  it('keeps only the first and last dates on a narrow chart', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 240px">
        <output-vs-outcome output="out" outcome="inc" .data=${pair([1, 2, 3], [4, 5, 6])}></output-vs-outcome>
      </div>`,
    );
    const el = wrapper.querySelector('output-vs-outcome')!;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('text.tick').length > 0);
    await nextFrame();
    await el.updateComplete;
    const dates = [...el.shadowRoot!.querySelectorAll('text.tick')]
      .map((t) => t.textContent)
      .filter((t) => t!.includes('2026'));
    expect(dates).to.deep.equal(['Jan 2026', 'Mar 2026']);
  });

  it('matches compareOutputToOutcome on the example document', async () => {
    const el = await vs(exampleDoc(), 'output="features" outcome="nps"');
    const { document } = parseDocument(exampleDoc());
    const find = (id: string) => document!.metrics.find((m) => m.id === id)!;
    expect(el.getAttribute('verdict')).to.equal(
      compareOutputToOutcome(find('features'), find('nps')).verdict,
    );
    expect(text(part(el, 'verdict'))).to.match(
      /^Jan 2025 – Sep 2026: Features shipped \+700%, Net Promoter Score \+71%; output is turning into outcome\.$/,
    );
  });
});

describe('<output-vs-outcome>: keyboard and events', () => {
  it('walks the dates with the arrows, shows both values, and selects with Enter', async () => {
    const el = await vs(pair([4, 6, 8], [40, 42, 44]));
    const chart = part(el, 'chart')!;
    chart.focus();
    await el.updateComplete;
    expect(text(part(el, 'tooltip'))).to.equal('Mar 1, 2026: Features shipped 8, Net Promoter Score 44');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(chart.getAttribute('aria-valuetext')).to.equal(
      'Feb 1, 2026: Features shipped 6, Net Promoter Score 42',
    );
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(chart.getAttribute('aria-valuenow')).to.equal('0');
    const selected = nextEvent<OutcomeSelectEvent>(el, 'outcome-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({
      type: 'aligned-point',
      index: 0,
      date: '2026-01-01',
      output: 4,
      outcome: 40,
    });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part(el, 'tooltip')).to.equal(null);
  });
});

describe('<output-vs-outcome>: quadrant', () => {
  it('places every outcome node with both measures, in its labelled quadrant', async () => {
    const el = await vs(exampleDoc(), 'view="quadrant"');
    const labels = [...el.shadowRoot!.querySelectorAll('text.point-label')].map((t) => t.textContent);
    expect(labels).to.have.members([
      'NPS from 31 to 45',
      '90-day retention to 80%',
      'Churn below 1.5%',
      'ARR to EUR 12M',
      'Deliver value faster',
    ]);
    const quadrants = [...el.shadowRoot!.querySelectorAll('text.quadrant-label')].map((t) => t.textContent);
    expect(quadrants, 'each corner with its count').to.have.members([
      'Impact · 3',
      'Output without outcome · 1',
      'Outcome without output · 1',
      'Not started yet · 0',
    ]);
    expect(el.shadowRoot!.querySelector('circle.output-only')).to.exist;
    expect(text(part(el, 'title'))).to.equal('5 outcomes: delivery against progress');
    expect(text(part(el, 'legend'))).to.contain(
      'Output without outcome: delivered, the outcome did not move',
    );
    const ticks = [...el.shadowRoot!.querySelectorAll('text.tick')].map((t) => t.textContent);
    expect(
      ticks.filter((t) => t === '50%'),
      'both axes',
    ).to.have.length(2);
    expect(text(el.shadowRoot!.getElementById('sentence'))).to.contain(
      '5 outcomes by delivery and outcome progress',
    );
    expect(el.hasAttribute('verdict')).to.equal(false);
  });

  it('is the default view without metric ids when the document has nodes', async () => {
    const el = await vs(exampleDoc(), '');
    expect(el.shadowRoot!.querySelectorAll('circle.point')).to.have.length(5);
  });

  it('keeps corner labels, points and their labels inside the frame, left to right and right to left', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir=${dir} style="width: 600px">
          <output-vs-outcome view="quadrant" .data=${exampleDoc()}></output-vs-outcome>
        </div>`,
      );
      const el = wrapper.querySelector('output-vs-outcome')!;
      await drawn(el);
      const frame = el.shadowRoot!.querySelector('rect.frame')!.getBoundingClientRect();
      const inside = (r: DOMRect) => r.left >= frame.left - 0.5 && r.right <= frame.right + 0.5;
      for (const t of el.shadowRoot!.querySelectorAll('text.point-label, circle.point')) {
        expect(
          inside(t.getBoundingClientRect()),
          `${dir}: ${t.textContent || t.getAttribute('class')}`,
        ).to.equal(true);
      }
      const impact = [...el.shadowRoot!.querySelectorAll('text.quadrant-label')].find((t) =>
        t.textContent!.startsWith('Impact'),
      )!;
      const side = impact.getBoundingClientRect().left < (frame.left + frame.right) / 2 ? 'left' : 'right';
      expect(side, `${dir}: Impact sits where delivery is high`).to.equal(dir === 'rtl' ? 'left' : 'right');
    }
  });

  it('keeps labels from overlapping', async () => {
    const nodes = Array.from({ length: 6 }, (_, i) => ({
      id: `o${i}`,
      type: 'outcome',
      title: `Outcome number ${i}`,
      progress: 0.5,
    }));
    const el = await vs({ version: 1, metrics: [], nodes }, 'view="quadrant"');
    const boxes = [...el.shadowRoot!.querySelectorAll('text.point-label')].map((t) =>
      t.getBoundingClientRect(),
    );
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `labels ${i} and ${j}`).to.equal(false);
      }
    }
  });

  it('picks the point under the pointer by distance, not by delivery alone', async () => {
    const nodes = [
      { id: 'a', type: 'outcome', title: 'Low', progress: 0.1 },
      { id: 'b', type: 'outcome', title: 'High', progress: 0.9 },
      { id: 'a1', parent: 'a', type: 'output', title: 'A1', progress: 1 },
      { id: 'b1', parent: 'b', type: 'output', title: 'B1', progress: 1 },
    ];
    const el = await vs({ version: 1, metrics: [], nodes }, 'view="quadrant"');
    const low = [...el.shadowRoot!.querySelectorAll('circle.point')].find(
      (c) => +c.getAttribute('cy')! > 100,
    )!;
    const box = low.getBoundingClientRect();
    const selected = nextEvent<OutcomeSelectEvent>(el, 'outcome-select');
    part(el, 'chart')!.dispatchEvent(
      new MouseEvent('click', {
        clientX: box.left + box.width / 2,
        clientY: box.top + box.height / 2,
        bubbles: true,
      }),
    );
    expect((await selected).detail).to.deep.include({ type: 'node', id: 'a' });
  });

  it('moves with the arrows along the delivery axis in right-to-left pages too', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl">
        <output-vs-outcome view="quadrant" .data=${exampleDoc()}></output-vs-outcome>
      </div>`,
    );
    const el = wrapper.querySelector('output-vs-outcome')!;
    await el.updateComplete;
    part(el, 'chart')!.focus();
    await sendKeys({ press: 'Home' });
    const first = part(el, 'chart')!.getAttribute('aria-valuetext');
    await sendKeys({ press: 'ArrowLeft' });
    expect(part(el, 'chart')!.getAttribute('aria-valuetext'), 'left is more delivery in RTL').not.to.equal(
      first,
    );
  });

  it('selects an outcome by keyboard', async () => {
    const el = await vs(exampleDoc(), 'view="quadrant"');
    part(el, 'chart')!.focus();
    await sendKeys({ press: 'Home' });
    const selected = nextEvent<OutcomeSelectEvent>(el, 'outcome-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail.type).to.equal('node');
  });
});

describe('<output-vs-outcome>: stale data', () => {
  it('keeps the comparison on screen, marked stale, when a refresh fails', async () => {
    const el = await vs(undefined, 'output="features" outcome="nps"');
    el.src = docUrl(uniqueKey('flaky-vs'), { 'fail-after': 1 });
    await waitUntil(() => el.hasAttribute('verdict'), 'never loaded');
    el.reload();
    await nextEvent(el, 'outcome-error');
    await el.updateComplete;
    expect(text(part(el, 'stale'))).to.equal('Stale');
    expect(el.getAttribute('verdict')).to.equal('converting');
  });
});

describe('<output-vs-outcome>: errors', () => {
  it('names a missing metric id and fires outcome-error', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('output-vs-outcome');
    el.output = 'out';
    el.outcome = 'nope';
    el.data = pair([1, 2], [3, 4]);
    const error = nextEvent<OutcomeErrorEvent>(el, 'outcome-error');
    wrapper.append(el);
    expect((await error).detail.errors[0].message).to.contain('got "nope"');
    await el.updateComplete;
    expect(text(part(el, 'error'))).to.contain(
      'metrics: expected the id of a metric of this document, got "nope"',
    );
  });

  it('shows the problems of a broken metric with their paths', async () => {
    const doc = pair([1, 2], [3, 4]) as { metrics: { points: unknown[] }[] };
    doc.metrics[1].points = [['2026-01-01', 'abc']];
    const el = await vs(doc);
    expect(text(part(el, 'error'))).to.contain(
      'metrics[1].points[0][1]: expected a finite number or null, got "abc"',
    );
  });
});

describe('<output-vs-outcome>: delivery markers', () => {
  // "New pricing page" (under "ARR to EUR 12M") shipped on 2026-06-15, inside the features window.
  it('marks the outputs shipped against the outcome on the timeline, named in the tooltip and the table', async () => {
    const el = await vs(exampleDoc(), 'output="features" outcome="arr"');
    const marks = [...el.shadowRoot!.querySelectorAll('[part~="delivery"]')];
    expect(marks).to.have.length(1);
    expect(text(marks[0].querySelector('title'))).to.equal('Shipped Jun 15, 2026: New pricing page');
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((r) => text(r));
    expect(rows.find((r) => r.startsWith('Jun 30, 2026'))).to.contain(
      'Shipped Jun 15, 2026: New pricing page',
    );
    expect(rows.find((r) => r.startsWith('May 31, 2026'))).not.to.contain('Shipped');
    const none = await vs(exampleDoc(), 'output="features" outcome="arr" no-deliveries');
    expect(none.shadowRoot!.querySelectorAll('[part~="delivery"]').length).to.equal(0);
    expect(none.shadowRoot!.querySelector('thead')!.textContent).not.to.contain('Shipped');
  });
});

describe('<output-vs-outcome>: accessibility', () => {
  const states = {
    timeline: () => vs(exampleDoc(), 'output="features" outcome="nps"'),
    quadrant: () => vs(exampleDoc(), 'view="quadrant"'),
    insufficient: () => vs(pair([1], [2])),
    error: () => vs(exampleDoc(), 'output="x" outcome="y"'),
    loading: async () => loading(await vs(undefined)),
  };
  itIsAccessibleInEveryState(states);

  it('defines output-vs-outcome once', () => {
    expect(customElements.get('output-vs-outcome')).to.equal(OutputVsOutcome);
  });
});
