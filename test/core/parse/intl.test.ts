/** src/core/parse/intl.ts: the document locale and a metric format, checked against Intl. */
import { expect } from '@open-wc/testing';
import { parseDocument } from '../../../src/core/parse/index.js';
import { FORMAT_KEYS, formatOptions, locale, MAX_FRACTION_DIGITS } from '../../../src/core/parse/intl.js';
import type { Issues } from '../../../src/core/parse/read.js';
import { doc, err, metric } from './helpers.js';

describe('parseDocument: format', () => {
  const formatErrors = (format: unknown, extra: Record<string, unknown> = {}) =>
    parseDocument(doc({ ...extra, metrics: [metric({ format })] })).errors;

  it('accepts every listed key with good values', () => {
    const format = {
      style: 'currency',
      currency: 'JPY',
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
      signDisplay: 'always',
    };
    expect(formatErrors(format)).to.deep.equal([]);
    expect(formatErrors({ style: 'unit', unit: 'megabyte-per-second' })).to.deep.equal([]);
    expect(formatErrors({})).to.deep.equal([]);
  });

  it('rejects keys outside the list, each at its own path', () => {
    expect(formatErrors({ useGrouping: false, 'a b': 1, maximumFractionDigits: 1 })).to.deep.equal([
      err(
        'metrics[0].format.useGrouping',
        'expected one of style, currency, unit, notation, minimumFractionDigits, maximumFractionDigits, signDisplay, got an unknown option "useGrouping"',
      ),
      err(
        'metrics[0].format["a b"]',
        'expected one of style, currency, unit, notation, minimumFractionDigits, maximumFractionDigits, signDisplay, got an unknown option "a b"',
      ),
    ]);
  });

  it('checks the enums', () => {
    expect(
      formatErrors({ style: 'scientific', notation: 'engineering', signDisplay: 'sometimes' }),
    ).to.deep.equal([
      err('metrics[0].format.style', 'expected "decimal", "percent", "currency" or "unit", got "scientific"'),
      err('metrics[0].format.notation', 'expected "standard" or "compact", got "engineering"'),
      err(
        'metrics[0].format.signDisplay',
        'expected "auto", "never", "always", "exceptZero" or "negative", got "sometimes"',
      ),
    ]);
  });

  it('takes fraction digits as integers from 0 to 20', () => {
    expect(formatErrors({ minimumFractionDigits: 20, maximumFractionDigits: 20 })).to.deep.equal([]);
    expect(formatErrors({ minimumFractionDigits: -1, maximumFractionDigits: '2' })).to.deep.equal([
      err('metrics[0].format.minimumFractionDigits', 'expected an integer from 0 to 20, got -1'),
      err('metrics[0].format.maximumFractionDigits', 'expected an integer from 0 to 20, got "2"'),
    ]);
  });

  it('reports a currency code Intl rejects at format.currency', () => {
    expect(formatErrors({ style: 'currency', currency: 'EURO' })).to.deep.equal([
      err(
        'metrics[0].format.currency',
        'expected an ISO 4217 currency code Intl.NumberFormat accepts (like "EUR"), got "EURO"',
      ),
    ]);
    expect(formatErrors({ currency: 'E1R' }).map((e) => e.path)).to.deep.equal([
      'metrics[0].format.currency',
    ]);
  });

  it('reports a unit Intl rejects at format.unit', () => {
    expect(formatErrors({ style: 'unit', unit: 'furlong' })).to.deep.equal([
      err(
        'metrics[0].format.unit',
        'expected a unit Intl.NumberFormat accepts (like "kilometer-per-hour"), got "furlong"',
      ),
    ]);
  });

  it('requires currency with style "currency" and unit with style "unit"', () => {
    expect(formatErrors({ style: 'currency' })).to.deep.equal([
      err(
        'metrics[0].format.currency',
        'expected a currency code (required with style "currency"), got nothing',
      ),
    ]);
    expect(formatErrors({ style: 'unit' })).to.deep.equal([
      err('metrics[0].format.unit', 'expected a unit (required with style "unit"), got nothing'),
    ]);
  });

  it('reports a combination Intl rejects at format', () => {
    expect(formatErrors({ minimumFractionDigits: 3, maximumFractionDigits: 1 })).to.deep.equal([
      err('metrics[0].format', 'expected minimumFractionDigits ≤ maximumFractionDigits, got 3 > 1'),
    ]);
  });

  it('checks the format with a bad document locale as en-US, reporting only the locale', () => {
    const errors = formatErrors({ style: 'percent' }, { locale: 'en_US' });
    expect(errors.map((e) => e.path)).to.deep.equal(['locale']);
  });

  it('rejects a format that is not an object', () => {
    expect(formatErrors('percent')).to.deep.equal([
      err('metrics[0].format', 'expected an object of Intl.NumberFormat options, got "percent"'),
    ]);
    expect(formatErrors([])).to.deep.equal([
      err('metrics[0].format', 'expected an object of Intl.NumberFormat options, got an array of 0 items'),
    ]);
  });
});

describe('parseDocument: locale', () => {
  it('accepts any locale Intl accepts, including one it has no data for', () => {
    for (const locale of ['en', 'EN-us', 'zh-Hant-TW', 'ar-EG-u-nu-arab', 'zz']) {
      expect(parseDocument(doc({ locale })).errors, locale).to.deep.equal([]);
    }
  });

  it('rejects malformed locales', () => {
    for (const locale of ['', 'e', 'en_US', 'root', 'en--US', 5]) {
      expect(
        parseDocument(doc({ locale })).errors.map((e) => e.path),
        String(locale),
      ).to.deep.equal(['locale']);
    }
  });
});

describe('intl: the normalisers on their own', () => {
  it('locale: a tag Intl.NumberFormat accepts', () => {
    for (const tag of ['en-US', 'de', 'zz']) {
      const issues: Issues = [];
      expect(locale(tag, 'locale', issues)).to.equal(tag);
      expect(issues).to.deep.equal([]);
    }
    const issues: Issues = [];
    expect(locale('en_US', 'locale', issues)).to.equal(undefined);
    expect(issues.map((e) => e.path)).to.deep.equal(['locale']);
  });

  it('formatOptions: a new object of the listed keys, or undefined with the problems', () => {
    const issues: Issues = [];
    const given = { style: 'percent', maximumFractionDigits: 1 };
    const format = formatOptions('en-US')(given, 'f', issues);
    expect(format).to.deep.equal(given);
    expect(format).to.not.equal(given);
    expect(formatOptions('de-DE')({}, 'f', issues)).to.deep.equal({});
    expect(issues).to.deep.equal([]);
    expect(formatOptions('en-US')({ style: 'percent', grouping: 1 }, 'f', issues)).to.equal(undefined);
    expect(issues.map((e) => e.path)).to.deep.equal(['f.grouping']);
  });

  it('lists the keys a format may set, and fraction digits up to MAX_FRACTION_DIGITS', () => {
    expect(FORMAT_KEYS).to.deep.equal([
      'style',
      'currency',
      'unit',
      'notation',
      'minimumFractionDigits',
      'maximumFractionDigits',
      'signDisplay',
    ]);
    const issues: Issues = [];
    const digits = { minimumFractionDigits: MAX_FRACTION_DIGITS, maximumFractionDigits: MAX_FRACTION_DIGITS };
    expect(formatOptions('en-US')(digits, 'f', issues)).to.deep.equal(digits);
    expect(issues).to.deep.equal([]);
  });
});
