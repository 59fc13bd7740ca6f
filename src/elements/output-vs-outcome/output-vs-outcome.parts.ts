import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Comparison } from '../../core/compare.js';
import { dateFormatter, formatPercent, numberFormatter } from '../../core/format.js';
import type { QuadrantPoint } from '../../core/layout/quadrant.js';
import { indexed, PLOT_MARGIN, type TimelineLayout } from '../../core/layout/timeline.js';
import type { Metric } from '../../core/schema.js';
import { hiddenTable } from '../internal/chart-interaction.js';
import { QUADRANT_WORDS, VS_WORDS } from './output-vs-outcome.text.js';

/** The timeline: grid, ticks, index-100 line, output columns, target, outcome line. */
export function timelineSvg(
  g: TimelineLayout,
  active: number | undefined,
  dateOf: (i: number) => string,
  locale: string,
): TemplateResult {
  const m = PLOT_MARGIN;
  const tick = numberFormatter(locale, { maximumFractionDigits: 0 });
  // On a narrow chart the middle date would collide with the ends.
  const xTicks = g.width < 360 ? g.xTicks.filter((_, k, all) => k === 0 || k === all.length - 1) : g.xTicks;
  const shown = active === undefined ? undefined : g.line[active];
  return html`<svg viewBox="0 0 ${g.width} ${g.height}" aria-hidden="true">
    ${g.yTicks.map(
      (t) => svg`<line class="grid" x1=${m.left} x2=${g.width - m.right} y1=${t.y} y2=${t.y}></line>
        <text class="tick" x=${m.left - 6} y=${t.y + 4} text-anchor="end">${tick(t.value)}</text>`,
    )}
    ${xTicks.map(
      (t, i, all) =>
        svg`<text class="tick" x=${t.x} y=${g.height - 8} text-anchor=${edgeAnchor(t.x, i, all)}>${dateOf(t.index)}</text>`,
    )}
    <line class="base-line" x1=${m.left} x2=${g.width - m.right} y1=${g.base} y2=${g.base}></line>
    ${g.bars.map((b) => svg`<rect class="bar" x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>`)}
    ${
      g.target !== undefined
        ? svg`<line class="target" x1=${m.left} x2=${g.width - m.right} y1=${g.target} y2=${g.target}></line>`
        : nothing
    }
    <path class="outcome-halo" d=${g.path}></path>
    <path class="outcome-line" d=${g.path}></path>
    ${shown ? svg`<circle class="active" cx=${shown.x} cy=${shown.y} r="4"></circle>` : nothing}
  </svg>`;
}

/** Anchors the outer date labels toward the inside, whichever way time runs. */
function edgeAnchor(x: number, i: number, all: readonly { x: number }[]): 'start' | 'end' | 'middle' {
  if (all.length < 2 || (i > 0 && i < all.length - 1)) return 'middle';
  const other = all[i === 0 ? all.length - 1 : 0].x;
  return x < other ? 'start' : 'end';
}

/** The aligned points as a table for screen readers, with both indexes. */
export function timelineTable(
  c: Comparison,
  output: Metric,
  outcome: Metric,
  locale: string,
): TemplateResult {
  const day = dateFormatter(locale);
  const outNum = numberFormatter(locale, output.format, output.unit);
  const incNum = numberFormatter(locale, outcome.format, outcome.unit);
  const first = c.points[0];
  const idx = (v: number) => Math.round(v).toString();
  return hiddenTable(
    VS_WORDS.timelineCaption(output.name, outcome.name, day(first.date)),
    [VS_WORDS.date, output.name, VS_WORDS.index, outcome.name, VS_WORDS.index],
    c.points.map((p) => [
      day(p.date),
      outNum(p.output),
      idx(indexed(first.output, p.output)),
      incNum(p.outcome),
      idx(indexed(first.outcome, p.outcome)),
    ]),
  );
}

/** The quadrant: frame, halves, corner labels, axes, points and their labels. */
export function quadrantSvg(
  points: QuadrantPoint[],
  active: number | undefined,
  width: number,
  height: number,
  rtl: boolean,
): TemplateResult {
  const m = PLOT_MARGIN;
  const midX = (m.left + width - m.right) / 2;
  const midY = (m.top + height - m.bottom) / 2;
  const [west, east] = rtl ? ['impact', 'outcome-only'] : ['outcome-only', 'impact'];
  const [southWest, southEast] = rtl ? ['output-only', 'not-started'] : ['not-started', 'output-only'];
  const corner = (q: string, x: number, y: number, anchor: string) =>
    svg`<text class="quadrant-label" x=${x} y=${y} text-anchor=${anchor}>${QUADRANT_WORDS[q as keyof typeof QUADRANT_WORDS]}</text>`;
  return html`<svg viewBox="0 0 ${width} ${height}" aria-hidden="true">
    <rect
      class="frame"
      x=${m.left}
      y=${m.top}
      width=${width - m.left - m.right}
      height=${height - m.top - m.bottom}
    ></rect>
    <line class="grid" x1=${midX} x2=${midX} y1=${m.top} y2=${height - m.bottom}></line>
    <line class="grid" x1=${m.left} x2=${width - m.right} y1=${midY} y2=${midY}></line>
    ${corner(west, m.left + 6, m.top + 14, 'start')} ${corner(east, width - m.right - 6, m.top + 14, 'end')}
    ${corner(southWest, m.left + 6, height - m.bottom - 6, 'start')}
    ${corner(southEast, width - m.right - 6, height - m.bottom - 6, 'end')}
    <text class="axis" x=${midX} y=${height - 8} text-anchor="middle">${VS_WORDS.deliveryAxis(rtl)}</text>
    <text class="axis" x="12" y=${midY} text-anchor="middle" transform="rotate(-90 12 ${midY})">
      ${VS_WORDS.outcomeAxis}
    </text>
    ${points.map(
      (
        p,
        i,
      ) => svg`<circle class="point ${p.quadrant} ${i === active ? 'active' : ''}" cx=${p.x} cy=${p.y} r="5"></circle>
        <text class="point-label" x=${p.labelX} y=${p.labelY} text-anchor=${p.anchor}>${p.node.title}</text>`,
    )}
  </svg>`;
}

/** The placed outcomes as a table for screen readers. */
export function quadrantTable(points: QuadrantPoint[], locale: string): TemplateResult {
  const pct = (v: number | undefined) => formatPercent(v, locale, { maximumFractionDigits: 0 });
  return hiddenTable(
    VS_WORDS.quadrantCaption,
    [VS_WORDS.outcome, VS_WORDS.delivery, VS_WORDS.outcomeProgress, VS_WORDS.quadrant],
    points.map((p) => [
      p.node.title,
      pct(p.node.outputProgress),
      pct(p.node.outcomeProgress),
      QUADRANT_WORDS[p.quadrant],
    ]),
  );
}
