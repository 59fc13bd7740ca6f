/** Documents, fixtures and expected words shared by the tests of src/core/parse and src/core/result. */
import type { ValidationError } from '../../../src/core/schema.js';

/** A fixture under fixtures/, loaded as a JSON module. */
export async function load(path: string): Promise<unknown> {
  const module = (await import(`../../../fixtures/${path}`, { with: { type: 'json' } })) as {
    default: unknown;
  };
  return module.default;
}

export const err = (path: string, message: string): ValidationError => ({ path, message });

/** A valid metric with fields replaced or added. */
export function metric(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'm', name: 'M', kind: 'outcome', points: [['2026-01-31', 1]], ...extra };
}

export function doc(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: 1, metrics: [], ...extra };
}

export const withMetric = (extra: Record<string, unknown>) => doc({ metrics: [metric(extra)] });
export const withNodes = (nodes: unknown[], metrics: unknown[] = []) => doc({ metrics, nodes });

export const DATE = 'a date (YYYY-MM-DD, an ISO date-time with offset, or epoch milliseconds)';
export const TEXT = 'a non-empty string of at most 200 characters';
export const ID = 'an id matching ^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$';
export const URL_ = 'an absolute http: or https: URL';
