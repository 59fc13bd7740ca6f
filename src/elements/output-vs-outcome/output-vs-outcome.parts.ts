import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Comparison } from '../../core/compare.js';
import { dateFormatter, formatPercent, numberFormatter } from '../../core/format.js';
import type { Quadrant, QuadrantLayout, QuadrantPoint } from '../../core/layout/quadrant.js';
import type { TimelineLayout, TimelinePanel } from '../../core/layout/timeline.js';
import type { Metric } from '../../core/schema.js';
import { hiddenTable } from '../internal/chart-interaction.js';
import type { Term } from '../internal/localize.js';
import { windowWords } from './output-vs-outcome.text.js';

/** What the timeline writes: the panel titles, the date labels and the value ticks, in words. */
export interface TimelineWords {
  outputTitle: string;
  outcomeTitle: string;
  /** The target's label, or '' without one. */
  target: string;
  date: (index: number) => string;
  outputTick: (value: number) => string;
  outcomeTick: (value: number) => string;
}

/**
 * The timeline: output columns in the upper panel, the outcome line (and its target) in the lower
 * one, each with its own value ticks, and the dates under both.
 */
export function timelineSvg(
  g: TimelineLayout,
  active: number | undefined,
  words: TimelineWords,
  rtl = false,
  shipped: readonly string[] = [],
): TemplateResult {
  const { output: o, outcome: c } = g;
  const axis = (panel: TimelinePanel, format: (v: number) => string) =>
    panel.ticks.map(
      (t) => svg`<line class="grid" x1=${g.left} x2=${g.right} y1=${t.y} y2=${t.y}></line>
        <text class="tick" x=${g.left - 6} y=${t.y + 4} text-anchor="end">${format(t.value)}</text>`,
    );
  const shown = active === undefined ? undefined : c.line[active];
  const targetText =
    c.targetOff === 'above'
      ? `${words.target} ↑`
      : c.targetOff === 'below'
        ? `${words.target} ↓`
        : words.target;
  return html`<svg viewBox="0 0 ${g.width} ${g.height}" aria-hidden="true">
    <text class="panel-title" x=${rtl ? g.right : g.left} y=${o.titleY} text-anchor=${rtl ? 'end' : 'start'}>
      ${words.outputTitle}
    </text>
    <text class="panel-title" x=${rtl ? g.right : g.left} y=${c.titleY} text-anchor=${rtl ? 'end' : 'start'}>
      ${words.outcomeTitle}
    </text>
    ${axis(o, words.outputTick)} ${axis(c, words.outcomeTick)}
    ${g.xTicks.map(
      (t, i, all) =>
        svg`<text class="tick" x=${t.x} y=${g.height - 8} text-anchor=${edgeAnchor(t.x, i, all)}>${words.date(t.index)}</text>`,
    )}
    ${shown ? svg`<line class="rule" x1=${shown.x} x2=${shown.x} y1=${o.top} y2=${c.bottom}></line>` : nothing}
    ${o.bars.map(
      (b, i) =>
        svg`<rect class="bar ${i === active ? 'active' : ''}" x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>`,
    )}
    ${
      c.target !== undefined
        ? svg`<line class="target" x1=${g.left} x2=${g.right} y1=${c.target} y2=${c.target}></line>
          ${targetLabel(g, c.target, targetText)}`
        : c.targetOff && words.target
          ? svg`<text class="target-label" x=${g.right} y=${c.titleY} text-anchor="end">${targetText}</text>`
          : nothing
    }
    <path class="outcome-line" d=${c.path}></path>
    ${g.marks.map(
      (m) =>
        svg`<path part="delivery" class="delivery" d="M${m.x},${c.bottom - 8}l4.5,8h-9z"><title>${shipped[m.index]}</title></path>`,
    )}
    ${shown ? svg`<circle class="active" cx=${shown.x} cy=${shown.y} r="4"></circle>` : nothing}
  </svg>`;
}

/** The target's label on its line, at the end of the chart where the outcome line is farther from it. */
function targetLabel(g: TimelineLayout, y: number, words: string): SVGTemplateResult {
  const line = g.outcome.line;
  const [first, last] = [line[0], line[line.length - 1]];
  const far = Math.abs(first.y - y) > Math.abs(last.y - y) ? first : last;
  const atLeft = far.x < (g.left + g.right) / 2;
  // Under the line when above it would touch the panel's title.
  const below = y - 15 < g.outcome.top;
  return svg`<text class="target-label" x=${atLeft ? g.left + 4 : g.right} y=${below ? y + 12 : y - 4} text-anchor=${atLeft ? 'start' : 'end'}>${words}</text>`;
}

