/** src/core/parse/node.ts: the fields of a node, its parent and cycles of parents, its metric. */
import { expect } from '@open-wc/testing';
import { parseDocument } from '../../../src/core/parse/index.js';
import { findCycles } from '../../../src/core/parse/node.js';
import { err, ID, metric, TEXT, URL_, withNodes } from './helpers.js';

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

  it('keeps shipped and checkIns, checked, with the other fields', () => {
    const nodes = [
      node({ id: 'g', checkIns: [{ date: '2026-03-01', health: 'on-track' }] }),
      { id: 'w', parent: 'g', type: 'output', title: 'W', shipped: '2026-03-03', progress: 1 },
    ];
    const result = parseDocument(withNodes(nodes));
    expect(result.errors).to.deep.equal([]);
    expect(result.document?.nodes).to.deep.equal(nodes);
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

describe('node: findCycles', () => {
  it('finds none in a forest', () => {
    expect(findCycles([], [])).to.deep.equal(new Map());
    expect(findCycles([undefined, 0, 0, 1], ['r', 'a', 'b', 'c'])).to.deep.equal(new Map());
  });

  it('names the ring from each node on it, and not the nodes hanging below it', () => {
    // 0 -> 1 -> 2 -> 0, 3 -> 0 hangs below the ring, 4 -> 4 is its own parent.
    const cycles = findCycles([1, 2, 0, 0, 4], ['a', 'b', 'c', 'tail', 'self']);
    expect([...cycles.keys()].sort()).to.deep.equal([0, 1, 2, 4]);
    expect(cycles.get(0)).to.deep.equal(['a', 'b', 'c', 'a']);
    expect(cycles.get(1)).to.deep.equal(['b', 'c', 'a', 'b']);
    expect(cycles.get(2)).to.deep.equal(['c', 'a', 'b', 'c']);
    expect(cycles.get(4)).to.deep.equal(['self', 'self']);
  });

  it('names a node without a readable id by its place', () => {
    expect(findCycles([1, 0], ['a', undefined]).get(0)).to.deep.equal(['a', 'nodes[1]', 'a']);
  });

  it('walks a long chain, or a long tail into a ring, in one pass', () => {
    const n = 100_000;
    const chain = Array.from({ length: n }, (_, i) => (i === 0 ? undefined : i - 1));
    const ids = chain.map((_, i) => `n${i}`);
    const started = performance.now();
    expect(findCycles(chain, ids).size).to.equal(0);
    const tail = [1, 0, ...chain.slice(2)];
    expect([...findCycles(tail, ids).keys()]).to.deep.equal([0, 1]);
    expect(performance.now() - started).to.be.lessThan(1000);
  });
});
