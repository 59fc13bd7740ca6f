/** src/core/parse/fields.ts: each field normaliser on its own, value in, checked value or problem out. */
import { expect } from '@open-wc/testing';
import {
  date,
  DATE_WHAT,
  day,
  dropUndefined,
  finiteNumber,
  httpUrl,
  ID_PATTERN,
  MAX_TEXT_LENGTH,
  oneOf,
  optional,
  positive,
  reference,
  string,
  text,
  uniqueId,
  unitInterval,
} from '../../../src/core/parse/fields.js';
import type { Issues, Normalizer } from '../../../src/core/parse/read.js';
import { err, TEXT } from './helpers.js';

/** Runs a normaliser on a value at path `f`: what it returns and what it reports. */
function check<T>(normalize: Normalizer<T>, value: unknown): { value: T | undefined; issues: Issues } {
  const issues: Issues = [];
  return { value: normalize(value, 'f', issues), issues };
}

/** That a normaliser accepts each value and returns it as it is. */
function accepts<T>(normalize: Normalizer<T>, values: unknown[]): void {
  for (const value of values)
    expect(check(normalize, value), String(value)).to.deep.equal({ value, issues: [] });
}

/** That a normaliser rejects a value with one message at `f`. */
function rejects<T>(normalize: Normalizer<T>, value: unknown, message: string): void {
  expect(check(normalize, value), String(value)).to.deep.equal({
    value: undefined,
    issues: [err('f', message)],
  });
}

describe('fields: optional and dropUndefined', () => {
  it('lets an absent field be, and checks a present one, null included', () => {
    expect(check(optional(string), undefined)).to.deep.equal({ value: undefined, issues: [] });
    accepts(optional(string), ['a']);
    rejects(optional(string), null, 'expected a string, got null');
  });

  it('deletes undefined fields only, in place', () => {
    const obj = { a: undefined, b: null, c: 0, d: false, e: '' };
    expect(dropUndefined(obj)).to.equal(obj);
    expect(obj).to.deep.equal({ b: null, c: 0, d: false, e: '' });
    expect(Object.keys(obj)).to.deep.equal(['b', 'c', 'd', 'e']);
  });
});

describe('fields: strings and numbers', () => {
  it('string: any string, nothing else', () => {
    accepts(string, ['', ' ', 'a']);
    rejects(string, 1, 'expected a string, got 1');
    rejects(string, undefined, 'expected a string, got nothing');
  });

  it(`text: something besides spaces, at most ${MAX_TEXT_LENGTH} code points`, () => {
    accepts(text, ['a', ' a ', 'x'.repeat(200), '😀'.repeat(200)]);
    rejects(text, '', `expected ${TEXT}, got ""`);
    rejects(text, '\n\t', `expected ${TEXT}, got "\\n\\t"`);
    rejects(text, 'x'.repeat(201), `expected ${TEXT}, got 201 characters`);
    rejects(text, 5, `expected ${TEXT}, got 5`);
  });

  it('finiteNumber: no NaN, no infinity, no numeric strings', () => {
    accepts(finiteNumber, [0, -1.5, Number.MAX_VALUE]);
    rejects(finiteNumber, NaN, 'expected a finite number, got NaN');
    rejects(finiteNumber, Infinity, 'expected a finite number, got Infinity');
    rejects(finiteNumber, '1', 'expected a finite number, got "1"');
  });

  it('unitInterval: 0 to 1 inclusive', () => {
    accepts(unitInterval, [0, 0.5, 1]);
    rejects(unitInterval, 1.0001, 'expected a number from 0 to 1, got 1.0001');
    rejects(unitInterval, NaN, 'expected a number from 0 to 1, got NaN');
    rejects(unitInterval, null, 'expected a number from 0 to 1, got null');
  });

  it('positive: finite and greater than 0', () => {
    accepts(positive, [Number.MIN_VALUE, 1, 1e9]);
    rejects(positive, 0, 'expected a number greater than 0, got 0');
    rejects(positive, Infinity, 'expected a number greater than 0, got Infinity');
  });
});

