import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content size of one element of the host's shadow DOM with a ResizeObserver and
 * asks the host to update when it changes. Call `observe(element)` from `updated()`; it is a
 * no-op when the element is already observed.
 */
export class SizeController implements ReactiveController {
  /** Content-box width in CSS pixels; 0 until measured. */
  width = 0;
  /** Content-box height in CSS pixels; 0 until measured. */
  height = 0;

  private readonly host: ReactiveControllerHost;
  private observer?: ResizeObserver;
  private target?: Element;
  private frame = 0;

  /**
   * With `deferred`, the host updates on the next frame instead of at once: for a target whose
   * size follows what the host renders into it (a list as tall as its rows, up to a limit), where
   * updating inside the observer's delivery would be reported as a ResizeObserver loop.
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly options: { deferred?: boolean } = {},
  ) {
    this.host = host;
    host.addController(this);
  }

  observe(target: Element | null | undefined): void {
    if (!target || target === this.target) return;
    this.observer ??= new ResizeObserver(([entry]) => this.measured(entry.contentRect));
    if (this.target) this.observer.unobserve(this.target);
    this.target = target;
    this.observer.observe(target);
  }

  hostConnected(): void {
    if (this.target) this.observer?.observe(this.target);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
  }

  private measured({ width, height }: DOMRectReadOnly): void {
    const w = Math.round(width);
    const h = Math.round(height);
    if (w === this.width && h === this.height) return;
    this.width = w;
    this.height = h;
    if (!this.options.deferred) return this.host.requestUpdate();
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.host.requestUpdate());
  }
}
