import {
  adoptStyles,
  html,
  isServer,
  LitElement,
  nothing,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { isDateInput } from '../../core/dates.js';
import { isUsableLocale } from '../../core/format.js';
import { errorsForMetric, findMetric } from '../../core/result.js';
import type { ValidationError } from '../../core/schema.js';
import type { Theme } from '../../data/context.js';
import { SourceController } from '../../data/source-controller.js';
import { exportWords } from '../../translations/en/export.js';
import { shared } from '../../translations/en/shared.js';
import { csvOf, download, fileName, pictureOf, pngOf } from './export.js';
import { Localize, registerTranslation } from './localize.js';

registerTranslation({ $code: 'en', $name: 'English', $dir: 'ltr', ...shared, ...exportWords });

/** The downloads of the export menu, with the word that names each. */
const DOWNLOADS = [
  ['svg', 'export.svg'],
  ['png', 'export.png'],
  ['csv', 'export.csv'],
] as const;
type Download = (typeof DOWNLOADS)[number][0];

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

  /**
   * Seconds a fetch of `src` may take, answer and body, before it is aborted and counts as failed
   * (a first load shows the error; a refresh marks the data stale, and the next one still runs).
   * Default: the dashboard's, else 30.
   */
  @property({ type: Number }) timeout?: number;

  /**
   * The largest document `src` may send, in megabytes; a larger one is refused, before reading
   * when the server says its length. Default: the dashboard's, else 20.
   */
  @property({ type: Number, attribute: 'max-size' }) maxSize?: number;

  /** BCP 47 locale for words, numbers and dates; default: the dashboard's, the document's, the nearest `lang`, the browser's. */
  @property() locale?: string;

  /** `light` or `dark` forces a theme; default: the dashboard's, else the page's CSS `color-scheme` (light when it declares none). */
  @property({ reflect: true }) theme?: Theme;

  /**
   * A date (`YYYY-MM-DD`): also show what changed since then, for a review. Default: the
   * dashboard's `since`. Not a date: ignored, with a problem at the path `since`.
   */
  @property() since?: string;

  /** Shows a small menu that downloads the widget as a picture (SVG, PNG) or its data (CSV). */
  @property({ type: Boolean, reflect: true, attribute: 'export-menu' }) exportMenu = false;

  /** Whether the export menu is open. */
  @state() private exportOpen = false;

  protected readonly source = new SourceController(this, () => this.asServer);

  /** The words of the resolved locale's language. */
  protected readonly localize = new Localize(this, () => this.resolvedLocale);

  /** A word or sentence in the resolved language: `this.t('status.met')`. */
  protected readonly t = this.localize.t;

  /** Whether this element set its own `dir`, for a language written right to left. */
  private ownDir = false;

  /** Whether the page left the browser's default serif font, which the widget then replaces. */
  private pageFontIsDefault = false;

  /**
   * What a server rendered, while the browser hydrates it (declarative shadow DOM): its locale,
   * and whether it showed the loading skeleton (it had no document). That first render must repeat
   * the server's, so it reads nothing of the page the server could not see; the next one follows
   * the page.
   */
  private served?: { locale: string; loading: boolean };

  override connectedCallback(): void {
    // A shadow root before the first render is the server's, complete when the element connects
    // (unlike the page's children, which the rule below is about).
    // eslint-disable-next-line wc/no-child-traversal-in-connectedcallback
    const base = this.hasUpdated ? null : this.shadowRoot?.querySelector('[part~="base"]');
    if (base) {
      const loading = !!base.querySelector('[part~="skeleton"]');
      this.served = { locale: base.getAttribute('lang') ?? 'en-US', loading };
      // The server's styles are a <style> in the shadow root, which a strict `style-src` blocks;
      // constructed style sheets are not blocked, and hydration adopts none of its own.
      adoptStyles(this.shadowRoot!, (this.constructor as typeof LitElement).elementStyles);
    }
    super.connectedCallback();
    if (!this.served && !isServer)
      this.pageFontIsDefault = DEFAULT_SERIF.test(getComputedStyle(this).fontFamily);
  }

  /** Hydration waits for the words the server rendered in, so that it repeats them. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const words = this.served && this.localize.loading;
    return words ? words.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.source.sync();
    this.followDirection();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.served) return;
    // Hydrated: now render for this page (its `lang`, direction, font, width and sources).
    this.served = undefined;
    this.pageFontIsDefault = DEFAULT_SERIF.test(getComputedStyle(this).fontFamily);
    this.requestUpdate();
  }

  /**
   * True on a server, and in the browser while it hydrates what a server rendered: render from
   * the element's own attributes and data only, without reading the page or any layout.
   */
  protected get asServer(): boolean {
    return isServer || this.served !== undefined;
  }

  /**
   * Whether the element lays out right to left. A server (and the hydration of what it sent)
   * knows only the element's own `dir`, which an element in a right-to-left language sets itself.
   */
  protected get rtl(): boolean {
    return this.asServer ? this.getAttribute('dir') === 'rtl' : this.matches(':dir(rtl)');
  }

  /**
   * An element in a language written right to left (Arabic) lays itself out right to left:
   * it sets `dir="rtl"` on itself unless it has a `dir` of its own, and removes it after.
   */
  private followDirection(): void {
    const rtl = this.t('$dir') === 'rtl';
    if (rtl && !this.ownDir && !this.hasAttribute('dir')) {
      this.setAttribute('dir', 'rtl');
      this.ownDir = true;
    } else if (!rtl && this.ownDir) {
      this.removeAttribute('dir');
      this.ownDir = false;
    }
  }

  /**
   * Resolves once the element has rendered its document (a large one is checked in slices first)
   * in its language (which may first be loaded).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let waiting = this.pendingWork; waiting; waiting = this.pendingWork) {
      await waiting;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Work the element waits for before it shows its document: a check in slices, its words. */
  protected get pendingWork(): Promise<unknown> | undefined {
    return this.source.pending ?? this.localize.loading;
  }

  /**
   * What the widget shows, as a standalone SVG document: its boxes, charts and words as SVG
   * shapes and text (fonts named with their fallbacks), for slides and drawings.
   */
  toSVG(): string {
    return pictureOf(this, this.exportTitle());
  }

  /** The picture of `toSVG()` as a PNG, at `scale` pixels per CSS pixel (default 2). */
  toPNG({ scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    return pngOf(this.toSVG(), scale);
  }

  /** The widget's data as CSV: one row per point or node, headers in the widget's language. */
  toCSV(): string {
    return csvOf(this.csvRows());
  }

  /** The rows of `toCSV()`, headers first. */
  protected csvRows(): (string | number | undefined)[][] {
    return [];
  }

  /** What the exported picture shows, its accessible name; also the files' name. */
  protected exportTitle(): string {
    return this.source.result?.document?.title ?? this.localName;
  }

  /** Fetches `src` again now, as a timed refresh would. */
  reload(): void {
    this.source.reload();
  }

  /** The `since` date in force (own, else the dashboard's), when it is a date. */
  protected get resolvedSince(): string | undefined {
    const since = this.since ?? this.source.context?.since;
    return since !== undefined && isDateInput(since) ? since : undefined;
  }

  /** The problem of a `since` attribute that is not a date, to list with the element's own. */
  protected get sinceProblems(): ValidationError[] {
    const since = this.since ?? this.source.context?.since;
    if (since === undefined || isDateInput(since)) return [];
    return [{ path: 'since', message: `expected a date YYYY-MM-DD, got "${since}"` }];
  }

  /** The locale numbers and dates are shown in. */
  protected get resolvedLocale(): string {
    if (this.served) return this.served.locale;
    // A dashboard's locale attribute counts as the widget's own only for the document it shares.
    const shared = this.source.kind === 'context' ? this.source.context?.locale : undefined;
    const candidates = [
      this.locale,
      shared,
      this.source.result?.document?.locale,
      // A server sees neither the page nor the reader's browser.
      isServer ? this.getAttribute('lang') : closestLang(this),
      isServer ? undefined : globalThis.navigator?.language,
    ];
    return candidates.find(isUsableLocale) ?? 'en-US';
  }

  /**
   * Classes for the `base` part: `light` or `dark` when forced ('' follows the page's
   * `color-scheme`), and `system-font` on a page that kept the browser's default serif.
   */
  protected get themeClass(): string {
    const theme = this.theme ?? this.source.context?.theme ?? '';
    return this.pageFontIsDefault ? `${theme} system-font` : theme;
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

  /**
   * The export menu (a WAI-ARIA menu button): the button opens a menu of the three downloads;
   * arrows move in it, Escape and Tab close it, focus goes back to the button.
   */
  protected renderExportMenu(): TemplateResult | typeof nothing {
    if (!this.exportMenu || this.source.state !== 'ready') return nothing;
    const open = this.exportOpen;
    return html`<div
      part="export"
      class="export"
      @keydown=${this.onExportKey}
      @focusout=${this.onExportFocusOut}
    >
      <button
        type="button"
        part="export-button"
        class="export-button"
        aria-haspopup="menu"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="export-menu"
        @click=${() => this.openExport(!open)}
      >
        <span aria-hidden="true">⤓</span> ${this.t('export.menu')}
      </button>
      ${
        open
          ? html`<ul
              part="export-menu"
              class="export-menu"
              id="export-menu"
              role="menu"
              aria-label=${this.t('export.menu')}
            >
              ${DOWNLOADS.map(
                ([kind, word]) =>
                  html`<li role="none">
                    <button type="button" role="menuitem" tabindex="-1" @click=${() => this.exportAs(kind)}>
                      ${this.t(word)}
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </div>`;
  }

  private menuItems(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.export-menu [role="menuitem"]')];
  }

  private async openExport(open: boolean, focus: 'first' | 'last' = 'first'): Promise<void> {
    this.exportOpen = open;
    await this.updateComplete;
    if (open) (focus === 'first' ? this.menuItems()[0] : this.menuItems().at(-1))?.focus();
  }

  private closeExport(): void {
    this.exportOpen = false;
    this.renderRoot.querySelector<HTMLElement>('.export-button')?.focus();
  }

  private readonly onExportKey = (event: KeyboardEvent): void => {
    const items = this.menuItems();
    const at = items.indexOf(this.renderRoot.querySelector<HTMLElement>(':focus')!);
    const onButton = at < 0;
    const move = (to: number) => items[(to + items.length) % items.length]?.focus();
    if (onButton && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      void this.openExport(true, event.key === 'ArrowDown' ? 'first' : 'last');
    } else if (!onButton && event.key === 'ArrowDown') move(at + 1);
    else if (!onButton && event.key === 'ArrowUp') move(at - 1);
    else if (!onButton && event.key === 'Home') move(0);
    else if (!onButton && event.key === 'End') move(items.length - 1);
    else if (event.key === 'Escape' && this.exportOpen) this.closeExport();
    else if (event.key === 'Tab') this.exportOpen = false;
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  private readonly onExportFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (!to || !this.renderRoot.querySelector('.export')?.contains(to)) this.exportOpen = false;
  };

  /** Downloads the widget in one of the three forms, named after what it shows. */
  private async exportAs(kind: Download): Promise<void> {
    this.closeExport();
    const name = fileName(this.exportTitle(), this.localName, kind);
    if (kind === 'svg') download(name, this.toSVG(), 'image/svg+xml');
    else if (kind === 'png') download(name, await this.toPNG());
    // With a byte order mark, so that spreadsheets read the file as UTF-8.
    else download(name, `\uFEFF${this.toCSV()}`, 'text/csv;charset=utf-8');
  }

  /** A skeleton holding the place of the widget, with text for screen readers. */
  protected renderLoading(): TemplateResult {
    return html`<div part="skeleton" class="skeleton" aria-busy="true">
      <span class="visually-hidden">${this.t('frame.loading')}</span>
    </div>`;
  }

  /** The first few problems, each with its JSON path, and how many more there are. */
  protected renderErrors(errors: ValidationError[], heading = this.t('frame.errorHeading')): TemplateResult {
    const shown = errors.slice(0, SHOWN_ERRORS);
    const more = errors.length - shown.length;
    return html`<div part="error" class="message error" role="alert">
      <h3>${heading}</h3>
      <ul>
        ${shown.map((e) => this.renderProblem(e))}
      </ul>
      ${more > 0 ? html`<p>${this.t('frame.moreProblems', more)}</p>` : nothing}
    </div>`;
  }

  /**
   * A problem: its JSON path, and its message, which stays English (like a compiler's), each left
   * to right in a right-to-left frame too, so that quotes and brackets stay where they belong.
   */
  protected renderProblem(e: ValidationError): TemplateResult {
    const path = html`<code dir=${e.path ? 'ltr' : 'auto'}>${e.path || this.t('frame.documentPath')}</code>`;
    const message = html`<span lang="en" dir="ltr">${e.message}</span>`;
    return html`<li>${path}: ${message}</li>`;
  }

  /** The empty state. */
  protected renderEmpty(text = this.t('frame.empty')): TemplateResult {
    return html`<div part="empty" class="message empty">${text}</div>`;
  }

  /**
   * The state views shared by every element: loading, whole-document errors and no source.
   * Returns undefined when the document is ready, for the element to render it.
   */
  protected renderSourceState(): TemplateResult | undefined {
    const { state, errors, kind } = this.source;
    if (state === 'loading' || this.localize.loading) return this.renderLoading();
    // A server sees no inline script or dashboard that a browser may find: it holds the place.
    if ((isServer && state === 'idle') || this.served?.loading) return this.renderLoading();
    if (state === 'idle') return this.renderEmpty();
    if (state === 'error') {
      // The dashboard already shows the problem at length; one line here is enough.
      if (kind === 'context') return this.renderEmpty(this.t('frame.dashboardBroken'));
      return this.renderErrors(errors);
    }
    return undefined;
  }

  /** A badge saying the data on screen is from the last successful load. */
  protected renderStale(): TemplateResult | typeof nothing {
    return this.source.stale
      ? html`<span part="stale" class="stale" title=${this.t('frame.staleHint')}
          >${this.t('frame.stale')}</span
        >`
      : nothing;
  }
}

/** The font families browsers use when a page sets none (Chromium and Firefox on every platform). */
const DEFAULT_SERIF = /^\s*("?Times New Roman"?|Times|serif|"?Liberation Serif"?|Tinos)\s*$/i;

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
