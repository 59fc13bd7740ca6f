/**
 * JSON text to a value in steps, for documents too large to read in one `JSON.parse` without
 * freezing a page (20 MB takes about 300 ms). Nearly all of a large document is in its metrics'
 * `points` arrays: a scan cuts those out, `JSON.parse` reads the rest, then each array a slice at
 * a time, with a step between slices.
 *
 * The result is always `JSON.parse(text)`'s: whenever the text is not as the scan expects (an error
 * anywhere, a repeated key, `points` or `metrics` not where a document has them), the text is read
 * again with one `JSON.parse`, which also gives its own error message.
 */
import { finish, type Steps } from '../steps.js';

/** Texts up to this many characters are read with one `JSON.parse`. */
const SMALL = 1 << 20;
/** Characters scanned, or of points read, between two steps. */
const STEP_CHARS = 1 << 19;

/** A `points` array cut out of the text: where it is, whose it is, and where to slice it. */
interface Cut {
  metric: number;
  /** Just after its `[` and at its `]`. */
  start: number;
  end: number;
  /** Commas between its items where a slice ends. */
  commas: number[];
}

/**
 * `JSON.parse(text)`, read in steps when the text is over `small` characters, sliced about every
 * `step` characters. Throws what `JSON.parse` throws.
 */
export function* jsonSteps(text: string, small = SMALL, step = STEP_CHARS): Steps<unknown> {
  if (text.length <= small) return JSON.parse(text);
  const cuts = yield* scan(text, step);
  if (!cuts) return JSON.parse(text);
  let rest = '';
  let from = 0;
  for (const cut of cuts) {
    rest += `${text.slice(from, cut.start)}]`;
    from = cut.end + 1;
  }
  rest += text.slice(from);
  let value: unknown;
  try {
    value = JSON.parse(rest);
  } catch {
    return JSON.parse(text);
  }
  const metrics = (value as { metrics?: unknown } | null)?.metrics;
  if (!Array.isArray(metrics)) return JSON.parse(text);
  for (const cut of cuts) {
    const metric = metrics[cut.metric] as { points?: unknown } | undefined;
    if (!Array.isArray(metric?.points) || metric.points.length !== 0) return JSON.parse(text);
    const points: unknown[] = [];
    let start = cut.start;
    for (const end of [...cut.commas, cut.end]) {
      yield;
      let slice: unknown[];
      try {
        slice = JSON.parse(`[${text.slice(start, end)}]`) as unknown[];
      } catch {
        return JSON.parse(text);
      }
      for (let i = 0; i < slice.length; i++) points.push(slice[i]);
      start = end + 1;
    }
    metric.points = points;
  }
  return value;
}

/** `jsonSteps` run through at once, for tests that compare it with `JSON.parse`. */
export function readJson(text: string, small?: number, step?: number): unknown {
  return finish(jsonSteps(text, small, step));
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;

/** A container the scan is in: `{` with its key so far and the keys seen, or `[` with its index. */
type Open = { object: true; key: string | undefined; keys: Set<string> } | { object: false; index: number };

/**
 * Finds the `points` arrays of `metrics[i]` at the top level, with commas to slice them at about
 * every `step` characters. Undefined when the text is not as a document has it (unbalanced,
 * a repeated key at those levels), which leaves the reading to one `JSON.parse`.
 */
function* scan(text: string, step: number): Steps<Cut[] | undefined> {
  const stack: Open[] = [];
  const cuts: Cut[] = [];
  /** The string just read, while it may be a key. */
  let string: string | undefined;
  let current: Cut | undefined;
  let sliceFrom = 0;
  let nextStep = step;
  for (let i = 0; i < text.length; i++) {
    if (i >= nextStep) {
      nextStep = i + step;
      yield;
    }
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let end = text.indexOf('"', i + 1);
      while (end > 0 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
      if (end < 0) return undefined;
      // Keys are read only up to the level of a metric's fields; deeper strings are skipped.
      string = stack.length <= 3 ? text.slice(i + 1, end) : undefined;
      i = end;
      continue;
    }
    const top = stack.at(-1);
    if (c === COLON) {
      if (!top?.object) return undefined;
      if (string !== undefined && stack.length <= 3) {
        // A repeated key (JSON.parse keeps the last), or one written with escapes: read at once.
        if (top.keys.has(string) || string.includes('\\')) return undefined;
        top.keys.add(string);
      }
      top.key = string;
    } else if (c === COMMA) {
      if (!top) return undefined;
      if (!top.object) top.index++;
      if (current && stack.length === 4 && i - sliceFrom >= step) {
        current.commas.push(i);
        sliceFrom = i;
      }
    } else if (c === 123 /* { */) {
      stack.push({ object: true, key: undefined, keys: new Set() });
    } else if (c === 91 /* [ */) {
      const [root, list, metric] = stack;
      const isPoints =
        stack.length === 3 &&
        root.object &&
        root.key === 'metrics' &&
        !list.object &&
        metric.object &&
        metric.key === 'points';
      if (isPoints) {
        current = { metric: list.index, start: i + 1, end: -1, commas: [] };
        sliceFrom = i;
      }
      stack.push({ object: false, index: 0 });
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (!top || top.object !== (c === 125)) return undefined;
      stack.pop();
      if (current && stack.length === 3 && c === 93) {
        current.end = i;
        cuts.push(current);
        current = undefined;
      }
    }
    if (c > 32) string = undefined;
  }
  return stack.length === 0 ? cuts : undefined;
}

/** Whether the quote at `at` is escaped: preceded by an odd number of backslashes. */
function isEscaped(text: string, at: number): boolean {
  let n = 0;
  while (text.charCodeAt(at - 1 - n) === BACKSLASH) n++;
  return n % 2 === 1;
}
