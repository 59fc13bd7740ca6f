import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    min-width: 160px;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  :host([variant='compact']) {
    display: inline-block;
    vertical-align: middle;
    width: var(--outcome-kpi-trend-compact-width, 160px);
    container-type: normal;
  }
  .base {
    --_line: var(--outcome-kpi-trend-line-color, var(--_accent));
    --_area: var(--outcome-kpi-trend-area-color, var(--_line));
    --_reference: var(--outcome-kpi-trend-target-color, var(--_neutral));
    --_at-risk: var(--outcome-kpi-trend-at-risk-color, light-dark(#9a6700, #d29922));
    --_chart-height: var(--outcome-kpi-trend-chart-height, 4rem);
    --_value-size: var(--outcome-kpi-trend-value-size, 2em);
    --_padding: var(--outcome-kpi-trend-padding, 1rem);
    --_name-lines: var(--outcome-kpi-trend-name-lines, 1);
    --_skeleton-height: 12.5rem;
    position: relative;
    box-sizing: border-box;
    height: 100%;
    border-radius: var(--_radius);
    line-height: 1.35;
  }
  /*
   * Fixed rows, so that cards side by side line up: name and status; value and change; the chart,
   * which takes whatever height the card is given; progress.
   */
  .card {
    display: grid;
    grid-template-rows: auto auto minmax(var(--_chart-height), 1fr) auto;
    align-content: start;
    gap: 0.25rem;
    padding: var(--_padding);
    border: 1px solid var(--_grid);
    box-shadow: var(--_shadow);
  }
  .head {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    min-block-size: calc(var(--_name-lines) * 1.35em);
  }
  .title {
    display: flex;
    align-items: flex-start;
    gap: 0.375rem;
    flex: 1;
    min-width: 0;
  }
  .name {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .info {
    position: relative;
    flex: none;
  }
  .info-button {
    inline-size: 1.25em;
    block-size: 1.25em;
    padding: 0;
    border: 1px solid var(--_neutral);
    border-radius: 50%;
    background: transparent;
    color: var(--_neutral);
    font: inherit;
    font-size: 0.75em;
    line-height: 1;
    cursor: help;
  }
  .description {
    display: none;
    position: absolute;
    z-index: 2;
    inset-block-start: calc(100% + 0.25rem);
    inset-inline-start: 0;
    inline-size: max-content;
    max-inline-size: 16rem;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_grid);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font-weight: normal;
    font-size: 0.875em;
  }
  .info.open .description {
    display: block;
  }
  .status {
    flex: none;
    margin-inline-start: auto;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8em;
    white-space: nowrap;
  }
  .status.met,
  .status.on-track {
    color: var(--_good);
  }
  .status.at-risk {
    color: var(--_at-risk);
  }
  .status.off-track {
    color: var(--_bad);
  }
  .status.unknown {
    color: var(--_neutral);
  }
  .figures {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    min-width: 0;
  }
  /*
   * The value at its size, or smaller when its estimated width (--_value-ems, set by the element)
   * would not fit the card's content box; an ellipsis only below 1em.
   */
  .value {
    font-size: clamp(1em, (100cqi - 2 * var(--_padding) - 2px) / var(--_value-ems, 1), var(--_value-size));
    font-weight: 600;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .unit {
    font-size: 0.5em;
    font-weight: 500;
    color: var(--_neutral);
  }
  .change-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5rem;
    min-block-size: 1.35em;
  }
  .delta {
    font-variant-numeric: tabular-nums;
  }
  .delta.good {
    color: var(--_good);
  }
  .delta.bad {
    color: var(--_bad);
  }
  .delta.flat,
  .delta.unknown,
  .date {
    color: var(--_neutral);
  }
  .date {
    font-size: 0.875em;
  }
  .chart {
    position: relative;
    min-height: var(--_chart-height);
    margin-block: 0.5rem 0.25rem;
    border-radius: 2px;
    outline: none;
    cursor: crosshair;
    touch-action: pan-y;
  }
  .chart:focus-visible {
    box-shadow:
      0 0 0 2px var(--_surface),
      0 0 0 4px var(--_accent);
  }
  svg {
    /* Out of the flow: the chart's height comes from the card, never from the drawing. */
    position: absolute;
    inset: 0;
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .area {
    fill: url(#area-fill);
  }
  .area-top {
    stop-color: var(--_area);
    stop-opacity: 0.28;
  }
  .area-bottom {
    stop-color: var(--_area);
    stop-opacity: 0.02;
  }
  .line {
    fill: none;
    stroke: var(--_line);
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  .target,
  .baseline,
  .forecast,
  .rule {
    stroke: var(--_reference);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .baseline {
    stroke-dasharray: 1 3;
  }
  .forecast {
    stroke-dasharray: 4 3;
    stroke-width: 1.5;
  }
  .last,
  .active {
    fill: var(--_line);
    stroke: var(--_surface);
    stroke-width: 1.5;
  }
  .target-label {
    position: absolute;
    inset-inline-start: 0;
    top: var(--_y);
    transform: translateY(calc(-100% - 2px));
    padding-inline: 0.25rem;
    background: color-mix(in srgb, var(--_surface) 80%, transparent);
    color: var(--_neutral);
    font-size: 0.75em;
    line-height: 1.2;
    pointer-events: none;
  }
  .target-label.below {
    transform: translateY(2px);
  }
  /* A delivery marker: a small triangle on the time axis, pointing up at the line. */
  .delivery-mark {
    position: absolute;
    left: var(--_x);
    bottom: 0;
    inline-size: 9px;
    block-size: 7px;
    transform: translateX(-50%);
    background: var(--outcome-kpi-trend-delivery-color, var(--_accent));
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
    pointer-events: none;
  }
  .since {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
    margin: 0;
    font-size: 0.8125em;
    color: var(--_neutral);
  }
  .since-error {
    color: var(--_bad);
  }
  .since .moved {
    padding: 0 0.4em;
    border-radius: 0.75em;
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
    color: var(--_text);
    font-weight: 600;
  }
  .zero {
    stroke: var(--_grid);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .progress {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    font-size: 0.875em;
  }
  .progress-text {
    color: var(--_neutral);
  }
  .progress-value {
    color: var(--_text);
    font-weight: 600;
  }
  .track {
    height: 0.375rem;
    border-radius: 999px;
    background: var(--_grid);
    overflow: hidden;
  }
  .fill {
    width: calc(var(--_progress, 0) * 100%);
    height: 100%;
    border-radius: inherit;
    background: var(--_neutral);
    transition: width 300ms ease-out;
  }
  .fill.met,
  .fill.on-track {
    background: var(--_good);
  }
  .fill.at-risk {
    background: var(--_at-risk);
  }
  .fill.off-track {
    background: var(--_bad);
  }
  @media (prefers-reduced-motion: reduce) {
    .fill {
      transition: none;
    }
  }
  .card > .message {
    padding: 0;
    border: 0;
  }
  .card > .message.error h3 {
    color: var(--_bad);
  }
  .compact {
    --_skeleton-height: 40px;
    display: grid;
    grid-template-columns: auto minmax(2.5rem, 1fr);
    align-items: center;
    gap: 0.5rem;
    height: 40px;
    padding-inline: 0.25rem;
  }
  .compact .compact-figures {
    display: flex;
    flex-direction: column;
    line-height: 1.1;
    white-space: nowrap;
  }
  .compact .value {
    font-size: 1em;
  }
  .compact .delta {
    font-size: 0.75em;
  }
  .compact .trend-word {
    display: none;
  }
  .compact .chart {
    height: 32px;
    min-height: 0;
    margin: 0;
  }
  .compact .unit {
    font-size: 0.85em;
  }
  /* A narrow card (two to a row on a phone): name, value, change, sparkline and status. */
  @container (max-width: 13.5rem) {
    .card {
      --_padding: var(--outcome-kpi-trend-padding, 0.75rem);
      --_value-size: var(--outcome-kpi-trend-value-size, 1.5em);
      --_chart-height: var(--outcome-kpi-trend-chart-height, 2.5rem);
      grid-template-rows: auto auto minmax(var(--_chart-height), 1fr) auto;
      grid-template-areas: 'title' 'figures' 'chart' 'status';
    }
    .head {
      display: contents;
    }
    .title {
      grid-area: title;
      min-block-size: calc(var(--_name-lines) * 1.35em);
    }
    .figures {
      grid-area: figures;
    }
    .chart {
      grid-area: chart;
    }
    .status,
    .stale {
      grid-area: status;
      justify-self: start;
      margin-inline-start: 0;
    }
    .stale {
      justify-self: end;
    }
    .delta.moved .trend-word,
    .target-label,
    .progress {
      display: none;
    }
  }
`;
