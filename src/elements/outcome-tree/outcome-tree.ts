import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { mapLayout, type MapLayout } from '../../core/layout/tree-map.js';
import { errorsForMetric, nodeErrors } from '../../core/result.js';
import type { OutcomeDocument, OutcomeNode, ParseResult, ValidationError } from '../../core/schema.js';
import { summarizeMetric } from '../../core/summary.js';
import { buildOutcomeTree, type OutcomeTreeNode } from '../../core/tree.js';
import { emit } from '../../events/emit.js';
import { stateStyles, tokens } from '../../styles/tokens.js';
import { cssProps } from '../internal/css-props.js';
import { OutcomeElement } from '../internal/outcome-element.js';
import { same } from '../internal/same.js';
import { SizeController } from '../internal/size-controller.js';
import { MapView, ZOOM } from './map-view.js';
import { styles } from './outcome-tree.styles.js';
import { keyAction, typeAhead, visibleRows, type TreeAction, type TreeRow } from './tree-model.js';
import { nodeContent, type NodeInfo } from './outcome-tree.parts.js';
import { TREE_WORDS } from './outcome-tree.text.js';

/**
 * Height of a list row in CSS pixels: rows are fixed-height so that only the visible ones render.
 * Below `narrowBelow` pixels of width, details wrap onto a second line and rows are taller.
 */
const ROW = { wide: 56, narrow: 84, narrowBelow: 480 };
/** Rows rendered beyond each edge of the visible ones, for smooth scrolling. */
const OVERSCAN = 8;

/** What the element keeps per document: the built tree and what each node shows of its metric. */
interface Model {
  document: OutcomeDocument;
  locale: string;
  roots: OutcomeTreeNode[];
  byId: Map<string, OutcomeTreeNode>;
  info: Map<string, NodeInfo>;
}

/**
 * The outcome tree: goals, the outcomes that measure them and the outputs meant to move those
 * outcomes. Every goal and outcome shows two separate measures — outcome progress (are we
 * reaching it?) and delivery (is the work done?) — because finishing outputs is not reaching
 * outcomes; flags point at unaligned work, unmeasured goals and busywork. A compact indented list,
 * or a node-link map with pan and zoom; both follow the WAI-ARIA tree-view pattern.
 *
 * @tagname outcome-tree
 * @summary Goals, outcomes and outputs with honest roll-ups.
 *
 * @fires {OutcomeLoadEvent} outcome-load - The element got a usable document from its own source.
 * @fires {OutcomeErrorEvent} outcome-error - The document, or nodes of it, have problems; `detail.errors` lists `{ path, message }`.
 * @fires {OutcomeSelectEvent} outcome-select - A node was chosen by click, Enter or Space; `detail` is `{ type: 'node', id, node }`. Cancelable: a node with a `url` opens it unless prevented.
 * @fires {OutcomeToggleEvent} outcome-toggle - A node was expanded or collapsed, by mouse or key; `detail` is `{ id, expanded }`.
 *
 * @csspart base - The themed wrapper.
 * @csspart tree - The focusable tree (role tree).
 * @csspart node - One node: a list row or a map card.
 * @csspart label - A node's title.
 * @csspart link - A node's title when it has a `url`.
 * @csspart bar - A progress bar (outcome or delivery).
 * @csspart badge - A flag: Unaligned, Unmeasured, Busy, not moving the needle.
 * @csspart zoom - The zoom buttons of the map.
 * @csspart error - Problems: of the document, of nodes left out, or of a node's metric.
 * @csspart empty - The "No outcome tree yet" message.
 * @csspart skeleton - The placeholder while loading.
 * @csspart stale - The badge shown while a failed refresh leaves old data on screen.
 *
 * @cssprop --outcome-tree-max-height - Height past which the list scrolls. Default `36rem`.
 * @cssprop --outcome-tree-map-height - Height of the map. Default `32rem`.
 * @cssprop --outcome-tree-indent - Indent per level in the list. Default `1.25rem`.
 * @cssprop --outcome-tree-outcome-color - Outcome progress bars. Default: `--outcome-color-good`.
 * @cssprop --outcome-tree-delivery-color - Delivery bars. Default: `--outcome-color-accent`.
 */
export class OutcomeTree extends OutcomeElement {
  static override styles = [tokens, stateStyles, styles];

  private readonly size = new SizeController(this);
  private readonly mapView = new MapView(this, () => ({
    map: this.map,
    width: this.size.width || 640,
    height: this.size.height || 480,
  }));

  /** Id of the node with keyboard focus. */
  @state() private focusedId?: string;
  /** Id of the selected node. */
  @state() private selectedId?: string;
  /** Nodes the user opened (true) or closed (false), over the initial depth. */
  @state() private toggled = new Map<string, boolean>();
  /** How far the list is scrolled. */
  @state() private listScroll = 0;
  /** The map's pan and zoom; undefined while it follows the container (fit). */

