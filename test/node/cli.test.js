// The `outcome-kit validate` command, run as a user would: a child process on real files.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, fixture } from './cli-run.js';
import { parseDocument } from 'outcome-kit/core';

const valid = fixture('saas-outcomes.json');
const invalid = fixture('invalid-many-errors.json');

describe('outcome-kit validate', () => {
  it('accepts a valid document: exit 0, nothing on stdout', async () => {
    const { code, stdout, stderr } = await cli('validate', valid);
    assert.equal(code, 0);
    assert.equal(stdout, '');
    assert.match(stderr, /1 file is valid/);
  });

  it('rejects an invalid document with one "file: path: message" line per problem and exit 1', async () => {
    const { code, stdout } = await cli('validate', invalid);
    assert.equal(code, 1);
    const { readFileSync } = await import('node:fs');
    const expected = parseDocument(readFileSync(invalid, 'utf8')).errors.map(
      (e) => `${invalid}: ${e.path}: ${e.message}`,
    );
    assert.deepEqual(stdout.trimEnd().split('\n'), expected);
    for (const path of ['metrics[1].id', 'metrics[1].kind', 'metrics[1].points[1][1]', 'nodes[2].url']) {
      assert.ok(stdout.includes(`${invalid}: ${path}: `), `names ${path}`);
    }
  });

  it('checks every file and fails when any one fails', async () => {
    const { code, stdout, stderr } = await cli('validate', valid, invalid);
    assert.equal(code, 1);
    assert.ok(!stdout.includes(`${valid}:`));
    assert.match(stderr, /1 of 2 files have problems/);
  });

  it('reports text that is not JSON at the document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outcome-kit-cli-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "version": 1,');
    const { code, stdout } = await cli('validate', broken);
    assert.equal(code, 1);
    assert.match(stdout, new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: document: `));
  });

  it('says when a file cannot be read', async () => {
    const { code, stdout } = await cli('validate', 'no/such/file.json');
    assert.equal(code, 1);
    assert.match(stdout, /no\/such\/file\.json: cannot read the file \(ENOENT\)/);
  });

  it('embed-url prints the query and #doc= hash that dist/embed.html reads', async () => {
    const { code, stdout } = await cli('embed-url', valid, 'widget=kpi-trend', 'metric=nps');
    assert.equal(code, 0);
    const [query, hash] = stdout.trim().split('#doc=');
    assert.equal(query, '?widget=kpi-trend&metric=nps');
    const json = inflateRawSync(Buffer.from(hash, 'base64url')).toString('utf8');
    assert.deepEqual(JSON.parse(json), JSON.parse(readFileSync(valid, 'utf8')));
  });

  it('embed-url refuses a document with problems, naming them', async () => {
    const { code, stdout } = await cli('embed-url', invalid);
    assert.equal(code, 1);
    assert.ok(stdout.includes(`${invalid}: metrics[1].id: `));
    assert.ok(!stdout.includes('#doc='));
  });

  it('prints usage and exits 2 without a command or files', async () => {
    for (const args of [[], ['validate'], ['lint', valid]]) {
      const { code, stderr } = await cli(...args);
      assert.equal(code, 2, `args ${JSON.stringify(args)}`);
      assert.match(stderr, /Usage: outcome-kit validate/);
    }
  });
});
