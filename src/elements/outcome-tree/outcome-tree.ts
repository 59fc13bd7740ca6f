import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { rowAt, rowsInView, rowTops } from '../../core/layout/rows.js';
import { CARD, mapLayout, type MapLayout } from '../../core/layout/tree-map.js';
import { errorsForMetric, nodeErrors } from '../../core/result.js';
import type { OutcomeDocument, OutcomeNode, ParseResult, ValidationError } from '../../core/schema.js';
import { localDay, toTime } from '../../core/dates.js';
import { formatAgo, formatDate, formatPercent } from '../../core/format.js';
import { reviewSince } from '../../core/review.js';
import { summarizeMetric } from '../../core/summary.js';
import { finish, sliced, type Steps } from '../../core/steps.js';
import { outcomeTreeSteps, type OutcomeTreeNode, type TreeFlag } from '../../core/tree.js';
import { emit } from '../../events/emit.js';
import { stateStyles, tokens } from '../../styles/tokens.js';
import { cssProps } from '../internal/css-props.js';
import { OutcomeElement } from '../internal/outcome-element.js';
import { same } from '../internal/same.js';
import { SizeController } from '../internal/size-controller.js';
import { MapView, ZOOM } from './map-view.js';
import { MeasuredHeights } from './measured-heights.js';
import { styles } from './outcome-tree.styles.js';
import {
  flagCounts,
  isFlagged,
  keyAction,
  typeAhead,
  visibleRows,
  type TreeAction,
  type TreeRow,
} from './tree-model.js';
import { checkInLine, nodeContent, type NodeInfo } from './outcome-tree.parts.js';
import { outcomeTree } from '../../translations/en/outcome-tree.js';
import { registerTranslation, type Term } from '../internal/localize.js';
import { signedChange } from '../internal/shared.text.js';

registerTranslation({ $code: 'en', ...outcomeTree });

/** The flags in the order the summary above the tree counts them. */
const FLAGS: readonly TreeFlag[] = ['unaligned', 'unmeasured', 'gap', 'no-recent-check-in'];

/**
 * The list: from `columnsFrom` pixels of width (a 768 px screen, less the page's margins) its
 * rows are aligned columns (title, outcome, delivery, flags) under visible headers; narrower,
 * each row stacks. Heights are estimates until a row is measured: rows fit their content, so
 * the page's fonts and long titles decide.
 */
const LIST = { columnsFrom: 700, estimate: { columns: 56, stacked: 104 } };
/** The badges' font size, relative to the element's. */
const BADGE_FONT = 0.8125;
/** Rows rendered beyond each edge of the visible ones, for smooth scrolling. */
const OVERSCAN = 6;
/** The smallest text of a full map card, relative to the element's font size (`.type`, `.sub`). */
const CARD_SMALLEST_TEXT = 0.8125;
/** A map card's padding and border, around its measured content (see the stylesheet). */
const CARD_FRAME = 18;
/** Trees of more nodes than this are built in slices, so that 100,000 nodes never freeze the page. */
const LARGE_TREE = 20_000;
/** Nodes handled between two steps of building a large tree's model. */
const NODES_PER_STEP = 2048;
const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** What the element keeps per document: the built tree and what each node shows of its metric. */
interface Model {
  document: OutcomeDocument;
  locale: string;
  /** The words' key ({@link Localize.key}) the infos were written with. */
  words: string;
  since: string | undefined;
  roots: OutcomeTreeNode[];
  byId: Map<string, OutcomeTreeNode>;
  info: Map<string, NodeInfo>;
}

