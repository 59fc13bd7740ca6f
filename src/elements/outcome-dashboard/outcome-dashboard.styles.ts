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
  .grid[hidden] {
    display: none;
  }
`;
