import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatPercent } from '../../../src/core/format.js';
import { parseDocument } from '../../../src/core/parse/index.js';
import type { OutcomeNode } from '../../../src/core/schema.js';
import { buildOutcomeTree, type OutcomeTreeNode } from '../../../src/core/tree.js';
import type { OutcomeErrorEvent } from '../../../src/events/outcome-error.js';
import type { OutcomeSelectEvent } from '../../../src/events/outcome-select.js';
import type { OutcomeToggleEvent } from '../../../src/events/outcome-toggle.js';
import { visibleRows } from '../../../src/elements/outcome-tree/tree-model.js';
import { largeTreeDocument } from '../../../fixtures/tree-large.js';
import { OutcomeTree } from '../../../src/outcome-tree.js';
import {
  docUrl,
  exampleDoc,
  itIsAccessibleInEveryState,
  loading,
  mount,
  nextEvent,
  overlappingText,
  part,
  recordEvents,
  text,
  textBoxes,
  uniqueKey,
} from '../../helpers.js';

const tree = (el: OutcomeTree) => el.shadowRoot!.querySelector<HTMLElement>('[role="tree"]')!;
/** The list's scrolling frame (column headers, the tree, the "N more" hint), or the map. */
const viewport = (el: OutcomeTree) => el.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
const items = (el: OutcomeTree) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')];
const item = (el: OutcomeTree, id: string) => el.shadowRoot!.getElementById(`node-${id}`);
const active = (el: OutcomeTree) =>
  tree(el)
    .getAttribute('aria-activedescendant')!
    .replace(/^node-/, '');
const ids = (el: OutcomeTree) => items(el).map((i) => i.id.replace(/^node-/, ''));

// A wrapper class for tests that need every row of the example rendered (no scrolling).
const tallList = document.createElement('style');
tallList.textContent = '.tall-list { --outcome-tree-max-height: 5000px; }';
document.head.append(tallList);

const treeOf = (doc: unknown = exampleDoc(), attrs = ''): Promise<OutcomeTree> =>
  mount('outcome-tree', doc, attrs);

/** Focuses the tree by keyboard, as a user would, and presses keys. */
async function press(el: OutcomeTree, ...keys: string[]): Promise<void> {
  if (el.shadowRoot!.activeElement !== tree(el)) tree(el).focus();
  for (const key of keys) {
    await sendKeys({ press: key });
    await el.updateComplete;
  }
}

function exampleTree(): Map<string, OutcomeTreeNode> {
  const all = new Map<string, OutcomeTreeNode>();
  const stack = [...buildOutcomeTree(parseDocument(exampleDoc()).document!).roots];
  while (stack.length) {
    const n = stack.pop()!;
    all.set(n.id, n);
    stack.push(...n.children);
  }
  return all;
}

const pct = (v: number | undefined) =>
  v === undefined ? '—' : formatPercent(v, 'en-US', { maximumFractionDigits: 0 });

