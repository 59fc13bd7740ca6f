import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CARD, type MapCard, type MapLayout } from '../../core/layout/tree-map.js';

/** Pan and zoom: canvas pixel (cx, cy) shows at (x + cx·k, y + cy·k) in the container. */
export interface Transform {
  x: number;
  y: number;
  k: number;
}

/** Zoom limits and the step of the buttons and keys. */
export const ZOOM = { min: 0.1, max: 2, step: 1.25 };
/** The smallest text drawn, in CSS pixels: below it, cards change to a simpler form. */
export const MIN_TEXT = 11;
/**
 * Below this zoom cards show only their type and title, drawn at `MIN_TEXT` or more whatever the
 * zoom; below `outline`, only their outline (no text at all).
 */
export const SIMPLE = { outline: 0.45 };
/** The zoom a map too wide to show whole starts at when full cards would not fit three across. */
const START = 0.6;
/** Room around the map: a margin, and at the top the zoom buttons' strip. */
const PAD = 16;
const PAD_TOP = 52;

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

/** How cards are drawn at a zoom: every line, type and title, or outlines only. */
export type Detail = 'full' | 'simple' | 'outline';

/** What the view works on: the laid-out map, the container's size and the cards' smallest text. */
export interface MapViewSource {
  map?: MapLayout;
  width: number;
  height: number;
  /** The smallest font size of a full card at zoom 1, in CSS pixels. */
  smallestText: number;
  rtl: boolean;
}

/**
 * The pan and zoom of the outcome-tree map: Ctrl/⌘ + wheel, pinch, drag, buttons, keys, and
 * following the focused card. A plain wheel is left to the page, which scrolls. Until the user
 * moves the map, it shows every card if their text can be read, else it fits the width at a
 * readable zoom (or starts at the first root) and the element says how many cards lie outside.
 */
