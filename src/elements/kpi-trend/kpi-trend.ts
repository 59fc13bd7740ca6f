import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localDay, toTime } from '../../core/dates.js';
import { formatDate } from '../../core/format.js';
import { findMetric } from '../../core/result.js';
import { metricReview } from '../../core/review.js';
import { deliveriesOf } from '../internal/deliveries.js';
import type { Metric, OutcomeDocument, ValidationError } from '../../core/schema.js';
import { textEms } from '../../core/layout/scale.js';
import { drawnSeries, sparklineGeometry, type SparklineGeometry } from '../../core/layout/sparkline.js';
import { summarizeMetric, type MetricSummary, type Status, type Trend } from '../../core/summary.js';
import { emit } from '../../events/emit.js';
import { stateStyles, tokens, tooltipStyles } from '../../styles/tokens.js';
import { OutcomeElement } from '../internal/outcome-element.js';
import { same } from '../internal/same.js';
import { cssProps } from '../internal/css-props.js';
import { SizeController } from '../internal/size-controller.js';
import { ChartInteraction } from '../internal/chart-interaction.js';
import { styles } from './kpi-trend.styles.js';
import type { Term } from '../internal/localize.js';
import { signedChange } from '../internal/shared.text.js';
import { dataTable, deliveryMarks, progressBar, sparklineSvg, targetLabel } from './kpi-trend.parts.js';
import { kpiTrend } from '../../translations/en/kpi-trend.js';
import { registerTranslation } from '../internal/localize.js';
import { kpiText, pointText, type KpiText } from './kpi-trend.text.js';

/** The card's data once a metric is found: computed in `willUpdate`, bound by `render`. */
interface View {
  metric: Metric;
  summary: MetricSummary;
  text: KpiText;
  geometry: SparklineGeometry;
  /** The outputs aimed at the metric that shipped: when, and in words. */
  deliveries: { time: number; words: string }[];
  /** With `since`: "Since Sep 1, 2026: +2.17 pts", and "On track → Met" when the status moved. */
  since?: { change: string; moved?: string };
}

/**
 * Rows of the hidden data table past which it lists a sample (every extreme kept) instead: a
 * screen reader user gains little from a thousand rows, and a page of cards would pay for them.
 */
const TABLE_LIMIT = 120;

registerTranslation({ $code: 'en', ...kpiTrend });

