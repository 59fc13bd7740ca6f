// The `outcome-kit validate` command, run as a user would: a child process on real files.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('says when a file cannot be read, in one line with no error code', async () => {
    const { code, stdout } = await cli('validate', 'no/such/file.json');
    assert.equal(code, 1);
    assert.equal(stdout, 'no/such/file.json: document: no such file\n');
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
    for (const args of [[], ['validate']]) {
      const { code, stderr } = await cli(...args);
      assert.equal(code, 2, `args ${JSON.stringify(args)}`);
      assert.match(stderr, /Usage: outcome-kit validate/);
    }
  });
});

/** A one-line error: a single line on stderr, no stack frame, no Node error code. */
function oneLine(stderr) {
  assert.doesNotMatch(stderr, /^\s+at /m, 'a stack trace');
  assert.doesNotMatch(stderr, /ERR_|ENOENT|EISDIR|EACCES/, 'an error code');
  return stderr.trim().split('\n')[0];
}

describe('outcome-kit: the rough edges', () => {
  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    for (const flag of ['--version', '-v']) {
      const { code, stdout } = await cli(flag);
      assert.equal(code, 0);
      assert.equal(stdout.trim(), version);
    }
  });

  it('--help per command, and the exit codes in the general help', async () => {
    for (const [command, usage] of [
      ['validate', /^Usage: outcome-kit validate/],
      ['embed-url', /^Usage: outcome-kit embed-url/],
      ['review', /^Usage: outcome-kit review/],
    ]) {
      const { code, stdout } = await cli(command, '--help');
      assert.equal(code, 0, command);
      assert.match(stdout, usage);
    }
    assert.match((await cli('--help')).stdout, /Exit codes: 0 .*, 1 .*, 2 usage/);
  });

  it('an unknown command is one line naming the commands, exit 2', async () => {
    const { code, stderr } = await cli('lint', valid);
    assert.equal(code, 2);
    assert.equal(
      oneLine(stderr),
      "outcome-kit: unknown command 'lint'. Commands: validate, embed-url, review. See outcome-kit --help",
    );
  });

  it('validate - reads the document from standard input', async () => {
    const good = await cli('validate', '-', { input: readFileSync(valid, 'utf8') });
    assert.equal(good.code, 0);
    const bad = await cli('validate', '-', { input: '{ "version": 1,' });
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /^-: document: /);
  });

  it('validate searches a directory for .json files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outcome-kit-dir-'));
    mkdirSync(join(dir, 'team'));
    writeFileSync(join(dir, 'a.json'), readFileSync(valid));
    writeFileSync(join(dir, 'team', 'b.json'), '{ "version": 1, "metrics": "none" }');
    writeFileSync(join(dir, 'notes.txt'), 'not a document');
    const { code, stdout, stderr } = await cli('validate', dir);
    assert.equal(code, 1);
    assert.match(stderr, /1 of 2 files have problems/);
    assert.ok(stdout.includes(`${join(dir, 'team', 'b.json')}: metrics: `));
    const empty = mkdtempSync(join(tmpdir(), 'outcome-kit-empty-'));
    assert.match((await cli('validate', empty)).stdout, /no \.json file in this directory/);
  });

  it('validate --format json reports every file for CI', async () => {
    const { code, stdout } = await cli('validate', valid, invalid, '--format', 'json');
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.valid, 1);
    assert.equal(report.invalid, 1);
    assert.deepEqual(
      report.files.map((f) => [f.file, f.valid]),
      [
        [valid, true],
        [invalid, false],
      ],
    );
    assert.ok(report.files[1].problems.some((p) => p.path === 'metrics[1].id'));
  });

  it('an unknown option after validate is a usage error, not a file name', async () => {
    const { code, stderr } = await cli('validate', valid, '--strict');
    assert.equal(code, 2);
    assert.equal(oneLine(stderr), 'outcome-kit validate: unknown option --strict');
  });

  it('embed-url: a directory, a pair that is not name=value and an unknown widget are one line each', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outcome-kit-cli-'));
    const folder = await cli('embed-url', dir);
    assert.equal(folder.code, 1);
    assert.equal(oneLine(folder.stderr), `${dir}: is a directory, not a file`);
    const pair = await cli('embed-url', valid, 'notakeyvalue');
    assert.equal(pair.code, 2);
    assert.match(oneLine(pair.stderr), /'notakeyvalue' is not name=value/);
    const widget = await cli('embed-url', valid, 'widget=nope');
    assert.equal(widget.code, 2);
    assert.equal(
      oneLine(widget.stderr),
      "outcome-kit embed-url: unknown widget 'nope': expected one of outcome-dashboard, kpi-trend, outcome-tree, output-vs-outcome",
    );
  });

  it('review: a missing file is one line, exit 1', async () => {
    const { code, stderr } = await cli('review', 'missing.json');
    assert.equal(code, 1);
    assert.equal(oneLine(stderr), 'missing.json: no such file');
  });
});
