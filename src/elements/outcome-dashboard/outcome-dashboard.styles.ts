import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    --_gap: var(--outcome-dashboard-gap, 1rem);
    --_min-column: var(--outcome-dashboard-min-column, 16rem);
    --_skeleton-height: 2.5rem;
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    padding: var(--outcome-dashboard-padding, 0);
    border-radius: var(--_radius);
    /* No slab of its own: the page shows through, and the widgets stand out as cards on it. */
    background: var(--outcome-dashboard-background, transparent);
  }
  /*
   * A forced theme may differ from the page's: then the dashboard paints a page of its own, so
   * that its title and the gaps between cards stay readable.
   */
  .base.light,
  .base.dark {
    --_forced-padding: 1rem;
    padding: var(--outcome-dashboard-padding, var(--_forced-padding));
    background: var(--outcome-dashboard-background, var(--_page));
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 1rem;
  }
  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 600;
    line-height: 1.3;
  }
  .as-of {
    margin: 0;
    color: var(--_neutral);
  }
  .problems {
    color: var(--_neutral);
  }
  .problems summary {
    cursor: pointer;
  }
  .problems ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .problems code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_min-column)), 1fr));
    gap: var(--_gap);
  }
  /* Cards of a row share one height; their names keep two lines, so their values line up. */
  ::slotted(kpi-trend),
  .grid > kpi-trend {
    --outcome-kpi-trend-name-lines: 2;
  }
  /* The tree and the comparison need the width: a row of their own, unless a span attribute says otherwise. */
  ::slotted(:is(outcome-tree, output-vs-outcome, [span='full'])),
  .grid > :is(outcome-tree, output-vs-outcome) {
    grid-column: 1 / -1;
  }
  ::slotted([span='1']) {
    grid-column: auto;
  }
  ::slotted([span='2']) {
    grid-column: span 2;
  }
  ::slotted([span='3']) {
    grid-column: span 3;
  }
  /* On a phone: two condensed cards a row, so seven cards fit in about one screen. */
  @container (max-width: 30rem) {
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: calc(var(--_gap) * 0.75);
    }
    ::slotted(:not(kpi-trend)),
    ::slotted([span]) {
      grid-column: 1 / -1;
    }
  }
  /* Spans never ask for more columns than there are. */
  @container (max-width: 48rem) {
    ::slotted(:is([span='2'], [span='3'])) {
      grid-column: 1 / -1;
    }
  }
  .grid[hidden] {
    display: none;
  }
`;
