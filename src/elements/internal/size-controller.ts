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

  constructor(host: ReactiveControllerHost) {
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
  }

  private measured({ width, height }: DOMRectReadOnly): void {
    const w = Math.round(width);
    const h = Math.round(height);
    if (w === this.width && h === this.height) return;
    this.width = w;
    this.height = h;
    this.host.requestUpdate();
  }
}
