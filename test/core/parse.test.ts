import { expect } from '@open-wc/testing';
import { parseDocument } from '../../src/core/parse/index.js';
import { errorsForMetric, findMetric } from '../../src/core/result.js';
import type { Metric, ParseResult, ValidationError } from '../../src/core/schema.js';

/** A fixture under fixtures/, loaded as a JSON module. */
async function load(path: string): Promise<unknown> {
  const module = (await import(`../../fixtures/${path}`, { with: { type: 'json' } })) as { default: unknown };
  return module.default;
}

const err = (path: string, message: string): ValidationError => ({ path, message });

/** A valid metric with fields replaced or added. */
function metric(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'm', name: 'M', kind: 'outcome', points: [['2026-01-31', 1]], ...extra };
}

function doc(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: 1, metrics: [], ...extra };
}

const withMetric = (extra: Record<string, unknown>) => doc({ metrics: [metric(extra)] });
const withNodes = (nodes: unknown[], metrics: unknown[] = []) => doc({ metrics, nodes });

const DATE = 'a date (YYYY-MM-DD, an ISO date-time with offset, or epoch milliseconds)';
const TEXT = 'a non-empty string of at most 200 characters';
const ID = 'an id matching ^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$';
const URL_ = 'an absolute http: or https: URL';

describe('parseDocument: the example documents', () => {
  it('accepts fixtures/saas-outcomes.json with no errors and keeps every part', async () => {
    const result = parseDocument(await load('saas-outcomes.json'));
    expect(result.errors).to.deep.equal([]);
    expect(result.documentErrors).to.deep.equal([]);
    expect(result.rejectedMetrics).to.deep.equal([]);
    expect(result.rejectedNodes).to.deep.equal([]);
    const document = result.document!;
    expect(document.title).to.equal('Customer outcomes 2026');
    expect(document.locale).to.equal('en-US');
    expect(document.asOf).to.equal('2026-09-30');
    expect(document.metrics.map((m) => m.id)).to.deep.equal([
      'nps',
      'retention-90d',
      'churn',
      'arr',
      'cycle-time',
      'features',
      'tickets',
    ]);
    expect(document.nodes).to.have.length(14);
    const nps = document.metrics[0];
    expect(nps.baseline).to.deep.equal({ value: 31, date: '2026-01-31' });
    expect(nps.target).to.deep.equal({ value: 45, date: '2026-12-31' });
    expect(nps.points).to.have.length(21);
    expect(nps.points[20]).to.deep.equal(['2026-09-30', 45.27]);
    expect(document.nodes![7]).to.deep.equal({
      id: 'w-sla',
      parent: 'o-churn',
      type: 'output',
      title: 'Support SLA under 4 hours',
      progress: 0.7,
      url: 'https://example.com/sla',
    });
  });

  it('reports every problem of fixtures/invalid-many-errors.json, in document order, with its path', async () => {
    const result = parseDocument(await load('invalid-many-errors.json'));
    const metricErrors = [
      err('metrics[1].id', 'duplicate id "ok" (also metrics[0])'),
      err('metrics[1].name', `expected ${TEXT}, got ""`),
      err('metrics[1].kind', 'expected "outcome" or "output", got "impact"'),
      err('metrics[1].direction', 'expected "up" or "down", got "sideways"'),
      err(
        'metrics[1].format.currency',
        'expected an ISO 4217 currency code Intl.NumberFormat accepts (like "EUR"), got "EURO"',
      ),
      err('metrics[1].points[0][0]', `expected ${DATE}, got "2026-13-01" (no such calendar day)`),
      err('metrics[1].points[1][1]', 'expected a finite number or null, got "abc"'),
      err(
        'metrics[1].points[2][0]',
        'duplicate instant "2026-02-28" (also metrics[1].points[1][0]: "2026-02-28")',
      ),
      err('metrics[1].points[3]', 'expected a [date, value] pair, got an array of 1 item'),
      err('metrics[1].points[4]', 'expected a [date, value] pair, got 5'),
    ];
    const nodeErrors = [
      [err('nodes[0].parent', 'cycle: a → b → a')],
      [
        err('nodes[1].parent', 'cycle: b → a → b'),
        err(
          'nodes[1].metric',
          'expected the id of a metric of this document, got "missing" (unknown metric)',
        ),
        err('nodes[1].progress', 'expected a number from 0 to 1, got 2'),
        err('nodes[1].progress', 'expected no progress on a node measured by a metric, got 2'),
      ],
      [
        err(
          'nodes[2].parent',
          'expected the id of another node, got "nowhere" (unknown parent: no node has this id)',
        ),
        err('nodes[2].url', `expected ${URL_}, got "javascript:alert(1)"`),
      ],
    ];
    expect(result.errors).to.deep.equal([...metricErrors, ...nodeErrors.flat()]);
    expect(result.documentErrors).to.deep.equal([]);
    expect(result.rejectedMetrics).to.deep.equal([{ index: 1, id: 'ok', errors: metricErrors }]);
    expect(result.rejectedNodes).to.deep.equal([
      { index: 0, id: 'a', errors: nodeErrors[0] },
      { index: 1, id: 'b', errors: nodeErrors[1] },
      { index: 2, id: 'c', errors: nodeErrors[2] },
    ]);
    expect(result.document).to.deep.equal({
      version: 1,
      metrics: [
        {
          id: 'ok',
          name: 'Fine metric',
          kind: 'outcome',
          points: [
            ['2026-01-31', 1],
            ['2026-02-28', 2],
          ],
        },
      ],
      nodes: [],
    });
  });
});

