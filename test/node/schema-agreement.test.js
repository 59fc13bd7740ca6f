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

test('every excluded fixture exists', () => {
  const invalid = new Set(fixtures('invalid'));
  for (const path of BEYOND_JSON_SCHEMA.keys()) assert.ok(invalid.has(path), path);
});
