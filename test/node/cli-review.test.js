// The `outcome-kit review` command, run as a user would: a child process on real files. The
// expectations come from the bundled example and the rules of DESIGN.md section 2, worked out by
// hand or with Intl and the core, never copied from the command's own output.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, fixture } from './cli-run.js';
import { buildOutcomeTree, parseDocument, reviewSince } from 'outcome-kit/core';

const example = fixture('saas-outcomes.json');
const invalid = fixture('invalid-many-errors.json');
const doc = JSON.parse(readFileSync(example, 'utf8'));
const DAY = 86_400_000;

/** Writes a document to a fresh temporary file and returns its path. */
function tempDocument(document) {
  const file = join(mkdtempSync(join(tmpdir(), 'outcome-kit-review-')), 'doc.json');
  writeFileSync(file, JSON.stringify(document));
  return file;
}

/** The lines of a Markdown section: from its `## ` heading to the next one. */
function section(markdown, heading) {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l === `## ${heading}`);
  assert.notEqual(start, -1, `no section "## ${heading}"`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end === -1 ? undefined : end).filter((l) => l.trim());
}

/** The one line that starts with `prefix`. */
function lineStarting(markdown, prefix) {
  const found = markdown.split('\n').filter((l) => l.startsWith(prefix));
  assert.equal(found.length, 1, `one line starting with ${JSON.stringify(prefix)}, got ${found.length}`);
  return found[0];
}

/** CommonMark backslash escapes undone: what a Markdown renderer shows of a line. */
const unescape = (text) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

const STATUS = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  met: 'Met',
  none: 'No target',
  unknown: 'Unknown',
};
const nodeById = new Map(doc.nodes.map((n) => [n.id, n]));
const checkInsAfter = (since) =>
  doc.nodes.flatMap((n) => (n.checkIns ?? []).filter((c) => c.date > since).map((c) => ({ node: n, c })));

