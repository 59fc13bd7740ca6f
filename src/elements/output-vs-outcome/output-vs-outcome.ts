import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { compareOutputToOutcome, type Comparison, type Verdict } from '../../core/compare.js';
import { dateFormatter, formatDate, formatPercent, numberFormatter } from '../../core/format.js';
import { findMetric } from '../../core/result.js';
import type { Metric, OutcomeDocument, ValidationError } from '../../core/schema.js';
import { summarizeMetric } from '../../core/summary.js';
import { buildOutcomeTree, treeNodes, type OutcomeTreeNode } from '../../core/tree.js';
import { quadrantLayout, type Quadrant, type QuadrantLayout } from '../../core/layout/quadrant.js';
import { timelineLayout, type TimelineLayout } from '../../core/layout/timeline.js';
import { toTime } from '../../core/dates.js';
import { list } from '../../translations/plural.js';
import { deliveriesOf } from '../internal/deliveries.js';
import { emit } from '../../events/emit.js';
import type { OutcomeSelectDetail } from '../../events/outcome-select.js';
import { stateStyles, tokens, tooltipStyles } from '../../styles/tokens.js';
import { ChartInteraction } from '../internal/chart-interaction.js';
import { OutcomeElement } from '../internal/outcome-element.js';
import { SizeController } from '../internal/size-controller.js';
import {
  quadrantSvg,
  quadrantTable,
  timelineSvg,
  timelineTable,
  type TimelineWords,
} from './output-vs-outcome.parts.js';
import { styles } from './output-vs-outcome.styles.js';
import { lagSentence, QUADRANTS, verdictSentence } from './output-vs-outcome.text.js';
import { outputVsOutcome } from '../../translations/en/output-vs-outcome.js';
import { registerTranslation } from '../internal/localize.js';

registerTranslation({ $code: 'en', ...outputVsOutcome });

/** Below this width the quadrant's corners use the short names. */
const NARROW_QUADRANT = 600;

/** What the element draws, worked out in `willUpdate`. */
type View =
  | {
      kind: 'timeline';
      output: Metric;
      outcome: Metric;
      comparison: Comparison;
      layout?: TimelineLayout;
      words: TimelineWords;
      /** Outputs shipped against the outcome metric: when, and in words. */
      deliveries: { time: number; words: string }[];
    }
  | { kind: 'quadrant'; layout: QuadrantLayout; left: number };

/**
 * Is the work turning into results? The output and outcome metrics on one time axis, in two panels
 * (output columns above, the outcome line below, each on its own scale in its own unit, so the
 * outcome's shape reads however much more the output grew), with the verdict in words naming the
 * window; or, with
 * `view="quadrant"`, every outcome of the tree placed by delivery against outcome progress.
 *
 * @tagname output-vs-outcome
 * @summary Output against outcome: the verdict, the timeline and the quadrant.
 *
 * @fires {OutcomeLoadEvent} outcome-load - The element got a usable document from its own source.
 * @fires {OutcomeErrorEvent} outcome-error - The document, or a metric this view needs, has problems; `detail.errors` lists `{ path, message }`.
 * @fires {OutcomeSelectEvent} outcome-select - A date of the timeline (`{ type: 'aligned-point', index, date, output, outcome }`) or an outcome of the quadrant (`{ type: 'node', id, node }`) was chosen by click or Enter.
 *
 * @csspart base - The themed wrapper.
 * @csspart verdict - The verdict sentence.
 * @csspart delivery - A delivery marker on the timeline: an output aimed at the outcome metric, at its `shipped` date.
 * @csspart title - The quadrant's title.
 * @csspart lag - The lag sentence.
 * @csspart legend - The legend.
 * @csspart chart - The focusable chart (a slider over its points).
 * @csspart tooltip - Both values of the point under the pointer or keyboard.
 * @csspart error - Problems with the document or the metrics.
 * @csspart empty - The message when there is nothing to compare.
 * @csspart skeleton - The placeholder while loading.
 * @csspart stale - The badge shown while a failed refresh leaves old data on screen.
 * @csspart export - With `export-menu`: the row holding the download menu.
 * @csspart export-button - The button that opens the download menu.
 * @csspart export-menu - The menu of the three downloads (SVG, PNG, CSV).
 *
 * @cssprop [--outcome-output-vs-outcome-output-color=color-mix(in srgb, var(--outcome-color-accent) 75%, var(--outcome-color-surface))] - Output columns. Default: `--outcome-color-accent`, 75% over the surface.
 * @cssprop [--outcome-output-vs-outcome-outcome-color=var(--outcome-color-good)] - Outcome line. Default: `--outcome-color-good`.
 * @cssprop [--outcome-output-vs-outcome-height=18rem] - Height of the timeline. Default `18rem`.
 * @cssprop [--outcome-output-vs-outcome-delivery-color=var(--outcome-color-text)] - Delivery markers on the timeline. Default: `--outcome-color-text`.
 * @cssprop [--outcome-output-vs-outcome-quadrant-height=clamp(280px, 45cqi, 720px)] - Height of the quadrant. Default: 0.45 of its width, 280 to 720 px.
 */