/**
 * The outcome tree: goals, the outcomes that measure them and the outputs meant to move those
 * outcomes. Every goal and outcome shows two separate measures — outcome progress (are we
 * reaching it?) and delivery (is the work done?) — because finishing outputs is not reaching
 * outcomes; flags point at unaligned work, unmeasured goals and busywork, and are counted above the
 * tree. An indented list in aligned columns (stacked rows when narrow), or a node-link map with pan
 * and zoom that leaves the wheel to the page; both follow the WAI-ARIA tree-view pattern.
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
 * @csspart zoom - The zoom buttons of the map, inside its frame.
 * @csspart columns - The column headers of the list (title, outcome, delivery, flags).
 * @csspart summary - The line above the tree that counts the flags.
 * @csspart filter - The "Flagged only" toggle button.
 * @csspart more - The "N more" hint at the bottom of a list that scrolls.
 * @csspart note - The note over the map: cards outside the view, or how to zoom.
 * @csspart check-ins - Below the tree: the latest check-in of the active node and its history.
 * @csspart error - Problems: of the document, of nodes left out, or of a node's metric.
 * @csspart empty - The "No outcome tree yet" message.
 * @csspart skeleton - The placeholder while loading.
 * @csspart stale - The badge shown while a failed refresh leaves old data on screen.
 * @csspart export - With `export-menu`: the row holding the download menu.
 * @csspart export-button - The button that opens the download menu.
 * @csspart export-menu - The menu of the three downloads (SVG, PNG, CSV).
 *
 * @cssprop [--outcome-tree-max-height=36rem] - Height past which the list scrolls. Default `36rem`.
 * @cssprop [--outcome-tree-map-height=32rem] - Height of the map. Default `32rem`.
 * @cssprop [--outcome-tree-indent=1.25rem] - Indent per level in the list. Default `1.25rem` (`0.875rem` when rows stack).
 * @cssprop [--outcome-tree-bar-column=clamp(8rem, 16%, 13rem)] - Width of each bar column of the list. Default `clamp(8rem, 16%, 13rem)`.
 * @cssprop [--outcome-tree-outcome-color=var(--outcome-color-good)] - Outcome progress bars. Default: `--outcome-color-good`.
 * @cssprop [--outcome-tree-delivery-color=var(--outcome-color-accent)] - Delivery bars. Default: `--outcome-color-accent`.
 */
export class OutcomeTree extends OutcomeElement {
  static override styles = [tokens, stateStyles, styles];

