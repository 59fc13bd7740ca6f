import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Heights of rendered pieces (list rows, map cards) measured with one ResizeObserver and kept by
 * node id, so that windowing and layout use what the page really draws (its fonts, its line
 * height, the wrapping of long titles) instead of a fixed height. The host updates when a height
 * changes; `moved` reports each change first, for scroll anchoring.
 */
export class MeasuredHeights implements ReactiveController {
  private readonly heights = new Map<string, number>();
  private observer?: ResizeObserver;
  private frame = 0;
  private observing = 0;
  /** Changes whenever a height does: part of the cache key of whatever is computed from them. */
  version = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The height of one observed element, in CSS pixels, and the id it is kept under. */
    private readonly measure: (
      element: Element,
      entry: ResizeObserverEntry,
    ) => { id: string; height: number },
    private readonly moved: (id: string, old: number | undefined, height: number) => void = () => {},
  ) {
    host.addController(this);
  }

  get(id: string): number | undefined {
    return this.heights.get(id);
  }

  /**
   * Observes exactly these elements (the ones rendered now), from the next frame: observing
   * inside another observer's delivery (the host resized, so it rendered) is reported as a loop.
   */
  observe(elements: Iterable<Element>): void {
    const targets = [...elements];
    cancelAnimationFrame(this.observing);
    this.observing = requestAnimationFrame(() => {
      this.observer ??= new ResizeObserver((entries) => this.measured(entries));
      this.observer.disconnect();
      for (const element of targets) if (element.isConnected) this.observer.observe(element);
    });
  }

  /** Forgets every height (the width changed, so every row may wrap differently). */
  clear(): void {
    if (!this.heights.size) return;
    this.heights.clear();
    this.version++;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.observing);
  }

  private measured(entries: ResizeObserverEntry[]): void {
    let changed = false;
    for (const entry of entries) {
      if (!entry.target.isConnected) continue;
      const { id, height } = this.measure(entry.target, entry);
      const old = this.heights.get(id);
      if (height <= 0 || (old !== undefined && Math.abs(old - height) < 0.5)) continue;
      this.heights.set(id, height);
      this.moved(id, old, height);
      changed = true;
    }
    if (!changed) return;
    this.version++;
    // Next frame: an update now would lay out new rows inside this observer's own delivery,
    // which the browser reports as a ResizeObserver loop.
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.host.requestUpdate());
  }
}
