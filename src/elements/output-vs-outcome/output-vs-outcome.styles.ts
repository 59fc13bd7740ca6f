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
  .base {
    --_output: var(
      --outcome-output-vs-outcome-output-color,
      color-mix(in srgb, var(--_accent) 75%, var(--_surface))
    );
    --_outcome: var(--outcome-output-vs-outcome-outcome-color, var(--_good));
    --_skeleton-height: 24rem;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: 1rem;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    line-height: 1.4;
  }
  .base > .message {
    padding: 0;
    border: 0;
  }
  .verdict {
    margin: 0;
    font-weight: 600;
  }
  .lag {
    margin: 0;
    color: var(--_neutral);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    font-size: 0.875em;
    color: var(--_neutral);
  }
  .swatch {
    display: inline-block;
    inline-size: 0.75em;
    block-size: 0.75em;
    margin-inline-end: 0.375em;
    vertical-align: -0.05em;
    border-radius: 2px;
  }
  .swatch.output {
    background: var(--_output);
  }
  .swatch.outcome {
    block-size: 0.2em;
    vertical-align: 0.2em;
    background: var(--_outcome);
  }
  .swatch.target {
    inline-size: 1.5em;
    block-size: 0;
    vertical-align: 0.25em;
    border-top: 2px dashed var(--_neutral);
    border-radius: 0;
  }
  .chart {
    position: relative;
    height: var(--outcome-output-vs-outcome-height, 18rem);
    outline: none;
    border-radius: 2px;
    cursor: crosshair;
  }
  .chart:focus-visible {
    box-shadow:
      0 0 0 2px var(--_surface),
      0 0 0 4px var(--_accent);
  }
  svg {
    /* Geometry is mirrored by the layout for right-to-left; text anchors must stay physical. */
    direction: ltr;
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .title {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  .quadrant-legend {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .swatch.dot {
    border-radius: 50%;
    background: var(--_neutral);
  }
  .swatch.dot.impact {
    background: var(--_good);
  }
  .swatch.dot.output-only {
    background: var(--_bad);
  }
  .swatch.dot.outcome-only {
    background: var(--_accent);
  }
  .note {
    margin: 0;
    font-size: 0.875em;
    color: var(--_neutral);
  }
  /* The quadrant keeps a readable shape: at least 280 px high, and 0.45 of its width. */
  .chart.quadrant {
    height: var(--outcome-output-vs-outcome-quadrant-height, clamp(280px, 45cqi, 720px));
  }
  .divider {
    stroke: var(--_neutral);
    stroke-width: 1;
    stroke-dasharray: 3 3;
  }
  .grid,
  .frame {
    fill: none;
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .rule {
    stroke: var(--_neutral);
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  .panel-title {
    fill: var(--_text);
    font-size: 12px;
    font-weight: 600;
  }
  .target-label {
    fill: var(--_neutral);
    font-size: 11px;
  }
  .tick,
  .axis,
  .quadrant-label,
  .point-label {
    fill: var(--_neutral);
    font-size: 11px;
  }
  .quadrant-label {
    font-weight: 600;
  }
  .quadrant-label.impact {
    fill: var(--_good);
  }
  .quadrant-label.output-only {
    fill: var(--_bad);
  }
  .quadrant-label.outcome-only {
    fill: var(--_accent);
  }
  .point-label {
    fill: var(--_text);
  }
  .bar {
    fill: var(--_output);
  }
  .bar.active {
    fill: var(--_accent);
  }
  .target {
    stroke: var(--_neutral);
    stroke-dasharray: 4 3;
  }
  /* A delivery marker: a small triangle on the time axis, under the outcome line. */
  .delivery {
    fill: var(--outcome-output-vs-outcome-delivery-color, var(--_text));
  }
  .outcome-line {
    fill: none;
    stroke: var(--_outcome);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .active {
    fill: var(--_outcome);
    stroke: var(--_surface);
    stroke-width: 2;
  }
  .point {
    fill: var(--_neutral);
    stroke: var(--_surface);
    stroke-width: 1.5;
  }
  .point.impact {
    fill: var(--_good);
  }
  .point.output-only {
    fill: var(--_bad);
  }
  .point.outcome-only {
    fill: var(--_accent);
  }
  .point.active {
    stroke: var(--_text);
    stroke-width: 2;
  }
`;