  private readonly size = new SizeController(this, { deferred: true });
  private readonly mapView = new MapView(this, () => ({
    map: this.map,
    width: this.size.width || 640,
    height: this.size.height || 480,
    smallestText: this.fontSize * CARD_SMALLEST_TEXT,
    rtl: this.rtl,
  }));
  /** Measured list rows (border box), and the scroll correction when rows above the view grow. */
  private readonly rowHeights = new MeasuredHeights(
    this,
    (el, entry) => ({ id: (el as HTMLElement).dataset.id!, height: entry.borderBoxSize[0].blockSize }),
    (id, old, height) => {
      const at = this.rowIndex.get(id);
      if (at !== undefined && at < rowAt(this.tops, this.listScroll))
        this.scrollFix += height - (old ?? this.estimate);
    },
  );
  /** Measured map cards: the natural height of their content plus their frame, at zoom 1. */
  private readonly cardHeights = new MeasuredHeights(this, (el) => ({
    id: (el as HTMLElement).dataset.id!,
    height: (el as HTMLElement).offsetHeight + CARD_FRAME,
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

  /** Shows only the nodes that carry a flag, with their ancestors for context. */
  @property({ type: Boolean, reflect: true, attribute: 'flagged-only' }) flaggedOnly = false;

  private model?: Model;
  /** A model of a large tree being built in slices (the skeleton shows meanwhile), and for what. */
  private building?: { inputs: unknown[]; done: Promise<void> };
  private rows: TreeRow[] = [];
  private rowIndex = new Map<string, number>();
  private counts = new Map<TreeFlag, number>();
  /** Nodes in scope (under `root`, without hidden outputs), flagged or not. */
  private inScope = 0;
  private tops: Float64Array = new Float64Array(1);
  private topsKey?: unknown[];
  private scrollFix = 0;
  private fontSize = 16;
  /** The width of the list's flags column, and of the widest full flag label with its key. */
  private flagsColumn = 0;
  /** The badges' font, as a canvas takes it: `13px system-ui, sans-serif`. */
  private badgeFont = '';
  private widestFlag?: { key: string; width: number };
  /** Whether flags show their short labels: on map cards, and in a flags column too narrow for the full ones. */
  private shortFlags = false;
  private listWidth = 0;
  private map?: MapLayout & { rtl: boolean; key: unknown[] };
  private rowsKey?: unknown[];
  private countsKey?: unknown[];
  private problems: ValidationError[] = [];
  private missingRoot = false;
  private typed = '';
  private typedAt = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const result = this.source.state === 'ready' ? this.source.result : undefined;
    const document = result?.document;
    const locale = this.resolvedLocale;
    const since = this.resolvedSince;
    const words = this.localize.key;
    const model0 = this.model;
    const inputs = [document, locale, words, since];
    if (!model0 || !same([model0.document, model0.locale, model0.words, model0.since], inputs)) {
      this.model = undefined;
      if (!result || !document) this.building = undefined;
      else if (this.asServer || (document.nodes?.length ?? 0) <= LARGE_TREE) {
        this.building = undefined;
        this.model = finish(modelSteps(result, document, locale, since, this.t, words));
      } else if (!same(this.building?.inputs, inputs)) {
        const building = {
          inputs,
          done: sliced(modelSteps(result, document, locale, since, this.t, words)).then((model) => {
            if (this.building !== building) return;
            this.building = undefined;
            this.model = model;
            this.requestUpdate();
          }),
        };
        this.building = building;
      }
    }
    const model = this.model;
    const root = this.root ? model?.byId.get(this.root) : undefined;
    this.missingRoot = !!(model && this.root && !root);
    this.shortFlags = this.layout === 'map' || (this.columns && !this.fullFlagsFit);
    this.problems = [
      ...(this.missingRoot
        ? [{ path: 'nodes', message: `expected the id of a node of this document, got "${this.root}"` }]
        : []),
      ...(result ? nodeErrors(result) : []),
      ...this.sinceProblems,
    ];
    this.source.reportPartErrors(this.problems);
    const roots = root ? [root] : this.missingRoot ? [] : (model?.roots ?? []);
    // Rows and map change only with the tree and what is open, not with focus, scroll or zoom.
    // What is shown, by id, so that a refresh of the same tree keeps the user's pan and zoom.
    const selection = [roots[0]?.id, roots.length, this.expandDepth, this.hideOutputs, this.flaggedOnly];
    const rowsKey = [model, ...selection, this.toggled];
    if (!same(this.rowsKey, rowsKey)) {
      // Another part of the tree (not a node opened or closed) starts the map afresh.
      if (!same(this.rowsKey?.slice(1, -1), selection)) this.mapView.reset();
      this.rowsKey = rowsKey;
      const isExpanded = (n: OutcomeTreeNode, level: number) => this.isOpen(n, level);
      this.rows = visibleRows(roots, {
        isExpanded,
        hideOutputs: this.hideOutputs,
        keep: this.flaggedOnly ? isFlagged : undefined,
        toggled: this.toggled,
      });
      this.rowIndex = new Map(this.rows.map((r, i) => [r.node.id, i]));
      this.keepFocusVisible();
    }
    // The flag counts cover the whole tree in scope, whatever is open or filtered.
    const countsKey = [model, roots[0]?.id, roots.length, this.hideOutputs];
    if (!same(this.countsKey, countsKey)) {
      this.countsKey = countsKey;
      ({ counts: this.counts, total: this.inScope } = flagCounts(roots, this.hideOutputs));
    }
    if (this.layout !== 'map') {
      this.map = undefined;
      this.updateTops();
      return;
    }
    const rtl = this.rtl;
    const mapKey = [this.rows, rtl, this.cardHeights.version];
    if (!same(this.map?.key, mapKey)) {
      const heights = (i: number) => this.cardHeights.get(this.rows[i].node.id) ?? cardEstimate(this.rows[i]);
      this.map = { ...mapLayout(this.rows, rtl, heights), rtl, key: mapKey };
    }
  }

  /** The top of every list row, from measured heights (estimates until measured). */
  private updateTops(): void {
    const width = this.size.width;
    if (width !== this.listWidth) {
      // Another width wraps rows differently: measure again.
      this.listWidth = width;
      this.rowHeights.clear();
    }
    const key = [this.rows, this.rowHeights.version, this.columns];
    if (same(this.topsKey, key)) return;
    this.topsKey = key;
    const estimate = this.estimate;
    this.tops = rowTops(this.rows.length, (i) => this.rowHeights.get(this.rows[i].node.id) ?? estimate);
  }

  private get estimate(): number {
    return this.columns ? LIST.estimate.columns : LIST.estimate.stacked;
  }

  /** Whether the list shows aligned columns (wide enough) or stacked rows. */
  /**
   * Whether the flags column holds every flag's full label on one line, in the words of the
   * language: the widest label, measured in the badge's font, against the column's width (both
   * read after each render). Until both are known, the short labels.
   */
  private get fullFlagsFit(): boolean {
    const column = this.flagsColumn;
    const font = this.badgeFont;
    if (!column || !font || typeof document === 'undefined') return false;
    const key = `${this.localize.key}|${font}`;
    if (this.widestFlag?.key !== key) {
      const context = document.createElement('canvas').getContext('2d');
      if (!context) return false;
      context.font = font;
      const widest = Math.max(...FLAGS.map((f) => context.measureText(this.t(`flag.${f}`)).width));
      // The badge's padding (0.5em each side) and border.
      this.widestFlag = { key, width: widest + this.fontSize * BADGE_FONT + 2 };
    }
    return this.widestFlag.width <= column;
  }

  private get columns(): boolean {
    return this.size.width === 0 || this.size.width >= LIST.columnsFrom;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport');
    this.size.observe(viewport);
    const flagsHeader = this.renderRoot.querySelector('.columns-head > :last-child');
    // The map's readable zoom and the flags' labels follow the font the page gives the element
    // (on a page that kept the default serif, the system font the widget puts in place).
    let badgeFont = this.badgeFont;
    if (flagsHeader || this.layout === 'map') {
      const style = getComputedStyle(this.renderRoot.querySelector('[part~="base"]') ?? this);
      this.fontSize = parseFloat(style.fontSize) || 16;
      badgeFont = `${this.fontSize * BADGE_FONT}px ${style.fontFamily}`;
    }
    const flagsColumn = flagsHeader ? Math.floor(flagsHeader.getBoundingClientRect().width) : 0;
    if (flagsColumn !== this.flagsColumn || badgeFont !== this.badgeFont) {
      const before = this.fullFlagsFit;
      this.flagsColumn = flagsColumn;
      this.badgeFont = badgeFont;
      if (this.fullFlagsFit !== before) this.requestUpdate();
    }
    if (this.layout === 'map') {
      this.rowHeights.observe([]);
      // Cards are measured at full detail only: simpler cards draw less.
      const full = this.mapView.detail === 'full';
      this.cardHeights.observe(full ? this.renderRoot.querySelectorAll('.card > .content') : []);
      return;
    }
    this.cardHeights.observe([]);
    this.rowHeights.observe(this.renderRoot.querySelectorAll('.row'));
    if (this.scrollFix && viewport) {
      viewport.scrollTop += this.scrollFix;
      this.listScroll = viewport.scrollTop;
    }
    this.scrollFix = 0;
  }

  /** A large tree's model, built in slices, is waited for too. */
  protected override get pendingWork(): Promise<unknown> | undefined {
    return super.pendingWork ?? this.building?.done;
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base theme ${this.themeClass}" lang=${this.resolvedLocale}>
      ${this.renderSourceState() ?? (this.building ? this.renderLoading() : this.renderTree())}
      ${this.renderExportMenu()}
    </div>`;
  }

  /** One row per node in scope (the `root`'s subtree, else the whole tree), parents first. */
  protected override csvRows(): (string | number | undefined)[][] {
    const model = this.model;
    const root = this.root ? model?.byId.get(this.root) : undefined;
    const t = this.t;
    const rows: (string | number | undefined)[][] = [
      [
        t('csv.id'),
        t('csv.type'),
        t('csv.title'),
        t('csv.parent'),
        t('tree.column.outcome'),
        t('tree.column.delivery'),
        t('tree.column.flags'),
      ],
    ];
    const visit = (node: OutcomeTreeNode, parent?: string) => {
      rows.push([
        node.id,
        t(`type.${node.type}`),
        node.title,
        parent,
        node.outcomeProgress,
        node.outputProgress,
        node.flags.map((f) => t(`flag.${f}`)).join('; '),
      ]);
      for (const child of node.children) visit(child, node.id);
    };
    for (const node of root ? [root] : (model?.roots ?? [])) visit(node);
    return rows;
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

  /** When the focused node is no longer shown, focus moves to its nearest shown ancestor. */
  private keepFocusVisible(): void {
    let node = this.focusedId !== undefined ? this.model?.byId.get(this.focusedId) : undefined;
    while (node && !this.rowIndex.has(node.id))
      node = node.parent !== undefined ? this.model?.byId.get(node.parent) : undefined;
    this.focusedId = node?.id;
  }

  private get focusedRow(): number {
    return (this.focusedId !== undefined && this.rowIndex.get(this.focusedId)) || 0;
  }

  private renderTree(): TemplateResult {
    if (this.missingRoot) return this.renderErrors(this.problems);
    if (!this.inScope) return this.renderEmpty(this.t('tree.empty'));
    const notice = this.problems.length
      ? this.renderErrors(this.problems, this.t('tree.someNodesBroken'))
      : nothing;
    const view = !this.rows.length
      ? this.renderEmpty(this.t('tree.noFlags'))
      : this.layout === 'map'
        ? this.renderMap()
        : this.renderList();
    return html`${this.renderStale()}${notice}${this.renderSummary()}${view}${this.renderCheckIns()}`;
  }

  /**
   * The check-ins of the active node (focused by keyboard, or clicked), below the tree: the latest
   * in full and the whole history on demand. Outside the tree, so Tab reaches it.
   */
  private renderCheckIns(): TemplateResult | typeof nothing {
    const row = this.rows[this.focusedRow];
    const checkIns = row && this.model?.info.get(row.node.id)?.checkIns;
    if (!row || !checkIns?.length) return nothing;
    const [latest, ...older] = checkIns;
    return html`<section
      part="check-ins"
      class="check-ins"
      aria-label=${this.t('tree.checkInsOf', row.node.title)}
    >
      <p class="check-ins-title">
        <span class="check-ins-label">${this.t('tree.latestCheckIn')}</span>
        <span class="check-ins-node" dir="auto">${row.node.title}</span>
        <span class="check-ins-date">${latest.date}</span>
      </p>
      ${checkInLine(latest, 'full')}
      ${
        older.length
          ? html`<details class="history">
              <summary>${this.t('tree.history', checkIns.length)}</summary>
              <ol>
                ${checkIns.map((c) => html`<li><span class="check-ins-date">${c.date}</span> ${checkInLine(c, 'full')}</li>`)}
              </ol>
            </details>`
          : nothing
      }
    </section>`;
  }

  /** The flags of the shown tree counted by kind, and the "Flagged only" toggle. */
  private renderSummary(): TemplateResult {
    const kinds = FLAGS.filter((f) => this.counts.get(f));
    const toggle = () => {
      this.flaggedOnly = !this.flaggedOnly;
    };
    return html`<div class="toolbar">
      <p part="summary" class="summary">
        ${
          kinds.length
            ? kinds.map(
                (flag, i) =>
                  html`${i ? html`<span class="sep" aria-hidden="true"> · </span>` : nothing}<span
                      class="count ${flag}"
                      dir="auto"
                      >${this.t(`flag.${flag}.count`, this.counts.get(flag)!)}</span
                    >`,
              )
            : this.t('tree.noFlags')
        }
      </p>
      ${
        kinds.length || this.flaggedOnly
          ? html`<button
              part="filter"
              class="filter"
              type="button"
              aria-pressed=${this.flaggedOnly ? 'true' : 'false'}
              @click=${toggle}
            >
              ${this.t('tree.flaggedOnly')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private treeAttributes(): { label: string; active: string } {
    const title = this.model?.document.title;
    const row = this.rows[this.focusedRow];
    return {
      label: title ? this.t('tree.labelTitled', title) : this.t('tree.label'),
      active: row ? nodeId(row.node) : '',
    };
  }

  private renderList(): TemplateResult {
    const { label, active } = this.treeAttributes();
    const columns = this.columns;
    const band = this.listBand();
    const { first, last } = rowsInView(this.tops, band.top, band.reach, OVERSCAN);
    // The row aria-activedescendant names must exist, even when scrolled out of view.
    const focused = this.focusedRow;
    const shown = this.rows.slice(first, last).map((_, i) => first + i);
    if (focused < first || focused >= last) shown.push(focused);
    const below = this.rows.length - 1 - rowAt(this.tops, band.top + band.height - 1);
    return html`<div class="viewport list ${columns ? 'columns' : 'stacked'}" @scroll=${this.onScroll}>
      ${
        columns
          ? html`<div part="columns" class="columns-head" id="columns">
              <span>${this.t('tree.column.node')}</span> <span>${this.t('tree.column.outcome')}</span>
              <span>${this.t('tree.column.delivery')}</span> <span>${this.t('tree.column.flags')}</span>
            </div>`
          : nothing
      }
      <div
        part="tree"
        class="tree"
        role="tree"
        tabindex="0"
        aria-label=${label}
        aria-describedby=${ifDefined(columns ? 'columns' : undefined)}
        aria-activedescendant=${active}
        @keydown=${this.onKeyDown}
        ${cssProps({ '--_height': `${this.tops[this.rows.length]}px` })}
      >
        ${repeat(
          shown,
          (i) => this.rows[i].node.id,
          (i) =>
            this.renderNode(this.rows[i], i, {
              '--_top': `${this.tops[i]}px`,
              '--_level': String(this.rows[i].level - 1),
            }),
        )}
      </div>
      ${
        below > 0
          ? html`<div part="more" class="more" aria-hidden="true">
              <span>${this.t('tree.more', below)}</span>
            </div>`
          : nothing
      }
    </div>`;
  }

  /**
   * The part of the list in view, in the tree's coordinates (below the sticky headers): `height`
   * is what shows now; `reach` is what may show once a list as tall as its rows has grown to its
   * max-height, so that this render already has those rows.
   */
  private listBand(): { top: number; height: number; reach: number } {
    const viewport = this.asServer ? null : this.renderRoot.querySelector<HTMLElement>('.viewport.list');
    const head = viewport?.querySelector<HTMLElement>('.columns-head')?.offsetHeight ?? 0;
    const shown = (viewport?.clientHeight || this.size.height || 480) - head;
    const limit = viewport ? parseFloat(getComputedStyle(viewport).maxHeight) - head : NaN;
    const height = Math.max(0, shown);
    return { top: this.listScroll, height, reach: Math.max(height, Number.isFinite(limit) ? limit : 0) };
  }

  private renderMap(): TemplateResult {
    const map = this.map!;
    const { label, active } = this.treeAttributes();
    const { x, y, k } = this.mapView.transform;
    const detail = this.mapView.detail;
    const outside = this.mapView.outside;
    const note = this.mapView.hint
      ? this.t(isMac() ? 'tree.wheelHintMac' : 'tree.wheelHint')
      : outside
        ? this.t('tree.outside', outside, this.rows.length)
        : detail === 'outline'
          ? this.t('tree.zoomInToRead')
          : '';
    return html`<div class="map-frame">
      <div
        part="tree"
        class="viewport map ${detail}"
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
        @focus=${this.revealFocused}
      >
        <div class="canvas" ${cssProps({ '--_tx': `${x}px`, '--_ty': `${y}px`, '--_k': String(k) })}>
          <svg class="links" width=${map.width} height=${map.height} aria-hidden="true">
            <path d=${map.links.join('')}></path>
          </svg>
          ${repeat(
            this.mapView.cardsInView(this.focusedRow),
            (i) => this.rows[i].node.id,
            (i) => {
              const card = map.cards[i];
              // Simple cards: type and title on as many lines as the card holds at this zoom.
              const lines = Math.max(1, Math.floor((card.height - 12) / ((1.25 * 13) / k)));
              return this.renderNode(this.rows[i], i, {
                '--_x': `${card.x}px`,
                '--_y': `${card.y}px`,
                '--_w': `${card.width}px`,
                '--_h': `${card.height}px`,
                '--_lines': String(lines),
              });
            },
          )}
        </div>
      </div>
      <div class="zoom" part="zoom" role="group" aria-label=${this.t('tree.zoom')}>
        <button
          type="button"
          aria-label=${this.t('tree.zoomIn')}
          @click=${() => this.mapView.zoomBy(ZOOM.step)}
        >
          +
        </button>
        <button
          type="button"
          aria-label=${this.t('tree.zoomOut')}
          @click=${() => this.mapView.zoomBy(1 / ZOOM.step)}
        >
          −
        </button>
        <button type="button" @click=${this.mapView.fitAll}>${this.t('tree.fit')}</button>
      </div>
      ${note ? html`<p part="note" class="note">${note}</p>` : nothing}
    </div>`;
  }

  /** Entering the map by keyboard brings the active card into view. */
  private revealFocused = (): void => {
    if (this.rows.length) this.mapView.reveal(this.focusedRow);
  };

  private renderNode(row: TreeRow, position: number, place: Record<string, string>): TemplateResult {
    const { node } = row;
    const focused = position === this.focusedRow;
    const selected = node.id === this.selectedId;
    const classes = `node ${node.type} ${this.layout === 'map' ? 'card' : 'row'} ${focused ? 'focused' : ''} ${selected ? 'selected' : ''}`;
    const expanded = row.children.length ? (row.expanded ? 'true' : 'false') : undefined;
    // Keys are handled by the tree (one tab stop, aria-activedescendant), not by each item. A
    // treeitem is named by its content (type, title, measures, flags): the rule cannot see that.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events, lit-a11y/accessible-name
    return html`<div
      part="node"
      id=${nodeId(node)}
      data-id=${node.id}
      class=${classes}
      role="treeitem"
      aria-level=${row.level}
      aria-setsize=${row.setsize}
      aria-posinset=${row.posinset}
      aria-expanded=${ifDefined(expanded)}
      aria-selected=${selected ? 'true' : 'false'}
      ${cssProps(place)}
      @click=${(e: MouseEvent) => this.onNodeClick(e, position)}
    >
      <span class="content" data-id=${node.id}
        >${nodeContent(
          node,
          this.model!.info.get(node.id) ?? { locale: this.resolvedLocale, t: this.t },
          html`<span class="toggle ${row.expanded ? 'open' : ''}" aria-hidden="true" data-toggle
            >${row.children.length ? '▸' : ''}</span
          >`,
          {
            namesHidden: this.layout !== 'map' && this.columns,
            shortFlags: this.shortFlags,
            card: this.layout === 'map',
          },
        )}</span
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
    const action = keyAction(this.rows, current, event.key, this.rtl);
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
    const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport.list');
    if (!viewport) return;
    const { height } = this.listBand();
    const top = this.tops[position];
    const bottom = this.tops[position + 1];
    if (top < viewport.scrollTop) viewport.scrollTop = top;
    else if (bottom > viewport.scrollTop + height) viewport.scrollTop = Math.min(top, bottom - height);
    this.listScroll = viewport.scrollTop;
  }

  private onScroll(event: Event): void {
    this.listScroll = (event.currentTarget as HTMLElement).scrollTop;
  }
}

/** The height of a map card until it is measured: outputs have fewer lines. */
const cardEstimate = (row: TreeRow) => (row.node.type === 'output' ? 72 : CARD.height);

/** The DOM id of a node's row or card (node ids are safe in ids by their pattern). */
const nodeId = (node: OutcomeTreeNode) => `node-${node.id}`;

function* modelSteps(
  result: ParseResult,
  document: OutcomeDocument,
  locale: string,
  since: string | undefined,
  t: Term,
  words: string,
): Steps<Model> {
  const { roots } = yield* outcomeTreeSteps(document);
  const byId = new Map<string, OutcomeTreeNode>();
  const stack = [...roots];
  while (stack.length) {
    const node = stack.pop()!;
    byId.set(node.id, node);
    for (const child of node.children) stack.push(child);
  }
  const asOf = document.asOf ?? localDay();
  const metrics = new Map(document.metrics.map((m) => [m.id, m]));
  const summaries = new Map<string, NodeInfo['metric']>();
  const review = since !== undefined ? reviewSince(document, since) : undefined;
  const moved = new Map(review?.metrics.filter((m) => m.statusChanged).map((m) => [m.id, m]));
  const sinceTime = since !== undefined ? toTime(since)! : undefined;
  const sinceText = since !== undefined ? formatDate(since, locale) : '';
  const info = new Map<string, NodeInfo>();
  let step = 0;
  for (const node of byId.values()) {
    if (++step % NODES_PER_STEP === 0) yield;
    const entry: NodeInfo = { locale, t };
    if (node.metric !== undefined) {
      const metric = metrics.get(node.metric);
      if (metric && !summaries.has(metric.id)) {
        summaries.set(metric.id, { metric, summary: summarizeMetric(metric, { asOf: document.asOf }) });
      }
      entry.metric = summaries.get(node.metric);
      // A node whose metric was rejected shows that metric's problems; the rest of the tree is fine.
      entry.metricErrors = errorsForMetric(result, node.metric);
      const change = moved.get(node.metric);
      if (change) {
        entry.statusMoved = t(
          'status.moved',
          t(`status.${change.before.status}`),
          t(`status.${change.now.status}`),
        );
      }
    }
    if (node.checkIns?.length) {
      entry.checkIns = [...node.checkIns].reverse().map((c) => ({
        health: c.health,
        healthText: c.health && t(`status.${c.health}`),
        confidence:
          c.confidence === undefined
            ? undefined
            : t('tree.confidence', formatPercent(c.confidence, locale, { maximumFractionDigits: 0 })),
        ago: formatAgo(c.date, asOf, locale),
        date: formatDate(c.date, locale),
        author: c.author,
        note: c.note,
        isNew:
          sinceTime !== undefined && toTime(c.date)! > sinceTime ? t('tree.newSince', sinceText) : undefined,
      }));
    }
    const aimed = node.aims !== undefined ? metrics.get(node.aims) : undefined;
    if (node.sinceShipped && aimed && node.shipped !== undefined) {
      const { delta } = node.sinceShipped;
      const change = delta === 0 ? t('change.none') : signedChange(aimed, delta, locale, t);
      const day = formatDate(node.shipped, locale, { month: 'short', day: 'numeric' });
      entry.sinceShipped = t('tree.sinceShipped', aimed.name, change, day);
    }
    // Most nodes of a large tree have nothing besides their own fields: they need no entry.
    if (Object.keys(entry).length > 2) info.set(node.id, entry);
  }
  return { document, locale, words, since, roots, byId, info };
}

declare global {
  interface HTMLElementTagNameMap {
    'outcome-tree': OutcomeTree;
  }
}