export class OutputVsOutcome extends OutcomeElement {
  static override styles = [tokens, stateStyles, tooltipStyles, styles];

  private readonly size = new SizeController(this);

  /** The chart's keys, pointer and tooltip; a spot's key is its position among the points drawn. */
  private readonly chart = new ChartInteraction(this, { select: (i) => this.choose(i) });

  /** Id of the output metric (work delivered). */
  @property() output?: string;

  /** Id of the outcome metric (the result it should move). */
  @property() outcome?: string;

  /** `timeline` (default with metric ids) or `quadrant` (default without them, when the document has nodes). */
  @property() view?: 'timeline' | 'quadrant';

  /**
   * Read-only, reflected for page CSS: `converting`, `not-converting`, `external`, `stalled` or `insufficient-data`.
   * @readonly
   */
  @property({ reflect: true }) verdict?: Verdict;

  /** Hides the delivery markers: the outputs aimed at the outcome metric, on the timeline when they shipped. */
  @property({ type: Boolean, attribute: 'no-deliveries' }) noDeliveries = false;

  private shown?: View;
  private problems: ValidationError[] = [];
  private tree?: { document: OutcomeDocument; nodes: OutcomeTreeNode[] };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const result = this.source.state === 'ready' ? this.source.result : undefined;
    this.shown = undefined;
    this.problems = [];
    const document = result?.document;
    if (result && document) {
      const quadrant =
        this.view === 'quadrant' || (!this.view && !this.output && !this.outcome && !!document.nodes?.length);
      if (quadrant) this.shown = this.quadrant(document);
      else {
        this.problems = [
          ...this.metricProblems(this.output, 'output'),
          ...this.metricProblems(this.outcome, 'outcome'),
        ];
        if (!this.problems.length) {
          const output = findMetric(result, this.output!)!;
          const outcome = findMetric(result, this.outcome!)!;
          const comparison = compareOutputToOutcome(output, outcome);
          const words = this.timelineWords(comparison, output, outcome);
          const locale = this.resolvedLocale;
          const deliveries = this.noDeliveries
            ? []
            : deliveriesOf(document, outcome.id).map((d) => ({
                time: toTime(d.shipped)!,
                words: this.t('shipped.marker', d.title, formatDate(d.shipped, locale)),
              }));
          const layout = this.timeline(comparison, outcome, words, deliveries);
          this.shown = { kind: 'timeline', output, outcome, comparison, layout, words, deliveries };
        }
      }
    }
    this.source.reportPartErrors([...this.problems, ...this.sinceProblems]);
    this.verdict = this.shown?.kind === 'timeline' ? this.shown.comparison.verdict : undefined;
    if (changed.has('output') || changed.has('outcome') || changed.has('view')) this.chart.reset();
    const shown = this.shown;
    if (shown?.kind === 'quadrant') {
      this.chart.setSpots(
        shown.layout.points.map((p, key) => ({ x: p.x, y: p.y, key })),
        'first',
      );
    } else this.chart.setSpots(shown?.layout?.outcome.line.map((p, key) => ({ x: p.x, key })) ?? []);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.size.observe(this.renderRoot.querySelector('.chart'));
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base theme card ${this.themeClass}" lang=${this.resolvedLocale}>
      ${this.renderSourceState() ?? this.renderView()} ${this.renderExportMenu()}
    </div>`;
  }

  /** The timeline: one row per aligned date; the quadrant: one row per outcome placed. */
  protected override csvRows(): (string | number | undefined)[][] {
    const shown = this.shown;
    const t = this.t;
    if (shown?.kind === 'timeline') {
      const { output, outcome, comparison } = shown;
      return [
        [t('table.date'), output.name, outcome.name],
        ...comparison.points.map((p) => [p.date, p.output, p.outcome]),
      ];
    }
    if (shown?.kind === 'quadrant') {
      return [
        [
          t('csv.id'),
          t('vs.column.outcome'),
          t('vs.column.delivery'),
          t('vs.column.outcomeProgress'),
          t('vs.column.quadrant'),
        ],
        ...shown.layout.points.map((p) => [
          p.node.id,
          p.node.title,
          p.node.outputProgress,
          p.node.outcomeProgress,
          t(`quadrant.${p.quadrant}`),
        ]),
      ];
    }
    return [];
  }

  protected override exportTitle(): string {
    const shown = this.shown;
    if (shown?.kind === 'timeline') return this.t('vs.timelineLabel', shown.output.name, shown.outcome.name);
    return shown?.kind === 'quadrant' ? this.t('vs.quadrantCaption') : super.exportTitle();
  }

  private timeline(
    c: Comparison,
    outcome: Metric,
    words: TimelineWords,
    deliveries: { time: number }[],
  ): TimelineLayout | undefined {
    if (c.points.length < 2) return undefined;
    // Room for the longest date label at the ticks' 11 px, so neighbours never touch.
    const longest = Math.max(...c.points.map((_, i) => words.date(i).length));
    return timelineLayout(
      c,
      this.size.width || 480,
      this.size.height || 288,
      summarizeMetric(outcome).target,
      this.rtl,
      longest * 6.6 + 10,
      deliveries.map((d) => d.time),
    );
  }

  private quadrant(document: OutcomeDocument): View {
    if (this.tree?.document !== document)
      this.tree = { document, nodes: treeNodes(buildOutcomeTree(document)) };
    const outcomes = this.tree.nodes.filter((n) => n.type === 'outcome');
    const corners = Object.fromEntries(
      QUADRANTS.map((q) => [q, this.cornerWords(q, outcomes.length).length]),
    );
    const layout = quadrantLayout(
      outcomes,
      this.size.width || 480,
      this.size.height || 280,
      this.rtl,
      corners,
    );
    // Points come in data order (delivery, then outcome), so the arrow keys follow the axis either way.
    return { kind: 'quadrant', layout, left: outcomes.length - layout.points.length };
  }

  private renderView(): TemplateResult {
    if (this.problems.length) return this.renderErrors(this.problems);
    const view = this.shown;
    if (!view) return this.renderEmpty();
    return html`${this.renderStale()}${view.kind === 'quadrant' ? this.renderQuadrant(view) : this.renderTimeline(view)}`;
  }

  private renderTimeline({
    output,
    outcome,
    comparison: c,
    layout,
    words: drawing,
    deliveries,
  }: Extract<View, { kind: 'timeline' }>): TemplateResult {
    const locale = this.resolvedLocale;
    const sentence = verdictSentence(c, output, outcome, locale, this.t);
    const lag = lagSentence(c, locale, this.t);
    if (!layout) {
      return html`<p part="verdict" class="verdict insufficient-data" id="sentence" dir="auto">
        ${sentence}
      </p>`;
    }
    const day = dateFormatter(locale);
    // The outputs shipped in the period an aligned point closes (after the point before it).
    const shippedAt = (i: number) => {
      const to = toTime(c.points[i].date)!;
      const from = i > 0 ? toTime(c.points[i - 1].date)! : -Infinity;
      const shown = layout.marks.map((m) => deliveries[m.index]);
      return shown
        .filter((d) => d.time > from && d.time <= to)
        .map((d) => d.words)
        .join('; ');
    };
    const words = (i: number) => {
      const p = c.points[i];
      const num = (m: Metric, v: number) => numberFormatter(locale, m.format, m.unit)(v);
      const point = this.t(
        'vs.alignedPoint',
        day(p.date),
        output.name,
        num(output, p.output),
        outcome.name,
        num(outcome, p.outcome),
      );
      const shipped = shippedAt(i);
      return shipped ? this.t('kpi.pointShipped', point, shipped) : point;
    };
    const active = this.chart.position;
    const target = layout.outcome.target !== undefined || layout.outcome.targetOff;
    return html`<p part="verdict" class="verdict ${c.verdict}" id="sentence" dir="auto">${sentence}</p>
      ${lag ? html`<p part="lag" class="lag" dir="auto">${lag}</p>` : nothing}
      <div part="legend" class="legend">
        <span
          ><span class="swatch output" aria-hidden="true"></span
          >${this.t('vs.outputLegend', output.name)}</span
        >
        <span
          ><span class="swatch outcome" aria-hidden="true"></span
          >${this.t('vs.outcomeLegend', outcome.name)}</span
        >
        ${
          target
            ? html`<span
                ><span class="swatch target" aria-hidden="true"></span
                >${this.t('vs.targetLegend', outcome.name)}</span
              >`
            : nothing
        }
      </div>
      ${this.chart.render(
        {
          label: this.t('vs.timelineLabel', output.name, outcome.name),
          valueText: words(active),
          ...this.frame,
        },
        timelineSvg(
          layout,
          this.chart.pointing ? active : undefined,
          drawing,
          this.rtl,
          deliveries.map((d) => d.words),
        ),
      )}
      ${timelineTable(c, output, outcome, locale, this.t, layout.marks.length ? shippedAt : undefined)}`;
  }

  private renderQuadrant({ layout, left }: Extract<View, { kind: 'quadrant' }>): TemplateResult {
    const locale = this.resolvedLocale;
    const points = layout.points;
    const pct = (v: number | undefined) => formatPercent(v, locale, { maximumFractionDigits: 0 });
    const words = (i: number) => {
      const p = points[i];
      const { title, outputProgress, outcomeProgress } = p.node;
      return this.t(
        'vs.quadrantPoint',
        title,
        pct(outputProgress),
        pct(outcomeProgress),
        this.t(`quadrant.${p.quadrant}`),
      );
    };
    const counts = list(
      this.resolvedLocale,
      QUADRANTS.map((q) =>
        this.t('vs.quadrantCount', this.t(`quadrant.${q}`), points.filter((p) => p.quadrant === q).length),
      ),
    );
    const leftOut = left ? this.t('vs.quadrantLeftOut', left) : '';
    if (!points.length) return this.renderEmpty(this.t('vs.quadrantEmpty'));
    const active = this.chart.position;
    return html`<h3 part="title" class="title" dir="auto">${this.t('vs.quadrantTitle', points.length)}</h3>
      <p id="sentence" class="visually-hidden">
        ${this.t('vs.quadrantSentence', points.length, counts, leftOut)}
      </p>
      <ul part="legend" class="legend quadrant-legend">
        ${QUADRANTS.map(
          (q) =>
            html`<li>
              <span class="swatch dot ${q}" aria-hidden="true"></span>${this.t(
                'quadrant.legend',
                this.t(`quadrant.${q}`),
                this.t(`quadrant.${q}.meaning`),
              )}
            </li>`,
        )}
      </ul>
      ${this.chart.render(
        { label: this.t('vs.quadrantLabel'), valueText: words(active), kind: 'quadrant', ...this.frame },
        quadrantSvg(layout, this.chart.pointing ? active : undefined, {
          corner: (q, count) => this.cornerWords(q, count),
          tick: (v) => formatPercent(v, locale, { maximumFractionDigits: 0 }),
          deliveryAxis: this.t('vs.deliveryAxis', this.rtl ? '←' : '→'),
          outcomeAxis: this.t('vs.outcomeAxis', '↑'),
        }),
      )}
      ${leftOut ? html`<p class="note">${leftOut}</p>` : nothing} ${quadrantTable(points, locale, this.t)}`;
  }

  /** A corner's label with its count; in a narrow chart, the quadrant's short name. */
  private cornerWords(quadrant: Quadrant, count: number): string {
    const narrow = (this.size.width || 480) < NARROW_QUADRANT;
    return this.t('vs.corner', this.t(narrow ? `quadrant.${quadrant}.short` : `quadrant.${quadrant}`), count);
  }

  /** The timeline's titles, ticks and dates in the resolved locale. */
  private timelineWords(c: Comparison, output: Metric, outcome: Metric): TimelineWords {
    const locale = this.resolvedLocale;
    // Ticks in each metric's style (percent, currency), short: compact, at most one decimal.
    const tick = (m: Metric) =>
      numberFormatter(locale, {
        ...m.format,
        notation: m.format?.style === 'percent' ? 'standard' : 'compact',
        minimumFractionDigits: 0,
        maximumFractionDigits: 1,
      });
    const month = dateFormatter(locale, { month: 'short', year: 'numeric' });
    const months = c.points.map((p) => month(p.date));
    // Weekly or daily points share months: then the labels need the day.
    const short =
      new Set(months).size === months.length ? months : c.points.map((p) => dateFormatter(locale)(p.date));
    const target = summarizeMetric(outcome).target;
    return {
      outputTitle: output.unit ? this.t('vs.panelTitle', output.name, output.unit) : output.name,
      outcomeTitle: outcome.unit ? this.t('vs.panelTitle', outcome.name, outcome.unit) : outcome.name,
      target:
        target === undefined
          ? ''
          : this.t('vs.target', numberFormatter(locale, outcome.format, outcome.unit)(target)),
      date: (i) => short[i],
      outputTick: tick(output),
      outcomeTick: tick(outcome),
    };
  }

  /** What both charts share: the summary that describes them and their width. */
  private get frame(): { describedBy: string; width: number } {
    return { describedBy: 'sentence', width: this.size.width || 480 };
  }

  /** Fires `outcome-select` for the spot chosen: a date of the timeline or an outcome of the quadrant. */
  private choose(position: number): void {
    const shown = this.shown;
    if (shown?.kind === 'timeline') this.selectAligned(shown.comparison, position);
    else if (shown?.kind === 'quadrant' && shown.layout.points[position])
      this.selectNode(shown.layout.points[position].node);
  }

  private selectAligned(c: Comparison, index: number): void {
    const p = c.points[index];
    this.fire({ type: 'aligned-point', index, date: p.date, output: p.output, outcome: p.outcome });
  }

  private selectNode(node: OutcomeTreeNode): void {
    const original = this.source.result?.document?.nodes?.find((n) => n.id === node.id);
    if (original) this.fire({ type: 'node', id: node.id, node: original });
  }

  private fire(detail: OutcomeSelectDetail): void {
    emit(this, 'outcome-select', detail);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'output-vs-outcome': OutputVsOutcome;
  }
}
