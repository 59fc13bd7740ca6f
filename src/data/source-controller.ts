import { ContextConsumer } from '@lit/context';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { parseDocument, parseDocumentAsync } from '../core/parse/index.js';
import { blockingErrors, isUsable, unusableResult } from '../core/result.js';
import type { ParseResult, ValidationError } from '../core/schema.js';
import { outcomeEvent, type OutcomeEventDetails } from '../events/emit.js';
import type { SourceKind } from '../events/outcome-load.js';
import { ensureContextRoot, outcomeContext, type LoadState, type OutcomeContextValue } from './context.js';

/** The shortest allowed re-fetch interval, in seconds. */
export const MIN_REFRESH_SECONDS = 5;

/** How long a fetch may take, in seconds, when neither the element nor its dashboard says. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

/** The largest document a fetch reads, in megabytes, when neither the element nor its dashboard says. */
export const DEFAULT_MAX_SIZE_MB = 20;

const MB = 1024 * 1024;

/** What an element must offer to be given a document. */
export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  /** A document object, or its JSON text. */
  data?: unknown;
  /** A URL to fetch the document from. */
  src?: string;
  /** Re-fetch `src` every this many seconds (at least 5). */
  refresh?: number;
  /** Seconds a fetch may take. */
  timeout?: number;
  /** The largest document a fetch reads, in megabytes. */
  maxSize?: number;
}

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

/**
 * What a framework writes when it sets `data` before the element is defined: an attribute, and an
 * object made text. `data` is a property only; this says so instead of showing nothing.
 */
const OBJECT_AS_TEXT = '[object Object]';

/**
 * Gives an element its document. First match wins:
 * 1. the `data` property (an object, or a JSON string);
 * 2. the `src` attribute, fetched as JSON and re-fetched every `refresh` seconds;
 * 3. a child `<script type="application/json">`;
 * 4. the nearest `<outcome-dashboard>`, through context.
 *
 * Call `sync()` at the start of the host's `willUpdate`; read `state`, `result`, `errors` and
 * `stale` after it.
 *
 * Every `outcome-load` and `outcome-error` an element fires leaves from here, queued during the
 * update and dispatched once it has rendered (`hostUpdated`), so a listener sees the state the
 * event speaks of: the load or failure of the element's own source (a dashboard fires them once
 * for the document it shares), and the problems of the parts the element needs
 * (`reportPartErrors`).
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
  /** Which source the document came from: `data`, `src`, `inline` or `context`. */
  kind?: SourceKind;

  private readonly host: SourceHost;
  private readonly consumer: ContextConsumer<typeof outcomeContext, SourceHost>;
  private observer?: MutationObserver;
  /** The input last resolved, to tell a real change from a re-render. */
  private applied?: { kind: SourceKind; input: unknown };
  private abort?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;
  private scheduledRefresh?: number;
  private queued: CustomEvent[] = [];
  /** The part problems last reported, to fire `outcome-error` only when they change. */
  private reportedParts = '';
  /** A large document being checked in slices, while the element shows its skeleton. */
  private checking?: Promise<void>;

  /**
   * `asServer`: true on a server, and in a browser while it hydrates what a server rendered; the
   * document is then checked at once, as the server did, never in slices behind a skeleton.
   */
  constructor(
    host: SourceHost,
    private readonly asServer: () => boolean = () => isServer,
  ) {
    this.host = host;
    ensureContextRoot();
    this.consumer = new ContextConsumer(host, { context: outcomeContext, subscribe: true });
    host.addController(this);
  }

  /** While a large document is checked in slices, its end; else undefined. */
  get pending(): Promise<void> | undefined {
    return this.checking;
  }

  /** The value shared by the nearest `<outcome-dashboard>`, if any. */
  get context(): OutcomeContextValue | undefined {
    return this.consumer.value;
  }

  hostConnected(): void {
    if (isServer) return;
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    if (this.kind === 'src' && !this.abort && this.state !== 'loading') this.schedule();
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
    if (this.kind === 'src' && this.host.src) {
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
    this.checking = undefined;
    this.abort?.abort();
    this.abort = undefined;
    this.clearTimer();
    this.kind = kind;
    this.stale = false;
    switch (kind) {
      case 'data':
        if (input === OBJECT_AS_TEXT) {
          const message =
            'got the attribute data="[object Object]": the page set data before the element was defined; import the element before rendering, or set data as a property';
          this.accept(unusableResult(message, 'data'), kind);
        } else this.check(input, kind);
        break;
      case 'inline':
        this.check(input, kind);
        break;
      case 'src':
        // A server renders the skeleton; the browser fetches.
        if (isServer) this.state = 'loading';
        else void this.fetch(input as string, false);
        break;
      case 'context':
        this.follow(input as OutcomeContextValue | undefined);
    }
  }

  private pick(): { kind: SourceKind; input: unknown } {
    const { data, src } = this.host;
    if (data !== undefined && data !== null) return { kind: 'data', input: data };
    if (this.host.getAttribute('data') === OBJECT_AS_TEXT) return { kind: 'data', input: OBJECT_AS_TEXT };
    if (src) return { kind: 'src', input: src };
    // A server does not see the element's children.
    const script = isServer ? null : this.host.querySelector(INLINE_SELECTOR);
    if (script) return { kind: 'inline', input: script.textContent ?? '' };
    return { kind: 'context', input: this.consumer.value };
  }

  /**
   * Checks a document given as data or inline: at once when it is small, else in slices (the
   * element shows its skeleton meanwhile) so that a million points never freeze the page.
   */
  private check(input: unknown, kind: SourceKind): void {
    if (this.asServer() || !isLarge(input)) return this.accept(parseDocument(input), kind);
    this.state = 'loading';
    this.result = undefined;
    this.errors = [];
    const applied = this.applied;
    this.checking = parseDocumentAsync(input).then((result) => {
      if (this.applied !== applied) return;
      this.checking = undefined;
      this.accept(result, kind);
      this.host.requestUpdate();
    });
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
      this.emit('outcome-load', { document: result.document, source: kind });
    } else {
      this.emit('outcome-error', { errors: this.errors, source: kind, stale: false });
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
    const seconds = positive(this.host.timeout) ?? positive(this.context?.timeout) ?? DEFAULT_TIMEOUT_SECONDS;
    const megabytes = positive(this.host.maxSize) ?? positive(this.context?.maxSize) ?? DEFAULT_MAX_SIZE_MB;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, seconds * 1000);
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
      result = await parseDocumentAsync(await readLimited(response, megabytes));
    } catch (error) {
      if (abort.signal.aborted && !timedOut) return;
      const reason = timedOut
        ? `the server did not answer within ${seconds} s (raise the timeout attribute to wait longer)`
        : error instanceof Error
          ? error.message
          : String(error);
      result = unusableResult(`could not load ${url}: ${reason}`);
    } finally {
      clearTimeout(timer);
    }
    if (abort.signal.aborted && !timedOut) return;
    this.abort = undefined;
    const usable = isUsable(result);
    if (isRefresh && !usable && this.state === 'ready') {
      this.stale = true;
      this.emit('outcome-error', { errors: result.errors, source: 'src', stale: true });
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

  /**
   * Call from the host's `willUpdate` with the problems in the parts it needs (one metric, the
   * nodes…); `outcome-error` fires after the update when they differ from the last ones reported.
   */
  reportPartErrors(errors: ValidationError[]): void {
    const key = JSON.stringify(errors);
    if (key === this.reportedParts) return;
    this.reportedParts = key;
    if (errors.length) this.emit('outcome-error', { errors, source: this.kind ?? 'context', stale: false });
  }

  private emit<K extends 'outcome-load' | 'outcome-error'>(type: K, detail: OutcomeEventDetails[K]): void {
    this.queued.push(outcomeEvent(type, detail));
  }
}

