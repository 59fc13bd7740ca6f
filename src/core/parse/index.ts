/**
 * `parseDocument`: unknown input -> the checked document and every problem found, each with a path
 * (`metrics[1].points[3][1]`) and a message saying what was expected and what was found
 * (DESIGN.md sections 1 and 2). Small named normalisers check one field each and name it in their
 * errors. Nothing here throws, whatever the input.
 *
 * One file per concern: `read.ts` (reading untrusted input, paths, messages), `fields.ts` (field
 * normalisers), `intl.ts` (locale and format checks against `Intl`), `points.ts`, `metric.ts`,
 * `node.ts` (with cycle detection), `check-in.ts` (check-ins and `shipped`) and `document.ts` (the whole document). Queries on the result
 * are in `../result.ts`.
 */
export { parseDocument, parseDocumentAsync } from './document.js';
export { MAX_NOTE_LENGTH } from './check-in.js';
export { ID_PATTERN, MAX_TEXT_LENGTH } from './fields.js';
export { FORMAT_KEYS, MAX_FRACTION_DIGITS } from './intl.js';
export { MAX_ITEMS } from './read.js';
