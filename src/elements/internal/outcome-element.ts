import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { errorsForMetric, findMetric } from '../../core/result.js';
import type { ValidationError } from '../../core/schema.js';
import type { Theme } from '../../data/context.js';
import { SourceController } from '../../data/source-controller.js';
import type { OutcomeErrorDetail } from '../../events/outcome-error.js';

/** How many problems an error panel lists before it says "and N more". */
const SHOWN_ERRORS = 5;

/**
 * What every outcome-kit element shares: where its document comes from, its locale and theme,
 * and how it shows the loading, error and empty states.
 */
export abstract class OutcomeElement extends LitElement {
  /** The document: an object, or its JSON text. Wins over every other source. */
  @property({ attribute: false }) data?: unknown;

  /** URL of the document, fetched as JSON when `data` is not set. */
  @property() src?: string;

  /** Re-fetch `src` every this many seconds (at least 5); a failed re-fetch keeps the last good data, marked stale. */
  @property({ type: Number }) refresh?: number;

  /** BCP 47 locale for numbers and dates; default: the dashboard's, the document's, the nearest `lang`, the browser's. */
  @property() locale?: string;

  /** `light` or `dark`; default: the dashboard's, else follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: Theme;

  protected readonly source = new SourceController(this);

  private pendingErrors?: ValidationError[];
  private reportedErrors = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.source.sync();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const errors = this.pendingErrors;
    this.pendingErrors = undefined;
    if (errors) {
      const detail: OutcomeErrorDetail = { errors, source: this.source.source ?? 'context', stale: false };
      this.dispatchEvent(new CustomEvent('outcome-error', { detail, bubbles: true, composed: true }));
    }
  }

  /** Fetches `src` again now, as a timed refresh would. */
  reload(): void {
    this.source.reload();
  }

  /** The locale numbers and dates are shown in. */
  protected get resolvedLocale(): string {
    // A dashboard's locale attribute counts as the widget's own only for the document it shares.
    const shared = this.source.source === 'context' ? this.source.context?.locale : undefined;
    const candidates = [
      this.locale,
      shared,
      this.source.result?.document?.locale,
      closestLang(this),
      globalThis.navigator?.language,
    ];
    return candidates.find(isUsableLocale) ?? 'en-US';
  }

  /** Class for the `base` part: `light`, `dark`, or '' to follow the system. */
  protected get themeClass(): string {
    return this.theme ?? this.source.context?.theme ?? '';
  }

  /**
   * Call from `willUpdate` with the problems in the parts this element needs (one metric, the
   * nodes…); `outcome-error` fires after the update when they differ from the last ones reported.
   */
  protected reportErrors(errors: ValidationError[]): void {
    const key = JSON.stringify(errors);
    if (key === this.reportedErrors) return;
    this.reportedErrors = key;
    if (errors.length) this.pendingErrors = errors;
  }

  /**
   * Why the metric named by an attribute cannot be shown: its own validation errors, or that no
   * metric has that id (naming the ids there are), or that the attribute is not set. Empty when
   * the metric is usable.
   */
  protected metricProblems(id: string | undefined, attribute: string): ValidationError[] {
    const result = this.source.result;
    if (!result?.document || (id && findMetric(result, id))) return [];
    const own = id ? errorsForMetric(result, id) : [];
    if (own.length) return own;
    const ids = result.document.metrics.map((m) => `"${m.id}"`).join(', ') || 'none';
    const message = id
      ? `expected the id of a metric of this document, got "${id}" (ids: ${ids})`
      : `set the ${attribute} attribute to the id of a metric (ids: ${ids})`;
    return [{ path: 'metrics', message }];
  }

  /** A skeleton holding the place of the widget, with text for screen readers. */
  protected renderLoading(): TemplateResult {
    return html`<div part="skeleton" class="skeleton" aria-busy="true">
      <span class="visually-hidden">Loading…</span>
    </div>`;
  }

  /** The first few problems, each with its JSON path, and how many more there are. */
  protected renderErrors(errors: ValidationError[], heading = 'This data cannot be shown'): TemplateResult {
    const shown = errors.slice(0, SHOWN_ERRORS);
    const more = errors.length - shown.length;
    return html`<div part="error" class="message error" role="alert">
      <h3>${heading}</h3>
      <ul>
        ${shown.map((e) => html`<li><code>${e.path || 'document'}</code>: ${e.message}</li>`)}
      </ul>
      ${more > 0 ? html`<p>and ${more} more ${more === 1 ? 'problem' : 'problems'}</p>` : nothing}
    </div>`;
  }

  /** The empty state. */
  protected renderEmpty(text = 'No data yet'): TemplateResult {
    return html`<div part="empty" class="message empty">${text}</div>`;
  }

  /**
   * The state views shared by every element: loading, whole-document errors and no source.
   * Returns undefined when the document is ready, for the element to render it.
   */
  protected renderSourceState(): TemplateResult | undefined {
    const { state, errors, source } = this.source;
    if (state === 'loading') return this.renderLoading();
    if (state === 'idle') return this.renderEmpty();
    if (state === 'error') {
      // The dashboard already shows the problem at length; one line here is enough.
      if (source === 'context') return this.renderEmpty('No data: the dashboard’s document has errors');
      return this.renderErrors(errors);
    }
    return undefined;
  }

  /** A badge saying the data on screen is from the last successful load. */
  protected renderStale(): TemplateResult | typeof nothing {
    return this.source.stale
      ? html`<span part="stale" class="stale" title="The last refresh failed; showing the last data loaded."
          >Stale</span
        >`
      : nothing;
  }
}

/** The `lang` of the nearest ancestor that has one, looking out through shadow roots. */
function closestLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const match: Element | null = node.closest('[lang]');
    if (match) return match.getAttribute('lang') ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

function isUsableLocale(tag: string | undefined | null): tag is string {
  if (!tag) return false;
  try {
    return Intl.NumberFormat.supportedLocalesOf(tag).length > 0;
  } catch {
    return false;
  }
}
