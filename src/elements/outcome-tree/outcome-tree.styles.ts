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
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    border-radius: var(--_radius);
    line-height: 1.3;
  }
  .viewport {
    position: relative;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    outline: none;
  }
  .viewport:focus-visible {
    box-shadow:
      0 0 0 2px var(--_surface),
      0 0 0 4px var(--_accent);
  }
  .list {
    flex: 0 1 auto;
    min-height: 0;
    max-height: var(--outcome-tree-max-height, 36rem);
    overflow-x: hidden;
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .spacer {
    position: relative;
    height: var(--_height);
  }
  .row {
    position: absolute;
    inset-inline: 0;
    top: var(--_top);
    height: var(--_row-height);
    box-sizing: border-box;
    display: flex;
    align-items: flex-start;
    gap: 0.25rem;
    padding-block: 0.375rem;
    padding-inline: calc(0.5rem + var(--_level) * var(--_indent)) 0.5rem;
    border-bottom: 1px solid color-mix(in srgb, var(--_grid) 60%, transparent);
    cursor: default;
  }
  .node.selected {
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
  }
  .viewport:focus .node.focused {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
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
  .content {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    min-width: 0;
    flex: 1;
  }
  .line {
    display: flex;
    align-items: baseline;
    gap: 0.375rem;
    min-width: 0;
    white-space: nowrap;
  }
  .details {
    font-size: 0.8125em;
    color: var(--_neutral);
    gap: 0.75rem;
  }
  .type {
    flex: none;
    font-size: 0.75em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    color: var(--_neutral);
  }
  .label {
    flex: 0 1 auto;
    overflow: hidden;
    text-overflow: ellipsis;
    font-weight: 600;
    color: var(--_text);
    min-width: 4em;
  }
  a.label {
    color: var(--_accent);
  }
  .node.output .label,
  .type.output + .label {
    font-weight: normal;
  }
  .badge {
    flex: 0 1 auto;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.75em;
    color: var(--_bad);
  }
  .badge.unmeasured {
    color: var(--_neutral);
  }
  .owner,
  .metric {
    overflow: hidden;
    text-overflow: ellipsis;
    min-width: 0;
  }
  .metric-error {
    color: var(--_bad);
    overflow: hidden;
    text-overflow: ellipsis;
    min-width: 0;
  }
  .narrow .details {
    flex-wrap: wrap;
    white-space: normal;
    row-gap: 0.125rem;
  }
  .narrow .owner {
    display: none;
  }
  .narrow .metric,
  .narrow .metric-error {
    flex-basis: 100%;
    white-space: nowrap;
  }
  .measure {
    flex: none;
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .bar {
    display: inline-block;
    inline-size: 3.5rem;
    block-size: 0.375rem;
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
  .map {
    flex: 1 1 var(--outcome-tree-map-height, 32rem);
    min-height: 12rem;
    overflow: hidden;
    touch-action: none;
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
    stroke: var(--_grid);
    stroke-width: 1.5;
  }
  .card {
    position: absolute;
    left: var(--_x);
    top: var(--_y);
    width: 224px;
    height: 128px;
    box-sizing: border-box;
    overflow: hidden;
    display: flex;
    align-items: flex-start;
    gap: 0.25rem;
    padding: 0.5rem;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: default;
  }
  .card .line {
    white-space: normal;
    flex-wrap: wrap;
  }
  .card .label {
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    white-space: normal;
  }
  .card .details {
    flex-direction: column;
    align-items: flex-start;
    gap: 0.125rem;
  }
  .card .owner,
  .card .metric,
  .card .metric-error {
    display: none;
  }
  .zoom {
    display: flex;
    gap: 0.25rem;
    justify-content: flex-end;
  }
  .zoom button {
    min-inline-size: 2rem;
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--_grid);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .zoom button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
`;