describe('parseDocument: input forms', () => {
  it('accepts a JSON string, with or without a byte order mark', () => {
    const text = JSON.stringify(withMetric({}));
    expect(parseDocument(text).document?.metrics[0].id).to.equal('m');
    expect(parseDocument(`\uFEFF${text}`).errors).to.deep.equal([]);
  });

  it('reports a string that is not JSON at path "" with the JSON parser message', () => {
    let parserMessage = '';
    try {
      JSON.parse('{"version": 1,');
    } catch (error) {
      parserMessage = (error as Error).message;
    }
    const result = parseDocument('{"version": 1,');
    expect(result.errors).to.deep.equal([err('', `invalid JSON: ${parserMessage}`)]);
    expect(result.documentErrors).to.deep.equal(result.errors);
    expect(result.document).to.equal(undefined);
  });

  const notObjects: [string, unknown, string][] = [
    ['null', null, 'null'],
    ['a number', 5, '5'],
    ['NaN', NaN, 'NaN'],
    ['undefined', undefined, 'nothing'],
    ['an array', [1, 2], 'an array of 2 items'],
    ['true', true, 'true'],
    ['a JSON string holding a number', '5', '5'],
    ['a JSON string holding a string', '"hi"', '"hi"'],
    ['a function', () => 1, 'a function'],
  ];
  for (const [label, input, found] of notObjects) {
    it(`makes the top level unusable for ${label}`, () => {
      const result = parseDocument(input);
      expect(result.document).to.equal(undefined);
      expect(result.errors).to.deep.equal([err('', `expected a document object, got ${found}`)]);
      expect(result.rejectedMetrics).to.deep.equal([]);
      expect(result.rejectedNodes).to.deep.equal([]);
    });
  }

  it('reports both required fields of an empty object and returns no document', () => {
    const result = parseDocument({});
    expect(result.document).to.equal(undefined);
    expect(result.errors).to.deep.equal([
      err('version', 'unsupported version: expected 1, got nothing'),
      err('metrics', 'expected an array of metrics, got nothing'),
    ]);
  });

  it('accepts the smallest document', () => {
    expect(parseDocument({ version: 1, metrics: [] })).to.deep.equal({
      document: { version: 1, metrics: [] },
      errors: [],
      documentErrors: [],
      rejectedMetrics: [],
      rejectedNodes: [],
    });
  });
});

describe('parseDocument: version', () => {
  it('stops at any version but 1: unsupported, no document, no other errors', () => {
    const result = parseDocument({ version: 2, metrics: 'not checked' });
    expect(result.errors).to.deep.equal([err('version', 'unsupported version: expected 1, got 2')]);
    expect(result.document).to.equal(undefined);
  });

  it('rejects "1" and 1.5', () => {
    expect(parseDocument(doc({ version: '1' })).errors[0].message).to.equal(
      'unsupported version: expected 1, got "1"',
    );
    expect(parseDocument(doc({ version: 1.5 })).errors[0].message).to.equal(
      'unsupported version: expected 1, got 1.5',
    );
  });

  it('accepts 1.0 in JSON, which is the number 1', () => {
    expect(parseDocument('{"version": 1.0, "metrics": []}').errors).to.deep.equal([]);
  });

  it('checks the rest of a document without a version, but returns no document', () => {
    const result = parseDocument({ metrics: [metric({ kind: 'x' })] });
    expect(result.document).to.equal(undefined);
    expect(result.errors.map((e) => e.path)).to.deep.equal(['version', 'metrics[0].kind']);
  });
});

describe('parseDocument: top-level fields', () => {
  it('keeps title, locale and asOf, and drops $schema and unknown fields', () => {
    const result = parseDocument(
      doc({ $schema: 'x', title: 'T', locale: 'de-DE', asOf: '2026-02-28', theme: 'dark', extra: { a: 1 } }),
    );
    expect(result.errors).to.deep.equal([]);
    expect(result.document).to.deep.equal({
      version: 1,
      title: 'T',
      locale: 'de-DE',
      asOf: '2026-02-28',
      metrics: [],
    });
  });

  it('reports a bad title, locale or asOf as document errors, drops them and keeps the document', () => {
    const result = parseDocument(
      doc({ title: 7, locale: 'en_US', asOf: '2026-09-30T00:00:00Z', metrics: [metric()] }),
    );
    const expected = [
      err('title', 'expected a string, got 7'),
      err('locale', 'expected a BCP 47 locale tag accepted by Intl.NumberFormat (like "en-US"), got "en_US"'),
      err('asOf', 'expected a date YYYY-MM-DD, got "2026-09-30T00:00:00Z"'),
    ];
    expect(result.errors).to.deep.equal(expected);
    expect(result.documentErrors).to.deep.equal(expected);
    expect(result.document).to.deep.equal({ version: 1, metrics: [metric()] });
  });

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

  it('accepts asOf only as a real calendar day', () => {
    expect(parseDocument(doc({ asOf: '2028-02-29' })).errors).to.deep.equal([]);
    expect(parseDocument(doc({ asOf: '2026-02-29' })).errors).to.deep.equal([
      err('asOf', 'expected a date YYYY-MM-DD, got "2026-02-29" (no such calendar day)'),
    ]);
    expect(parseDocument(doc({ asOf: 1769817600000 })).errors).to.deep.equal([
      err('asOf', 'expected a date YYYY-MM-DD, got 1769817600000'),
    ]);
  });

  it('reports metrics that are missing or not an array, and keeps an empty metric list', () => {
    for (const [metrics, found] of [
      [undefined, 'nothing'],
      [{}, 'an object'],
      ['nps', '"nps"'],
      [null, 'null'],
    ] as const) {
      const result = parseDocument({ version: 1, metrics });
      expect(result.documentErrors).to.deep.equal([
        err('metrics', `expected an array of metrics, got ${found}`),
      ]);
      expect(result.document).to.deep.equal({ version: 1, metrics: [] });
    }
  });

  it('leaves nodes out when absent, and drops them with a document error when not an array', () => {
    expect(parseDocument(doc()).document).to.not.have.property('nodes');
    const result = parseDocument(doc({ nodes: { g1: {} } }));
    expect(result.documentErrors).to.deep.equal([err('nodes', 'expected an array of nodes, got an object')]);
    expect(result.document).to.deep.equal({ version: 1, metrics: [] });
    expect(parseDocument(doc({ nodes: [] })).document?.nodes).to.deep.equal([]);
  });
});