  /** `list` (an indented tree) or `map` (a node-link diagram with pan and zoom). */
  @property({ reflect: true }) layout: 'list' | 'map' = 'list';

  /** Levels shown at first (1: the roots only, 2: roots and children…); default: every goal and outcome open, outputs closed. */
  @property({ type: Number, attribute: 'expand-depth' }) expandDepth?: number;

  /** Id of a node to show alone, with its subtree. */
  @property() root?: string;

  /** Leaves outputs out, to see goals and outcomes only. */
  @property({ type: Boolean, attribute: 'hide-outputs' }) hideOutputs = false;

  private model?: Model;
  private rows: TreeRow[] = [];
  private map?: MapLayout & { rtl: boolean };
  private rowsKey?: unknown[];
  private problems: ValidationError[] = [];
  private missingRoot = false;
  private typed = '';
  private typedAt = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const result = this.source.state === 'ready' ? this.source.result : undefined;
    const document = result?.document;
    const locale = this.resolvedLocale;
    if (document !== this.model?.document || locale !== this.model?.locale) {
      this.model = result && document ? buildModel(result, document, locale) : undefined;
    }
    const model = this.model;
    const root = this.root ? model?.byId.get(this.root) : undefined;
    this.missingRoot = !!(model && this.root && !root);
    this.problems = [
      ...(this.missingRoot
        ? [{ path: 'nodes', message: `expected the id of a node of this document, got "${this.root}"` }]
        : []),
      ...(result ? nodeErrors(result) : []),
    ];
    this.source.reportPartErrors(this.problems);
    const roots = root ? [root] : this.missingRoot ? [] : (model?.roots ?? []);
    // Rows and map change only with the tree and what is open, not with focus, scroll or zoom.
    // What is shown, by id, so that a refresh of the same tree keeps the user's pan and zoom.
    const selection = [roots[0]?.id, roots.length, this.expandDepth, this.hideOutputs];
    const rowsKey = [model, ...selection, this.toggled];
    if (!same(this.rowsKey, rowsKey)) {
      // Another part of the tree (not a node opened or closed) starts the map afresh.
      if (!same(this.rowsKey?.slice(1, -1), selection)) this.mapView.reset();
      this.rowsKey = rowsKey;
      const isExpanded = (n: OutcomeTreeNode, level: number) => this.isOpen(n, level);
      this.rows = visibleRows(roots, { isExpanded, hideOutputs: this.hideOutputs });
      this.map = undefined;
      this.keepFocusVisible();
    }
    const rtl = this.matches(':dir(rtl)');
    if (this.layout !== 'map') this.map = undefined;
    else if (!this.map || this.map.rtl !== rtl) this.map = { ...mapLayout(this.rows, rtl), rtl };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.size.observe(this.renderRoot.querySelector('.viewport'));
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base theme ${this.themeClass}">
      ${this.renderSourceState() ?? this.renderTree()}
    </div>`;
  }

  /** Opens a node (true) or closes it (false), as the user would. */
  private setOpen(row: TreeRow, open: boolean): void {
    if (row.expanded === open || !row.children.length) return;
    this.toggled = new Map(this.toggled).set(row.node.id, open);
    emit(this, 'outcome-toggle', { id: row.node.id, expanded: open });
  }

  private isOpen(node: OutcomeTreeNode, level: number): boolean {
    const own = this.toggled.get(node.id);
    if (own !== undefined) return own;
    return this.expandDepth !== undefined ? level < this.expandDepth : node.type !== 'output';
  }

  private get narrow(): boolean {
    return this.size.width > 0 && this.size.width < ROW.narrowBelow;
  }

  private get rowHeight(): number {
    return this.narrow ? ROW.narrow : ROW.wide;
  }

  /** When the focused node is no longer shown, focus moves to its nearest shown ancestor. */
  private keepFocusVisible(): void {
    const shown = new Set(this.rows.map((r) => r.node.id));
    let node = this.focusedId !== undefined ? this.model?.byId.get(this.focusedId) : undefined;
    while (node && !shown.has(node.id))
      node = node.parent !== undefined ? this.model?.byId.get(node.parent) : undefined;
    this.focusedId = node?.id;
  }

  private get focusedRow(): number {
    const at = this.rows.findIndex((r) => r.node.id === this.focusedId);
    return at < 0 ? 0 : at;
  }

  private renderTree(): TemplateResult {
    if (this.missingRoot) return this.renderErrors(this.problems);
    if (!this.rows.length) return this.renderEmpty(TREE_WORDS.empty);
    const notice = this.problems.length
      ? this.renderErrors(this.problems, TREE_WORDS.someNodesBroken)
      : nothing;
    return html`${this.renderStale()}${notice}${this.layout === 'map' ? this.renderMap() : this.renderList()}`;
  }

  private treeAttributes(): { label: string; active: string } {
    const title = this.model?.document.title;
    const row = this.rows[this.focusedRow];
    return { label: TREE_WORDS.label(title), active: row ? nodeId(row.node) : '' };
  }

  private renderList(): TemplateResult {
    const { label, active } = this.treeAttributes();
    const visible = this.size.height || 480;
    const first = Math.max(0, Math.floor(this.listScroll / this.rowHeight) - OVERSCAN);
    const last = Math.min(
      this.rows.length,
      Math.ceil((this.listScroll + visible) / this.rowHeight) + OVERSCAN,
    );
    // The row aria-activedescendant names must exist, even when scrolled out of view.
    const focused = this.focusedRow;
    const shown = this.rows.slice(first, last).map((_, i) => first + i);
    if (focused < first || focused >= last) shown.push(focused);
    return html`<div
      part="tree"
      class="viewport list ${this.narrow ? 'narrow' : ''}"
      role="tree"
      tabindex="0"
      aria-label=${label}
      aria-activedescendant=${active}
      @keydown=${this.onKeyDown}
      @scroll=${this.onScroll}
    >
      <div
        class="spacer"
        ${cssProps({ '--_height': `${this.rows.length * this.rowHeight}px`, '--_row-height': `${this.rowHeight}px` })}
      >
        ${repeat(
          shown,
          (i) => this.rows[i].node.id,
          (i) =>
            this.renderNode(this.rows[i], i, {
              '--_top': `${i * this.rowHeight}px`,
              '--_level': String(this.rows[i].level - 1),
            }),
        )}
      </div>
    </div>`;
  }

  private renderMap(): TemplateResult {
    const map = this.map!;
    const { label, active } = this.treeAttributes();
    const { x, y, k } = this.mapView.transform;
    return html`<div class="zoom" part="zoom" role="group" aria-label=${TREE_WORDS.zoom}>
        <button type="button" aria-label=${TREE_WORDS.zoomIn} @click=${() => this.mapView.zoomBy(ZOOM.step)}>
          +
        </button>
        <button
          type="button"
          aria-label=${TREE_WORDS.zoomOut}
          @click=${() => this.mapView.zoomBy(1 / ZOOM.step)}
        >
          −
        </button>
        <button type="button" @click=${this.mapView.fitAll}>${TREE_WORDS.fit}</button>
      </div>
      <div
        part="tree"
        class="viewport map"
        role="tree"
        tabindex="0"
        aria-label=${label}
        aria-activedescendant=${active}
        @keydown=${this.onKeyDown}
        @wheel=${this.mapView.wheel}
        @pointerdown=${this.mapView.pointerDown}
        @pointermove=${this.mapView.pointerMove}
        @pointerup=${this.mapView.pointerUp}
        @pointercancel=${this.mapView.pointerUp}
      >
        <div class="canvas" ${cssProps({ '--_tx': `${x}px`, '--_ty': `${y}px`, '--_k': String(k) })}>
          <svg class="links" width=${map.width} height=${map.height} aria-hidden="true">
            <path d=${map.links.join('')}></path>
          </svg>
          ${repeat(
            this.mapView.cardsInView(this.focusedRow),
            (i) => this.rows[i].node.id,
            (i) =>
              this.renderNode(this.rows[i], i, {
                '--_x': `${map.cards[i].x}px`,
                '--_y': `${map.cards[i].y}px`,
              }),
          )}
        </div>
      </div>`;
  }

  private renderNode(row: TreeRow, position: number, place: Record<string, string>): TemplateResult {
    const { node } = row;
    const focused = position === this.focusedRow;
    const selected = node.id === this.selectedId;
    const classes = `node ${node.type} ${this.layout === 'map' ? 'card' : 'row'} ${focused ? 'focused' : ''} ${selected ? 'selected' : ''}`;
    const expanded = row.children.length ? (row.expanded ? 'true' : 'false') : undefined;
    // Keys are handled by the tree (one tab stop, aria-activedescendant), not by each item.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<div
      part="node"
      id=${nodeId(node)}
      class=${classes}
      role="treeitem"
      aria-labelledby="${nodeId(node)}-content"
      aria-level=${row.level}
      aria-setsize=${row.setsize}
      aria-posinset=${row.posinset}
      aria-expanded=${ifDefined(expanded)}
      aria-selected=${selected ? 'true' : 'false'}
      ${cssProps(place)}
      @click=${(e: MouseEvent) => this.onNodeClick(e, position)}
    >
      <span class="toggle ${row.expanded ? 'open' : ''}" aria-hidden="true" data-toggle
        >${row.children.length ? '▸' : ''}</span
      >
      <span class="content" id="${nodeId(node)}-content"
        >${nodeContent(node, this.model!.info.get(node.id) ?? { locale: this.resolvedLocale })}</span
      >
    </div>`;
  }

  private onNodeClick(event: MouseEvent, position: number): void {
    const row = this.rows[position];
    this.focusedId = row.node.id;
    this.renderRoot.querySelector<HTMLElement>('[role="tree"]')?.focus({ preventScroll: true });
    if ((event.target as Element).closest('[data-toggle]')) {
      this.setOpen(row, !row.expanded);
      return;
    }
    const followed = (event.target as Element).closest('a');
    if (!this.select(row, !followed) && followed) event.preventDefault();
  }

  /**
   * Selects a row and fires `outcome-select`. Returns false when a listener prevented it. With
   * `follow`, a node's `url` is opened (a click on the link itself opens it without help).
   */
  private select(row: TreeRow, follow: boolean): boolean {
    this.selectedId = row.node.id;
    const node = this.model!.document.nodes!.find((n) => n.id === row.node.id) as OutcomeNode;
    const allowed = emit(this, 'outcome-select', { type: 'node', id: node.id, node }, { cancelable: true });
    if (allowed && follow && node.url) window.open(node.url, '_blank', 'noopener,noreferrer');
    return allowed;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const current = this.focusedRow;
    if (this.layout === 'map' && (event.key === '+' || event.key === '-' || event.key === '0')) {
      event.preventDefault();
      if (event.key === '0') this.mapView.fitAll();
      else this.mapView.zoomBy(event.key === '+' ? ZOOM.step : 1 / ZOOM.step);
      return;
    }
    const action = keyAction(this.rows, current, event.key, this.matches(':dir(rtl)'));
    if (action) {
      event.preventDefault();
      this.apply(action);
    } else if (event.key.length === 1 && event.key !== ' ') {
      const now = Date.now();
      this.typed = now - this.typedAt < 700 ? this.typed + event.key : event.key;
      this.typedAt = now;
      // The same letter typed again cycles through the titles starting with it.
      const repeated = [...this.typed].every((c) => c === event.key);
      const found = typeAhead(this.rows, current, repeated ? event.key : this.typed);
      if (found >= 0) this.focusRow(found);
    }
  }

  private apply(action: TreeAction): void {
    const row = this.rows[action.row];
    switch (action.type) {
      case 'focus':
        return this.focusRow(action.row);
      case 'expand':
        return this.setOpen(row, true);
      case 'collapse':
        return this.setOpen(row, false);
      case 'toggle':
        return this.setOpen(row, !row.expanded);
      case 'select':
        this.select(row, true);
        return;
      case 'expand-siblings':
        for (const sibling of this.rows) if (sibling.parentRow === row.parentRow) this.setOpen(sibling, true);
    }
  }

  /** Moves focus to a row and brings it into view. */
  private focusRow(position: number): void {
    const row = this.rows[position];
    if (!row) return;
    this.focusedId = row.node.id;
    if (this.layout === 'map') return this.mapView.reveal(position);
    const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport');
    if (!viewport) return;
    const top = position * this.rowHeight;
    const height = viewport.clientHeight;
    if (top < viewport.scrollTop) viewport.scrollTop = top;
    else if (top + this.rowHeight > viewport.scrollTop + height)
      viewport.scrollTop = top + this.rowHeight - height;
    this.listScroll = viewport.scrollTop;
  }

  private onScroll(event: Event): void {
    this.listScroll = (event.currentTarget as HTMLElement).scrollTop;
  }
}