/** Anchors the outer date labels toward the inside, whichever way time runs. */
function edgeAnchor(x: number, i: number, all: readonly { x: number }[]): 'start' | 'end' | 'middle' {
  if (all.length < 2 || (i > 0 && i < all.length - 1)) return 'middle';
  const other = all[i === 0 ? all.length - 1 : 0].x;
  return x < other ? 'start' : 'end';
}

/** The aligned points as a table for screen readers: each date with both values. */
export function timelineTable(
  c: Comparison,
  output: Metric,
  outcome: Metric,
  locale: string,
  t: Term,
  shipped?: (index: number) => string,
): TemplateResult {
  const day = dateFormatter(locale);
  const outNum = numberFormatter(locale, output.format, output.unit);
  const incNum = numberFormatter(locale, outcome.format, outcome.unit);
  const columns = [t('table.date'), output.name, outcome.name];
  return hiddenTable(
    t('vs.timelineCaption', output.name, outcome.name, windowWords(c, locale)),
    shipped ? [...columns, t('shipped.column')] : columns,
    c.points.map((p, i) => {
      const row = [day(p.date), outNum(p.output), incNum(p.outcome)];
      return shipped ? [...row, shipped(i)] : row;
    }),
  );
}

/** What the quadrant writes, in words. */
export interface QuadrantWords {
  corner: (quadrant: Quadrant, count: number) => string;
  tick: (value: number) => string;
  deliveryAxis: string;
  outcomeAxis: string;
}

/** The quadrant: frame, halves, axis ticks and titles, corner labels with counts, points and labels. */
export function quadrantSvg(
  g: QuadrantLayout,
  active: number | undefined,
  words: QuadrantWords,
): TemplateResult {
  const f = g.frame;
  const midY = (f.top + f.bottom) / 2;
  const axisX = g.rtl ? g.width - 12 : 12;
  const shorten = (title: string, chars: number) =>
    title.length > chars ? `${title.slice(0, chars - 1)}…` : title;
  return html`<svg viewBox="0 0 ${g.width} ${g.height}" aria-hidden="true">
    <rect class="frame" x=${f.left} y=${f.top} width=${f.right - f.left} height=${f.bottom - f.top}></rect>
    <line class="divider" x1=${f.midX} x2=${f.midX} y1=${f.top} y2=${f.bottom}></line>
    <line class="divider" x1=${f.left} x2=${f.right} y1=${f.midY} y2=${f.midY}></line>
    ${g.xTicks.map(
      (t) =>
        svg`<text class="tick" x=${t.x} y=${f.bottom + 30} text-anchor="middle">${words.tick(t.value)}</text>`,
    )}
    ${g.yTicks.map(
      (t) =>
        svg`<text class="tick" x=${g.rtl ? f.right + 6 : f.left - 6} y=${t.y + 4} text-anchor=${g.rtl ? 'start' : 'end'}>${words.tick(t.value)}</text>`,
    )}
    <text class="axis" x=${(f.left + f.right) / 2} y=${g.height - 6} text-anchor="middle">
      ${words.deliveryAxis}
    </text>
    <text class="axis" x=${axisX} y=${midY} text-anchor="middle" transform="rotate(-90 ${axisX} ${midY})">
      ${words.outcomeAxis}
    </text>
    ${g.corners.map(
      (c) =>
        svg`<text class="quadrant-label ${c.quadrant}" x=${c.x} y=${c.y} text-anchor=${c.anchor}>${words.corner(c.quadrant, c.count)}</text>`,
    )}
    ${g.points.map(
      (
        p,
        i,
      ) => svg`<circle class="point ${p.quadrant} ${i === active ? 'active' : ''}" cx=${p.x} cy=${p.y} r="5"></circle>
        ${
          p.label
            ? svg`<text class="point-label" x=${p.label.x} y=${p.label.y} text-anchor=${p.label.anchor}>${shorten(p.node.title, p.label.chars)}</text>`
            : nothing
        }`,
    )}
  </svg>`;
}

/** The placed outcomes as a table for screen readers. */
export function quadrantTable(points: QuadrantPoint[], locale: string, t: Term): TemplateResult {
  const pct = (v: number | undefined) => formatPercent(v, locale, { maximumFractionDigits: 0 });
  return hiddenTable(
    t('vs.quadrantCaption'),
    [
      t('vs.column.outcome'),
      t('vs.column.delivery'),
      t('vs.column.outcomeProgress'),
      t('vs.column.quadrant'),
    ],
    points.map((p) => [
      p.node.title,
      pct(p.node.outputProgress),
      pct(p.node.outcomeProgress),
      t(`quadrant.${p.quadrant}`),
    ]),
  );
}