/**
 * One metric as a KPI card: its current value, the change since the previous value, a sparkline
 * with target, baseline and forecast, progress to target and status, all in words as well as
 * colour. Everything is computed by `summarizeMetric` in `outcome-kit/core`.
 *
 * @tagname kpi-trend
 * @summary A KPI card: value, change, sparkline, target, forecast and status of one metric.
 *
 * @fires {OutcomeLoadEvent} outcome-load - The element got a usable document from its own source.
 * @fires {OutcomeErrorEvent} outcome-error - The document, or the metric this card shows, has problems; `detail.errors` lists `{ path, message }`.
 * @fires {OutcomeSelectEvent} outcome-select - A point was chosen by click or Enter; `detail` is `{ type: 'point', metric, index, date, value }`.
 *
 * @csspart base - The card.
 * @csspart name - The metric's name.
 * @csspart value - The current value.
 * @csspart delta - The change since the previous value, with arrow, sign and word.
 * @csspart date - The date of the current value.
 * @csspart chart - The focusable chart area (a slider over the points).
 * @csspart sparkline - The SVG with line and area.
 * @csspart target - The target line and its label.
 * @csspart baseline - The baseline line.
 * @csspart zero - The zero line, drawn when values cross zero.
 * @csspart forecast - The dashed projection to the target date.
 * @csspart tooltip - The date and value of the point under the pointer or keyboard, and the outputs shipped in its period.
 * @csspart delivery - A delivery marker: an output aimed at this metric, on the time axis at its `shipped` date.
 * @csspart since - With `since`: the change since that date, and a status that moved.
 * @csspart progress - Progress to target: bar and percentage.
 * @csspart status - The status in words.
 * @csspart description - The metric's description, shown on hover or focus of the info button.
 * @csspart skeleton - The placeholder while loading.
 * @csspart error - The list of problems when the metric cannot be shown.
 * @csspart empty - The "No data yet" message.
 * @csspart stale - The badge shown while a failed refresh leaves old data on screen.
 * @csspart export - With `export-menu`: the row holding the download menu.
 * @csspart export-button - The button that opens the download menu.
 * @csspart export-menu - The menu of the three downloads (SVG, PNG, CSV).
 *
 * @cssprop [--outcome-kpi-trend-delivery-color=var(--outcome-color-accent)] - Delivery markers on the time axis. Default: `--outcome-color-accent`.
 * @cssprop [--outcome-kpi-trend-line-color=var(--outcome-color-accent)] - Colour of the line. Default: `--outcome-color-accent`.
 * @cssprop [--outcome-kpi-trend-area-color=var(--outcome-kpi-trend-line-color)] - Fill under the line, fading towards the bottom. Default: the line colour.
 * @cssprop [--outcome-kpi-trend-target-color=var(--outcome-color-neutral)] - Colour of the target and baseline lines and the forecast. Default: `--outcome-color-neutral`.
 * @cssprop [--outcome-kpi-trend-at-risk-color=light-dark(#9a6700, #d29922)] - Colour of the "At risk" status. Default `#9a6700` light, `#d29922` dark.
 * @cssprop [--outcome-kpi-trend-chart-height=4rem] - Least height of the sparkline, which grows when the card is given more height. Default `4rem` (`2.5rem` when narrower than 13.5rem; compact: the card's height).
 * @cssprop [--outcome-kpi-trend-value-size=2em] - Font size of the current value. Default `2em` (`1.5em` when narrower than 13.5rem).
 * @cssprop [--outcome-kpi-trend-padding=1rem] - Space inside the card. Default `1rem` (`0.75rem` when narrower than 13.5rem).
 * @cssprop [--outcome-kpi-trend-name-lines=1] - Lines kept for the name, so that values line up across a row of cards. Default `1` (`2` inside a dashboard).
 * @cssprop [--outcome-kpi-trend-compact-width=160px] - Width of the compact variant. Default `160px`.
 */
export class KpiTrend extends OutcomeElement {
  static override styles = [tokens, stateStyles, tooltipStyles, styles];

  private readonly size = new SizeController(this);

  /** The chart's keys, pointer and tooltip; a point's key is its index in the metric's points. */
  private readonly chart = new ChartInteraction(this, { select: (index) => this.select(index) });

  /** Whether the metric's description is showing. */
  @state() private describing = false;

  /** Id of the metric to show. */
  @property({ reflect: true }) metric?: string;

  /** `compact`: value, change and sparkline only, about 160 × 40 pixels, for inline use. */
  @property({ reflect: true }) variant?: 'compact';

  /** Hides the forecast to the target date. */
  @property({ type: Boolean, attribute: 'no-forecast' }) noForecast = false;

  /** Hides the target and baseline lines and the progress bar. */
  @property({ type: Boolean, attribute: 'no-target' }) noTarget = false;

  /** Hides the delivery markers: the outputs aimed at this metric, drawn on the time axis when they shipped. */
  @property({ type: Boolean, attribute: 'no-deliveries' }) noDeliveries = false;

  /**
   * Read-only, reflected for page CSS: the metric's status (`met`, `on-track`, `at-risk`, `off-track`, `unknown`, `none`).
   * @readonly
   */
  @property({ reflect: true }) status?: Status;

  /**
   * Read-only, reflected for page CSS: `good`, `bad`, `flat` or `unknown` for the latest change.
   * @readonly
   */
  @property({ reflect: true }) trend?: Trend;