describe('outcome-kit review: Markdown for the example', async () => {
  const { code, stdout, stderr } = await cli('review', example);
  // checkInEvery 14 days before asOf 2026-09-30.
  const since = new Date(Date.parse(doc.asOf) - doc.checkInEvery * DAY).toISOString().slice(0, 10);

  it('exits 0 with the review on stdout and nothing on stderr', () => {
    assert.equal(code, 0);
    assert.equal(stderr, '');
    assert.equal(since, '2026-09-16');
  });

  it('opens with the title and the default window: checkInEvery days before asOf', () => {
    assert.equal(stdout.split('\n')[0], `# ${doc.title} — Review since ${since} (as of ${doc.asOf})`);
  });

  it('has a heading per goal, in document order, then the shipped, unaligned and flag sections', () => {
    const goals = doc.nodes.filter((n) => n.type === 'goal').map((n) => n.title);
    const headings = stdout.split('\n').filter((l) => l.startsWith('## '));
    assert.deepEqual(headings, [
      ...goals.map((t) => `## ${t}`),
      '## Other metrics',
      '## Shipped since Sep 16',
      '## Unaligned outputs',
      '## Flags',
    ]);
  });

  it('gives each goal its outcome progress and delivery', () => {
    // Outcome progress of g-retain: weighted mean (2, 2, 1) of nps 1 (clamped), retention
    // (0.72-0.71)/(0.8-0.71) and churn, whose baseline is its earliest point 0.03:
    // (0.02-0.03)/(0.015-0.03) = 2/3. Delivery: the same weights over 0.4, (1+0.9)/2 and 0.7.
    const outcome = (2 * 1 + 2 * (0.01 / 0.09) + 1 * (2 / 3)) / 5;
    const delivery = (2 * 0.4 + 2 * 0.95 + 1 * 0.7) / 5;
    const pct = (x) => `${Math.round(x * 100)}%`;
    const lines = section(stdout, 'Customers stay and recommend us');
    assert.equal(lines[0], `Outcome progress ${pct(outcome)} · Delivery ${pct(delivery)}`);
  });

  it('has a line per outcome with its status in words, moved statuses shown as before → now', () => {
    const outcomes = doc.nodes.filter((n) => n.type === 'outcome');
    const { document } = parseDocument(doc);
    const review = reviewSince(document, since);
    for (const node of outcomes) {
      const line = lineStarting(stdout, `- ${node.title}: `);
      const m = review.metrics.find((r) => r.id === node.metric);
      const status = m.statusChanged
        ? `${STATUS[m.before.status]} → ${STATUS[m.now.status]}`
        : STATUS[m.now.status];
      assert.ok(line.startsWith(`- ${node.title}: ${status} · `), line);
    }
    // NPS: 43.1 on Aug 31 (the last point at or before Sep 16) was on track; 45.27 meets 45.
    const nps = lineStarting(stdout, '- NPS from 31 to 45: ');
    assert.match(nps, /^- NPS from 31 to 45: On track → Met · /);
  });

  it('shows progress to target and the change since in the metric’s own format', () => {
    // (45.27 - 31) / (45 - 31) = 1.019; 43.1 → 45.27 at no decimals, unit pts.
    const nps = lineStarting(stdout, '- NPS from 31 to 45: ');
    assert.ok(nps.includes(' · progress 102% · '), nps);
    assert.ok(nps.includes('Net Promoter Score 43 pts → 45 pts (+2 pts, better) since Sep 16'), nps);
    // Retention in percent, flat since: 72% → 72%.
    const retention = lineStarting(stdout, '- 90-day retention to 80%: ');
    assert.ok(retention.includes('90-day retention 72% → 72% (no change) since Sep 16'), retention);
    // Cycle time goes down, so a fall is better: 4.95 → 4.58 days at one decimal.
    const flow = lineStarting(stdout, '- Deliver value faster: ');
    assert.ok(flow.includes('Cycle time 5 days → 4.6 days (-0.4 days, better)'), flow);
  });

  it('names the flags of each outcome in words', () => {
    // Retention: outputs done 95%, outcome 11% (a gap of 0.5 or more); last check-in Aug 20,
    // 41 days before asOf, more than 14.
    const retention = lineStarting(stdout, '- 90-day retention to 80%: ');
    assert.ok(retention.endsWith(' · Flags: Busy, not moving the needle; No recent check-in'), retention);
    // Churn has no check-in at all; NPS had one 4 days before asOf.
    assert.ok(lineStarting(stdout, '- Churn below 1.5%: ').endsWith(' · Flags: No recent check-in'));
    assert.ok(!lineStarting(stdout, '- NPS from 31 to 45: ').includes('Flags:'));
  });

  it('lists the check-ins after the date, each under its goal or outcome, with their words', () => {
    const lines = stdout.split('\n');
    const after = checkInsAfter(since);
    assert.equal(after.length, 4);
    for (const { c } of after) {
      assert.equal(lines.filter((l) => l.includes(`“${c.note}”`)).length, 1, c.note);
    }
    // Not the ones at or before the date.
    for (const { c } of checkInsAfter('0000-01-01').filter(({ c }) => c.date <= since)) {
      assert.ok(!stdout.includes(c.note), `${c.date} is before the window`);
    }
    // The outcome's check-in is nested right under its line; the goal's is a bullet of its own.
    const nps = lines.indexOf(lineStarting(stdout, '- NPS from 31 to 45: '));
    assert.ok(
      lines[nps + 1].startsWith('    - Check-in Sep 26 by Dana (CX) · On track · confidence 90% · “'),
    );
    const goal = nodeById.get('g-retain').checkIns[0];
    assert.ok(
      lines.includes(`- Check-in Sep 25 by Leadership · On track · confidence 70% · “${goal.note}”`),
      'the goal check-in',
    );
  });

  it('says when nothing shipped in the window, and lists the flags by kind', () => {
    // The example's outputs shipped Mar 3, Jun 15 and Aug 1: all before Sep 16.
    assert.deepEqual(section(stdout, 'Shipped since Sep 16'), ['No output shipped since Sep 16.']);
    const tree = buildOutcomeTree(parseDocument(doc).document);
    const all = [];
    const walk = (n) => (all.push(n), n.children.forEach(walk));
    tree.roots.forEach(walk);
    const titles = (flag) => all.filter((n) => n.flags.includes(flag)).map((n) => n.title);
    assert.deepEqual(section(stdout, 'Flags'), [
      `- Unaligned (1): ${titles('unaligned').join('; ')}`,
      `- Busy, not moving the needle (1): ${titles('gap').join('; ')}`,
      `- No recent check-in (3): ${titles('no-recent-check-in').join('; ')}`,
    ]);
    assert.deepEqual(titles('no-recent-check-in'), [
      '90-day retention to 80%',
      'Churn below 1.5%',
      'Deliver value faster',
    ]);
    assert.match(
      section(stdout, 'Unaligned outputs')[0],
      /^- Quarterly slide deck redesign: delivery 100% · /,
    );
  });
});