/** Points and nodes from which a document is checked in slices rather than at once. */
const LARGE_PARTS = 50_000;

/**
 * Whether a document is large enough to check in slices: JSON text over a megabyte, or an object
 * with more than `LARGE_PARTS` points and nodes. Reads only lengths, and never throws.
 */
function isLarge(input: unknown): boolean {
  if (typeof input === 'string') return input.length > MB;
  try {
    const { metrics, nodes } = input as { metrics?: unknown; nodes?: unknown };
    let parts = Array.isArray(nodes) ? nodes.length : 0;
    if (Array.isArray(metrics)) {
      for (const metric of metrics as { points?: unknown }[]) {
        const points = metric?.points;
        if (Array.isArray(points)) parts += points.length;
        if (parts > LARGE_PARTS) return true;
      }
    }
    return parts > LARGE_PARTS;
  } catch {
    return false;
  }
}

/** A number above zero, else undefined: for attributes that may be missing or nonsense. */
function positive(value: number | undefined): number | undefined {
  return typeof value === 'number' && value > 0 ? value : undefined;
}

/**
 * The body of `response` as text, refused when it is larger than `megabytes`: before reading when
 * `Content-Length` says so, else once that many bytes have arrived (the rest is not downloaded).
 */
async function readLimited(response: Response, megabytes: number): Promise<string> {
  const limit = megabytes * MB;
  const tooLarge = () =>
    new Error(
      `the document is larger than the ${megabytes} MB limit; raise the max-size attribute to load it`,
    );
  const length = Number(response.headers.get('content-length'));
  if (length > limit) {
    void response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      void reader.cancel();
      throw tooLarge();
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}
