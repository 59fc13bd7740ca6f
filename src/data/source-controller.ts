import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseDocument } from '../core/parse/index.js';
import { blockingErrors, isUsable, unusableResult } from '../core/result.js';
import type { ParseResult, ValidationError } from '../core/schema.js';
import type { OutcomeErrorDetail } from '../events/outcome-error.js';
import type { OutcomeLoadDetail, SourceKind } from '../events/outcome-load.js';
import { ensureContextRoot, outcomeContext, type LoadState, type OutcomeContextValue } from './context.js';

/** The shortest allowed re-fetch interval, in seconds. */
export const MIN_REFRESH_SECONDS = 5;

/** What an element must offer to be given a document. */
export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  /** A document object, or its JSON text. */
  data?: unknown;
  /** A URL to fetch the document from. */
  src?: string;
  /** Re-fetch `src` every this many seconds (at least 5). */
  refresh?: number;
}

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

/**
 * Gives an element its document. First match wins:
 * 1. the `data` property (an object, or a JSON string);
 * 2. the `src` attribute, fetched as JSON and re-fetched every `refresh` seconds;
 * 3. a child `<script type="application/json">`;
 * 4. the nearest `<outcome-dashboard>`, through context.
 *
 * Call `sync()` at the start of the host's `willUpdate`; read `state`, `result`, `errors` and
 * `stale` after it. Fires `outcome-load` and `outcome-error` for the element's own sources (a
 * dashboard fires them once for the document it shares).
 */
export class SourceController implements ReactiveController {
  /** Where the document is. */
  state: LoadState = 'idle';
  /** The parsed document; on a failed refresh, the last good one. */
  result?: ParseResult;
  /** Problems that stop the whole document (fetch, JSON, top level). */
  errors: ValidationError[] = [];
  /** True while a failed refresh leaves the last good document on screen. */
  stale = false;
  /** Which source the document came from. */
  source?: SourceKind;

  private readonly host: SourceHost;
  private readonly consumer: ContextConsumer<typeof outcomeContext, SourceHost>;
  private observer?: MutationObserver;
  /** The input last resolved, to tell a real change from a re-render. */
  private applied?: { kind: SourceKind; input: unknown };
  private abort?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;
  private scheduledRefresh?: number;
  private queued: CustomEvent[] = [];

  constructor(host: SourceHost) {
    this.host = host;
    ensureContextRoot();
    this.consumer = new ContextConsumer(host, { context: outcomeContext, subscribe: true });
    host.addController(this);
  }

  /** The value shared by the nearest `<outcome-dashboard>`, if any. */
  get context(): OutcomeContextValue | undefined {
    return this.consumer.value;
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    if (this.source === 'src' && !this.abort && this.state !== 'loading') this.schedule();
    // Put back in a page: resume an aborted fetch, or find the new dashboard (cheap otherwise).
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.clearTimer();
    // Out of the page, the dashboard it was in no longer provides for it.
    this.consumer.value = undefined;
    if (this.abort) {
      this.abort.abort();
      this.abort = undefined;
      // Fetch again when put back in a page.
      if (this.state === 'loading') this.applied = undefined;
    }
  }

  hostUpdated(): void {
    const events = this.queued;
    this.queued = [];
    for (const event of events) this.host.dispatchEvent(event);
  }

  /** Re-fetches `src` now, as a timed refresh would. No effect for other sources. */
  reload(): void {
    if (this.source === 'src' && this.host.src) {
      this.clearTimer();
      void this.fetch(this.host.src, this.state === 'ready' || this.state === 'error');
    }
  }

  /** Resolves the source that wins now; cheap when nothing changed. */
  sync(): void {
    const { kind, input } = this.pick();
    if (this.applied && this.applied.kind === kind && this.applied.input === input) {
      if (kind === 'src' && !this.abort && this.host.refresh !== this.scheduledRefresh) this.schedule();
      return;
    }
    this.applied = { kind, input };
    this.abort?.abort();
    this.abort = undefined;
    this.clearTimer();
    this.source = kind;
    this.stale = false;
    switch (kind) {
      case 'data':
      case 'inline':
        this.accept(parseDocument(input), kind);
        break;
      case 'src':
        void this.fetch(input as string, false);
        break;
      case 'context':
        this.follow(input as OutcomeContextValue | undefined);
    }
  }

  private pick(): { kind: SourceKind; input: unknown } {
    const { data, src } = this.host;
    if (data !== undefined && data !== null) return { kind: 'data', input: data };
    if (src) return { kind: 'src', input: src };
    const script = this.host.querySelector(INLINE_SELECTOR);
    if (script) return { kind: 'inline', input: script.textContent ?? '' };
    return { kind: 'context', input: this.consumer.value };
  }

  private follow(value: OutcomeContextValue | undefined): void {
    if (!value) {
      // A dashboard that has not upgraded yet will provide soon; anything else has no data.
      this.state = this.host.parentElement?.closest('outcome-dashboard') ? 'loading' : 'idle';
      this.result = undefined;
      this.errors = [];
      return;
    }
    this.state = value.state;
    this.result = value.result;
    this.errors = value.errors;
    this.stale = value.stale;
  }

  private accept(result: ParseResult, kind: SourceKind): void {
    this.result = result;
    this.errors = blockingErrors(result);
    this.stale = false;
    this.state = isUsable(result) ? 'ready' : 'error';
    if (this.state === 'ready' && result.document) {
      this.emit<OutcomeLoadDetail>('outcome-load', { document: result.document, source: kind });
    } else {
      this.emit<OutcomeErrorDetail>('outcome-error', { errors: this.errors, source: kind, stale: false });
    }
  }

  private async fetch(url: string, isRefresh: boolean): Promise<void> {
    const abort = new AbortController();
    this.abort?.abort();
    this.abort = abort;
    if (!isRefresh) {
      this.state = 'loading';
      this.result = undefined;
      this.errors = [];
      this.host.requestUpdate();
    }
    let result: ParseResult;
    try {
      const response = await fetch(url, {
        signal: abort.signal,
        cache: 'no-cache',
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) {
        const status = `${response.status} ${response.statusText}`.trim();
        throw new Error(`HTTP ${status}`);
      }
      result = parseDocument(await response.text());
    } catch (error) {
      if (abort.signal.aborted) return;
      const reason = error instanceof Error ? error.message : String(error);
      result = unusableResult(`could not load ${url}: ${reason}`);
    }
    if (abort.signal.aborted) return;
    this.abort = undefined;
    const usable = isUsable(result);
    if (isRefresh && !usable && this.state === 'ready') {
      this.stale = true;
      this.emit<OutcomeErrorDetail>('outcome-error', { errors: result.errors, source: 'src', stale: true });
    } else {
      this.accept(result, 'src');
    }
    this.host.requestUpdate();
    this.schedule();
  }

  private schedule(): void {
    this.clearTimer();
    this.scheduledRefresh = this.host.refresh;
    const seconds = Number(this.host.refresh);
    if (!this.host.isConnected || !(seconds > 0)) return;
    const delay = Math.max(MIN_REFRESH_SECONDS, seconds) * 1000;
    this.timer = setTimeout(() => this.reload(), delay);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private emit<T>(type: string, detail: T): void {
    this.queued.push(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }
}
