// The JSON Schema and parseDocument must agree on what is valid, on every fixture.
// Run after a build: `node --test test/node/` (imports dist/core.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { parseDocument } from 'outcome-kit/core';

const root = new URL('../../', import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const fixtures = (folder) =>
  readdirSync(new URL(`fixtures/${folder}/`, root))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => `fixtures/${folder}/${name}`);

/**
 * Invalid fixtures whose rule JSON Schema cannot express, so the schema accepts them and only
 * parseDocument rejects them. Keep this list short and explained.
 */
const BEYOND_JSON_SCHEMA = new Map([
  [
    'fixtures/invalid/metric-id-duplicate.json',
    'ids unique among metrics: uniqueItems cannot compare one field',
  ],
  ['fixtures/invalid/node-id-duplicate.json', 'ids unique among nodes: same'],
  [
    'fixtures/invalid/node-parent-unknown.json',
    'a parent must name another node: a reference across the document',
  ],
  ['fixtures/invalid/node-cycle.json', 'parents form no cycle: needs a graph walk'],
  ['fixtures/invalid/node-self-parent.json', 'a node is not its own parent: compares two fields'],
  [
    'fixtures/invalid/node-metric-unknown.json',
    'a node metric must name a metric: a reference across the document',
  ],
  ['fixtures/invalid/point-same-instant.json', 'no two points at one instant: needs the dates read as times'],
  [
    'fixtures/invalid/format-min-above-max.json',
    'minimumFractionDigits ≤ maximumFractionDigits: compares two fields',
  ],
]);

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(readJson('schema/outcome-kit.schema.json'));

test('the schema is a 2020-12 schema with the documented $id', () => {
  const schema = readJson('schema/outcome-kit.schema.json');
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(schema.$id, 'https://outcome-kit.dev/schema/outcome-kit.schema.json');
});

for (const path of ['fixtures/saas-outcomes.json', ...fixtures('valid')]) {
  test(`both accept ${path}`, () => {
    const data = readJson(path);
    assert.equal(validate(data), true, JSON.stringify(validate.errors));
    assert.deepEqual(parseDocument(data).errors, []);
  });
}

for (const path of ['fixtures/invalid-many-errors.json', ...fixtures('invalid')]) {
  const reason = BEYOND_JSON_SCHEMA.get(path);
  test(`${reason ? 'parseDocument rejects' : 'both reject'} ${path}`, () => {
    const data = readJson(path);
    assert.notDeepEqual(parseDocument(data).errors, []);
    // An excluded fixture must still break only a rule the schema cannot see.
    assert.equal(validate(data), Boolean(reason), JSON.stringify(validate.errors));
  });
}

// Check-ins, shipped and checkInEvery: small documents written here, each a valid base with one
// change, so that each case breaks one rule (or none).
const base = () => ({
  version: 1,
  asOf: '2026-06-30',
  checkInEvery: 14,
  metrics: [{ id: 'nps', name: 'NPS', kind: 'outcome', points: [['2026-01-31', 31]] }],
  nodes: [
    { id: 'g', type: 'goal', title: 'G', checkIns: [{ date: '2026-06-01', health: 'on-track' }] },
    { id: 'o', parent: 'g', type: 'outcome', title: 'O', metric: 'nps' },
    { id: 'w', parent: 'o', type: 'output', title: 'W', shipped: '2026-03-03', progress: 1 },
  ],
});
/** The base document with `change` applied to it. */
const variant = (change) => {
  const doc = base();
  change(doc);
  return doc;
};
const goal = (doc) => doc.nodes[0];
const outcome = (doc) => doc.nodes[1];
const output = (doc) => doc.nodes[2];
const checkIn = (extra) => ({ date: '2026-06-02', ...extra });

const VALID_CASES = {
  'the base document': () => {},
  'no checkInEvery': (d) => delete d.checkInEvery,
  'checkInEvery 1': (d) => (d.checkInEvery = 1),
  'checkInEvery 366': (d) => (d.checkInEvery = 366),
  'shipped as a date-time with offset': (d) => (output(d).shipped = '2026-03-03T17:00:00-05:00'),
  'shipped as epoch milliseconds': (d) => (output(d).shipped = Date.UTC(2026, 2, 3)),
  'shipped after asOf': (d) => (output(d).shipped = '2026-07-15'),
  'an empty list of check-ins': (d) => (outcome(d).checkIns = []),
  'a check-in with every field': (d) =>
    (goal(d).checkIns = [
      checkIn({ health: 'at-risk', confidence: 0, progress: 1, note: 'Why', author: 'Ann', mood: 'unknown' }),
    ]),
  'check-ins with one field each, out of order': (d) =>
    (goal(d).checkIns = [
      checkIn({ date: '2026-06-05', note: '' }),
      checkIn({ date: '2026-06-03', confidence: 1 }),
      checkIn({ date: '2026-06-04', progress: 0 }),
      checkIn({ date: '2026-06-02', health: 'off-track' }),
    ]),
  'check-ins in every date form': (d) =>
    (goal(d).checkIns = [
      checkIn({ date: '2026-06-02', note: 'a' }),
      checkIn({ date: '2026-06-02T12:00:00Z', note: 'b' }),
      checkIn({ date: Date.UTC(2026, 5, 3), note: 'c' }),
    ]),
  'a check-in late on the asOf day': (d) =>
    (goal(d).checkIns = [checkIn({ date: '2026-06-30T23:59:59Z', note: 'x' })]),
  'a note of 2,000 characters outside the BMP': (d) =>
    (goal(d).checkIns = [checkIn({ note: '😀'.repeat(2000) })]),
  'check-ins without progress on a node with a metric': (d) =>
    (outcome(d).checkIns = [checkIn({ health: 'on-track', confidence: 0.7, note: 'fine' })]),
  'check-ins with progress on an output': (d) => (output(d).checkIns = [checkIn({ progress: 0.5 })]),
};

