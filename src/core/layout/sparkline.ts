/**
 * Sparkline geometry for `<kpi-trend>`: scales, path strings and positions, computed without the
 * DOM so the element only binds numbers. Series of any length are reduced to about two points per
 * pixel column first, so drawing cost follows the width, not the data.
 */
import { toTime } from '../dates.js';
import { timesOf, valuesOf } from '../times.js';
import { downsample, downsampleIndexes } from '../downsample.js';
import type { Metric } from '../schema.js';
import type { MetricSummary } from '../summary.js';
import { linear } from './scale.js';

/** One point of a series on the time axis; `y` null is a gap; `index` is its place in `metric.points`. */
export interface SeriesPoint {
  x: number;
  y: number | null;
  index: number;
}

/** A drawn point, in pixels, with its place in `metric.points`. */
export interface PlotPoint {
  x: number;
  y: number;
  index: number;
}

/** What to draw and how big. */
export interface SparklineOptions {
  /** Pixel size of the drawing. */
  width: number;
  height: number;
  /** Draw the target and baseline lines (and make room for them). Default true. */
  target?: boolean;
  /** Draw the forecast to the target date (and make room for it). Default true. */
  forecast?: boolean;
  /** Time runs from right to left. */
  rtl?: boolean;
  /** Space kept free at every edge, so markers are not clipped. Default 4. */
  inset?: number;
  /** Times (epoch ms) of delivery markers: those inside the series' date range get an x. */
  marks?: readonly number[];
}

/** Everything the template binds. Coordinates are rounded to 0.1 px. */
export interface SparklineGeometry {
  width: number;
  height: number;
  /** Whether time runs from right to left, as laid out. */
  rtl: boolean;
  /** Path of the line; breaks at gaps. Empty for fewer than two adjacent points. */
  line: string;
  /** Path of the area under the line, down to zero when zero is in view, else to the bottom. */
  area: string;
  /** The drawn non-null points, in time order (at most about two per pixel column). */
  points: PlotPoint[];
  /** The target line, when shown and known. */
  target?: { y: number; value: number };
  /** The baseline line, when shown and known. */
  baseline?: { y: number; value: number };
  /** Where zero is, when the values cross it (negative and positive both in view). */
  zero?: number;
  /** The forecast segment from the last point to the target date, when shown and known. */
  forecast?: { x1: number; y1: number; x2: number; y2: number };
  /** Delivery markers inside the series' date range: x, and the position in `options.marks`. */
  marks: { x: number; index: number }[];
}

const series = new WeakMap<Metric, SeriesPoint[]>();