describe('outcome-kit review --since', async () => {
  const { code, stdout } = await cli('review', example, '--since', '2026-03-01');

  it('reviews from the date given', () => {
    assert.equal(code, 0);
    assert.equal(stdout.split('\n')[0], `# ${doc.title} — Review since 2026-03-01 (as of ${doc.asOf})`);
    assert.match(stdout, /^8 check-ins · 3 outputs shipped · /m);
  });

  it('lists the outputs shipped after it, newest first, with what moved since, never why', () => {
    const lines = section(stdout, 'Shipped since Mar 1');
    assert.equal(lines.length, 3);
    assert.ok(lines[0].startsWith('- Quarterly slide deck redesign: shipped Aug 1 · Unaligned'), lines[0]);
    // ARR: last value at or before Jun 15 is May 31's 9,568,088.48; now 10,319,818.54.
    const arr = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: 'EUR',
      notation: 'compact',
      signDisplay: 'exceptZero',
    }).format(10319818.54 - 9568088.48);
    assert.ok(
      lines[1].startsWith(`- New pricing page: Annual recurring revenue ${arr} since shipped Jun 15 (`),
    );
    // Retention: 72% on Feb 28 (before Mar 3) and 72% now.
    assert.ok(
      lines[2].startsWith('- Ship in-app onboarding: 90-day retention: no change since shipped Mar 3'),
    );
    for (const line of lines) assert.doesNotMatch(line, /because|caused|thanks to|drove|led to|due to/i);
  });

  it('nests an outcome’s check-ins newest first, and statuses moved since then', () => {
    const lines = stdout.split('\n');
    const nps = lines.indexOf(lineStarting(stdout, '- NPS from 31 to 45: '));
    assert.ok(lines[nps + 1].startsWith('    - Check-in Sep 26 '));
    assert.ok(lines[nps + 2].startsWith('    - Check-in Aug 28 '));
    // Cycle time: 6.79 on Feb 28 projected short of 4; 4.58 now projects to at least 80% of the way.
    assert.match(
      lineStarting(stdout, '- Deliver value faster: '),
      /^- Deliver value faster: Off track → At risk · /,
    );
  });

  it('takes --since=DATE as well', async () => {
    const other = await cli('review', '--since=2026-03-01', example);
    assert.equal(other.code, 0);
    assert.equal(other.stdout, stdout);
  });
});

describe('outcome-kit review --format json', async () => {
  const { code, stdout } = await cli('review', example, '--format', 'json');
  const json = JSON.parse(stdout);
  const { document } = parseDocument(doc);

  it('prints the reviewSince result as JSON', () => {
    assert.equal(code, 0);
    assert.deepEqual(Object.keys(json), ['since', 'asOf', 'metrics', 'checkIns', 'shipped', 'nodes']);
    assert.equal(json.since, '2026-09-16');
    assert.equal(json.asOf, '2026-09-30');
    const expected = JSON.parse(JSON.stringify(reviewSince(document, '2026-09-16')));
    assert.deepEqual(json.metrics, expected.metrics);
    assert.deepEqual(json.checkIns, expected.checkIns);
    for (const m of json.metrics) assert.equal(m.statusChanged, m.before.status !== m.now.status);
    assert.deepEqual(
      json.checkIns.map((c) => c.checkIn.date),
      checkInsAfter('2026-09-16')
        .map(({ c }) => c.date)
        .sort()
        .reverse(),
    );
    assert.deepEqual(json.shipped, []);
  });

  it('adds every node with the roll-ups and flags the Markdown shows', () => {
    assert.deepEqual(
      json.nodes.map((n) => n.id),
      doc.nodes.map((n) => n.id),
    );
    const retention = json.nodes.find((n) => n.id === 'o-ret');
    assert.deepEqual(retention.flags, ['gap', 'no-recent-check-in']);
    assert.equal(retention.outputProgress, 0.95);
    assert.equal(retention.latestCheckIn.date, '2026-08-20');
  });

  it('lists shipped outputs without their children, newest first', async () => {
    const wide = JSON.parse((await cli('review', example, '--format=json', '--since', '2026-03-01')).stdout);
    assert.deepEqual(
      wide.shipped.map((n) => n.id),
      ['w-slides', 'w-pricing', 'w-onb'],
    );
    for (const n of wide.shipped) assert.ok(!('children' in n));
    assert.deepEqual(wide.shipped[2].sinceShipped, { before: 0.72, after: 0.72, delta: 0, trend: 'flat' });
  });
});