describe('parseDocument: metric fields', () => {
  it('keeps every known field and drops unknown ones', () => {
    const full = metric({
      description: 'd',
      direction: 'down',
      format: { style: 'percent', maximumFractionDigits: 1 },
      unit: 'pts',
      baseline: 3,
      target: { value: 1, date: '2026-12-31' },
      color: 'red',
    });
    const { color: _ignored, ...expected } = full;
    expect(_ignored).to.equal('red');
    expect(parseDocument(doc({ metrics: [full] })).document?.metrics).to.deep.equal([expected]);
  });

  it('does not add defaults: an absent direction stays absent', () => {
    expect(parseDocument(withMetric({})).document?.metrics[0]).to.not.have.property('direction');
  });

  it('accepts ids of the pattern, up to 64 characters', () => {
    for (const id of ['a', '0', 'A.b:c-d_e', 'x'.repeat(64)]) {
      expect(parseDocument(withMetric({ id })).errors, id).to.deep.equal([]);
    }
  });

  it('rejects ids outside the pattern', () => {
    for (const id of ['', '-a', '_a', 'a b', 'é', 'x'.repeat(65), 'a/b']) {
      expect(
        parseDocument(withMetric({ id })).errors.map((e) => e.path),
        id,
      ).to.deep.equal(['metrics[0].id']);
    }
    expect(parseDocument(withMetric({ id: 5 })).errors).to.deep.equal([
      err('metrics[0].id', `expected ${ID}, got 5`),
    ]);
  });

  it('reports a duplicate id on the later metric, naming the earlier one', () => {
    const result = parseDocument(doc({ metrics: [metric(), metric({ name: 'Other' }), metric()] }));
    expect(result.errors).to.deep.equal([
      err('metrics[1].id', 'duplicate id "m" (also metrics[0])'),
      err('metrics[2].id', 'duplicate id "m" (also metrics[0])'),
    ]);
    expect(result.document?.metrics.map((m) => m.name)).to.deep.equal(['M']);
  });

  it('takes names of 1 to 200 characters (code points), with something besides spaces', () => {
    expect(parseDocument(withMetric({ name: 'x'.repeat(200) })).errors).to.deep.equal([]);
    expect(parseDocument(withMetric({ name: '😀'.repeat(200) })).errors).to.deep.equal([]);
    expect(parseDocument(withMetric({ name: '😀'.repeat(201) })).errors).to.deep.equal([
      err('metrics[0].name', `expected ${TEXT}, got 201 characters`),
    ]);
    expect(parseDocument(withMetric({ name: ' \t ' })).errors).to.deep.equal([
      err('metrics[0].name', `expected ${TEXT}, got ${JSON.stringify(' \t ')}`),
    ]);
    expect(parseDocument(withMetric({ name: undefined })).errors).to.deep.equal([
      err('metrics[0].name', `expected ${TEXT}, got nothing`),
    ]);
  });

  it('takes kind "outcome" or "output" only', () => {
    expect(parseDocument(withMetric({ kind: 'output' })).errors).to.deep.equal([]);
    expect(parseDocument(withMetric({ kind: 'Outcome' })).errors).to.deep.equal([
      err('metrics[0].kind', 'expected "outcome" or "output", got "Outcome"'),
    ]);
  });

  it('takes direction "up" or "down" only', () => {
    expect(parseDocument(withMetric({ direction: 'up' })).errors).to.deep.equal([]);
    expect(parseDocument(withMetric({ direction: null })).errors).to.deep.equal([
      err('metrics[0].direction', 'expected "up" or "down", got null'),
    ]);
  });

  it('takes description and unit as strings', () => {
    expect(parseDocument(withMetric({ description: 1, unit: ['pts'] })).errors).to.deep.equal([
      err('metrics[0].description', 'expected a string, got 1'),
      err('metrics[0].unit', 'expected a string, got an array of 1 item'),
    ]);
  });
});

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

  it('rejects the free-text unit together with style "unit"', () => {
    const result = parseDocument(withMetric({ format: { style: 'unit', unit: 'day' }, unit: 'days' }));
    expect(result.errors).to.deep.equal([
      err(
        'metrics[0].unit',
        'expected no unit with format.style "unit" (the format shows the unit), got "days"',
      ),
    ]);
    expect(parseDocument(withMetric({ format: { style: 'percent' }, unit: 'pts' })).errors).to.deep.equal([]);
  });
});

