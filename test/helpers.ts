import { expect, fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ValidationError } from '../src/core/schema.js';
import { OutcomeElement } from '../src/elements/internal/outcome-element.js';
import { stateStyles, tokens } from '../src/styles/tokens.js';
import example from '../fixtures/saas-outcomes.json' with { type: 'json' };

/** A fresh deep copy of the example document, safe to mutate. */
export function exampleDoc(): Record<string, unknown> {
  return structuredClone(example) as Record<string, unknown>;
}

/** The URL of a counted, optionally slow or failing copy of the example document (see test/server.js). */
export function docUrl(key: string, params: Record<string, string | number> = {}): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return `/__test__/doc/${key}.json${query.size ? `?${query}` : ''}`;
}

/** How often the server answered, and saw aborted, requests for a key. */
export async function serverStats(key: string): Promise<{ hits: number; aborted: number }> {
  const response = await fetch(`/__test__/stats/${key}`);
  return (await response.json()) as { hits: number; aborted: number };
}

/** A unique key per call, so tests running side by side do not share counters. */
export function uniqueKey(name: string): string {
  return `${name}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Resolves with the next event of that type from the element. */
export function nextEvent<T extends Event = CustomEvent>(target: EventTarget, type: string): Promise<T> {
  return new Promise((resolve) => target.addEventListener(type, (e) => resolve(e as T), { once: true }));
}

/** Collects every event of the given types the target fires, for asserting counts. */
export function recordEvents(target: EventTarget, ...types: string[]): CustomEvent[] {
  const seen: CustomEvent[] = [];
  for (const type of types) target.addEventListener(type, (e) => seen.push(e as CustomEvent));
  return seen;
}

/**
 * Puts `<tag attrs>` in a fresh wrapper (`wrapperClass` for its size), gives it `data`, and waits
 * for it to render. `attrs` is HTML, as a page author writes it.
 */
export async function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  data: unknown,
  attrs = '',
  wrapperClass = '',
): Promise<HTMLElementTagNameMap[K] & OutcomeElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div class=${wrapperClass}></div>`);
  wrapper.innerHTML = `<${tag} ${attrs}></${tag}>`;
  const el = wrapper.querySelector(tag) as HTMLElementTagNameMap[K] & OutcomeElement;
  el.data = data;
  await el.updateComplete;
  return el;
}

/** The first element of the shadow root with that part name. */
export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** The text a user reads in an element, whitespace folded. */
export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Text a user would read in an element's shadow root, whitespace folded. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * A minimal widget over the shared base class: it shows its state, the document's title and its
 * resolved locale, so tests can see exactly what the source controller gave it.
 */
export class TestProbe extends OutcomeElement {
  static override styles = [tokens, stateStyles];

  /** Problems to show through the shared error panel, as an element does for a broken part. */
  @property({ attribute: false }) shownErrors?: ValidationError[];

  protected override render(): TemplateResult {
    const view = this.shownErrors ? this.renderErrors(this.shownErrors) : this.renderSourceState();
    const document = this.source.result?.document;
    return html`<div part="base" class="theme ${this.themeClass}" data-state=${this.source.state}>
      ${view ?? html`<p class="title">${document?.title ?? 'untitled'}</p>`}
      <p class="source">${this.source.kind ?? ''}</p>
      <p class="locale">${this.resolvedLocale}</p>
      ${this.renderStale()}
    </div>`;
  }

  /** What a user would see as this probe's state. */
  get shownState(): string {
    return this.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state') ?? '';
  }

  /** The title the probe shows, when ready. */
  get shownTitle(): string | undefined {
    return this.shadowRoot?.querySelector('.title')?.textContent ?? undefined;
  }
}
if (!customElements.get('test-probe')) customElements.define('test-probe', TestProbe);

declare global {
  interface HTMLElementTagNameMap {
    'test-probe': TestProbe;
  }
}

/** Puts an element in the loading state: no `data`, and a `src` that answers only after two seconds. */
export async function loading<T extends OutcomeElement>(el: T): Promise<T> {
  el.data = undefined;
  el.src = docUrl(uniqueKey('slow'), { delay: 2000 });
  await el.updateComplete;
  if (!el.shadowRoot?.querySelector('[aria-busy="true"]')) throw new Error('not in the loading state');
  return el;
}

/** One axe-core test per state and theme: every state of an element is accessible in both themes. */
export function itIsAccessibleInEveryState(states: Record<string, () => Promise<OutcomeElement>>): void {
  for (const theme of ['light', 'dark'] as const) {
    for (const [name, make] of Object.entries(states)) {
      it(`is accessible: ${name}, ${theme}`, async () => {
        const el = await make();
        el.theme = theme;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  }
}

/** A run of visible text and its box on screen. */
export interface TextBox {
  text: string;
  box: DOMRect;
  /** The text node the run belongs to (the lines of one node never count as overlapping). */
  node?: Node;
}

/**
 * Every run of visible text inside `root`, looking into open shadow roots and slotted children,
 * with its box: text hidden for screen readers only (clipped to 1px) and text of hidden elements
 * are left out.
 */
export function textBoxes(root: Element): TextBox[] {
  const found: TextBox[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const value = node.textContent?.trim();
      const parent = node.parentElement;
      if (!value || !parent || parent.closest('style, script, .visually-hidden')) return;
      const style = getComputedStyle(parent);
      if (style.visibility === 'hidden' || style.display === 'none') return;
      const range = document.createRange();
      range.selectNodeContents(node);
      // Lines its own element clips (a note clamped to two lines) are not drawn.
      const clip = style.overflow !== 'visible' ? parent.getBoundingClientRect() : undefined;
      for (const box of range.getClientRects()) {
        const middle = (box.top + box.bottom) / 2;
        if (clip && (middle >= clip.bottom || middle <= clip.top)) continue;
        if (box.width > 0 && box.height > 0) found.push({ text: value, box, node });
      }
      return;
    }
    // A host's light children are reached through its slots, in the order the page shows them.
    if (node instanceof Element && node.shadowRoot) return visit(node.shadowRoot);
    if (node instanceof HTMLSlotElement && node.assignedNodes().length) {
      return node.assignedNodes({ flatten: true }).forEach(visit);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return found;
}

/** Pairs of text runs whose boxes overlap by more than a sliver (2px each way). */
export function overlappingText(boxes: TextBox[]): string[] {
  const pairs: string[] = [];
  const inter = (a: DOMRect, b: DOMRect, axis: 'x' | 'y') =>
    axis === 'x'
      ? Math.min(a.right, b.right) - Math.max(a.left, b.left)
      : Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (boxes[i].node && boxes[i].node === boxes[j].node) continue;
      const [a, b] = [boxes[i].box, boxes[j].box];
      if (inter(a, b, 'x') > 2 && inter(a, b, 'y') > 2) pairs.push(`"${boxes[i].text}" / "${boxes[j].text}"`);
    }
  }
  return pairs;
}