describe('outcome-kit review: a deeper tree', () => {
  it('nests outcomes under outcomes, an indent of four spaces per level', async () => {
    const deep = JSON.parse(readFileSync(fixture('tree-deep.json'), 'utf8'));
    const { code, stdout } = await cli('review', fixture('tree-deep.json'));
    assert.equal(code, 0);
    const byId = new Map(deep.nodes.map((n) => [n.id, n]));
    const levels = (n) => {
      let depth = 0;
      for (let up = byId.get(n.parent); up && up.type === 'outcome'; up = byId.get(up.parent)) depth++;
      return depth;
    };
    const outcomes = deep.nodes.filter((n) => n.type === 'outcome');
    assert.ok(
      outcomes.some((n) => levels(n) >= 2),
      'the fixture nests outcomes two deep',
    );
    for (const node of outcomes) lineStarting(stdout, `${'    '.repeat(levels(node))}- ${node.title}: `);
  });
});

describe('outcome-kit review: the window without checkInEvery', () => {
  const base = { version: 1, metrics: [], nodes: [{ id: 'g', type: 'goal', title: 'Goal' }] };

  it('is the 30 days before asOf', async () => {
    const { code, stdout } = await cli('review', tempDocument({ ...base, asOf: '2026-03-10' }));
    assert.equal(code, 0);
    assert.equal(stdout.split('\n')[0], '# Review since 2026-02-08 (as of 2026-03-10)');
  });

  it('is the 30 days before today without asOf', async () => {
    const { stdout } = await cli('review', tempDocument(base));
    const [, since, asOf] = stdout.split('\n')[0].match(/^# Review since (\S+) \(as of (\S+)\)$/);
    assert.equal((Date.parse(asOf) - Date.parse(since)) / DAY, 30);
    assert.ok(Math.abs(Date.parse(asOf) - Date.now()) < 2 * DAY, `as of ${asOf} is today`);
  });
});

describe('outcome-kit review: user text stays literal', async () => {
  const note = '**bold** <script>alert(1)</script>\nnext line `code` &amp; [x](http://e.com) ~~s~~ \\';
  const file = tempDocument({
    version: 1,
    title: '*x* <b>bold</b>',
    locale: 'de-DE',
    asOf: '2026-09-30',
    metrics: [
      {
        id: 'm',
        name: 'Rate_of_things',
        kind: 'outcome',
        target: 10,
        points: [
          ['2026-08-31', 3],
          ['2026-09-30', 4.5],
        ],
      },
    ],
    nodes: [
      { id: 'g', type: 'goal', title: '# Not a heading, R&D' },
      {
        id: 'o',
        parent: 'g',
        type: 'outcome',
        title: '- not a list _u_',
        metric: 'm',
        checkIns: [{ date: '2026-09-20', health: 'at-risk', note, author: '~~a~~' }],
      },
      {
        id: 'w',
        parent: 'o',
        type: 'output',
        title: '1. [link](http://e.com)',
        progress: 1,
        shipped: '2026-09-25',
      },
    ],
  });
  const { code, stdout } = await cli('review', file);
  const lines = stdout.split('\n');

  it('escapes Markdown in titles, names, notes and authors', () => {
    assert.equal(code, 0);
    assert.equal(lines[0], '# \\*x\\* \\<b>bold\\</b> — Review since 2026-08-31 (as of 2026-09-30)');
    assert.ok(lines.includes('## \\# Not a heading, R&D'), 'a goal title that looks like a heading');
    const outcome = lineStarting(stdout, '- \\- not a list \\_u\\_: ');
    assert.ok(outcome.includes('Rate\\_of\\_things'), outcome);
    const checkIn = lines.find((l) => l.includes('Check-in'));
    assert.ok(checkIn.includes(' by \\~\\~a\\~\\~ · '), checkIn);
    for (const escaped of [
      '\\*\\*bold\\*\\*',
      '\\<script>',
      '\\`code\\`',
      '\\&amp;',
      '\\[x\\](http://e.com)',
      ' \\\\”',
    ]) {
      assert.ok(checkIn.includes(escaped), `${escaped} in ${checkIn}`);
    }
    assert.ok(lineStarting(stdout, '- 1\\. \\[link\\](http://e.com): '));
  });

  it('reads back as the original text once the escapes are undone, on one line', () => {
    assert.equal(unescape(lines[0]), '# *x* <b>bold</b> — Review since 2026-08-31 (as of 2026-09-30)');
    const checkIn = lines.find((l) => l.includes('Check-in'));
    assert.ok(unescape(checkIn).endsWith(`“${note.replace('\n', ' ')}”`), unescape(checkIn));
    assert.equal(lines.filter((l) => l.includes('next line')).length, 1);
  });

  it('formats numbers in the document’s locale', () => {
    // 3 → 4.5 in German: 4,5; the progress (4.5 - 3) / (10 - 3) = 21 %, with the German space.
    const outcome = lineStarting(stdout, '- \\- not a list \\_u\\_: ');
    assert.ok(outcome.includes('3 → 4,5 (+1,5, better)'), outcome);
    const progress = new Intl.NumberFormat('de-DE', { style: 'percent' }).format(0.21);
    assert.ok(outcome.includes(`progress ${progress}`), outcome);
  });
});

describe('outcome-kit review: problems', () => {
  for (const since of ['2026-02-30', 'yesterday', '09/16/2026', '2026-09-16T10:00']) {
    it(`refuses --since ${since} with exit 2, naming it`, async () => {
      const { code, stdout, stderr } = await cli('review', example, '--since', since);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.ok(stderr.includes(`--since ${since}: `), stderr);
      assert.match(stderr, /expected a date YYYY-MM-DD/);
      assert.match(stderr, /Usage: outcome-kit review/);
    });
  }

  it('refuses a --since after the document’s asOf', async () => {
    const { code, stderr } = await cli('review', example, '--since', '2026-10-01');
    assert.equal(code, 2);
    assert.match(stderr, /--since 2026-10-01 is after the document's asOf \(2026-09-30\)/);
  });

  const usage = [
    [['review', example, '--sinse', '2026-09-01'], /unknown option --sinse/],
    [['review', example, '-s', '2026-09-01'], /unknown option -s/],
    [['review', example, '--format', 'html'], /--format html: expected markdown or json/],
    [['review', example, '--since'], /--since needs a value/],
    [['review', example, '--since', '2026-09-01', '--since', '2026-09-02'], /--since is given twice/],
    [['review', example, example], /one file at a time/],
    [['review'], /no file given/],
  ];
  for (const [args, message] of usage) {
    it(`exits 2 for ${args.slice(1).join(' ').replace(example, 'file.json') || 'no file'}`, async () => {
      const { code, stdout, stderr } = await cli(...args);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, message);
    });
  }

  it('prints the problems of an invalid document with their paths on stderr, exit 1', async () => {
    const { code, stdout, stderr } = await cli('review', invalid);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    const expected = parseDocument(readFileSync(invalid, 'utf8')).errors.map(
      (e) => `${invalid}: ${e.path || 'document'}: ${e.message}`,
    );
    assert.deepEqual(stderr.trimEnd().split('\n'), expected);
    assert.ok(stderr.includes(`${invalid}: nodes[2].url: `));
  });

  it('says when the file cannot be read, exit 1', async () => {
    const { code, stderr } = await cli('review', 'no/such/file.json');
    assert.equal(code, 1);
    assert.equal(stderr.trim(), 'no/such/file.json: no such file');
  });
});

describe('outcome-kit review: help', () => {
  it('--help lists the review command', async () => {
    const { code, stdout } = await cli('--help');
    assert.equal(code, 0);
    assert.ok(stdout.includes('outcome-kit review <file.json | -> [--since DATE] [--format markdown|json]'));
    assert.match(stdout, /^review {5}/m);
  });

  it('review --help explains its options, exit 0', async () => {
    const { code, stdout } = await cli('review', '--help');
    assert.equal(code, 0);
    assert.match(stdout, /--since DATE/);
    assert.match(stdout, /--format json/);
  });
});