/** Invalid cases; a string value is the reason the schema cannot see the rule (only parseDocument rejects). */
const INVALID_CASES = {
  'checkInEvery 0': [(d) => (d.checkInEvery = 0)],
  'checkInEvery 367': [(d) => (d.checkInEvery = 367)],
  'checkInEvery 1.5': [(d) => (d.checkInEvery = 1.5)],
  'checkInEvery as a string': [(d) => (d.checkInEvery = '14')],
  'shipped on a goal': [(d) => (goal(d).shipped = '2026-03-03')],
  'shipped on an outcome': [(d) => (outcome(d).shipped = '2026-03-03')],
  'shipped not a date': [(d) => (output(d).shipped = 'soon')],
  'shipped on no calendar day': [(d) => (output(d).shipped = '2026-02-30')],
  'checkIns not an array': [(d) => (goal(d).checkIns = { date: '2026-06-02', note: 'x' })],
  'a check-in that is not an object': [(d) => (goal(d).checkIns = ['2026-06-02'])],
  'a check-in without a date': [(d) => (goal(d).checkIns = [{ note: 'x' }])],
  'a check-in date that is not a date': [(d) => (goal(d).checkIns = [checkIn({ date: 'June', note: 'x' })])],
  'a check-in date-time without offset': [
    (d) => (goal(d).checkIns = [checkIn({ date: '2026-06-02T10:00', note: 'x' })]),
  ],
  'a check-in with only a date': [(d) => (goal(d).checkIns = [checkIn({})])],
  'a check-in with only a date and an author': [(d) => (goal(d).checkIns = [checkIn({ author: 'Ann' })])],
  'a health not in the list': [(d) => (goal(d).checkIns = [checkIn({ health: 'green' })])],
  'a confidence above 1': [(d) => (goal(d).checkIns = [checkIn({ confidence: 1.5 })])],
  'a confidence below 0': [(d) => (goal(d).checkIns = [checkIn({ confidence: -0.1 })])],
  'a check-in progress above 1': [(d) => (goal(d).checkIns = [checkIn({ progress: 2 })])],
  'a check-in progress on a node with a metric': [
    (d) => (outcome(d).checkIns = [checkIn({ progress: 0.5 })]),
  ],
  'a note of 2,001 characters': [(d) => (goal(d).checkIns = [checkIn({ note: 'x'.repeat(2001) })])],
  'a note that is not a string': [(d) => (goal(d).checkIns = [checkIn({ note: 5 })])],
  'an author that is not a string': [(d) => (goal(d).checkIns = [checkIn({ note: 'x', author: 5 })])],
  'a check-in after asOf': [
    (d) => (goal(d).checkIns = [checkIn({ date: '2026-07-01', note: 'x' })]),
    'a date not after asOf: compares a field with another part of the document',
  ],
  'two check-ins on one date': [
    (d) => (goal(d).checkIns = [checkIn({ note: 'a' }), checkIn({ note: 'b' })]),
    'one check-in per date: uniqueItems cannot compare one field',
  ],
  'two check-ins at one instant, written differently': [
    (d) =>
      (goal(d).checkIns = [
        checkIn({ date: '2026-06-02', note: 'a' }),
        checkIn({ date: Date.UTC(2026, 5, 2), note: 'b' }),
      ]),
    'one check-in per date: needs the dates read as times',
  ],
};

for (const [name, change] of Object.entries(VALID_CASES)) {
  test(`both accept ${name}`, () => {
    const data = variant(change);
    assert.equal(validate(data), true, JSON.stringify(validate.errors));
    assert.deepEqual(parseDocument(data).errors, []);
  });
}

for (const [name, [change, reason]] of Object.entries(INVALID_CASES)) {
  test(`${reason ? 'parseDocument rejects' : 'both reject'} ${name}`, () => {
    const data = variant(change);
    assert.notDeepEqual(parseDocument(data).errors, []);
    assert.equal(validate(data), Boolean(reason), JSON.stringify(validate.errors));
  });
}

test('every excluded fixture exists', () => {
  const invalid = new Set(fixtures('invalid'));
  for (const path of BEYOND_JSON_SCHEMA.keys()) assert.ok(invalid.has(path), path);
});
