import { css } from 'lit';

export const styles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-width: 160px;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    --_indent: var(--outcome-tree-indent, 1.25rem);
    --_outcome: var(--outcome-tree-outcome-color, var(--_good));
    --_delivery: var(--outcome-tree-delivery-color, var(--_accent));
    --_skeleton-height: 16rem;
    --_row-line: color-mix(in srgb, var(--_grid) 60%, transparent);
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    border-radius: var(--_radius);
    line-height: 1.35;
  }

  /* The flags above the tree and the "Flagged only" toggle. */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem 0.75rem;
  }
  .summary {
    margin: 0;
    font-size: 0.875em;
    color: var(--_neutral);
  }
  .count {
    font-weight: 600;
    color: var(--_bad);
  }
  .count.unmeasured {
    color: var(--_neutral);
  }
  .filter,
  .zoom button {
    min-block-size: 2rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_grid);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.875em;
    cursor: pointer;
  }
  .filter[aria-pressed='true'] {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
    font-weight: 600;
  }
  .filter:focus-visible,
  .zoom button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }

  .viewport {
    position: relative;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    outline: none;
  }
  .viewport:has([role='tree']:focus-visible),
  .viewport[role='tree']:focus-visible {
    box-shadow:
      0 0 0 2px var(--_surface),
      0 0 0 4px var(--_accent);
  }

  /* The list: a scrolling frame with sticky column headers, the tree, and the "N more" hint. */
  .list {
    flex: 0 1 auto;
    min-height: min(10rem, 100%);
    max-height: var(--outcome-tree-max-height, 36rem);
    overflow-x: hidden;
    overflow-y: auto;
    overscroll-behavior: contain;
    /* The width must not change when the scrollbar comes and goes: rows would wrap again. */
    scrollbar-gutter: stable;
  }
  .tree {
    position: relative;
    height: var(--_height);
    outline: none;
  }
  .row {
    position: absolute;
    inset-inline: 0;
    top: var(--_top);
    box-sizing: border-box;
    padding-block: 0.5rem;
    padding-inline: 0.5rem;
    border-bottom: 1px solid var(--_row-line);
    cursor: default;
  }
  .node.selected {
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
  }
  .tree:focus .node.focused,
  .map:focus .node.focused {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  /* Every row and the headers share one grid, so the four columns line up down the list. */
  .columns-head,
  .columns .content {
    display: grid;
    grid-template-columns:
      minmax(0, 1fr) var(--outcome-tree-bar-column, clamp(8rem, 16%, 13rem))
      var(--outcome-tree-bar-column, clamp(8rem, 16%, 13rem)) clamp(10rem, 20%, 15rem);
    column-gap: 1.25rem;
    align-items: start;
  }
  .columns-head {
    position: sticky;
    top: 0;
    z-index: 2;
    padding: 0.5rem;
    border-bottom: 1px solid var(--_grid);
    background: var(--_surface);
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_neutral);
  }
  .columns-head > :first-child {
    padding-inline-start: 1.5rem;
  }
  .columns .measure.outcome {
    grid-column: 2;
  }
  .columns .measure.delivery {
    grid-column: 3;
  }
  .columns .flags {
    grid-column: 4;
  }
  .columns .measure {
    padding-block-start: 0.125rem;
  }
  /* Values of one width, so that every bar of a column starts at the same x. */
  .columns .measure-label {
    inline-size: 5ch;
  }
  .more {
    position: sticky;
    bottom: 0;
    z-index: 1;
    display: flex;
    align-items: flex-end;
    justify-content: center;
    block-size: 3rem;
    margin-block-start: -3rem;
    padding-block-end: 0.375rem;
    box-sizing: border-box;
    background: linear-gradient(to bottom, transparent, var(--_surface) 70%);
    pointer-events: none;
  }
  .more span {
    padding: 0.0625rem 0.625rem;
    border: 1px solid var(--_grid);
    border-radius: 999px;
    background: var(--_surface);
    font-size: 0.8125em;
    color: var(--_neutral);
  }

  /* One node: head (arrow, type, title, owner and metric), two measures, flags. */
  .content {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    min-width: 0;
  }
  .head {
    display: flex;
    align-items: flex-start;
    gap: 0.25rem;
    min-width: 0;
  }
  .row .head {
    padding-inline-start: calc(var(--_level) * var(--_indent));
  }
  .toggle {
    flex: none;
    inline-size: 1.25rem;
    text-align: center;
    color: var(--_neutral);
    cursor: pointer;
    user-select: none;
    transition: transform 150ms ease-out;
  }
  .toggle.open {
    transform: rotate(90deg);
  }
  :host(:dir(rtl)) .toggle:not(.open) {
    transform: scaleX(-1);
  }
  @media (prefers-reduced-motion: reduce) {
    .toggle {
      transition: none;
    }
  }
  .title {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    min-width: 0;
    flex: 1;
  }
  .line {
    display: block;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .type {
    margin-inline-end: 0.375rem;
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--_neutral);
  }
  .label {
    font-weight: 600;
    color: var(--_text);
  }
  a.label {
    color: var(--_accent);
  }
  .node.output .label {
    font-weight: normal;
  }
  .sub {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
    font-size: 0.8125em;
    color: var(--_neutral);
    overflow-wrap: anywhere;
  }
  .metric-error {
    color: var(--_bad);
  }
  .flags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    min-width: 0;
  }
  .badge {
    padding: 0.0625rem 0.5em;
    border: 1px solid currentColor;
    border-radius: 0.75em;
    font-size: 0.8125em;
    line-height: 1.3;
    color: var(--_bad);
  }
  .badge.unmeasured {
    color: var(--_neutral);
  }
  .measure {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-width: 0;
    font-size: 0.8125em;
    color: var(--_neutral);
  }
  .measure-label {
    flex: none;
    min-inline-size: 2.75em;
    font-variant-numeric: tabular-nums;
  }
  .measure .value {
    font-weight: 600;
    color: var(--_text);
  }
  .bar {
    flex: 1;
    min-inline-size: 3rem;
    block-size: 0.5rem;
    border-radius: 999px;
    background: var(--_grid);
    overflow: hidden;
  }
  .fill {
    display: block;
    block-size: 100%;
    inline-size: calc(var(--_fill) * 100%);
    background: var(--_delivery);
  }
  .measure.outcome .fill {
    background: var(--_outcome);
  }
  /* Stacked rows (narrow): the title wraps, measures sit below it side by side, flags last. */
  .stacked {
    --_indent: var(--outcome-tree-indent, 0.875rem);
  }
  .stacked .content {
    padding-inline-start: calc(1.5rem + var(--_level) * var(--_indent));
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: 0.375rem 1rem;
  }
  .stacked .head,
  .stacked .flags {
    grid-column: 1 / -1;
  }
  .stacked .row .head {
    margin-inline-start: -1.5rem;
    padding-inline-start: 0;
  }
  .stacked .measure.delivery {
    grid-column: 2;
  }
  .stacked .node.output .measure.delivery {
    grid-column: 1;
  }
  .stacked .measure {
    flex-direction: column;
    align-items: stretch;
    gap: 0.25rem;
  }
  .stacked .bar {
    flex: none;
    min-inline-size: 0;
  }

  /* The map: a frame with the zoom buttons and a note inside, over a panning canvas. */
  .map-frame {
    position: relative;
    flex: 1 1 var(--outcome-tree-map-height, 32rem);
    min-height: 12rem;
    display: flex;
    flex-direction: column;
  }
  .map {
    flex: 1;
    overflow: hidden;
    /* One finger scrolls the page; two fingers pinch the map (see MapView). */
    touch-action: pan-x pan-y;
    cursor: grab;
  }
  .canvas {
    position: absolute;
    top: 0;
    left: 0;
    transform-origin: 0 0;
    transform: translate(var(--_tx), var(--_ty)) scale(var(--_k));
  }
  .links {
    position: absolute;
    top: 0;
    left: 0;
    overflow: visible;
  }
  .links path {
    fill: none;
    stroke: color-mix(in srgb, var(--_neutral) 45%, transparent);
    stroke-width: 1.5;
  }
  .card {
    position: absolute;
    left: var(--_x);
    top: var(--_y);
    width: var(--_w);
    height: var(--_h);
    box-sizing: border-box;
    padding: 8px 6px;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
    cursor: default;
    overflow: hidden;
  }
  .card.goal {
    box-shadow:
      inset 0 3px 0 var(--_accent),
      var(--_shadow);
  }
  .card .content {
    gap: 0.25rem;
  }
  .card .head {
    padding-inline-end: 1rem;
  }
  .card .toggle {
    position: absolute;
    inset-block-start: 6px;
    inset-inline-end: 4px;
  }
  .card .badge {
    padding-inline: 0.4em;
    white-space: nowrap;
  }
  .card .flags {
    margin-block-start: 0.125rem;
  }
  /* Simple cards (small zoom): type and title only, drawn at 11 and 13 px whatever the zoom. */
  .simple .card .content > :not(.head),
  .simple .card .sub,
  .simple .card .toggle {
    display: none;
  }
  .simple .card {
    padding: 4px 6px;
  }
  .simple .card .line {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines);
    overflow: hidden;
    font-size: calc(13px / var(--_k));
    line-height: 1.25;
  }
  .simple .card .type {
    font-size: calc(11px / var(--_k));
  }
  .outline .card .content {
    visibility: hidden;
  }
  .zoom {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline-end: 0.5rem;
    z-index: 1;
    display: flex;
    gap: 0.25rem;
  }
  .zoom button {
    min-inline-size: 2rem;
    padding-inline: 0.5rem;
    box-shadow: var(--_shadow);
  }
  .note {
    position: absolute;
    inset-block-end: 0.5rem;
    inset-inline-start: 0.5rem;
    max-inline-size: calc(100% - 1rem);
    margin: 0;
    padding: 0.25rem 0.625rem;
    border: 1px solid var(--_grid);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    box-shadow: var(--_shadow);
    font-size: 0.8125em;
    color: var(--_text);
    pointer-events: none;
  }

  /* Check-ins: health in words and colour, confidence, age, author; the note in two lines. */
  .check-in {
    display: block;
    font-size: 0.8125em;
    color: var(--_neutral);
  }
  .health {
    font-weight: 600;
  }
  .health::before {
    content: '';
    display: inline-block;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline-end: 0.3em;
    border-radius: 50%;
    background: currentColor;
    vertical-align: 0.1em;
  }
  .health.on-track {
    color: var(--_good);
  }
  .health.at-risk {
    color: light-dark(#9a6700, #d29922);
  }
  .health.off-track {
    color: var(--_bad);
  }
  .ci-note {
    display: block;
    margin-block-start: 0.125rem;
    color: var(--_text);
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  .ci-note.clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .new,
  .moved {
    display: inline-block;
    margin-inline-start: 0.375rem;
    padding: 0 0.4em;
    border-radius: 0.75em;
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
    color: var(--_text);
    font-size: 0.8125em;
    font-weight: 600;
  }
  .moved {
    margin-inline-start: 0;
    align-self: flex-start;
  }
  .since-shipped {
    font-size: 0.8125em;
    color: var(--_neutral);
  }
  .check-ins {
    flex: 0 1 auto;
    min-height: 0;
    max-block-size: 16rem;
    overflow: auto;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .check-ins-title {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
    align-items: baseline;
    margin: 0 0 0.25rem;
  }
  .check-ins-label {
    font-size: 0.8125em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.02em;
    color: var(--_neutral);
  }
  .check-ins-node {
    font-weight: 600;
  }
  .check-ins-date {
    font-size: 0.8125em;
    color: var(--_neutral);
  }
  .check-ins .check-in {
    font-size: 0.875em;
  }
  .history {
    margin-block-start: 0.5rem;
  }
  .history summary {
    cursor: pointer;
    font-size: 0.875em;
    color: var(--_accent);
  }
  .history summary:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .history ol {
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5rem;
  }
  .history li {
    padding-block-start: 0.5rem;
    border-top: 1px solid var(--_row-line);
  }
`;
