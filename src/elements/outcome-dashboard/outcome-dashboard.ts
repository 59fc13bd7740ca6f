import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { localDay } from '../../core/dates.js';
import { formatDate } from '../../core/format.js';
import { linkedPairs } from '../../core/tree.js';
import { partErrors } from '../../core/result.js';
import { outcomeContext, type OutcomeContextValue } from '../../data/context.js';
import { stateStyles, tokens } from '../../styles/tokens.js';
import { OutcomeElement } from '../internal/outcome-element.js';
import { styles } from './outcome-dashboard.styles.js';
import { outcomeDashboard } from '../../translations/en/outcome-dashboard.js';
import { registerTranslation, SLOT } from '../internal/localize.js';

registerTranslation({ $code: 'en', ...outcomeDashboard });

/**
 * Loads one outcome-kit document and shares it with the widgets inside, which it lays out in a
 * responsive grid under the document's title and "as of" date. However many widgets it holds, the
 * document is fetched once.
 *
 * @tagname outcome-dashboard
 * @summary Provider and layout for outcome-kit widgets.
 *
 * @slot - The widgets (`<kpi-trend>`, `<outcome-tree>`, `<output-vs-outcome>`, or any element). With none, the dashboard shows a default layout of the whole document: a card per metric, each output/outcome pair the tree links, the quadrant and the tree. `<outcome-tree>` and `<output-vs-outcome>` take a full row; a `span` attribute on any child (`1`, `2`, `3` or `full`) sets the columns it takes.
 *
 * @fires {OutcomeLoadEvent} outcome-load - A usable document arrived; `detail.document`, `detail.source`.
 * @fires {OutcomeErrorEvent} outcome-error - The document could not be loaded or is unusable; `detail.errors` lists `{ path, message }`, `detail.stale` is true when a refresh failed and the last good document stays on screen.
 *
 * @csspart base - The themed wrapper of everything.
 * @csspart header - The title line.
 * @csspart title - The document's title.
 * @csspart as-of - The "As of" date.
 * @csspart stale - The badge shown while a failed refresh leaves old data on screen.
 * @csspart grid - The grid holding the widgets.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The list of problems shown when the document cannot be used.
 * @csspart problems - The closed disclosure listing problems inside single metrics or nodes.
 * @csspart empty - The "No data yet" message.
 * @csspart export - With `export-menu`: the row holding the download menu.
 * @csspart export-button - The button that opens the download menu.
 * @csspart export-menu - The menu of the three downloads (SVG, PNG, CSV).
 *
 * @cssprop [--outcome-dashboard-gap=1rem] - Space between widgets. Default `1rem`.
 * @cssprop [--outcome-dashboard-min-column=16rem] - The narrowest a grid column gets before the grid wraps. Default `16rem`.
 * @cssprop [--outcome-dashboard-padding=0] - Space inside the dashboard. Default `0` (`1rem` when `theme` is set).
 * @cssprop [--outcome-dashboard-background=transparent] - Background behind the widgets. Default `transparent`, so the page shows through; with `theme` set, `--outcome-color-page`.
 * @cssprop [--outcome-color-page=light-dark(#f6f8fa, #0d1117)] - The page colour a dashboard paints when its `theme` is forced. Default `#f6f8fa` light, `#0d1117` dark.
 * @cssprop [--outcome-shadow=0 1px 2px light-dark(rgb(31 35 40 / 0.06), rgb(1 4 9 / 0.4)), 0 1px 3px light-dark(rgb(31 35 40 / 0.08), rgb(1 4 9 / 0.3))] - Shadow of the widget cards. Default: a faint shadow in each theme.
 * @cssprop [--outcome-color-good=light-dark(#1a7f37, #3fb950)] - Colour of changes in the good direction.
 * @cssprop [--outcome-color-bad=light-dark(#cf222e, #ff7b72)] - Colour of changes in the bad direction.
 * @cssprop [--outcome-color-neutral=light-dark(#59636e, #9198a1)] - Colour of secondary text and flat changes.
 * @cssprop [--outcome-color-accent=light-dark(#0969da, #4493f8)] - Colour of highlights and focus rings.
 * @cssprop [--outcome-color-surface=light-dark(#ffffff, #151b23)] - Background.
 * @cssprop [--outcome-color-text=light-dark(#1f2328, #e6edf3)] - Text colour.
 * @cssprop [--outcome-color-grid=light-dark(#d1d9e0, #3d444d)] - Colour of rules, borders and chart grid lines.
 * @cssprop [--outcome-font=inherit] - Font; default: inherited from the page.
 * @cssprop [--outcome-radius=8px] - Corner radius. Default `8px`.
 */
export class OutcomeDashboard extends OutcomeElement {
  static override styles = [tokens, stateStyles, styles];

  private readonly provider = new ContextProvider(this, {
    context: outcomeContext,
    initialValue: { state: 'idle', errors: [], stale: false },
  });

  /** Widget tags the default layout waits for the page to define. */
  private readonly awaited = new Set<string>();

