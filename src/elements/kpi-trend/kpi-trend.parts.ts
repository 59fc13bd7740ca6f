import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Metric } from '../../core/schema.js';
import type { PlotPoint, SparklineGeometry } from '../../core/layout/sparkline.js';
import type { MetricSummary } from '../../core/summary.js';
import { hiddenTable } from '../internal/chart-interaction.js';
import { cssProps } from '../internal/css-props.js';
import type { Term } from '../internal/localize.js';
import { pointWords, type KpiText } from './kpi-trend.text.js';

/** The sparkline: area, reference lines, forecast, line, the last point and the active one. */
export function sparklineSvg(g: SparklineGeometry, active?: PlotPoint): TemplateResult {
  const last = g.points.at(-1);
  const across = (name: string, y: number) =>
    svg`<line part=${name} class=${name} x1="0" x2=${g.width} y1=${y} y2=${y}></line>`;
  return html`<svg
    part="sparkline"
    viewBox="0 0 ${g.width} ${g.height}"
    preserveAspectRatio="none"
    aria-hidden="true"
  >
    <defs>
      <linearGradient id="area-fill" x1="0" y1="0" x2="0" y2="1">
        <stop class="area-top" offset="0"></stop>
        <stop class="area-bottom" offset="1"></stop>
      </linearGradient>
    </defs>
    <path class="area" d=${g.area}></path>
    ${g.zero !== undefined ? across('zero', g.zero) : nothing}
    ${g.baseline ? across('baseline', g.baseline.y) : nothing}
    ${g.target ? across('target', g.target.y) : nothing}
    ${
      g.forecast
        ? svg`<line part="forecast" class="forecast" x1=${g.forecast.x1} y1=${g.forecast.y1}
          x2=${g.forecast.x2} y2=${g.forecast.y2}></line>`
        : nothing
    }
    <path class="line" d=${g.line}></path>
    ${last ? svg`<circle class="last" cx=${last.x} cy=${last.y} r="3"></circle>` : nothing}
    ${active ? activeMarker(g, active) : nothing}
  </svg>`;
}

function activeMarker(g: SparklineGeometry, p: PlotPoint): SVGTemplateResult {
  return svg`<line class="rule" x1=${p.x} x2=${p.x} y1="0" y2=${g.height}></line>
    <circle class="active" cx=${p.x} cy=${p.y} r="4"></circle>`;
}

/** Delivery markers on the time axis: a small mark at the bottom of the chart per shipped output. */
export function deliveryMarks(g: SparklineGeometry, titles: string[]): TemplateResult | typeof nothing {
  if (!g.marks.length) return nothing;
  return html`${g.marks.map(
    (m) =>
      html`<span
        part="delivery"
        class="delivery-mark"
        title=${titles[m.index]}
        aria-hidden="true"
        ${cssProps({ '--_x': `${Math.round((m.x / g.width) * 10000) / 100}%` })}
      ></span>`,
  )}`;
}

/** The target's label, placed at its line (below it when the line is near the top). */
export function targetLabel(g: SparklineGeometry, label: string): TemplateResult | typeof nothing {
  if (!g.target || !label) return nothing;
  return html`<span
    part="target"
    class="target-label ${g.target.y < 16 ? 'below' : ''}"
    ${cssProps({ '--_y': `${g.target.y}px` })}
    >${label}</span
  >`;
}

/** Progress to target: the percentage in words and a bar, clamped to its track. */
export function progressBar(summary: MetricSummary, text: KpiText, t: Term): TemplateResult | typeof nothing {
  if (summary.progress === undefined) return nothing;
  const clamped = Math.min(1, Math.max(0, summary.progress));
  return html`<div part="progress" class="progress">
    <div class="progress-text" aria-hidden="true">
      <span class="progress-value">${text.progress}</span> ${text.progressDetail}
    </div>
    <div
      class="track"
      role="progressbar"
      aria-label=${t('kpi.progress')}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${Math.round(clamped * 100)}
      aria-valuetext=${t('kpi.sentence.progress', text.progress, text.progressDetail)}
    >
      <div class="fill ${summary.status}" ${cssProps({ '--_progress': String(clamped) })}></div>
    </div>
  </div>`;
}

/**
 * The points as a table for screen readers; `rows` are indexes into `metric.points`. With
 * deliveries, a third column names the outputs shipped in each row's period.
 */
export function dataTable(
  metric: Metric,
  rows: number[],
  locale: string,
  t: Term,
  shipped?: (row: number) => string,
): TemplateResult {
  const words = pointWords(metric, locale);
  const headers = shipped
    ? [t('table.date'), t('table.value'), t('shipped.column')]
    : [t('table.date'), t('table.value')];
  return hiddenTable(
    rows.length < metric.points.length
      ? t('kpi.tableCaptionSampled', metric.name, rows.length, metric.points.length)
      : t('kpi.tableCaption', metric.name),
    headers,
    rows.map((i, r) => {
      const { date, value } = words(i);
      return shipped ? [date, value, shipped(r)] : [date, value];
    }),
  );
}
