/**
 * Reading untrusted input without throwing, JSON paths and the words of messages. Every other
 * part of the checker reads the input through these helpers: a getter or proxy that throws is
 * reported once, at the field's path, and then skipped.
 */
import type { ValidationError } from '../schema.js';
import type { Steps } from '../steps.js';

/** The longest array (metrics, nodes, points) a document may hold: a guard against runaway input. */
export const MAX_ITEMS = 1_000_000;

/** The problems found so far; normalisers push to it. */
export type Issues = ValidationError[];

/**
 * Checks one field: returns the checked value, or undefined after pushing what is wrong with it,
 * at `path`, to `issues`.
 */
export type Normalizer<T> = (value: unknown, path: string, issues: Issues) => T | undefined;

/** What checking one metric or node gave: the checked value when it has no problem. */
export interface PartResult<T> {
  value?: T;
  id?: string;
  errors: Issues;
}

/** A field that threw when read (a getter, a proxy): reported once, then skipped. */
export const UNREADABLE: unique symbol = Symbol('unreadable');

// ---------------------------------------------------------------------------------------------
// Paths and descriptions

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A path one step further: `at('metrics', 1)` is `metrics[1]`, `at('metrics[1]', 'id')` is `metrics[1].id`. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!IDENTIFIER.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** The message of something thrown, whatever was thrown. */
export function errorMessage(error: unknown): string {
  try {
    if (error instanceof Error) return String(error.message);
    return String(error);
  } catch {
    return 'unknown error';
  }
}

/** A string as a message quotes it, cut after 60 characters. */
export function quote(text: string): string {
  const chars = [...text];
  return JSON.stringify(chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : text);
}

export function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !isArray(value);
}

export function arrayLength(value: unknown[]): number | undefined {
  try {
    return value.length;
  } catch {
    return undefined;
  }
}

/** How a found value reads in a message: `"abc"`, `NaN`, `null`, `an array of 2 items`, `nothing`. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'nothing';
    case 'string':
      return quote(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
  }
  if (value === null) return 'null';
  if (isArray(value)) {
    const n = arrayLength(value);
    return n === undefined ? 'an array' : `an array of ${n} item${n === 1 ? '' : 's'}`;
  }
  return 'an object';
}

/** Reports a problem at `path`; returns undefined, so a normaliser can `return fail(…)`. */
export function fail(issues: Issues, path: string, message: string): undefined {
  issues.push({ path, message });
  return undefined;
}

/** Reports `expected <what>, got <value><note>` at `path`. */
export function expected(issues: Issues, path: string, what: string, value: unknown, note = ''): undefined {
  return fail(issues, path, `expected ${what}, got ${describeValue(value)}${note}`);
}

// ---------------------------------------------------------------------------------------------
// Reading untrusted objects

/** An own field of an object, or `UNREADABLE` (reported) when reading it throws. */
export function readField(obj: object, key: string, path: string, issues: Issues): unknown {
  try {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) return undefined;
    return (obj as Record<string, unknown>)[key];
  } catch (error) {
    fail(issues, at(path, key), `expected a readable value, got an error: ${errorMessage(error)}`);
    return UNREADABLE;
  }
}

/**
 * An item of an array, or `UNREADABLE` (reported) when reading it throws. The item's path,
 * `path[index]` or, given `outer`, `path[outer][index]`, is built only for that report.
 */
export function readItem(
  array: unknown[],
  index: number,
  issues: Issues,
  path: string,
  outer?: number,
): unknown {
  try {
    return array[index];
  } catch (error) {
    const itemPath = outer === undefined ? at(path, index) : at(at(path, outer), index);
    fail(issues, itemPath, `expected a readable value, got an error: ${errorMessage(error)}`);
    return UNREADABLE;
  }
}

/** Reads `obj[key]` and runs a normaliser on it with the field's path; unreadable fields are skipped. */
export function field<T>(
  obj: object,
  path: string,
  key: string,
  normalize: Normalizer<T>,
  issues: Issues,
): T | undefined {
  const value = readField(obj, key, path, issues);
  return value === UNREADABLE ? undefined : normalize(value, at(path, key), issues);
}

/** `field`, for a normaliser that checks in steps. */
export function* fieldSteps<T>(
  obj: object,
  path: string,
  key: string,
  normalize: (value: unknown, path: string, issues: Issues) => Steps<T | undefined>,
  issues: Issues,
): Steps<T | undefined> {
  const value = readField(obj, key, path, issues);
  return value === UNREADABLE ? undefined : yield* normalize(value, at(path, key), issues);
}

/** The own enumerable keys of an object, or none when listing them throws. */
export function ownKeys(obj: object): string[] {
  try {
    return Object.keys(obj);
  } catch {
    return [];
  }
}

/** An array field's items, or undefined (reported) when it is not an array or is too long. */
export function items(value: unknown, path: string, what: string, issues: Issues): unknown[] | undefined {
  if (!isArray(value)) return expected(issues, path, `an array of ${what}`, value);
  const n = arrayLength(value);
  if (n === undefined) return expected(issues, path, `an array of ${what}`, value);
  if (n > MAX_ITEMS) return expected(issues, path, `at most ${MAX_ITEMS} ${what}`, value);
  const out = new Array<unknown>(n);
  for (let i = 0; i < n; i++) out[i] = readItem(value, i, issues, path);
  return out;
}

/** A metric's or node's `id` when it is a readable string (to name a rejected part), read silently. */
export function readableId(raw: unknown): string | undefined {
  if (!isRecord(raw)) return undefined;
  const id = readField(raw, 'id', '', []);
  return typeof id === 'string' ? id : undefined;
}