describe('parseDocument: points', () => {
  const pointsOf = (points: unknown): ParseResult => parseDocument(withMetric({ points }));

  it('sorts points by time and keeps each date exactly as given', () => {
    const points = [
      [1769990400000, 3],
      ['2026-01-31', 1],
      ['2026-02-01T10:00:00+02:00', null],
      ['2026-02-01T12:00:00Z', 2],
    ];
    expect(pointsOf(points).document?.metrics[0].points).to.deep.equal([
      ['2026-01-31', 1],
      ['2026-02-01T10:00:00+02:00', null],
      ['2026-02-01T12:00:00Z', 2],
      [1769990400000, 3],
    ]);
  });

  it('accepts an empty list and a list of gaps', () => {
    expect(pointsOf([]).document?.metrics[0].points).to.deep.equal([]);
    expect(pointsOf([['2026-01-31', null]]).errors).to.deep.equal([]);
  });

  it('accepts the date forms: calendar day, date-time with offset, epoch milliseconds', () => {
    const dates = [
      '2024-02-29',
      '2026-01-31T10:00Z',
      '2026-01-31T10:00:01.5+05:30',
      '2026-01-31T10:00:02.123456789-03:00',
      0,
      -86400000,
      8.64e15,
    ];
    expect(pointsOf(dates.map((d, i) => [d, i])).errors).to.deep.equal([]);
  });

  it('rejects dates that are not real, lack an offset, or are not dates', () => {
    const cases: [unknown, string][] = [
      ['2026-13-01', '"2026-13-01" (no such calendar day)'],
      ['2026-02-30', '"2026-02-30" (no such calendar day)'],
      ['2025-02-29', '"2025-02-29" (no such calendar day)'],
      ['2026-01-31T24:00:00Z', '"2026-01-31T24:00:00Z" (no such time of day)'],
      ['2026-01-31T10:00:00+24:00', '"2026-01-31T10:00:00+24:00" (no such offset)'],
      ['2026-01-31T10:00:00', '"2026-01-31T10:00:00" (a date-time needs an offset: Z or ±hh:mm)'],
      ['2026-1-31', '"2026-1-31"'],
      ['31/01/2026', '"31/01/2026"'],
      ['2026-01-31t10:00:00z', '"2026-01-31t10:00:00z"'],
      [NaN, 'NaN (not a finite number)'],
      [Infinity, 'Infinity (not a finite number)'],
      [8.64e15 + 1, '8640000000000001 (beyond ±8.64e15 ms, the range of a Date)'],
      [null, 'null'],
      [true, 'true'],
    ];
    for (const [date, found] of cases) {
      expect(pointsOf([[date, 1]]).errors, String(date)).to.deep.equal([
        err('metrics[0].points[0][0]', `expected ${DATE}, got ${found}`),
      ]);
    }
  });

  it('takes values that are finite numbers or null', () => {
    for (const [value, found] of [
      ['abc', '"abc"'],
      [NaN, 'NaN'],
      [-Infinity, '-Infinity'],
      [undefined, 'nothing'],
      [{}, 'an object'],
      ['1', '"1"'],
    ] as const) {
      expect(pointsOf([['2026-01-31', value]]).errors, String(value)).to.deep.equal([
        err('metrics[0].points[0][1]', `expected a finite number or null, got ${found}`),
      ]);
    }
  });

  it('takes each point as a [date, value] pair', () => {
    expect(pointsOf([['2026-01-31'], ['2026-01-31', 1, 2], { date: '2026-01-31' }, 5]).errors).to.deep.equal([
      err('metrics[0].points[0]', 'expected a [date, value] pair, got an array of 1 item'),
      err('metrics[0].points[1]', 'expected a [date, value] pair, got an array of 3 items'),
      err('metrics[0].points[2]', 'expected a [date, value] pair, got an object'),
      err('metrics[0].points[3]', 'expected a [date, value] pair, got 5'),
    ]);
  });

  it('rejects two points at the same instant, whatever the date form', () => {
    const points = [
      ['2026-01-31', 1],
      ['2026-02-01', 2],
      ['2026-01-31T00:00:00Z', 3],
      [Date.UTC(2026, 1, 1), 4],
      ['2026-01-31T02:00:00+02:00', 5],
    ];
    expect(pointsOf(points).errors).to.deep.equal([
      err(
        'metrics[0].points[2][0]',
        'duplicate instant "2026-01-31T00:00:00Z" (also metrics[0].points[0][0]: "2026-01-31")',
      ),
      err(
        'metrics[0].points[3][0]',
        'duplicate instant 1769904000000 (also metrics[0].points[1][0]: "2026-02-01")',
      ),
      err(
        'metrics[0].points[4][0]',
        'duplicate instant "2026-01-31T02:00:00+02:00" (also metrics[0].points[0][0]: "2026-01-31")',
      ),
    ]);
  });

  it('catches a collision even when the first point has a bad value', () => {
    expect(
      pointsOf([
        ['2026-01-31', 'x'],
        ['2026-01-31', 1],
      ]).errors.map((e) => e.path),
    ).to.deep.equal(['metrics[0].points[0][1]', 'metrics[0].points[1][0]']);
  });

  it('requires points as an array', () => {
    expect(pointsOf(undefined).errors).to.deep.equal([
      err('metrics[0].points', 'expected an array of [date, value] points, got nothing'),
    ]);
    expect(pointsOf('2026-01-31').errors).to.deep.equal([
      err('metrics[0].points', 'expected an array of [date, value] points, got "2026-01-31"'),
    ]);
  });
});

describe('parseDocument: baseline and target', () => {
  it('accepts a number or { value, date? } and keeps the form given', () => {
    const result = parseDocument(
      doc({
        metrics: [
          metric({ id: 'a', baseline: 0, target: -5.5 }),
          metric({ id: 'b', baseline: { value: 1 }, target: { value: 2, date: 1798675200000 } }),
        ],
      }),
    );
    expect(result.errors).to.deep.equal([]);
    const [a, b] = result.document!.metrics;
    expect([a.baseline, a.target]).to.deep.equal([0, -5.5]);
    expect([b.baseline, b.target]).to.deep.equal([{ value: 1 }, { value: 2, date: 1798675200000 }]);
  });

  it('drops unknown fields inside the reference', () => {
    const result = parseDocument(withMetric({ target: { value: 2, note: 'stretch' } }));
    expect(result.document?.metrics[0].target).to.deep.equal({ value: 2 });
  });

  it('reports bad references at their paths', () => {
    const result = parseDocument(
      withMetric({ baseline: '31', target: { value: Infinity, date: '2026-12-32' } }),
    );
    expect(result.errors).to.deep.equal([
      err('metrics[0].baseline', 'expected a number or { value, date? }, got "31"'),
      err('metrics[0].target.value', 'expected a finite number, got Infinity'),
      err('metrics[0].target.date', `expected ${DATE}, got "2026-12-32" (no such calendar day)`),
    ]);
    expect(parseDocument(withMetric({ baseline: NaN })).errors).to.deep.equal([
      err('metrics[0].baseline', 'expected a finite number or { value, date? }, got NaN'),
    ]);
    expect(parseDocument(withMetric({ target: { date: '2026-12-31' } })).errors).to.deep.equal([
      err('metrics[0].target.value', 'expected a finite number, got nothing'),
    ]);
  });
});

