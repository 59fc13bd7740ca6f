/**
 * End to end through the entry, `parseDocument` from src/core/parse/index.ts: the example documents
 * and every fixture.
 */
import { expect } from '@open-wc/testing';
import { parseDocument } from '../../../src/core/parse/index.js';
import { DATE, err, ID, load, TEXT, URL_ } from './helpers.js';

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