export class MapView implements ReactiveController {
  private user?: Transform;
  private drag?: { x: number; y: number; id: number };
  private readonly touches = new Map<number, { x: number; y: number }>();
  /** Set for a moment after a plain wheel over the map, to show the hint. */
  hint = false;
  private hintTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => MapViewSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.hintTimer);
    this.hint = false;
  }

  /** Forgets the user's pan and zoom: the map starts again from its first view. */
  reset(): void {
    this.user = undefined;
  }

  /** The zoom from which full cards have readable text. */
  private get fullAt(): number {
    return MIN_TEXT / this.source().smallestText;
  }

  /** How cards are drawn at the zoom in force. */
  get detail(): Detail {
    const { k } = this.transform;
    return k >= this.fullAt - 1e-9 ? 'full' : k >= SIMPLE.outline ? 'simple' : 'outline';
  }

  /** The transform in force. */
  get transform(): Transform {
    return this.user ?? this.firstView();
  }

  private firstView(): Transform {
    const { map, width, height, rtl } = this.source();
    if (!map?.cards.length) return { x: 0, y: 0, k: 1 };
    const fitWidth = Math.min(1, (width - 2 * PAD) / map.width);
    const all = Math.min(fitWidth, (height - PAD - PAD_TOP) / map.height);
    if (all >= SIMPLE.outline) return this.centred(all);
    if (fitWidth >= SIMPLE.outline) return { x: (width - map.width * fitWidth) / 2, y: PAD_TOP, k: fitWidth };
    // Too wide even for simple cards: start at the first root, in reading direction, with full
    // cards when three columns of them fit, else simple ones.
    const columns = (width - 2 * PAD) / ((CARD.width + CARD.gapX) * this.fullAt);
    const k = columns >= 3 ? Math.min(1, this.fullAt) : START;
    return { x: rtl ? width - PAD - map.width * k : PAD, y: PAD_TOP, k };
  }

  private centred(k: number): Transform {
    const { map, width, height } = this.source();
    return {
      x: (width - map!.width * k) / 2,
      y: PAD_TOP + Math.max(0, (height - PAD_TOP - PAD - map!.height * k) / 2),
      k,
    };
  }

  /** Fits the whole map in the container, however small that makes it. */
  fitAll = (): void => {
    const { map, width, height } = this.source();
    if (!map?.cards.length) return;
    const k = clamp(
      Math.min(1, (width - 2 * PAD) / map.width, (height - PAD - PAD_TOP) / map.height),
      ZOOM.min,
      ZOOM.max,
    );
    this.set(this.centred(k));
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

  /** Whether a card lies wholly inside the container. */
  private inside(card: MapCard, { x, y, k }: Transform = this.transform): boolean {
    const { width, height } = this.source();
    const left = card.x * k + x;
    const top = card.y * k + y;
    return (
      left >= -0.5 &&
      top >= -0.5 &&
      left + card.width * k <= width + 0.5 &&
      top + card.height * k <= height + 0.5
    );
  }

  /** How many cards do not lie wholly inside the container. */
  get outside(): number {
    const { map } = this.source();
    const transform = this.transform;
    return map ? map.cards.reduce((n, card) => n + (this.inside(card, transform) ? 0 : 1), 0) : 0;
  }

  /** Pans so that a card is inside the container, by as little as it takes. */
  reveal(position: number): void {
    const { map, width, height } = this.source();
    const card = map?.cards[position];
    if (!card || this.inside(card)) return;
    const { x, y, k } = this.transform;
    const shift = (start: number, size: number, room: number) =>
      size > room - 2 * PAD
        ? PAD - start
        : start < PAD
          ? PAD - start
          : start + size > room - PAD
            ? room - PAD - start - size
            : 0;
    this.set({
      x: x + shift(card.x * k + x, card.width * k, width),
      y: y + shift(card.y * k + y, card.height * k, height),
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
      const inside = c.x + c.width >= left && c.x <= right && c.y + c.height >= top && c.y <= bottom;
      if (inside || i === keep) shown.push(i);
    });
    return shown;
  }

  /**
   * The wheel: with Ctrl or ⌘ held (and for a trackpad pinch, which the browser reports so) it
   * zooms; otherwise the page scrolls as usual and a hint says how to zoom. Bound with
   * `passive: false` so that the zoom can keep the page still.
   */
  readonly wheel = {
    passive: false,
    handleEvent: (event: WheelEvent): void => {
      if (!event.ctrlKey && !event.metaKey) {
        this.showHint();
        return;
      }
      event.preventDefault();
      const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
      this.zoomBy(Math.exp(-event.deltaY * 0.002), {
        x: event.clientX - box.left,
        y: event.clientY - box.top,
      });
    },
  };

  private showHint(): void {
    clearTimeout(this.hintTimer);
    if (!this.hint) {
      this.hint = true;
      this.host.requestUpdate();
    }
    this.hintTimer = setTimeout(() => {
      this.hint = false;
      this.host.requestUpdate();
    }, 1500);
  }

  /** A mouse or pen drag on the background pans; two fingers pinch to zoom and pan. */
  pointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') {
      this.touches.set(event.pointerId, { x: event.clientX, y: event.clientY });
      return;
    }
    if ((event.target as Element).closest('[role="treeitem"]') || event.button !== 0) return;
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
    this.drag = { x: event.clientX, y: event.clientY, id: event.pointerId };
  };

  pointerMove = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return this.pinch(event);
    if (!this.drag || event.pointerId !== this.drag.id) return;
    const { x, y, k } = this.transform;
    this.set({ x: x + event.clientX - this.drag.x, y: y + event.clientY - this.drag.y, k });
    this.drag = { ...this.drag, x: event.clientX, y: event.clientY };
  };

  pointerUp = (event: PointerEvent): void => {
    this.touches.delete(event.pointerId);
    if (this.drag?.id === event.pointerId) this.drag = undefined;
  };

  private pinch(event: PointerEvent): void {
    const before = this.touches.get(event.pointerId);
    if (!before) return;
    const other = [...this.touches].find(([id]) => id !== event.pointerId)?.[1];
    this.touches.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (!other || this.touches.size !== 2) return;
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const span = (a: { x: number; y: number }) => Math.hypot(a.x - other.x, a.y - other.y) || 1;
    const now = { x: event.clientX, y: event.clientY };
    const mid = (a: { x: number; y: number }) => ({
      x: (a.x + other.x) / 2 - box.left,
      y: (a.y + other.y) / 2 - box.top,
    });
    const [m0, m1] = [mid(before), mid(now)];
    const { x, y, k } = this.transform;
    this.set({ x: x + m1.x - m0.x, y: y + m1.y - m0.y, k });
    this.zoomBy(span(now) / span(before), m1);
  }

  private set(transform: Transform): void {
    this.user = transform;
    this.host.requestUpdate();
  }
}
