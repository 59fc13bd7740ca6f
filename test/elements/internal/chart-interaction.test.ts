import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { LitElement, css, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  ChartInteraction,
  hiddenTable,
  type ChartSpot,
} from '../../../src/elements/internal/chart-interaction.js';
import { tooltipStyles } from '../../../src/styles/tokens.js';
import { part, text } from '../../helpers.js';

/** A 300 × 100 chart over the spots it is given, recording what the user chose. */
class TestChart extends LitElement {
  static override styles = [
    tooltipStyles,
    css`
      .chart {
        position: relative;
        width: 300px;
        height: 100px;
      }
    `,
  ];

  @property({ attribute: false }) spots: ChartSpot[] = [];
  chosen: number[] = [];

  readonly chart = new ChartInteraction(this, { select: (key) => this.chosen.push(key) });

  static initial: 'first' | 'last' = 'last';

  protected override render(): TemplateResult {
    this.chart.setSpots(this.spots, (this.constructor as typeof TestChart).initial);
    const active = this.spots[this.chart.position];
    return html`${this.chart.render(
      {
        label: 'Test chart',
        valueText: active ? `point ${active.key}` : '',
        width: 300,
        describedBy: 'summary',
      },
      html`<span class="drawing"></span>`,
    )}
    ${hiddenTable(
      'Test data',
      ['Key', 'X'],
      this.spots.map((s) => [String(s.key), String(s.x)]),
    )}`;
  }
}
customElements.define('test-chart', TestChart);
customElements.define(
  'test-chart-first',
  class extends TestChart {
    static override initial = 'first' as const;
  },
);

/** Five spots along x, keyed 10, 20… so keys and positions differ. */
const series = (): ChartSpot[] => [0, 75, 150, 225, 300].map((x, i) => ({ x, key: (i + 1) * 10 }));