/** Runs of consecutive points that have a value: the pieces a line with gaps is drawn in. */
function runs(points: readonly SeriesPoint[]): SeriesPoint[][] {
  const out: SeriesPoint[][] = [];
  let current: SeriesPoint[] = [];
  for (const p of points) {
    if (p.y === null) {
      if (current.length) out.push(current);
      current = [];
    } else current.push(p);
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * Path of a straight-segment line through each run, as d3-shape's `line().defined()` writes it
 * (a lone point is `M x,y Z`). Written here, not imported: it is a few lines, and d3-shape is
 * 4 KB gzipped that cannot be tree-shaken.
 */
function linePath(
  pieces: SeriesPoint[][],
  x: (p: SeriesPoint) => number,
  y: (p: SeriesPoint) => number,
): string {
  let d = '';
  for (const piece of pieces) {
    piece.forEach((p, i) => (d += `${i ? 'L' : 'M'}${x(p)},${y(p)}`));
    if (piece.length === 1) d += 'Z';
  }
  return d;
}

/** Path of the area between each run and `floor`, as d3-shape's `area().defined()` writes it. */
function areaPath(
  pieces: SeriesPoint[][],
  x: (p: SeriesPoint) => number,
  y: (p: SeriesPoint) => number,
  floor: number,
): string {
  let d = '';
  for (const piece of pieces) {
    piece.forEach((p, i) => (d += `${i ? 'L' : 'M'}${x(p)},${y(p)}`));
    for (let i = piece.length - 1; i >= 0; i--) d += `L${x(piece[i])},${floor}`;
    d += 'Z';
  }
  return d;
}

/**
 * The metric's points as numbers on the time axis, in order. Cached per metric object, so a
 * resize redraws from the same arrays.
 */
export function seriesOf(metric: Metric): SeriesPoint[] {
  let cached = series.get(metric);
  if (!cached) {
    cached = [];
    const points = metric.points;
    const times = timesOf(points);
    for (let index = 0; index < points.length; index++) {
      const x = times[index];
      if (!Number.isNaN(x)) cached.push({ x, y: points[index][1], index });
    }
    series.set(metric, cached);
  }
  return cached;
}

/**
 * The points of the metric to draw in `columns` pixel columns (`downsample`), with the time span of
 * all of them. A parsed series (every point has a time) is reduced from its columns, with no
 * object per point; others go through `seriesOf`.
 */
export function drawnSeries(
  metric: Metric,
  columns: number,
): { drawn: SeriesPoint[]; first: number | undefined; last: number | undefined } {
  const points = metric.points;
  const times = timesOf(points);
  if (times.some(Number.isNaN)) {
    const all = seriesOf(metric);
    return { drawn: downsample(all, columns), first: all[0]?.x, last: all.at(-1)?.x };
  }
  const at = (index: number): SeriesPoint => ({ x: times[index], y: points[index][1], index });
  const kept = downsampleIndexes(times, valuesOf(points), columns);
  const drawn = kept ? kept.map(at) : points.map((_, i) => at(i));
  return { drawn, first: times[0], last: times.at(-1) };
}

/**
 * The value range to show: the data and the reference lines, padded, never zero-wide; and the
 * unpadded extremes.
 */
function valueDomain(values: number[]): [low: number, high: number, min: number, max: number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min;
  const pad = span > 0 ? span * 0.08 : Math.abs(max) * 0.1 || 1;
  return [min - pad, max + pad, min, max];
}

/**
 * Lays out a sparkline for a metric and its summary (from `summarizeMetric`) in a box of
 * `width` × `height` pixels.
 */
export function sparklineGeometry(
  metric: Metric,
  summary: MetricSummary,
  options: SparklineOptions,
): SparklineGeometry {
  const { width, height, rtl = false, inset = 4 } = options;
  const showTarget = options.target !== false;
  const series = drawnSeries(metric, Math.max(1, Math.floor(width)));
  const drawn = series.drawn;

  const first = series.first ?? 0;
  let last = series.last ?? 0;
  // A forecast runs forward from the last point; a target date already behind it has none to draw.
  const forecastTime = summary.forecast ? toTime(summary.forecast.to.date) : undefined;
  const forecastEnd =
    options.forecast !== false && forecastTime !== undefined && forecastTime > last
      ? summary.forecast
      : undefined;
  if (forecastEnd) last = forecastTime!;

  const values: number[] = [];
  for (const p of drawn) if (p.y !== null) values.push(p.y);
  if (showTarget && summary.target !== undefined) values.push(summary.target);
  if (showTarget && summary.baseline !== undefined) values.push(summary.baseline);
  if (forecastEnd) values.push(forecastEnd.from.value, forecastEnd.to.value);
  if (!values.length) values.push(0);
  const [low, high, min, max] = valueDomain(values);

  const x = rtl ? linear(first, last, width - inset, inset) : linear(first, last, inset, width - inset);
  const y = linear(low, high, height - inset, inset);
  const floor = low <= 0 && high >= 0 ? y(0) : height - inset;

  const defined = (p: SeriesPoint) => p.y !== null;
  const px = (p: SeriesPoint) => x(p.x);
  const py = (p: SeriesPoint) => y(p.y as number);
  const pieces = runs(drawn);
  const geometry: SparklineGeometry = {
    width,
    height,
    rtl,
    line: linePath(pieces, px, py),
    area: areaPath(pieces, px, py, floor),
    points: drawn.filter(defined).map((p) => ({ x: px(p), y: py(p), index: p.index })),
    marks: [],
  };
  const dataEnd = series.last ?? first;
  (options.marks ?? []).forEach((time, index) => {
    if (time >= first && time <= dataEnd) geometry.marks.push({ x: x(time), index });
  });
  if (showTarget && summary.target !== undefined)
    geometry.target = { y: y(summary.target), value: summary.target };
  if (showTarget && summary.baseline !== undefined)
    geometry.baseline = { y: y(summary.baseline), value: summary.baseline };
  if (min < 0 && max > 0) geometry.zero = floor;
  const lastPoint = geometry.points.at(-1);
  if (forecastEnd && forecastTime !== undefined && lastPoint) {
    geometry.forecast = {
      x1: lastPoint.x,
      y1: lastPoint.y,
      x2: x(forecastTime),
      y2: y(forecastEnd.to.value),
    };
  }
  return geometry;
}

/** The drawn point nearest to a pixel column, by position in `points`; -1 when there is none. */
export function nearestPoint(points: readonly PlotPoint[], pixelX: number): number {
  let best = -1;
  let distance = Infinity;
  for (let i = 0; i < points.length; i++) {
    const d = Math.abs(points[i].x - pixelX);
    if (d < distance) {
      distance = d;
      best = i;
    }
  }
  return best;
}