describe('fields: choices and ids', () => {
  it('oneOf lists the choices in the message', () => {
    accepts(oneOf(['a', 'b']), ['a', 'b']);
    rejects(oneOf(['a']), 'b', 'expected "a", got "b"');
    rejects(oneOf(['a', 'b']), 'A', 'expected "a" or "b", got "A"');
    rejects(oneOf(['a', 'b', 'c']), undefined, 'expected "a", "b" or "c", got nothing');
  });

  it('uniqueId checks the pattern and takes each id once, naming where the first one is', () => {
    const seen = new Map<string, string>();
    accepts(uniqueId(seen, 'metrics[0]'), ['a']);
    rejects(uniqueId(seen, 'metrics[1]'), 'a', 'duplicate id "a" (also metrics[0])');
    rejects(uniqueId(seen, 'metrics[2]'), 'a b', `expected an id matching ${ID_PATTERN.source}, got "a b"`);
    rejects(uniqueId(seen, 'metrics[3]'), 7, `expected an id matching ${ID_PATTERN.source}, got 7`);
    // Every string is remembered, matching or not: a second "a b" is a duplicate too.
    expect([...seen]).to.deep.equal([
      ['a', 'metrics[0]'],
      ['a b', 'metrics[2]'],
    ]);
  });
});

describe('fields: dates', () => {
  it('date: a calendar day, a date-time with offset or epoch milliseconds, kept as given', () => {
    accepts(date, ['2026-01-31', '2026-01-31T10:00:00Z', '2026-01-31T10:00+01:00', 0, 1769817600000]);
    rejects(date, '2026-02-30', `expected ${DATE_WHAT}, got "2026-02-30" (no such calendar day)`);
    rejects(date, 'today', `expected ${DATE_WHAT}, got "today"`);
    rejects(date, null, `expected ${DATE_WHAT}, got null`);
  });

  it('day: a calendar day YYYY-MM-DD only', () => {
    accepts(day, ['2026-01-31', '2028-02-29']);
    rejects(day, '2026-02-29', 'expected a date YYYY-MM-DD, got "2026-02-29" (no such calendar day)');
    rejects(day, '2026-01-31T00:00:00Z', 'expected a date YYYY-MM-DD, got "2026-01-31T00:00:00Z"');
    rejects(day, 0, 'expected a date YYYY-MM-DD, got 0');
  });
});

describe('fields: references and links', () => {
  it('reference: a number or { value, date? }, unknown fields dropped', () => {
    accepts(reference, [0, -2.5, { value: 1 }, { value: 1, date: '2026-12-31' }]);
    expect(check(reference, { value: 1, note: 'x' })).to.deep.equal({ value: { value: 1 }, issues: [] });
    rejects(reference, NaN, 'expected a finite number or { value, date? }, got NaN');
    rejects(reference, null, 'expected a number or { value, date? }, got null');
    rejects(reference, [1], 'expected a number or { value, date? }, got an array of 1 item');
  });

  it('reference: reports the fields inside at their own paths', () => {
    expect(check(reference, { value: '1', date: 'x' })).to.deep.equal({
      value: undefined,
      issues: [
        err('f.value', 'expected a finite number, got "1"'),
        err('f.date', `expected ${DATE_WHAT}, got "x"`),
      ],
    });
  });

  it('httpUrl: absolute http and https URLs without spaces', () => {
    accepts(httpUrl, ['http://a', 'https://example.com/a?b=1#c', 'HTTP://EXAMPLE.COM']);
    for (const url of ['javascript:alert(1)', 'https://', '//example.com', 'https://a b', 'mailto:a@b.c']) {
      rejects(httpUrl, url, `expected an absolute http: or https: URL, got ${JSON.stringify(url)}`);
    }
    rejects(httpUrl, 1, 'expected an absolute http: or https: URL, got 1');
  });
});