describe('parseDocument: nodes', () => {
  const node = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    id: 'n',
    type: 'goal',
    title: 'N',
    ...extra,
  });

  it('keeps every known node field and drops unknown ones', () => {
    const full = node({
      owner: 'Ann',
      description: 'Why',
      url: 'https://example.com/a?b#c',
      weight: 0.5,
      progress: 0,
      icon: 'star',
    });
    const result = parseDocument(withNodes([full]));
    expect(result.errors).to.deep.equal([]);
    const { icon: _icon, ...expected } = full;
    expect(_icon).to.equal('star');
    expect(result.document?.nodes).to.deep.equal([expected]);
  });

  it('checks id, type and title', () => {
    expect(parseDocument(withNodes([{ id: 'a b', type: 'task', title: '' }])).errors).to.deep.equal([
      err('nodes[0].id', `expected ${ID}, got "a b"`),
      err('nodes[0].type', 'expected "goal", "outcome" or "output", got "task"'),
      err('nodes[0].title', `expected ${TEXT}, got ""`),
    ]);
    expect(parseDocument(withNodes([node({ title: 'x'.repeat(201) })])).errors).to.deep.equal([
      err('nodes[0].title', `expected ${TEXT}, got 201 characters`),
    ]);
  });

  it('reports duplicate node ids on the later node; metric and node ids are separate', () => {
    const result = parseDocument(withNodes([node({ id: 'm' }), node({ id: 'm' })], [metric()]));
    expect(result.errors).to.deep.equal([err('nodes[1].id', 'duplicate id "m" (also nodes[0])')]);
  });

  it('reports an unknown parent, naming it', () => {
    const result = parseDocument(withNodes([node({ parent: 'nowhere' }), node({ id: 'ok' })]));
    expect(result.errors).to.deep.equal([
      err(
        'nodes[0].parent',
        'expected the id of another node, got "nowhere" (unknown parent: no node has this id)',
      ),
    ]);
    expect(result.document?.nodes?.map((n) => n.id)).to.deep.equal(['ok']);
    expect(result.rejectedNodes.map((p) => [p.index, p.id])).to.deep.equal([[0, 'n']]);
  });

  it('rejects a parent that is not a string, null included', () => {
    expect(parseDocument(withNodes([node({ parent: null })])).errors).to.deep.equal([
      err('nodes[0].parent', 'expected the id of another node, got null'),
    ]);
  });

  it('reports every node on a cycle, naming the ids around it from that node', () => {
    const nodes = [
      node({ id: 'a', parent: 'c' }),
      node({ id: 'b', parent: 'a' }),
      node({ id: 'c', parent: 'b' }),
      node({ id: 'root' }),
      node({ id: 'self', parent: 'self' }),
    ];
    const result = parseDocument(withNodes(nodes));
    expect(result.errors).to.deep.equal([
      err('nodes[0].parent', 'cycle: a → c → b → a'),
      err('nodes[1].parent', 'cycle: b → a → c → b'),
      err('nodes[2].parent', 'cycle: c → b → a → c'),
      err('nodes[4].parent', 'cycle: self → self'),
    ]);
    expect(result.document?.nodes?.map((n) => n.id)).to.deep.equal(['root']);
  });

  it('keeps a node hanging below a cycle, with its parent id as given', () => {
    const nodes = [
      node({ id: 'a', parent: 'b' }),
      node({ id: 'b', parent: 'a' }),
      node({ id: 'leaf', parent: 'a' }),
    ];
    const result = parseDocument(withNodes(nodes));
    expect(result.errors.map((e) => e.path)).to.deep.equal(['nodes[0].parent', 'nodes[1].parent']);
    expect(result.document?.nodes).to.deep.equal([node({ id: 'leaf', parent: 'a' })]);
  });

  it('accepts a metric reference to any metric present, even an invalid one', () => {
    const metrics = [metric({ id: 'good' }), metric({ id: 'broken', kind: 'x' })];
    const nodes = [node({ id: 'a', metric: 'good' }), node({ id: 'b', metric: 'broken' })];
    const result = parseDocument(withNodes(nodes, metrics));
    expect(result.errors.map((e) => e.path)).to.deep.equal(['metrics[1].kind']);
    expect(result.document?.nodes?.map((n) => n.metric)).to.deep.equal(['good', 'broken']);
  });

  it('reports a metric reference to a missing id', () => {
    expect(parseDocument(withNodes([node({ metric: 'nps' })], [metric()])).errors).to.deep.equal([
      err('nodes[0].metric', 'expected the id of a metric of this document, got "nps" (unknown metric)'),
    ]);
    expect(parseDocument(withNodes([node({ metric: 3 })])).errors).to.deep.equal([
      err('nodes[0].metric', 'expected the id of a metric of this document, got 3'),
    ]);
  });

  it('takes progress from 0 to 1 inclusive, and not with a metric', () => {
    expect(
      parseDocument(withNodes([node({ id: 'a', progress: 0 }), node({ id: 'b', progress: 1 })])).errors,
    ).to.deep.equal([]);
    expect(parseDocument(withNodes([node({ progress: -0.1 })])).errors).to.deep.equal([
      err('nodes[0].progress', 'expected a number from 0 to 1, got -0.1'),
    ]);
    expect(parseDocument(withNodes([node({ progress: NaN })])).errors).to.deep.equal([
      err('nodes[0].progress', 'expected a number from 0 to 1, got NaN'),
    ]);
    expect(parseDocument(withNodes([node({ metric: 'm', progress: 0.5 })], [metric()])).errors).to.deep.equal(
      [err('nodes[0].progress', 'expected no progress on a node measured by a metric, got 0.5')],
    );
  });

  it('takes weight greater than 0', () => {
    expect(parseDocument(withNodes([node({ weight: 0.001 })])).errors).to.deep.equal([]);
    for (const [weight, found] of [
      [0, '0'],
      [-1, '-1'],
      ['2', '"2"'],
      [Infinity, 'Infinity'],
    ] as const) {
      expect(parseDocument(withNodes([node({ weight })])).errors).to.deep.equal([
        err('nodes[0].weight', `expected a number greater than 0, got ${found}`),
      ]);
    }
  });

  it('takes owner and description as strings', () => {
    expect(parseDocument(withNodes([node({ owner: 1, description: null })])).errors).to.deep.equal([
      err('nodes[0].owner', 'expected a string, got 1'),
      err('nodes[0].description', 'expected a string, got null'),
    ]);
  });

  it('takes url as an absolute http(s) URL only', () => {
    for (const url of ['http://a', 'https://example.com/x?y=1#z', 'HTTPS://EXAMPLE.COM']) {
      expect(parseDocument(withNodes([node({ url })])).errors, url).to.deep.equal([]);
    }
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<b>x</b>',
      'ftp://example.com',
      '/relative',
      'example.com',
      'https://',
      'https://exa mple.com',
      ' https://example.com',
      'http:example.com',
      'https://[::1',
    ]) {
      expect(parseDocument(withNodes([node({ url })])).errors, url).to.deep.equal([
        err('nodes[0].url', `expected ${URL_}, got ${JSON.stringify(url)}`),
      ]);
    }
  });
});

