/** The shared fixtures in `fixtures/`, read and parsed as the elements get them. */
import { readFileSync } from 'node:fs';
import { parseDocument, type OutcomeDocument } from '../../../src/core/index.js';

/** A fixture by file name (without `.json`); it must have an `asOf`, so nothing reads the clock. */
export function fixture(name: string): OutcomeDocument & { asOf: string } {
  const text = readFileSync(new URL(`../../../fixtures/${name}.json`, import.meta.url), 'utf8');
  const { document } = parseDocument(text);
  if (typeof document?.asOf !== 'string')
    throw new Error(`fixtures/${name}.json: no document with an asOf date`);
  return document as OutcomeDocument & { asOf: string };
}
