import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CARD, type MapLayout } from '../../core/layout/tree-map.js';

/** Pan and zoom: canvas pixel (cx, cy) shows at (x + cx·k, y + cy·k) in the container. */
export interface Transform {
  x: number;
  y: number;
  k: number;
}

/** Zoom limits and the step of the buttons and keys. */
export const ZOOM = { min: 0.15, max: 2, step: 1.25 };
/** The smallest zoom the map starts at: below it, card text is too small to read. */
export const READABLE = 0.6;
const PAD = 16;

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

/** What the view works on: the laid-out map and the container's size. */
export interface MapViewSource {
  map?: MapLayout;
  width: number;
  height: number;
}

/**
 * The pan and zoom of the outcome-tree map: by wheel, drag, buttons, keys, and following the
 * focused card. Until the user moves the map it starts fitted, or at a readable zoom on the first
 * root when the whole tree would be too small to read.
 */
export class MapView implements ReactiveController {
  private user?: Transform;
  private drag?: { x: number; y: number; id: number };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => MapViewSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Forgets the user's pan and zoom: the map starts again fitted (or readable). */
  reset(): void {
    this.user = undefined;
  }

  /** The transform in force. */
  get transform(): Transform {
    if (this.user) return this.user;
    const { map, width, height } = this.source();
    if (!map?.cards.length) return { x: 0, y: 0, k: 1 };
    const fit = Math.min(1, (width - 2 * PAD) / map.width, (height - 2 * PAD) / map.height);
    if (fit >= READABLE) {
      return { x: (width - map.width * fit) / 2, y: Math.max(PAD, (height - map.height * fit) / 2), k: fit };
    }
    const first = map.cards[0];
    return { x: width / 2 - (first.x + CARD.width / 2) * READABLE, y: PAD, k: READABLE };
  }

  /** Fits the whole map in the container, however small that makes it. */
  fitAll = (): void => {
    const { map, width, height } = this.source();
    if (!map) return;
    const k = clamp(
      Math.min(1, (width - 2 * PAD) / map.width, (height - 2 * PAD) / map.height),
      ZOOM.min,
      ZOOM.max,
    );
    this.set({ x: (width - map.width * k) / 2, y: Math.max(PAD, (height - map.height * k) / 2), k });
  };

  /** Zooms by a factor, keeping the point under the pointer (or the centre) where it is. */
  zoomBy(factor: number, at?: { x: number; y: number }): void {
    const { x, y, k } = this.transform;
    const { width, height } = this.source();
    const next = clamp(k * factor, ZOOM.min, ZOOM.max);
    const cx = at?.x ?? width / 2;
    const cy = at?.y ?? height / 2;
    this.set({ x: cx - ((cx - x) * next) / k, y: cy - ((cy - y) * next) / k, k: next });
  }

  /** Pans so that a card is inside the container. */
  reveal(position: number): void {
    const { map, width, height } = this.source();
    const card = map?.cards[position];
    if (!card) return;
    const { x, y, k } = this.transform;
    const left = card.x * k + x;
    const top = card.y * k + y;
    if (left >= 0 && top >= 0 && left + CARD.width * k <= width && top + CARD.height * k <= height) return;
    this.set({
      x: width / 2 - (card.x + CARD.width / 2) * k,
      y: height / 2 - (card.y + CARD.height / 2) * k,
      k,
    });
  }

  /** Positions of the cards inside the container (with a margin), plus `keep`. */
  cardsInView(keep: number): number[] {
    const { map, width, height } = this.source();
    const { x, y, k } = this.transform;
    const margin = 160;
    const [left, top] = [(-x - margin) / k, (-y - margin) / k];
    const [right, bottom] = [(width - x + margin) / k, (height - y + margin) / k];
    const shown: number[] = [];
    map?.cards.forEach((c, i) => {
      const inside = c.x + CARD.width >= left && c.x <= right && c.y + CARD.height >= top && c.y <= bottom;
      if (inside || i === keep) shown.push(i);
    });
    return shown;
  }

  /** Wheel zoom; bound with `passive: false` so the page does not scroll instead. */
  readonly wheel = {
    passive: false,
    handleEvent: (event: WheelEvent): void => {
      event.preventDefault();
      const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
      this.zoomBy(Math.exp(-event.deltaY * 0.002), {
        x: event.clientX - box.left,
        y: event.clientY - box.top,
      });
    },
  };

  /** Starts a drag on the background (not on a card). */
  pointerDown = (event: PointerEvent): void => {
    if ((event.target as Element).closest('[role="treeitem"]') || event.button !== 0) return;
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
    this.drag = { x: event.clientX, y: event.clientY, id: event.pointerId };
  };

  pointerMove = (event: PointerEvent): void => {
    if (!this.drag || event.pointerId !== this.drag.id) return;
    const { x, y, k } = this.transform;
    this.set({ x: x + event.clientX - this.drag.x, y: y + event.clientY - this.drag.y, k });
    this.drag = { ...this.drag, x: event.clientX, y: event.clientY };
  };

  pointerUp = (): void => {
    this.drag = undefined;
  };

  private set(transform: Transform): void {
    this.user = transform;
    this.host.requestUpdate();
  }
}