describe('parseDocument: scoping', () => {
  it('rejects only the broken metric, with its index and id, and keeps the others', () => {
    const result = parseDocument(
      doc({ metrics: [metric({ id: 'a' }), metric({ id: 'b', kind: 'x' }), metric({ id: 'c' })] }),
    );
    expect(result.document?.metrics.map((m) => m.id)).to.deep.equal(['a', 'c']);
    expect(result.rejectedMetrics).to.deep.equal([
      { index: 1, id: 'b', errors: [err('metrics[1].kind', 'expected "outcome" or "output", got "x"')] },
    ]);
    expect(result.documentErrors).to.deep.equal([]);
  });

  it('gives a rejected part an id only when its id is a string', () => {
    const result = parseDocument(
      doc({ metrics: [metric({ id: 5, kind: 'x' }), 7, metric({ id: 'bad id' })] }),
    );
    expect(result.rejectedMetrics.map((p) => ({ index: p.index, id: p.id }))).to.deep.equal([
      { index: 0, id: undefined },
      { index: 1, id: undefined },
      { index: 2, id: 'bad id' },
    ]);
    expect(result.rejectedMetrics[0]).to.not.have.property('id');
  });

  it('puts document errors and part errors together in errors, in document order', () => {
    const result = parseDocument({
      version: 1,
      asOf: 'today',
      metrics: [metric({ kind: 'x' })],
      nodes: [{ id: 'n', type: 'goal', title: 'N', weight: 0 }],
    });
    expect(result.errors.map((e) => e.path)).to.deep.equal(['asOf', 'metrics[0].kind', 'nodes[0].weight']);
    expect(result.documentErrors.map((e) => e.path)).to.deep.equal(['asOf']);
  });

  it('errorsForMetric gives the document errors and the errors of rejected metrics with that id', () => {
    const result = parseDocument(
      doc({
        locale: 'en_US',
        metrics: [metric({ id: 'a' }), metric({ id: 'b', kind: 'x' }), metric({ id: 'b', name: '' })],
      }),
    );
    const localeError = result.documentErrors[0];
    expect(errorsForMetric(result, 'a')).to.deep.equal([localeError]);
    expect(errorsForMetric(result, 'b')).to.deep.equal([
      localeError,
      err('metrics[1].kind', 'expected "outcome" or "output", got "x"'),
      err('metrics[2].id', 'duplicate id "b" (also metrics[1])'),
      err('metrics[2].name', `expected ${TEXT}, got ""`),
    ]);
    expect(errorsForMetric(parseDocument(doc({ metrics: [metric()] })), 'm')).to.deep.equal([]);
  });

  it('findMetric finds checked metrics only', () => {
    const result = parseDocument(doc({ metrics: [metric({ id: 'a' }), metric({ id: 'b', kind: 'x' })] }));
    expect((findMetric(result, 'a') as Metric).id).to.equal('a');
    expect(findMetric(result, 'b')).to.equal(undefined);
    expect(findMetric(parseDocument('nope'), 'a')).to.equal(undefined);
  });
});

describe('parseDocument: hostile input', () => {
  it('reports a getter that throws as a problem of that field', () => {
    const m = metric();
    Object.defineProperty(m, 'name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = parseDocument(doc({ metrics: [m, metric({ id: 'ok' })] }));
    expect(result.errors).to.deep.equal([
      err('metrics[0].name', 'expected a readable value, got an error: boom'),
    ]);
    expect(result.document?.metrics.map((x) => x.id)).to.deep.equal(['ok']);
  });

  it('survives a document whose every operation throws', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('get');
        },
        has() {
          throw new Error('has');
        },
        ownKeys() {
          throw new Error('ownKeys');
        },
        getOwnPropertyDescriptor() {
          throw new Error('descriptor');
        },
        getPrototypeOf() {
          throw new Error('proto');
        },
      },
    );
    const fields = ['version', 'title', 'locale', 'asOf', 'metrics', 'nodes'];
    const result = parseDocument(hostile);
    expect(result.document).to.equal(undefined);
    expect(result.errors.map((e) => e.path)).to.deep.equal(fields);
    expect(result.errors[0].message).to.equal('expected a readable value, got an error: descriptor');
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const revokedResult = parseDocument(revoked.proxy);
    expect(revokedResult.document).to.equal(undefined);
    expect(revokedResult.errors.map((e) => e.path)).to.deep.equal(fields);
  });

  it('survives cyclic objects', () => {
    const m: Record<string, unknown> = metric();
    m.self = m;
    const d: Record<string, unknown> = doc({ metrics: [m] });
    d.loop = d;
    (m.points as unknown[]).push(m.points);
    const result = parseDocument(d);
    expect(result.errors).to.deep.equal([
      err('metrics[0].points[1][0]', `expected ${DATE}, got an array of 2 items`),
      err('metrics[0].points[1][1]', 'expected a finite number or null, got an array of 2 items'),
    ]);
  });

  it('does not let __proto__ keys pollute prototypes or count as fields', () => {
    const text =
      '{"version":1,"metrics":[],"__proto__":{"polluted":1},"nodes":[{"__proto__":{"id":"x"},"id":"n","type":"goal","title":"N"}]}';
    const result = parseDocument(text);
    expect(result.errors).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(result.document?.nodes).to.deep.equal([{ id: 'n', type: 'goal', title: 'N' }]);
    const inherited = Object.create({ version: 1, metrics: [] }) as object;
    expect(parseDocument(inherited).errors.map((e) => e.path)).to.deep.equal(['version', 'metrics']);
  });

  it('reports a format __proto__ key as an unknown option', () => {
    const result = parseDocument(
      '{"version":1,"metrics":[{"id":"m","name":"M","kind":"output","points":[],"format":{"__proto__":{}}}]}',
    );
    expect(result.errors.map((e) => e.path)).to.deep.equal(['metrics[0].format.__proto__']);
  });

  it('handles objects without a prototype, bigints and symbols', () => {
    const bare = Object.assign(Object.create(null) as object, { version: 1, metrics: [] });
    expect(parseDocument(bare).errors).to.deep.equal([]);
    expect(parseDocument(doc({ title: 1n, metrics: [metric({ name: Symbol('x') })] })).errors).to.deep.equal([
      err('title', 'expected a string, got 1n'),
      err('metrics[0].name', `expected ${TEXT}, got a symbol`),
    ]);
  });

  it('rejects an absurdly long array without walking it', () => {
    const points = new Array(2 ** 32 - 1);
    const started = performance.now();
    const result = parseDocument(withMetric({ points }));
    expect(performance.now() - started).to.be.lessThan(1000);
    expect(result.errors).to.deep.equal([
      err(
        'metrics[0].points',
        'expected at most 1000000 [date, value] points, got an array of 4294967295 items',
      ),
    ]);
  });

  it('reads sparse array holes as missing points', () => {
    const points: unknown[] = [];
    points[1] = ['2026-01-31', 1];
    expect(parseDocument(withMetric({ points })).errors).to.deep.equal([
      err('metrics[0].points[0]', 'expected a [date, value] pair, got nothing'),
    ]);
  });

  it('ignores deeply nested junk in unknown fields and reports deeply nested JSON', () => {
    let junk: unknown = 1;
    for (let i = 0; i < 100000; i++) junk = [junk];
    expect(parseDocument(doc({ junk })).errors).to.deep.equal([]);
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    const result = parseDocument(deep);
    expect(result.document).to.equal(undefined);
    expect(result.errors).to.have.length(1);
    expect(result.errors[0].path).to.equal('');
  });

  it('keeps a long found string short in messages', () => {
    const [error] = parseDocument(withMetric({ kind: 'k'.repeat(500) })).errors;
    expect(error.message).to.equal(`expected "outcome" or "output", got "${'k'.repeat(60)}…"`);
  });
});