describe('<outcome-tree>: list', () => {
  it('shows every goal and outcome with both measures, as buildOutcomeTree computes them', async () => {
    const el = await treeOf();
    const nodes = exampleTree();
    for (const node of nodes.values()) {
      if (node.type === 'output') continue;
      const row = text(item(el, node.id));
      expect(row, node.id).to.contain(node.title);
      expect(row, node.id).to.contain(`Outcome ${pct(node.outcomeProgress)}`);
      expect(row, node.id).to.contain(`Delivery ${pct(node.outputProgress)}`);
    }
    expect(text(item(el, 'g-retain'))).to.contain('Goal Customers stay and recommend us');
    expect(text(item(el, 'o-ret')))
      .to.contain('Outcome 11%')
      .and.contain('Delivery 95%');
  });

  it('flags the unaligned slide deck and the busy-but-not-moving retention outcome, in words', async () => {
    const el = await treeIn(1280, '', exampleDoc(), 'tall-list');
    expect(text(item(el, 'w-slides')!.querySelector('[part~="badge"]'))).to.equal('Unaligned');
    expect(text(item(el, 'o-ret')!.querySelector('[part~="badge"]'))).to.equal('Busy, not moving the needle');
    const narrower = await treeIn(800);
    const badge = item(narrower, 'o-ret')!.querySelector<HTMLElement>('[part~="badge"]')!;
    expect(text(badge), 'a narrow flags column takes the short label').to.equal('Not moving the needle');
    expect(badge.title).to.equal('Delivery is at least 50 points ahead of the outcome it is meant to move.');
    expect(item(el, 'o-nps')!.querySelector('[part~="badge"]')).to.equal(null);
  });

  it("shows the linked metric's value and status, the owner and links", async () => {
    const el = await treeOf();
    expect(text(item(el, 'o-nps'))).to.contain('Net Promoter Score: 45 pts · Met');
    expect(text(item(el, 'g-retain'))).to.contain('Leadership');
    const link = item(el, 'w-sla')!.querySelector<HTMLAnchorElement>('a[part~="link"]')!;
    expect(link.href).to.equal('https://example.com/sla');
    expect(link.rel).to.equal('noopener noreferrer');
  });

  it('opens goals and outcomes at first, and follows expand-depth, root and hide-outputs', async () => {
    const nodes = exampleTree();
    expect(ids(await treeOf())).to.have.length(nodes.size);
    expect(ids(await treeOf(exampleDoc(), 'expand-depth="1"'))).to.deep.equal([
      'g-retain',
      'g-grow',
      'w-slides',
    ]);
    expect(ids(await treeOf(exampleDoc(), 'root="o-ret"'))).to.deep.equal(['o-ret', 'w-onb', 'w-tour']);
    const goalsAndOutcomes = ids(await treeOf(exampleDoc(), 'hide-outputs'));
    expect(goalsAndOutcomes).to.deep.equal([
      'g-retain',
      'o-nps',
      'o-ret',
      'o-churn',
      'g-grow',
      'o-arr',
      'o-flow',
    ]);
  });

  it('gives every item its level, set size, position and expanded state', async () => {
    const el = await treeOf();
    const nps = item(el, 'o-nps')!;
    expect(nps.getAttribute('aria-level')).to.equal('2');
    expect(nps.getAttribute('aria-setsize')).to.equal('3');
    expect(nps.getAttribute('aria-posinset')).to.equal('1');
    expect(nps.getAttribute('aria-expanded')).to.equal('true');
    expect(item(el, 'w-survey')!.hasAttribute('aria-expanded'), 'a leaf has none').to.equal(false);
    expect(item(el, 'w-slides')!.getAttribute('aria-level')).to.equal('1');
    expect(tree(el).getAttribute('aria-label')).to.equal('Customer outcomes 2026: outcome tree');
  });

  it('renders titles as text, never HTML', async () => {
    const el = await treeOf({
      version: 1,
      metrics: [],
      nodes: [{ id: 'x', type: 'goal', title: '<img src=x onerror=alert(1)>' }],
    });
    expect(text(item(el, 'x'))).to.contain('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });
});

describe('<outcome-tree>: a large tree', () => {
  it('is built in slices: the skeleton shows and the page keeps running, then the rows', async () => {
    const doc = largeTreeDocument(30_000);
    const el = document.createElement('outcome-tree');
    el.data = doc;
    document.body.append(el);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await nextFrame();
    expect(el.shadowRoot!.querySelector('[part~="skeleton"]'), 'no skeleton while building').to.exist;
    await el.updateComplete;
    clearInterval(timer);
    expect(ticks, 'the page never ran while the tree was built').to.be.above(0);
    expect(el.shadowRoot!.querySelector('[part~="skeleton"]')).to.equal(null);
    const first = el.shadowRoot!.querySelector('[role="treeitem"]');
    expect(first?.textContent).to.contain(doc.nodes![0].title);
    el.remove();
  });
});

describe('<outcome-tree>: keyboard (WAI-ARIA tree view)', () => {
  it('is one tab stop: Tab enters the tree and the next Tab leaves it', async () => {
    const el = await treeOf();
    const before = document.createElement('button');
    const after = document.createElement('button');
    el.before(before);
    el.after(after);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'the "Flagged only" toggle above the tree comes first').to.equal(
      part(el, 'filter'),
    );
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(tree(el));
    expect(active(el)).to.equal('g-retain');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(after);
  });

  it('moves with Up, Down, Home and End', async () => {
    const el = await treeOf();
    await press(el, 'ArrowDown', 'ArrowDown');
    expect(active(el)).to.equal('w-survey');
    await press(el, 'ArrowUp');
    expect(active(el)).to.equal('o-nps');
    await press(el, 'End');
    expect(active(el)).to.equal('w-slides');
    await press(el, 'Home');
    expect(active(el)).to.equal('g-retain');
  });

  it('Right opens a closed node, then moves to its first child; Left closes, then moves to the parent', async () => {
    const el = await treeOf(exampleDoc(), 'expand-depth="1"');
    const toggles = recordEvents(el, 'outcome-toggle') as OutcomeToggleEvent[];
    await press(el, 'ArrowRight');
    expect(item(el, 'g-retain')!.getAttribute('aria-expanded')).to.equal('true');
    expect(active(el)).to.equal('g-retain');
    await press(el, 'ArrowRight');
    expect(active(el)).to.equal('o-nps');
    await press(el, 'ArrowLeft');
    expect(active(el), 'a closed child goes to its parent').to.equal('g-retain');
    await press(el, 'ArrowLeft');
    expect(item(el, 'g-retain')!.getAttribute('aria-expanded')).to.equal('false');
    expect(item(el, 'o-nps')).to.equal(null);
    expect(toggles.map((e) => e.detail)).to.deep.equal([
      { id: 'g-retain', expanded: true },
      { id: 'g-retain', expanded: false },
    ]);
  });

  it('Space toggles, Enter selects, * opens every sibling', async () => {
    const el = await treeOf(exampleDoc(), 'expand-depth="1"');
    await press(el, ' ');
    expect(item(el, 'g-retain')!.getAttribute('aria-expanded')).to.equal('true');
    await press(el, ' ');
    expect(item(el, 'g-retain')!.getAttribute('aria-expanded')).to.equal('false');
    const selected = nextEvent<OutcomeSelectEvent>(el, 'outcome-select');
    await press(el, 'Enter');
    const { detail } = await selected;
    expect(detail).to.deep.include({ type: 'node', id: 'g-retain' });
    expect(item(el, 'g-retain')!.getAttribute('aria-selected')).to.equal('true');
    await press(el, '*');
    expect(item(el, 'g-retain')!.getAttribute('aria-expanded')).to.equal('true');
    expect(item(el, 'g-grow')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('jumps by typing the start of a title', async () => {
    const el = await treeOf();
    await press(el, 'g');
    expect(active(el)).to.equal('g-grow');
    await new Promise((r) => setTimeout(r, 800));
    await press(el, 'c');
    expect(active(el)).to.equal('g-retain'); // "Customers stay…", after wrapping around
    await press(el, 'c');
    expect(active(el), 'the same letter again cycles').to.equal('w-survey'); // "Close the loop…"
    await press(el, 'c');
    expect(active(el)).to.equal('o-churn'); // "Churn below 1.5%"
    await new Promise((r) => setTimeout(r, 800));
    await press(el, 'p', 'r');
    expect(active(el), 'letters typed together make a prefix').to.equal('w-tour');
  });

  it('swaps Left and Right in right-to-left pages', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl">
        <outcome-tree expand-depth="1" .data=${exampleDoc()}></outcome-tree>
      </div>`,
    );
    const el = wrapper.querySelector('outcome-tree')!;
    await el.updateComplete;
    await press(el, 'ArrowLeft');
    expect(item(el, 'g-retain')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('opens the link of a node on Enter unless a listener prevents it', async () => {
    const el = await treeOf();
    const opened: unknown[] = [];
    const original = window.open;
    window.open = ((...args: unknown[]) => opened.push(args) && null) as typeof window.open;
    try {
      tree(el).focus();
      await press(el, 's', 'u'); // "Support SLA under 4 hours"
      expect(active(el)).to.equal('w-sla');
      const stop = (e: Event) => e.preventDefault();
      el.addEventListener('outcome-select', stop, { once: true });
      await press(el, 'Enter');
      expect(opened).to.have.length(0);
      await press(el, 'Enter');
      expect(opened).to.deep.equal([['https://example.com/sla', '_blank', 'noopener,noreferrer']]);
    } finally {
      window.open = original;
    }
  });
});

describe('<outcome-tree>: mouse', () => {
  it('toggles with the chevron and selects with a click on the node', async () => {
    const el = await treeOf();
    const toggled = nextEvent<OutcomeToggleEvent>(el, 'outcome-toggle');
    item(el, 'o-ret')!.querySelector<HTMLElement>('[data-toggle]')!.click();
    expect((await toggled).detail).to.deep.equal({ id: 'o-ret', expanded: false });
    await el.updateComplete;
    expect(item(el, 'w-onb')).to.equal(null);
    const selected = nextEvent<OutcomeSelectEvent>(el, 'outcome-select');
    item(el, 'o-churn')!.querySelector<HTMLElement>('.label')!.click();
    expect((await selected).detail).to.deep.include({ type: 'node', id: 'o-churn' });
    await el.updateComplete;
    expect(active(el)).to.equal('o-churn');
  });
});

describe('<outcome-tree>: focus that stays valid', () => {
  it('keeps the active row rendered when the list scrolls away from it', async () => {
    const nodes: OutcomeNode[] = [{ id: 'g', type: 'goal', title: 'Goal' }];
    for (let i = 0; i < 300; i++)
      nodes.push({ id: `o${i}`, parent: 'g', type: 'outcome', title: `O ${i}`, progress: 0.5 });
    const el = await treeOf({ version: 1, metrics: [], nodes });
    await press(el, 'Home');
    viewport(el).scrollTop = viewport(el).scrollHeight;
    viewport(el).dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    expect(item(el, 'o299'), 'the rows at the bottom are rendered').to.exist;
    expect(active(el)).to.equal('g');
    expect(item(el, 'g'), 'the active row exists').to.exist;
  });

  it('moves focus to the nearest shown ancestor when the focused node is hidden', async () => {
    const el = await treeOf();
    await press(el, 'ArrowDown', 'ArrowDown');
    expect(active(el)).to.equal('w-survey');
    el.hideOutputs = true;
    await el.updateComplete;
    expect(active(el)).to.equal('o-nps');
  });

  it('says there is no tree when nothing is left to show', async () => {
    const el = await treeOf(
      { version: 1, metrics: [], nodes: [{ id: 'w', type: 'output', title: 'Only work' }] },
      'hide-outputs',
    );
    expect(text(el.shadowRoot!.querySelector('[part~="empty"]'))).to.equal('No outcome tree yet');
    expect(el.shadowRoot!.querySelector('[role="tree"]')).to.equal(null);
  });

  it('starts the map afresh when another part of the tree is shown', async () => {
    const el = await treeOf(exampleDoc(), 'layout="map"');
    const k = () =>
      Number(getComputedStyle(el.shadowRoot!.querySelector('.canvas')!).getPropertyValue('--_k'));
    const start = k();
    await press(el, '+', '+');
    expect(k()).to.be.greaterThan(start);
    el.root = 'o-ret';
    await el.updateComplete;
    expect(k(), 'a small subtree fits at full size').to.equal(1);
  });
});

describe('<outcome-tree>: stale data', () => {
  it('keeps the tree on screen, marked stale, when a refresh fails', async () => {
    const el = await treeOf(null);
    el.src = docUrl(uniqueKey('flaky-tree'), { 'fail-after': 1 });
    await waitUntil(() => item(el, 'g-retain'), 'never loaded');
    el.reload();
    await nextEvent(el, 'outcome-error');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part~="stale"]'))).to.equal('Stale');
    expect(item(el, 'g-retain')).to.exist;
  });
});

/**
 * The size every visible run of text is drawn at: its font size times the scale it is drawn at
 * (the map's zoom), for text that is visible (not hidden, not clipped to a pixel for screen readers).
 */
function drawnTextSizes(root: Element): { text: string; size: number }[] {
  const found: { text: string; size: number }[] = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    const own = [...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (!own.length || !(element as HTMLElement).checkVisibility({ visibilityProperty: true })) continue;
    const box = element.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;
    // Map cards are drawn at the canvas's zoom, which the map publishes as --_k.
    const canvas = element.closest('.canvas');
    const scale = canvas ? Number(getComputedStyle(canvas).getPropertyValue('--_k')) : 1;
    found.push({
      text: element.textContent!.trim(),
      size: parseFloat(getComputedStyle(element).fontSize) * scale,
    });
  }
  return found;
}

/** A `<div>` of that width (and optional class) holding an outcome tree, measured and drawn. */
async function treeIn(
  width: number,
  attrs = '',
  doc: unknown = exampleDoc(),
  wrapper = '',
): Promise<OutcomeTree> {
  const el = await mount('outcome-tree', doc, attrs, wrapper);
  el.parentElement!.style.width = `${width}px`;
  await settle(el);
  return el;
}

/** Waits until measuring and drawing are done: sizes are observed, heights measured next frame. */
async function settle(el: OutcomeTree): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await nextFrame();
    await el.updateComplete;
  }
}

describe('<outcome-tree>: sizes', () => {
  it('fits 360 pixels: rows stack, nothing spills sideways, nothing is cut', async () => {
    const el = await treeIn(360);
    expect(viewport(el).classList.contains('stacked')).to.equal(true);
    expect(part(el, 'columns'), 'no column headers when rows stack').to.equal(null);
    expect(viewport(el).scrollWidth).to.be.at.most(viewport(el).clientWidth);
    for (const piece of el.shadowRoot!.querySelectorAll<HTMLElement>('.label, .badge, .measure, .sub')) {
      const box = piece.getBoundingClientRect();
      expect(piece.scrollWidth, `${piece.textContent} is cut`).to.be.at.most(piece.clientWidth + 1);
      expect(box.right, `${piece.textContent} spills`).to.be.at.most(
        viewport(el).getBoundingClientRect().right,
      );
    }
    expect(text(item(el, 'o-ret')), 'the whole flag is there').to.contain('Busy, not moving the needle');
  });

  it('fills a host given a fixed height', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <outcome-tree style="height: 240px" .data=${exampleDoc()}></outcome-tree>
      </div>`,
    );
    const el = wrapper.querySelector('outcome-tree')!;
    await settle(el);
    const host = el.getBoundingClientRect();
    const view = viewport(el).getBoundingClientRect();
    expect(view.bottom).to.be.at.most(host.bottom + 0.5);
    expect(view.height).to.be.greaterThan(150);
    // The list is shorter than its max-height there: keys still bring the active row into view.
    await press(el, 'End');
    await settle(el);
    const last = item(el, active(el))!.getBoundingClientRect();
    expect(last.bottom, 'the last row is in view').to.be.at.most(
      viewport(el).getBoundingClientRect().bottom + 1,
    );
    expect(text(part(el, 'more')), 'nothing below the last row').to.equal('');
  });
});

describe('<outcome-tree>: list columns', () => {
  const left = (el: Element | null) => Math.round(el!.getBoundingClientRect().left);

  it('aligns the outcome bars, the delivery bars and the flags in columns under visible headers', async () => {
    const el = await treeIn(1280);
    expect(viewport(el).classList.contains('columns')).to.equal(true);
    const head = part(el, 'columns')!;
    expect(text(head)).to.equal('Goal, outcome or output Outcome progress Delivery Flags');
    expect(tree(el).getAttribute('aria-describedby'), 'the headers describe the tree').to.equal(head.id);
    const rows = items(el);
    const bars = (kind: string) =>
      new Set(
        rows
          .map((r) => r.querySelector(`.measure.${kind} .bar`))
          .filter(Boolean)
          .map(left),
      );
    expect(bars('outcome').size, 'outcome bars start at one x').to.equal(1);
    expect(bars('delivery').size, 'delivery bars start at one x').to.equal(1);
    const [, outcomeHead, deliveryHead, flagsHead] = [...head.children];
    const start = (kind: string) => left(rows[0].querySelector(`.measure.${kind}`));
    expect(left(outcomeHead)).to.equal(start('outcome'));
    expect(left(deliveryHead)).to.equal(start('delivery'));
    expect(left(item(el, 'o-ret')!.querySelector('.flags'))).to.equal(left(flagsHead));
    expect(
      item(el, 'o-ret')!.querySelector('.bar')!.getBoundingClientRect().width,
      'bars use the width',
    ).to.be.above(100);
    expect(text(item(el, 'o-ret')), 'each value still names its measure').to.contain('Outcome 11%');
  });

  it('gives rows the height of their content: nothing overlaps under a page with larger fonts', async () => {
    const style = document.createElement('style');
    style.textContent = '.big-page { font-size: 22px; line-height: 2.2; font-family: Georgia, serif; }';
    document.head.append(style);
    try {
      for (const width of [390, 800, 1280]) {
        const el = await treeIn(width, '', exampleDoc(), 'big-page');
        const overlaps = overlappingText(textBoxes(tree(el)));
        expect(overlaps, `${width}px`).to.deep.equal([]);
        const boxes = items(el).map((r) => r.getBoundingClientRect());
        boxes
          .slice(1)
          .forEach((b, i) => expect(b.top, `${width}px row ${i + 1}`).to.be.at.least(boxes[i].bottom - 1));
        for (const label of el.shadowRoot!.querySelectorAll<HTMLElement>('.label, .badge')) {
          expect(label.scrollWidth, label.textContent!).to.be.at.most(label.clientWidth + 1);
        }
      }
    } finally {
      style.remove();
    }
  });

  it('draws no text below 11 pixels', async () => {
    for (const width of [390, 1280]) {
      const el = await treeIn(width);
      const sizes = drawnTextSizes(el.shadowRoot!.querySelector('.base')!);
      expect(sizes.length).to.be.above(20);
      for (const { text: t, size } of sizes) expect(size, `"${t}" at ${width}px`).to.be.at.least(11);
    }
  });
});

describe('<outcome-tree>: attention first', () => {
  it('counts the flags of the tree by kind, above it', async () => {
    const el = await treeOf();
    // The example expects a check-in every 14 days before 2026-09-30: "90-day retention" (last on
    // 2026-08-20), "Churn below 1.5%" (none) and "Deliver value faster" (2026-09-10) are late.
    expect(text(part(el, 'summary'))).to.equal(
      '1 unaligned · 1 busy, not moving the needle · 3 without a recent check-in',
    );
    const calm = await treeOf(exampleDoc(), 'root="o-nps"');
    expect(text(part(calm, 'summary'))).to.equal('Nothing flagged');
    expect(part(calm, 'filter'), 'nothing to filter').to.equal(null);
  });

  it('shows only flagged nodes with their ancestors, from the toggle or the flagged-only attribute', async () => {
    const el = await treeOf();
    el.style.setProperty('--outcome-tree-max-height', '4000px');
    const button = part(el, 'filter')!;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(el.hasAttribute('flagged-only'), 'reflected').to.equal(true);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    const flagged = ['g-retain', 'o-ret', 'o-churn', 'g-grow', 'o-flow', 'w-slides'];
    expect(ids(el)).to.deep.equal(flagged);
    expect(item(el, 'g-retain')!.getAttribute('aria-expanded'), 'ancestors open').to.equal('true');
    button.click();
    await el.updateComplete;
    expect(ids(el)).to.have.length(exampleTree().size);
    const byAttribute = await treeOf(exampleDoc(), 'flagged-only expand-depth="1"');
    expect(ids(byAttribute), 'ancestors open even past expand-depth').to.deep.equal(flagged);
  });

  it('fades the bottom of a list that scrolls and says how many rows lie below', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1000px; --outcome-tree-max-height: 300px">
        <outcome-tree .data=${exampleDoc()}></outcome-tree>
      </div>`,
    );
    const el = wrapper.querySelector('outcome-tree')!;
    await settle(el);
    const band = viewport(el).getBoundingClientRect();
    // Rows below the view may not be rendered: count from the last row that starts inside it.
    const roots = buildOutcomeTree(parseDocument(exampleDoc()).document!).roots;
    const order = visibleRows(roots, { isExpanded: (n) => n.type !== 'output' }).map(
      (r) => `node-${r.node.id}`,
    );
    const inView = items(el).filter((r) => r.getBoundingClientRect().top < band.bottom);
    const below = order.length - 1 - Math.max(...inView.map((r) => order.indexOf(r.id)));
    expect(below).to.be.above(0);
    expect(text(part(el, 'more'))).to.equal(`${below} more`);
    viewport(el).scrollTop = viewport(el).scrollHeight;
    viewport(el).dispatchEvent(new Event('scroll'));
    await settle(el);
    expect(part(el, 'more'), 'nothing more at the end').to.equal(null);
  });
});

describe('<outcome-tree>: 5,000 and 100,000 nodes', () => {
  /** Ten goals of twenty outcomes, each with `outputs` outputs; some titles are long. */
  const large = (outputs: number) => {
    const nodes: OutcomeNode[] = [];
    for (let g = 0; g < 10; g++) {
      nodes.push({ id: `g${g}`, type: 'goal', title: `Goal ${g}` });
      for (let o = 0; o < 20; o++) {
        nodes.push({
          id: `g${g}o${o}`,
          parent: `g${g}`,
          type: 'outcome',
          title: `Outcome ${g}.${o}`,
          progress: o / 20,
        });
        for (let w = 0; w < outputs; w++) {
          const long =
            w % 7 === 0 ? ' with a long title that wraps onto a second line on a narrow screen' : '';
          nodes.push({
            id: `g${g}o${o}w${w}`,
            parent: `g${g}o${o}`,
            type: 'output',
            title: `Task ${g}.${o}.${w}${long}`,
            progress: w / outputs,
          });
        }
      }
    }
    return { version: 1, metrics: [], nodes };
  };

  it('renders only the rows in view, and the last row when End is pressed', async () => {
    const big = large(24);
    expect(big.nodes.length).to.equal(5010);
    const el = await treeOf(big, 'expand-depth="3"');
    await settle(el);
    expect(tree(el).getAttribute('aria-label')).to.equal('Outcome tree');
    expect(items(el).length).to.be.within(5, 60);
    expect(item(el, 'g0')!.getAttribute('aria-setsize')).to.equal('10');
    await press(el, 'End');
    await waitUntil(() => item(el, 'g9o19w23'), 'the last row was not rendered');
    expect(active(el)).to.equal('g9o19w23');
    expect(items(el).length).to.be.within(5, 60);
    expect(item(el, 'g9o19w23')!.getAttribute('aria-posinset')).to.equal('24');
  });

  it('measures rows of different heights at 390 px: 100,000 nodes, rows in view only, none overlapping', async () => {
    const big = large(499);
    expect(big.nodes.length).to.equal(100_010);
    const el = await treeIn(390, 'expand-depth="3"', big);
    const boxes = () => items(el).map((r) => r.getBoundingClientRect());
    const heights = new Set(boxes().map((b) => Math.round(b.height)));
    expect(heights.size, 'rows of different heights').to.be.above(1);
    expect(items(el).length).to.be.within(3, 60);
    viewport(el).scrollTop = 40_000;
    viewport(el).dispatchEvent(new Event('scroll'));
    await settle(el);
    expect(items(el).length).to.be.within(3, 60);
    const shown = boxes().sort((a, b) => a.top - b.top);
    shown.slice(1).forEach((b, i) => expect(b.top).to.be.at.least(shown[i].bottom - 1));
    const view = viewport(el).getBoundingClientRect();
    expect(
      shown.some((b) => b.top < view.bottom && b.bottom > view.top),
      'rows fill the view',
    ).to.equal(true);
  });
});

describe('<outcome-tree>: map layout', () => {
  it('lays out the visible nodes as cards joined by links, with the same tree keys', async () => {
    const el = await treeOf(exampleDoc(), 'layout="map"');
    await press(el, '0'); // fit: every card in view
    expect(items(el)).to.have.length(exampleTree().size);
    const links = () => el.shadowRoot!.querySelector('.links path')!.getAttribute('d')!.match(/M/g)!.length;
    expect(links()).to.equal(exampleTree().size - 3);
    await press(el, 'ArrowDown', 'ArrowRight');
    expect(active(el)).to.equal('w-survey');
    await press(el, 'ArrowLeft', 'ArrowLeft');
    expect(item(el, 'o-nps')!.getAttribute('aria-expanded')).to.equal('false');
    expect(links()).to.equal(exampleTree().size - 4);
  });

  const k = (el: OutcomeTree) =>
    Number(getComputedStyle(el.shadowRoot!.querySelector('.canvas')!).getPropertyValue('--_k'));
  const inside = (inner: DOMRect, outer: DOMRect) =>
    inner.left >= outer.left - 0.5 &&
    inner.right <= outer.right + 0.5 &&
    inner.top >= outer.top - 0.5 &&
    inner.bottom <= outer.bottom + 0.5;

  it('first shows every example node, full cards with readable text, buttons inside the frame', async () => {
    const el = await treeIn(1280, 'layout="map"');
    const frame = tree(el).getBoundingClientRect();
    expect(items(el)).to.have.length(exampleTree().size);
    for (const card of items(el)) expect(inside(card.getBoundingClientRect(), frame), card.id).to.equal(true);
    expect(tree(el).classList.contains('full'), 'full cards').to.equal(true);
    expect(text(item(el, 'o-ret')))
      .to.contain('Outcome 11%')
      .and.contain('Delivery 95%')
      .and.contain('Not moving the needle');
    for (const badge of el.shadowRoot!.querySelectorAll<HTMLElement>('.card [part~="badge"]')) {
      const lineHeight = parseFloat(getComputedStyle(badge).lineHeight);
      expect(badge.offsetHeight, `${badge.textContent} fits its pill on one line`).to.be.below(
        lineHeight * 1.6,
      );
      expect(badge.getBoundingClientRect().right).to.be.at.most(
        badge.closest('.card')!.getBoundingClientRect().right,
      );
    }
    expect(inside(part(el, 'zoom')!.getBoundingClientRect(), frame), 'zoom buttons inside').to.equal(true);
    expect(part(el, 'note'), 'nothing outside the view').to.equal(null);
    for (const card of items(el)) {
      const content = card.querySelector<HTMLElement>('.content')!;
      expect(content.offsetHeight, `${card.id} is cut`).to.be.at.most(card.clientHeight - 10);
    }
  });

  it('sizes cards to their content under a page with larger fonts: nothing cut, nothing overlapping', async () => {
    const style = document.createElement('style');
    style.textContent = '.big-page { font-size: 20px; line-height: 2; font-family: Georgia, serif; }';
    document.head.append(style);
    try {
      const el = await treeIn(1600, 'layout="map"', exampleDoc(), 'big-page');
      await press(el, '0');
      await settle(el);
      for (const card of items(el)) {
        const content = card.querySelector<HTMLElement>('.content')!;
        expect(content.offsetHeight, `${card.id} is cut`).to.be.at.most(card.clientHeight - 10);
      }
      expect(overlappingText(textBoxes(tree(el)))).to.deep.equal([]);
    } finally {
      style.remove();
    }
  });

  it('never draws text below 11 pixels, at any zoom', async () => {
    const el = await treeIn(1280, 'layout="map"');
    const drawn = () => drawnTextSizes(tree(el)).map((d) => ({ ...d, zoom: k(el) }));
    const sizes = [drawn()];
    for (let i = 0; i < 12; i++) {
      await press(el, '-');
      await settle(el);
      sizes.push(drawn());
    }
    expect(sizes[0].length, 'text at first').to.be.above(20);
    expect(sizes.filter((s) => s.length).length, 'zoom steps with text').to.be.above(3);
    for (const step of sizes)
      for (const { text: t, size, zoom } of step) expect(size, `"${t}" at ${zoom}`).to.be.at.least(11 - 1e-3);
    expect(tree(el).classList.contains('outline'), 'far out, cards are outlines').to.equal(true);
    expect(text(part(el, 'note'))).to.equal('Zoom in to read the cards.');
  });

  it('at 390 px starts readable, says how many nodes lie outside, and Fit reaches them', async () => {
    const el = await treeIn(390, 'layout="map"');
    const outside = () => {
      const frame = tree(el).getBoundingClientRect();
      return items(el).filter((c) => !inside(c.getBoundingClientRect(), frame)).length;
    };
    const hidden = exampleTree().size - items(el).length + outside();
    expect(hidden).to.be.above(0);
    expect(text(part(el, 'note'))).to.equal(
      `${hidden} of ${exampleTree().size} nodes are outside the view. Fit shows them all.`,
    );
    const fit = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="zoom"] button')][2];
    fit.click();
    await settle(el);
    expect(items(el)).to.have.length(exampleTree().size);
    expect(outside()).to.equal(0);
  });

  it('lets the wheel scroll the page, zooms with Ctrl + wheel, and says so', async () => {
    const el = await treeIn(1280, 'layout="map"');
    const start = k(el);
    const wheel = (init: WheelEventInit) => {
      const event = new WheelEvent('wheel', {
        deltaY: -200,
        clientX: 100,
        clientY: 100,
        bubbles: true,
        cancelable: true,
        ...init,
      });
      tree(el).dispatchEvent(event);
      return event;
    };
    expect(wheel({}).defaultPrevented, 'the page scrolls').to.equal(false);
    await el.updateComplete;
    expect(k(el)).to.equal(start);
    expect(text(part(el, 'note'))).to.match(/^(Ctrl|⌘) \+ scroll to zoom$/);
    expect(wheel({ ctrlKey: true }).defaultPrevented).to.equal(true);
    await el.updateComplete;
    expect(k(el)).to.be.greaterThan(start);
  });

  it('zooms with the buttons and keys, pinches with two fingers, pans by dragging, and fits again', async () => {
    const el = await treeIn(1280, 'layout="map"');
    const start = k(el);
    const [zoomIn, zoomOut, fit] = [
      ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="zoom"] button'),
    ];
    zoomIn.click();
    await el.updateComplete;
    expect(k(el)).to.be.closeTo(start * 1.25, 1e-6);
    zoomOut.click();
    await el.updateComplete;
    expect(k(el)).to.be.closeTo(start, 1e-6);
    await press(el, '+');
    expect(k(el)).to.be.closeTo(start * 1.25, 1e-6);
    await press(el, '0');
    expect(k(el), '0 fits').to.be.closeTo(start, 1e-6);
    const box = tree(el).getBoundingClientRect();
    const touch = (type: string, pointerId: number, clientX: number) =>
      tree(el).dispatchEvent(
        new PointerEvent(type, {
          pointerId,
          pointerType: 'touch',
          clientX,
          clientY: box.top + 100,
          bubbles: true,
        }),
      );
    touch('pointerdown', 11, box.left + 300);
    touch('pointerdown', 12, box.left + 400);
    touch('pointermove', 12, box.left + 500);
    touch('pointerup', 11, box.left + 300);
    touch('pointerup', 12, box.left + 500);
    await el.updateComplete;
    expect(k(el), 'fingers twice as far apart').to.be.closeTo(Math.min(2, start * 2), 1e-6);
    const canvas = () => getComputedStyle(el.shadowRoot!.querySelector('.canvas')!);
    const before = canvas().getPropertyValue('--_tx');
    const at = { clientX: box.right - 60, clientY: box.bottom - 5, pointerId: 1, button: 0, bubbles: true };
    tree(el).dispatchEvent(new PointerEvent('pointerdown', at));
    tree(el).dispatchEvent(new PointerEvent('pointermove', { ...at, clientX: at.clientX - 40 }));
    tree(el).dispatchEvent(new PointerEvent('pointerup', at));
    await el.updateComplete;
    expect(parseFloat(canvas().getPropertyValue('--_tx'))).to.be.closeTo(parseFloat(before) - 40, 0.5);
    fit.click();
    await el.updateComplete;
    expect(k(el)).to.be.closeTo(start, 1e-6);
  });

  it('keeps the active node in view as the keyboard moves', async () => {
    const el = await treeIn(390, 'layout="map"');
    tree(el).focus();
    for (const key of ['End', 'Home', 'End']) {
      await press(el, key);
      await settle(el);
      const card = item(el, active(el))!.getBoundingClientRect();
      expect(inside(card, tree(el).getBoundingClientRect()), `${key}: ${active(el)}`).to.equal(true);
    }
  });
});

describe('<outcome-tree>: large map', () => {
  it('renders only the cards in view, and the focused one wherever it is', async () => {
    const nodes: OutcomeNode[] = [{ id: 'g', type: 'goal', title: 'Goal' }];
    for (let i = 0; i < 400; i++)
      nodes.push({ id: `o${i}`, parent: 'g', type: 'outcome', title: `Outcome ${i}`, progress: 0.5 });
    const el = await treeOf({ version: 1, metrics: [], nodes }, 'layout="map"');
    await waitUntil(() => el.shadowRoot!.querySelector('.viewport')!.clientWidth > 0);
    await el.updateComplete;
    // At the smallest zoom, 401 cards are far wider than the container: only those in view render.
    expect(items(el).length).to.be.within(2, 80);
    await press(el, 'End');
    expect(active(el)).to.equal('o399');
    expect(item(el, 'o399')).to.exist;
  });
});

describe('<outcome-tree>: errors and states', () => {
  it('shows a broken metric on its node only', async () => {
    const doc = {
      version: 1,
      metrics: [{ id: 'bad', name: 'Bad', kind: 'outcome', points: [['2026-01-31', 'abc']] }],
      nodes: [
        { id: 'g', type: 'goal', title: 'Goal' },
        { id: 'o', parent: 'g', type: 'outcome', title: 'Measured badly', metric: 'bad' },
        { id: 'p', parent: 'g', type: 'outcome', title: 'Fine', progress: 0.5 },
      ],
    };
    const el = await treeOf(doc);
    expect(text(item(el, 'o')!.querySelector('[part~="error"]'))).to.contain(
      'Metric problem: metrics[0].points[0][1]: expected a finite number or null, got "abc"',
    );
    expect(item(el, 'p')!.querySelector('[part~="error"]')).to.equal(null);
    expect(text(item(el, 'o')), 'the metric problem, not "Unmeasured"').not.to.contain('Unmeasured');
    expect(text(item(el, 'p'))).to.contain('Outcome 50%');
  });

  it('lists nodes left out by validation above the tree, fires outcome-error, and shows the rest', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('outcome-tree');
    el.data = {
      version: 1,
      metrics: [],
      nodes: [
        { id: 'ok', type: 'goal', title: 'Fine' },
        { id: 'a', parent: 'b', type: 'goal', title: 'A' },
        { id: 'b', parent: 'a', type: 'goal', title: 'B' },
      ],
    };
    const error = nextEvent<OutcomeErrorEvent>(el, 'outcome-error');
    wrapper.append(el);
    expect((await error).detail.errors.map((e) => e.path)).to.deep.equal([
      'nodes[1].parent',
      'nodes[2].parent',
    ]);
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part~="error"]'))).to.contain('Some nodes cannot be shown');
    expect(ids(el)).to.deep.equal(['ok']);
  });

  it('says when the root attribute names no node', async () => {
    const el = await treeOf(exampleDoc(), 'root="nope"');
    expect(text(el.shadowRoot!.querySelector('[part~="error"]'))).to.contain(
      'nodes: expected the id of a node of this document, got "nope"',
    );
  });

  it('says "No outcome tree yet" for a document without nodes', async () => {
    const el = await treeOf({ version: 1, metrics: [] });
    expect(text(el.shadowRoot!.querySelector('[part~="empty"]'))).to.equal('No outcome tree yet');
  });
});

describe('<outcome-tree>: check-ins and what moved', () => {
  it("shows each node's latest check-in: health in words, confidence, how long ago, author, the note", async () => {
    const el = await treeIn(1280);
    // o-nps: latest check-in 2026-09-26, four days before the document's asOf (2026-09-30).
    const line = item(el, 'o-nps')!.querySelector('.check-in')!;
    expect(text(line)).to.match(
      /^On track · 90% confident · 4 days ago · Dana \(CX\) 45 reached a quarter early/,
    );
    expect(line.querySelector('.health')!.classList.contains('on-track')).to.equal(true);
    expect(line.querySelector('.ci-note')!.classList.contains('clamped'), 'two lines in the row').to.equal(
      true,
    );
    expect(text(item(el, 'o-ret')!.querySelector('.check-in'))).to.contain(
      'Off track · 30% confident · 6 weeks ago',
    );
    expect(item(el, 'o-churn')!.querySelector('.check-in'), 'no check-in, nothing made up').to.equal(null);
    expect(text(item(el, 'o-churn'))).to.contain('No recent check-in');
    expect(text(item(el, 'o-nps')), 'checked in 4 days ago: not late').not.to.contain('No recent check-in');
  });

  it('says what the aimed metric did after an output shipped, as "since", never as a cause', async () => {
    const el = await treeIn(1280);
    expect(text(item(el, 'w-onb'))).to.contain('90-day retention: no change since shipped Mar 3');
    expect(text(item(el, 'w-pricing'))).to.match(
      /Annual recurring revenue: \+€[\d.,]+K? since shipped Jun 15/,
    );
    expect(text(item(el, 'w-tour')), 'not shipped').not.to.contain('since shipped');
  });

  it("lists the active node's check-ins below the tree, newest first, reached by keyboard", async () => {
    const el = await treeIn(1280);
    await press(el, 'ArrowDown');
    expect(active(el)).to.equal('o-nps');
    const panel = part(el, 'check-ins')!;
    expect(panel.getAttribute('aria-label')).to.equal('Check-ins: NPS from 31 to 45');
    expect(text(panel)).to.contain('45 reached a quarter early');
    await sendKeys({ press: 'Tab' });
    const summary = panel.querySelector('summary')!;
    expect(el.shadowRoot!.activeElement, 'Tab leaves the tree for the history').to.equal(summary);
    expect(text(summary)).to.equal('All 2 check-ins, newest first');
    await sendKeys({ press: 'Enter' });
    expect(panel.querySelector('details')!.open).to.equal(true);
    const entries = [...panel.querySelectorAll('li')].map((li) => text(li));
    expect(entries).to.have.length(2);
    expect(entries[0]).to.match(/^Sep 26, 2026/);
    expect(entries[1]).to.match(/^Aug 28, 2026 .*Detractor call-backs started in August/);
  });

  it('with since, marks check-ins newer than the date and statuses that moved', async () => {
    const el = await treeIn(1280, 'since="2026-09-01"');
    expect(text(item(el, 'o-nps')))
      .to.contain('On track → Met')
      .and.contain('New since Sep 1, 2026');
    expect(text(item(el, 'o-ret')), 'checked in on Aug 20').not.to.contain('New since');
    expect(text(item(el, 'o-ret')), 'off track then and now').not.to.contain('→');
    const bad = await treeIn(1280, 'since="last week"');
    expect(text(part(bad, 'error'))).to.contain('since: expected a date YYYY-MM-DD, got "last week"');
    expect(item(bad, 'g-retain'), 'the tree still shows').to.exist;
  });
});

describe('<outcome-tree>: accessibility', () => {
  const states = {
    list: () => treeOf(),
    'review since a date': () => treeOf(exampleDoc(), 'since="2026-09-01"'),
    map: () => treeOf(exampleDoc(), 'layout="map"'),
    empty: () => treeOf({ version: 1, metrics: [] }),
    error: () => treeOf({ version: 7, metrics: [] }),
    loading: async () => loading(await treeOf(undefined)),
  };
  itIsAccessibleInEveryState(states);

  it('defines outcome-tree once', () => {
    expect(customElements.get('outcome-tree')).to.equal(OutcomeTree);
  });
});