  /** Level of the title heading for the page's outline, 1 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { state, result, errors, stale } = this.source;
    const next: OutcomeContextValue = {
      state,
      result,
      errors,
      stale,
      locale: this.locale,
      theme: this.theme,
      since: this.since,
      timeout: this.timeout,
      maxSize: this.maxSize,
    };
    if (!sameValue(this.provider.value, next)) this.provider.setValue(next);
  }

  protected override render(): TemplateResult {
    const { state } = this.source;
    return html`<div part="base" class="base theme ${this.themeClass}" lang=${this.resolvedLocale}>
      ${state === 'ready' ? this.renderHeader() : this.renderSourceState()}
      <div part="grid" class="grid" ?hidden=${state === 'error'}>
        <slot></slot>${this.hasWidgets() ? nothing : this.renderDefaultLayout()}
      </div>
      ${this.renderExportMenu()}
    </div>`;
  }

  /** One row per point of every metric of the document: the metric's id, the date, the value. */
  protected override csvRows(): (string | number | undefined)[][] {
    const metrics = this.source.result?.document?.metrics ?? [];
    return [
      [this.t('csv.metric'), this.t('table.date'), this.t('table.value')],
      ...metrics.flatMap((m) => m.points.map(([date, value]) => [m.id, date, value ?? undefined])),
    ];
  }

  /**
   * Whether the page put widgets (any element but the inline JSON script) inside. A server cannot
   * tell (it does not see the children), so the default layout waits for the browser there.
   */
  private hasWidgets(): boolean {
    return this.asServer || [...this.children].some((child) => child.localName !== 'script');
  }

  /**
   * With no widgets inside, the dashboard shows the whole document: a card per metric, each
   * output/outcome pair the tree links, then the quadrant and the tree. It uses the elements the
   * page has defined (all of them with `outcome-kit.js`).
   */
  private renderDefaultLayout(): TemplateResult | typeof nothing {
    const document = this.source.state === 'ready' ? this.source.result?.document : undefined;
    if (!document) return nothing;
    const hasTree = !!document.nodes?.length;
    const cards = this.defined('kpi-trend');
    const charts = this.defined('output-vs-outcome');
    return html`${
      cards
        ? repeat(
            document.metrics,
            (m) => m.id,
            (m) => html`<kpi-trend metric=${m.id}></kpi-trend>`,
          )
        : nothing
    }
    ${
      charts
        ? linkedPairs(document).map(
            (p) => html`<output-vs-outcome output=${p.output} outcome=${p.outcome}></output-vs-outcome>`,
          )
        : nothing
    }
    ${hasTree && charts ? html`<output-vs-outcome view="quadrant"></output-vs-outcome>` : nothing}
    ${hasTree && this.defined('outcome-tree') ? html`<outcome-tree></outcome-tree>` : nothing}`;
  }

  /**
   * Whether the page defined a widget's tag; when it has not yet (an app may import it later), the
   * dashboard draws it once it is.
   */
  private defined(tag: string): boolean {
    if (customElements.get(tag)) return true;
    if (!this.awaited.has(tag)) {
      this.awaited.add(tag);
      void customElements.whenDefined(tag).then(() => this.requestUpdate());
    }
    return false;
  }

  private renderHeader(): TemplateResult | typeof nothing {
    const document = this.source.result?.document;
    if (!document) return nothing;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const asOf = document.asOf ?? localDay();
    const locale = this.resolvedLocale;
    const [before, after = ''] = this.t('dashboard.asOf', SLOT).split(SLOT);
    const isEmpty = document.metrics.length === 0 && !document.nodes?.length;
    return html`<header part="header">
        ${
          document.title
            ? html`<div part="title" class="title" role="heading" aria-level=${level} dir="auto">
                ${document.title}
              </div>`
            : nothing
        }
        <p part="as-of" class="as-of">
          ${before}<time datetime=${asOf}>${formatDate(asOf, locale, { dateStyle: 'long' })}</time>${after}
        </p>
        ${this.renderStale()}
      </header>
      ${this.renderProblems()} ${isEmpty ? this.renderEmpty() : nothing}`;
  }

  /**
   * Problems inside single metrics or nodes do not stop the dashboard: the widgets that need those
   * parts show them. For the author, a closed disclosure says how many there are and where.
   */
  private renderProblems(): TemplateResult | typeof nothing {
    const result = this.source.result;
    const errors = result ? partErrors(result) : [];
    if (!errors.length) return nothing;
    return html`<details part="problems" class="problems">
      <summary>${this.t('dashboard.problems', errors.length)}</summary>
      <ul>
        ${errors.map((e) => this.renderProblem(e))}
      </ul>
    </details>`;
  }
}

function sameValue(a: OutcomeContextValue, b: OutcomeContextValue): boolean {
  return (
    a.state === b.state &&
    a.result === b.result &&
    a.errors === b.errors &&
    a.stale === b.stale &&
    a.locale === b.locale &&
    a.theme === b.theme
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'outcome-dashboard': OutcomeDashboard;
  }
}