/** The DOM id of a node's row or card (node ids are safe in ids by their pattern). */
const nodeId = (node: OutcomeTreeNode) => `node-${node.id}`;

function buildModel(result: ParseResult, document: OutcomeDocument, locale: string): Model {
  const { roots } = buildOutcomeTree(document);
  const byId = new Map<string, OutcomeTreeNode>();
  const stack = [...roots];
  while (stack.length) {
    const node = stack.pop()!;
    byId.set(node.id, node);
    for (const child of node.children) stack.push(child);
  }
  const metrics = new Map(document.metrics.map((m) => [m.id, m]));
  const summaries = new Map<string, NodeInfo['metric']>();
  const info = new Map<string, NodeInfo>();
  for (const node of byId.values()) {
    if (node.metric === undefined) continue;
    const metric = metrics.get(node.metric);
    if (metric && !summaries.has(metric.id)) {
      summaries.set(metric.id, { metric, summary: summarizeMetric(metric, { asOf: document.asOf }) });
    }
    // A node whose metric was rejected shows that metric's problems; the rest of the tree is fine.
    const metricErrors = errorsForMetric(result, node.metric);
    info.set(node.id, { locale, metric: summaries.get(node.metric), metricErrors });
  }
  return { document, locale, roots, byId, info };
}

declare global {
  interface HTMLElementTagNameMap {
    'outcome-tree': OutcomeTree;
  }
}