async function chartOf(spots: ChartSpot[], attrs: { dir?: string; initial?: 'first' | 'last' } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${attrs.dir ?? 'ltr'}></div>`);
  const el = document.createElement(
    attrs.initial === 'first' ? 'test-chart-first' : 'test-chart',
  ) as TestChart;
  el.spots = spots;
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

const slider = (el: TestChart) => part(el, 'chart')!;
const now = (el: TestChart) => slider(el).getAttribute('aria-valuenow');

async function press(el: TestChart, ...keys: string[]): Promise<void> {
  slider(el).focus();
  for (const key of keys) {
    await sendKeys({ press: key });
    await el.updateComplete;
  }
}

/** Moves the real mouse to a point of the chart, in its own pixels. */
async function hover(el: TestChart, x: number, y: number): Promise<void> {
  const box = slider(el).getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(box.left + x), Math.round(box.top + y)] });
  await el.updateComplete;
}

describe('chart interaction: keyboard', () => {
  afterEach(() => sendMouse({ type: 'move', position: [0, 0] }));

  it('is one slider tab stop named and described, on the latest point until one is chosen', async () => {
    const el = await chartOf(series());
    const s = slider(el);
    expect(s.getAttribute('role')).to.equal('slider');
    expect(s.tabIndex).to.equal(0);
    expect(s.getAttribute('aria-label')).to.equal('Test chart');
    expect(s.getAttribute('aria-describedby')).to.equal('summary');
    expect(s.getAttribute('aria-valuemax')).to.equal('4');
    expect(now(el)).to.equal('4');
    expect(s.getAttribute('aria-valuetext')).to.equal('point 50');
  });

  it('starts on the first point when told to', async () => {
    const el = await chartOf(series(), { initial: 'first' });
    expect(now(el)).to.equal('0');
  });

  it('moves with the arrows in reading direction, Up and Down too, and Home and End jump to the ends', async () => {
    const el = await chartOf(series());
    await press(el, 'Home');
    expect(now(el)).to.equal('0');
    await press(el, 'ArrowRight', 'ArrowRight');
    expect(now(el)).to.equal('2');
    await press(el, 'ArrowLeft');
    expect(now(el)).to.equal('1');
    await press(el, 'ArrowUp', 'ArrowUp');
    expect(now(el)).to.equal('3');
    await press(el, 'ArrowDown');
    expect(now(el)).to.equal('2');
    await press(el, 'End', 'ArrowRight');
    expect(now(el), 'stops at the end').to.equal('4');
  });

  it('reverses Left and Right in right-to-left pages, not Up and Down', async () => {
    const el = await chartOf(series(), { dir: 'rtl' });
    await press(el, 'Home', 'ArrowLeft', 'ArrowLeft');
    expect(now(el)).to.equal('2');
    await press(el, 'ArrowRight');
    expect(now(el)).to.equal('1');
    await press(el, 'ArrowUp');
    expect(now(el)).to.equal('2');
  });

  it('chooses the active point with Enter or Space, by its key', async () => {
    const el = await chartOf(series());
    await press(el, 'Home', 'Enter', 'ArrowRight', ' ');
    expect(el.chosen).to.deep.equal([10, 20]);
  });

  it('shows the tooltip on focus, hides it with Escape, and lets Escape through when it is hidden', async () => {
    const el = await chartOf(series());
    slider(el).focus();
    await el.updateComplete;
    expect(text(part(el, 'tooltip'))).to.equal('point 50');
    const escape = () => new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    const first = escape();
    slider(el).dispatchEvent(first);
    await el.updateComplete;
    expect(part(el, 'tooltip')).to.equal(null);
    expect(first.defaultPrevented, 'Escape closed the tooltip').to.be.true;
    const second = escape();
    slider(el).dispatchEvent(second);
    expect(second.defaultPrevented, 'nothing to close: a dialog around may use Escape').to.be.false;
    slider(el).blur();
  });

  it('does nothing on a chart without points', async () => {
    const el = await chartOf([]);
    await press(el, 'ArrowRight', 'Enter');
    expect(el.chosen).to.deep.equal([]);
    expect(now(el)).to.equal('0');
  });
});

describe('chart interaction: pointer and tooltip', () => {
  afterEach(() => sendMouse({ type: 'move', position: [0, 0] }));

  it('shows the point nearest the pointer by x on a series, and chooses it on click', async () => {
    const el = await chartOf(series());
    await hover(el, 140, 90);
    expect(now(el)).to.equal('2');
    expect(text(part(el, 'tooltip'))).to.equal('point 30');
    const box = slider(el).getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 80), Math.round(box.top + 10)] });
    await el.updateComplete;
    expect(el.chosen).to.deep.equal([20]);
  });

  it('picks by distance on a scatter, where x alone would pick another point', async () => {
    const el = await chartOf([
      { x: 100, y: 10, key: 1 },
      { x: 110, y: 90, key: 2 },
    ]);
    await hover(el, 105, 85);
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('point 2');
    await hover(el, 108, 12);
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('point 1');
  });

  it('holds the tooltip to the near edge in the outer thirds and centres it in the middle', async () => {
    const el = await chartOf(series());
    const place = async (x: number) => {
      await hover(el, x, 50);
      return [...part(el, 'tooltip')!.classList].find((c) => ['left', 'centre', 'right'].includes(c));
    };
    expect(await place(0)).to.equal('left');
    expect(await place(150)).to.equal('centre');
    expect(await place(299)).to.equal('right');
  });

  it('hides the tooltip when the pointer leaves', async () => {
    const el = await chartOf(series());
    await hover(el, 150, 50);
    expect(part(el, 'tooltip')).to.exist;
    await sendMouse({ type: 'move', position: [0, 0] });
    await el.updateComplete;
    expect(part(el, 'tooltip')).to.equal(null);
  });
});

describe('chart interaction: hidden data table', () => {
  it('lists every row under its column headers and caption', async () => {
    const el = await chartOf(series());
    const table = el.shadowRoot!.querySelector('table')!;
    expect(text(table.querySelector('caption'))).to.equal('Test data');
    expect([...table.querySelectorAll('th')].map((th) => [th.scope, th.textContent])).to.deep.equal([
      ['col', 'Key'],
      ['col', 'X'],
    ]);
    const rows = [...table.tBodies[0].rows].map((tr) => [...tr.cells].map((td) => text(td)));
    expect(rows).to.deep.equal([
      ['10', '0'],
      ['20', '75'],
      ['30', '150'],
      ['40', '225'],
      ['50', '300'],
    ]);
    await expect(el).to.be.accessible();
  });
});
