import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { cssProps } from './css-props.js';

/** A point of a chart that the pointer and the keys can reach, in pixels from the chart's corner. */
export interface ChartSpot {
  x: number;
  /** Absent on charts read along x only (a time series): hit-testing then looks at x alone. */
  y?: number;
  /** Identity of the point in the element's data (a point index), kept across re-layouts. */
  key: number;
}

/** What the element tells the controller once. */
export interface ChartInteractionOptions {
  /** Called with the key of the spot chosen by click, Enter or Space. */
  select(key: number): void;
}

/** What the element tells the chart on each render. */
export interface ChartFrame {
  /** The chart's accessible name. */
  label: string;
  /** Words for the active spot: the slider's value text and the tooltip. */
  valueText: string;
  /** Id of an element describing the chart (its one-sentence summary). */
  describedBy?: string;
  /** The chart's width in pixels, to keep the tooltip inside it. */
  width: number;
  /** A class besides `chart`, for a chart of another shape. */
  kind?: string;
}

/**
 * How people reach the points of a chart, written once for every chart: the chart is one tab stop
 * with the slider role; arrows move in reading direction (Up and Down too), Home and End jump to the
 * ends, Enter or Space chooses, Escape hides the tooltip; the pointer shows the nearest point and a
 * click chooses it. The tooltip sits above the active point, held inside the chart.
 *
 * Call `setSpots` in `willUpdate` (or before `render`), then `render` the chart around a drawing.
 */
export class ChartInteraction implements ReactiveController {
  hostDisconnected(): void {
    // A chart put back in a page starts with its tooltip closed.
    this.pointing = false;
  }

  /** Whether the tooltip shows (pointer over the chart, or keyboard focus on it). */
  pointing = false;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly select: (key: number) => void;
  private spots: readonly ChartSpot[] = [];
  private initial: 'first' | 'last' = 'last';
  private activeKey?: number;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ChartInteractionOptions) {
    this.host = host;
    this.select = options.select;
    host.addController(this);
  }

  /**
   * The spots of the chart as drawn now, in data order, and the one active before the user picks
   * one: the latest (`last`, for a series) or the `first`.
   */
  setSpots(spots: readonly ChartSpot[], initial: 'first' | 'last' = 'last'): void {
    this.spots = spots;
    this.initial = initial;
  }

  /** Position of the active spot among the spots; the initial one until the user picks one. */
  get position(): number {
    const found = this.spots.findIndex((s) => s.key === this.activeKey);
    return found >= 0
      ? found
      : this.initial === 'last'
        ? this.spots.length - 1
        : Math.min(0, this.spots.length - 1);
  }

  /** Hides the tooltip (another pop-up opened). */
  close(): void {
    this.show(false);
  }

  /** Forgets the user's choice, for data in which it means nothing. */
  reset(): void {
    this.activeKey = undefined;
  }

  /** The focusable chart: a slider over the spots around `drawing`, with the tooltip when pointing. */
  render(frame: ChartFrame, drawing: unknown): TemplateResult {
    const active = this.spots[this.position];
    return html`<div
      part="chart"
      class="chart ${frame.kind ?? ''}"
      role="slider"
      tabindex="0"
      aria-label=${frame.label}
      aria-describedby=${frame.describedBy ?? nothing}
      aria-valuemin="0"
      aria-valuemax=${Math.max(0, this.spots.length - 1)}
      aria-valuenow=${Math.max(0, this.position)}
      aria-valuetext=${frame.valueText}
      @keydown=${this.listener}
      @focus=${this.listener}
      @blur=${this.listener}
      @pointermove=${this.listener}
      @pointerleave=${this.listener}
      @click=${this.listener}
    >
      ${drawing} ${this.pointing && active ? tooltip(active.x, frame.width, frame.valueText) : nothing}
    </div>`;
  }

  /** The one listener of the chart's events: keys, focus, and the pointer. */
  private readonly listener = (event: Event): void => {
    const type = event.type;
    if (type === 'keydown') this.onKey(event as KeyboardEvent);
    else if (type === 'focus') this.show(true);
    else if (type === 'blur' || type === 'pointerleave') this.show(false);
    else {
      // pointermove or click: the spot nearest the pointer, by x alone on a series, by distance on a scatter.
      const { clientX, clientY, currentTarget } = event as MouseEvent;
      const box = (currentTarget as HTMLElement).getBoundingClientRect();
      let best = -1;
      let bestDistance = Infinity;
      this.spots.forEach((s, i) => {
        const distance = Math.hypot(
          s.x - clientX + box.left,
          s.y === undefined ? 0 : s.y - clientY + box.top,
        );
        if (distance < bestDistance) [best, bestDistance] = [i, distance];
      });
      if (best < 0) return;
      this.moveTo(best);
      if (type === 'click') this.select(this.spots[best].key);
    }
  };

  private show(pointing: boolean): void {
    if (pointing === this.pointing) return;
    this.pointing = pointing;
    this.host.requestUpdate();
  }

  private moveTo(position: number): void {
    const spot = this.spots[Math.min(this.spots.length - 1, Math.max(0, position))];
    this.activeKey = spot.key;
    this.pointing = true;
    this.host.requestUpdate();
  }

  private onKey(event: KeyboardEvent): void {
    const count = this.spots.length;
    if (!count) return;
    const here = this.position;
    const key = event.key;
    const ahead = this.host.matches(':dir(rtl)') ? -1 : 1;
    const to =
      key === 'ArrowRight'
        ? here + ahead
        : key === 'ArrowLeft'
          ? here - ahead
          : key === 'ArrowUp'
            ? here + 1
            : key === 'ArrowDown'
              ? here - 1
              : key === 'Home'
                ? 0
                : key === 'End'
                  ? count - 1
                  : undefined;
    if (to !== undefined) this.moveTo(to);
    else if (key === 'Enter' || key === ' ') {
      this.moveTo(here);
      this.select(this.spots[here].key);
    } else if (key === 'Escape' && this.pointing) this.show(false);
    else return;
    event.preventDefault();
  }
}

/**
 * Words of the active point above it, kept inside the chart: centred on the point in the middle
 * third, held to the near edge in the outer thirds.
 */
function tooltip(x: number, width: number, words: string): TemplateResult {
  const place = x < width / 3 ? 'left' : x > (2 * width) / 3 ? 'right' : 'centre';
  return html`<span
    part="tooltip"
    class="tooltip ${place}"
    aria-hidden="true"
    ${cssProps({ '--_x': `${x}px` })}
    >${words}</span
  >`;
}

/**
 * A chart's data as a table for screen readers, visually hidden. `rows` are already in words.
 * Wrapped: a table ignores the 1px width that hides it, the wrapper does not.
 */
export function hiddenTable(
  caption: string,
  columns: readonly string[],
  rows: readonly string[][],
): TemplateResult {
  return html`<div class="visually-hidden">
    <table>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          ${columns.map((c) => html`<th scope="col">${c}</th> `)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (cells) =>
            html`<tr>
              ${cells.map((c) => html`<td>${c}</td> `)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