describe('parseDocument: fixtures', () => {
  const validFixtures = [
    'minimal',
    'design-example',
    'date-forms',
    'unsorted-points',
    'leap-day',
    'unknown-fields',
    'format-options',
    'tree',
    'down-metric',
    'empty-points',
  ];
  for (const name of validFixtures) {
    it(`accepts valid/${name}.json with no errors`, async () => {
      const result = parseDocument(await load(`valid/${name}.json`));
      expect(result.errors).to.deep.equal([]);
      expect(result.document).to.not.equal(undefined);
    });
  }

  it('sorts valid/date-forms.json by time and keeps the dates as written', async () => {
    const result = parseDocument(await load('valid/date-forms.json'));
    expect(result.document?.metrics[0].points.map(([d]) => d)).to.deep.equal([
      '2026-01-31',
      '2026-02-01T10:00:00Z',
      '2026-02-02T10:00+02:00',
      1770163200000,
      '2026-02-05T23:59:59.123456-05:30',
    ]);
  });

  it('drops the unknown fields of valid/unknown-fields.json', async () => {
    const result = parseDocument(await load('valid/unknown-fields.json'));
    expect(result.document).to.deep.equal({
      version: 1,
      metrics: [
        {
          id: 'm',
          name: 'M',
          kind: 'outcome',
          points: [['2026-01-31', 1]],
          target: { value: 2, date: '2026-12-31' },
        },
      ],
      nodes: [{ id: 'n', type: 'goal', title: 'N' }],
    });
  });

  /** Each invalid fixture breaks one rule: the one error expected, and whether a document remains. */
  const invalidFixtures: [name: string, path: string, message: string, document?: false][] = [
    ['not-object', '', 'expected a document object, got an array of 0 items', false],
    ['version-2', 'version', 'unsupported version: expected 1, got 2', false],
    ['version-missing', 'version', 'unsupported version: expected 1, got nothing', false],
    ['version-string', 'version', 'unsupported version: expected 1, got "1"', false],
    ['title-not-string', 'title', 'expected a string, got 42'],
    [
      'locale-malformed',
      'locale',
      'expected a BCP 47 locale tag accepted by Intl.NumberFormat (like "en-US"), got "en_US"',
    ],
    ['asof-date-time', 'asOf', 'expected a date YYYY-MM-DD, got "2026-09-30T00:00:00Z"'],
    ['asof-feb-30', 'asOf', 'expected a date YYYY-MM-DD, got "2026-02-30" (no such calendar day)'],
    ['metrics-missing', 'metrics', 'expected an array of metrics, got nothing'],
    ['metrics-not-array', 'metrics', 'expected an array of metrics, got an object'],
    ['metric-not-object', 'metrics[0]', 'expected a metric object, got 5'],
    ['metric-id-pattern', 'metrics[0].id', `expected ${ID}, got "-bad"`],
    ['metric-id-too-long', 'metrics[0].id', `expected ${ID}, got "${'a'.repeat(60)}…"`],
    ['metric-id-duplicate', 'metrics[1].id', 'duplicate id "m" (also metrics[0])'],
    ['metric-name-empty', 'metrics[0].name', `expected ${TEXT}, got ""`],
    ['metric-name-blank', 'metrics[0].name', `expected ${TEXT}, got "   "`],
    ['metric-name-too-long', 'metrics[0].name', `expected ${TEXT}, got 201 characters`],
    ['metric-kind', 'metrics[0].kind', 'expected "outcome" or "output", got "impact"'],
    ['metric-kind-missing', 'metrics[0].kind', 'expected "outcome" or "output", got nothing'],
    ['metric-direction', 'metrics[0].direction', 'expected "up" or "down", got "sideways"'],
    ['metric-description-not-string', 'metrics[0].description', 'expected a string, got an array of 1 item'],
    [
      'format-not-object',
      'metrics[0].format',
      'expected an object of Intl.NumberFormat options, got "percent"',
    ],
    [
      'format-unknown-key',
      'metrics[0].format.useGrouping',
      'expected one of style, currency, unit, notation, minimumFractionDigits, maximumFractionDigits, signDisplay, got an unknown option "useGrouping"',
    ],
    [
      'format-style',
      'metrics[0].format.style',
      'expected "decimal", "percent", "currency" or "unit", got "scientific"',
    ],
    [
      'format-currency-code',
      'metrics[0].format.currency',
      'expected an ISO 4217 currency code Intl.NumberFormat accepts (like "EUR"), got "EURO"',
    ],
    [
      'format-currency-missing',
      'metrics[0].format.currency',
      'expected a currency code (required with style "currency"), got nothing',
    ],
    [
      'format-unit-unknown',
      'metrics[0].format.unit',
      'expected a unit Intl.NumberFormat accepts (like "kilometer-per-hour"), got "furlong"',
    ],
    [
      'format-unit-missing',
      'metrics[0].format.unit',
      'expected a unit (required with style "unit"), got nothing',
    ],
    ['format-notation', 'metrics[0].format.notation', 'expected "standard" or "compact", got "scientific"'],
    [
      'format-digits-range',
      'metrics[0].format.maximumFractionDigits',
      'expected an integer from 0 to 20, got 21',
    ],
    [
      'format-digits-not-integer',
      'metrics[0].format.minimumFractionDigits',
      'expected an integer from 0 to 20, got 1.5',
    ],
    [
      'format-min-above-max',
      'metrics[0].format',
      'expected minimumFractionDigits ≤ maximumFractionDigits, got 3 > 1',
    ],
    [
      'format-sign-display',
      'metrics[0].format.signDisplay',
      'expected "auto", "never", "always", "exceptZero" or "negative", got "sometimes"',
    ],
    [
      'unit-with-style-unit',
      'metrics[0].unit',
      'expected no unit with format.style "unit" (the format shows the unit), got "days"',
    ],
    ['unit-not-string', 'metrics[0].unit', 'expected a string, got 5'],
    ['points-missing', 'metrics[0].points', 'expected an array of [date, value] points, got nothing'],
    ['points-not-array', 'metrics[0].points', 'expected an array of [date, value] points, got an object'],
    ['point-not-pair', 'metrics[0].points[0]', 'expected a [date, value] pair, got an array of 1 item'],
    ['point-triple', 'metrics[0].points[0]', 'expected a [date, value] pair, got an array of 3 items'],
    ['point-value-string', 'metrics[0].points[0][1]', 'expected a finite number or null, got "abc"'],
    [
      'point-date-month-13',
      'metrics[0].points[0][0]',
      `expected ${DATE}, got "2026-13-01" (no such calendar day)`,
    ],
    [
      'point-date-feb-30',
      'metrics[0].points[0][0]',
      `expected ${DATE}, got "2026-02-30" (no such calendar day)`,
    ],
    [
      'point-date-time-no-offset',
      'metrics[0].points[0][0]',
      `expected ${DATE}, got "2026-01-31T10:00:00" (a date-time needs an offset: Z or ±hh:mm)`,
    ],
    [
      'point-date-bad-offset',
      'metrics[0].points[0][0]',
      `expected ${DATE}, got "2026-01-31T10:00:00+24:00" (no such offset)`,
    ],
    [
      'point-date-epoch-too-large',
      'metrics[0].points[0][0]',
      `expected ${DATE}, got 9000000000000000 (beyond ±8.64e15 ms, the range of a Date)`,
    ],
    ['point-date-words', 'metrics[0].points[0][0]', `expected ${DATE}, got "yesterday"`],
    [
      'point-same-instant',
      'metrics[0].points[1][0]',
      'duplicate instant "2026-01-31T00:00:00Z" (also metrics[0].points[0][0]: "2026-01-31")',
    ],
    ['baseline-string', 'metrics[0].baseline', 'expected a number or { value, date? }, got "31"'],
    ['baseline-null', 'metrics[0].baseline', 'expected a number or { value, date? }, got null'],
    ['target-value-missing', 'metrics[0].target.value', 'expected a finite number, got nothing'],
    ['target-date-bad', 'metrics[0].target.date', `expected ${DATE}, got "31/12/2026"`],
    ['nodes-not-array', 'nodes', 'expected an array of nodes, got "g1"'],
    ['node-not-object', 'nodes[0]', 'expected a node object, got null'],
    ['node-id-pattern', 'nodes[0].id', `expected ${ID}, got "has space"`],
    ['node-id-duplicate', 'nodes[1].id', 'duplicate id "n" (also nodes[0])'],
    [
      'node-parent-unknown',
      'nodes[0].parent',
      'expected the id of another node, got "nowhere" (unknown parent: no node has this id)',
    ],
    ['node-parent-not-string', 'nodes[0].parent', 'expected the id of another node, got 1'],
    ['node-self-parent', 'nodes[0].parent', 'cycle: n → n'],
    ['node-type', 'nodes[0].type', 'expected "goal", "outcome" or "output", got "task"'],
    ['node-title-missing', 'nodes[0].title', `expected ${TEXT}, got nothing`],
    ['node-title-too-long', 'nodes[0].title', `expected ${TEXT}, got 201 characters`],
    [
      'node-metric-unknown',
      'nodes[0].metric',
      'expected the id of a metric of this document, got "nps" (unknown metric)',
    ],
    ['node-progress-range', 'nodes[0].progress', 'expected a number from 0 to 1, got 1.5'],
    [
      'node-progress-with-metric',
      'nodes[0].progress',
      'expected no progress on a node measured by a metric, got 0.5',
    ],
    ['node-weight-zero', 'nodes[0].weight', 'expected a number greater than 0, got 0'],
    ['node-owner-not-string', 'nodes[0].owner', 'expected a string, got an object'],
    ['node-description-not-string', 'nodes[0].description', 'expected a string, got false'],
    ['node-url-javascript', 'nodes[0].url', `expected ${URL_}, got "javascript:alert(1)"`],
    ['node-url-relative', 'nodes[0].url', `expected ${URL_}, got "/roadmap"`],
    ['node-url-ftp', 'nodes[0].url', `expected ${URL_}, got "ftp://example.com/file"`],
  ];
  for (const [name, path, message, keepsDocument] of invalidFixtures) {
    it(`reports invalid/${name}.json at ${path || '""'}`, async () => {
      const result = parseDocument(await load(`invalid/${name}.json`));
      expect(result.errors).to.deep.equal([err(path, message)]);
      expect(result.document === undefined).to.equal(keepsDocument === false);
    });
  }

  it('reports both nodes of invalid/node-cycle.json', async () => {
    const result = parseDocument(await load('invalid/node-cycle.json'));
    expect(result.errors).to.deep.equal([
      err('nodes[0].parent', 'cycle: a → b → a'),
      err('nodes[1].parent', 'cycle: b → a → b'),
    ]);
  });
});