  private view?: View;
  private problems: ValidationError[] = [];
  private summaryKey?: unknown[];
  private geometryKey?: unknown[];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const result = this.source.state === 'ready' ? this.source.result : undefined;
    const metric = result && this.metric ? findMetric(result, this.metric) : undefined;
    this.problems = result ? this.metricProblems(this.metric, 'metric') : [];
    // A `since` that is no date does not blank the card: it is reported, and named on the card.
    this.source.reportPartErrors([...this.problems, ...this.sinceProblems]);
    // A point chosen in another metric means nothing in this one.
    if (metric !== this.view?.metric) this.chart.reset();
    this.view = metric ? this.layout(metric) : undefined;
    this.chart.setSpots(this.view?.geometry.points.map((p) => ({ x: p.x, key: p.index })) ?? []);
    this.status = this.view?.summary.status;
    this.trend = this.view?.summary.trend;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.size.observe(this.renderRoot.querySelector('.chart'));
  }

  protected override render(): TemplateResult {
    const body = this.renderSourceState() ?? this.renderMetric();
    const classes = `base theme ${this.themeClass} ${this.variant === 'compact' ? 'compact' : 'card'}`;
    // A compact card sits in running text: no room for a menu.
    const menu = this.variant === 'compact' ? nothing : this.renderExportMenu();
    return html`<div part="base" class=${classes} lang=${this.resolvedLocale}>${body}${menu}</div>`;
  }

  /** One row per point of the metric: its date and value as the document has them. */
  protected override csvRows(): (string | number | undefined)[][] {
    const metric = this.view?.metric;
    if (!metric) return [];
    return [
      [this.t('table.date'), this.t('table.value')],
      ...metric.points.map(([date, value]) => [date, value ?? undefined]),
    ];
  }

  protected override exportTitle(): string {
    return this.view?.metric.name ?? super.exportTitle();
  }

  /** Summary, words and geometry, each recomputed only when its inputs change. */
  private layout(metric: Metric): View {
    const document = this.source.result?.document;
    const asOf = document?.asOf;
    const locale = this.resolvedLocale;
    const since = this.resolvedSince;
    let view = this.view;
    const summaryKey = [metric, document, asOf, locale, this.localize.key, since, this.noDeliveries];
    if (!view || !same(this.summaryKey, summaryKey)) {
      this.summaryKey = summaryKey;
      const summary = summarizeMetric(metric, { asOf });
      const text = kpiText(metric, summary, locale, this.t, asOf);
      const deliveries =
        this.noDeliveries || !document
          ? []
          : deliveriesOf(document, metric.id).map((d) => ({
              time: toTime(d.shipped)!,
              words: this.t('shipped.marker', d.title, formatDate(d.shipped, locale)),
            }));
      const sinceWords =
        since !== undefined && document ? sinceText(document, metric, since, locale, this.t) : undefined;
      view = { metric, summary, text, deliveries, since: sinceWords, geometry: view?.geometry as never };
      this.geometryKey = undefined;
    }
    const compact = this.variant === 'compact';
    const width = this.size.width || (compact ? 96 : 280);
    const height = this.size.height || (compact ? 40 : 64);
    const rtl = this.rtl;
    const key = [view.summary, view.deliveries, width, height, rtl, this.noTarget, this.noForecast, compact];
    if (!same(this.geometryKey, key)) {
      this.geometryKey = key;
      const options = {
        width,
        height,
        rtl,
        target: !this.noTarget && !compact,
        forecast: !this.noForecast && !compact,
        marks: view.deliveries.map((d) => d.time),
      };
      view = { ...view, geometry: sparklineGeometry(metric, view.summary, options) };
    }
    return view;
  }

  /** The outputs shipped in the period a point closes: after the point before it, up to it. */
  private shippedIn({ metric, deliveries }: View, from: number | undefined, index: number): string {
    const to = toTime(metric.points[index][0])!;
    const start = from === undefined || from < 0 ? -Infinity : toTime(metric.points[from][0])!;
    return deliveries
      .filter((d) => d.time > start && d.time <= to)
      .map((d) => d.words)
      .join('; ');
  }

  private renderMetric(): TemplateResult {
    if (this.problems.length) return this.renderErrors(this.problems);
    const view = this.view;
    if (!view) return this.renderEmpty();
    const { metric, text } = view;
    // <bdi>: a name in another script keeps its direction but lines up with the card (English in Arabic).
    const label = html`<span part="name" class="name" id="name" title=${metric.name}
      ><bdi>${metric.name}</bdi></span
    >`;
    if (view.summary.current === undefined) {
      return html`<div class="head">${label}</div>
        ${this.renderEmpty()}`;
    }
    if (this.variant === 'compact') {
      return html`<div
          class="compact-figures"
          role="group"
          aria-labelledby="name"
          aria-describedby="sentence"
        >
          <span class="visually-hidden">${label}</span>
          ${this.renderValue(text)} ${this.renderDelta(view)}
        </div>
        ${this.renderChart(view)}
        <p id="sentence" class="visually-hidden">${this.sentence(view)}</p>`;
    }
    return html`<div class="head">
        <span class="title">${label} ${this.renderDescription(metric)}</span>
        ${this.renderStatus(view)} ${this.renderStale()}
      </div>
      <div class="figures" role="group" aria-labelledby="name" aria-describedby="sentence">
        ${this.renderValue(text)}
        <span class="change-line"
          >${this.renderDelta(view)}
          ${text.dateShown ? html`<span part="date" class="date">${text.dateShown}</span>` : nothing}</span
        >
        ${this.sinceProblems.map(
          (p) =>
            html`<span part="since error" class="since since-error"
              ><code>${p.path}</code>: ${p.message}</span
            >`,
        )}
        ${
          view.since
            ? html`<span part="since" class="since">
                <span>${view.since.change}</span>
                ${view.since.moved ? html`<span class="moved">${view.since.moved}</span>` : nothing}
              </span>`
            : nothing
        }
      </div>
      ${this.renderChart(view)} ${this.noTarget ? nothing : progressBar(view.summary, text, this.t)}
      <p id="sentence" class="visually-hidden">${this.sentence(view)}</p>
      ${this.renderTable(view)}`;
  }

  /**
   * The description behind a small button: shown on hover, focus or press, hidden again by Escape,
   * a second press, or leaving (WCAG 1.4.13).
   */
  private renderDescription(metric: Metric): TemplateResult | typeof nothing {
    if (!metric.description) return nothing;
    const show = () => {
      this.describing = true;
      // One pop-up at a time: the description replaces the chart's tooltip.
      this.chart.close();
    };
    const hide = () => (this.describing = false);
    return html`<span class="info ${this.describing ? 'open' : ''}" @mouseenter=${show} @mouseleave=${hide}>
      <button
        type="button"
        class="info-button"
        aria-label=${this.t('kpi.about', metric.name)}
        aria-describedby="description"
        aria-expanded=${this.describing ? 'true' : 'false'}
        @click=${() => (this.describing ? hide() : show())}
        @focus=${show}
        @blur=${hide}
        @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && hide()}
      >
        i
      </button>
      <span part="description" class="description" id="description" dir="auto">${metric.description}</span>
    </span>`;
  }

  /**
   * The current value: the figure large, its unit smaller beside it. Its estimated width in ems
   * lets a long figure (`10,32 Mio. €` two to a row on a phone) shrink to fit its card.
   */
  private renderValue(text: KpiText): TemplateResult {
    const ems = textEms(text.figure) + (text.unit ? 0.25 + textEms(text.unit) / 2 : 0);
    return html`<span part="value" class="value" ${cssProps({ '--_value-ems': String(ems) })}
      ><bdi class="figure">${text.figure}</bdi
      >${text.unit ? html` <span class="unit">${text.unit}</span>` : nothing}</span
    >`;
  }

  private renderDelta({ summary, text }: View): TemplateResult | typeof nothing {
    if (!text.arrow) return nothing;
    const compact = this.variant === 'compact';
    // The compact card has no room for the word beside a change; with none, the word alone says it.
    if (compact && !text.shortDelta) {
      return html`<span part="delta" class="delta ${summary.trend}">${text.trendWord}</span>`;
    }
    const figures = compact ? text.shortDelta : text.delta;
    // The change may wrap before its percentage in a narrow card ("+254.028 €" above "(+2,5 %)" in
    // German): the arrow keeps to its figure by a no-break space, and Intl keeps figures with units.
    return html`<span part="delta" class="delta ${summary.trend} ${figures ? 'moved' : ''}">
      <span class="change"
        ><span class="arrow" aria-hidden="true">${text.arrow}</span
        >${figures ? html`&nbsp;<bdi>${figures}</bdi>` : nothing}</span
      >
      <span class="trend-word">${text.trendWord}</span>
    </span>`;
  }

  private renderStatus({ summary, text }: View): TemplateResult | typeof nothing {
    if (summary.status === 'none') return nothing;
    return html`<span part="status" class="status ${summary.status}">${text.status}</span>`;
  }

  private renderChart(view: View): TemplateResult {
    const { metric, geometry: g, text } = view;
    const active = g.points[this.chart.position];
    const before = active ? g.points[this.chart.position - 1]?.index : undefined;
    const shipped = active && g.marks.length ? this.shippedIn(view, before, active.index) : '';
    const point = active ? pointText(metric, active.index, this.resolvedLocale, this.t) : text.value;
    const words = shipped ? this.t('kpi.pointShipped', point, shipped) : point;
    const shown = this.chart.pointing ? active : undefined;
    return this.chart.render(
      { label: this.t('kpi.chart', metric.name), valueText: words, width: g.width },
      html`${sparklineSvg(g, shown)} ${targetLabel(g, text.target)}
      ${deliveryMarks(
        g,
        view.deliveries.map((d) => d.words),
      )}`,
    );
  }

  /** The one-sentence description, with the shipped outputs and the change since, when there are. */
  private sentence(view: View): string {
    const shipped = view.geometry.marks.length;
    const parts = [view.text.sentence];
    if (shipped) parts.push(this.t('kpi.shippedCount', shipped));
    const since = view.since;
    if (since) {
      parts.push(
        since.moved
          ? this.t('kpi.sentence.sinceMoved', since.change, since.moved)
          : this.t('kpi.sentence.since', since.change),
      );
    }
    return parts.join(' ');
  }

  private renderTable(view: View): TemplateResult {
    const rows = this.tableRows(view);
    const shipped = view.geometry.marks.length
      ? (r: number) => this.shippedIn(view, r ? rows[r - 1] : undefined, rows[r])
      : undefined;
    return dataTable(view.metric, rows, this.resolvedLocale, this.t, shipped);
  }

  /** Indexes of the points the hidden table lists: all of them, or the drawn ones for long series. */
  private tableRows({ metric }: View): number[] {
    if (metric.points.length <= TABLE_LIMIT) return metric.points.map((_, i) => i);
    // About half as many columns as rows allowed: min/max per column keeps every peak and dip.
    const { drawn } = drawnSeries(metric, Math.floor(TABLE_LIMIT / 2) - 1);
    return drawn.filter((p) => p.y !== null).map((p) => p.index);
  }

  /** Fires `outcome-select` for the point chosen, by its index in the metric's points. */
  private select(index: number): void {
    const view = this.view;
    if (!view) return;
    const [date, value] = view.metric.points[index];
    if (value === null) return;
    emit(this, 'outcome-select', { type: 'point', metric: view.metric.id, index, date, value });
  }
}

/** With `since`: the change of the metric's value since that date, and its status then → now. */
function sinceText(
  document: OutcomeDocument,
  metric: Metric,
  since: string,
  locale: string,
  t: Term,
): { change: string; moved?: string } {
  const review = metricReview(metric, since, document.asOf ?? localDay());
  const { before, now } = review;
  const delta =
    before.current !== undefined && now.current !== undefined ? now.current - before.current : undefined;
  const change =
    delta === undefined
      ? t('frame.noValue')
      : delta === 0
        ? t('change.none')
        : signedChange(metric, delta, locale, t);
  const moved = review.statusChanged
    ? t('status.moved', t(`status.${before.status}`), t(`status.${now.status}`))
    : undefined;
  return { change: t('kpi.since', formatDate(since, locale), change), moved };
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-trend': KpiTrend;
  }
}
