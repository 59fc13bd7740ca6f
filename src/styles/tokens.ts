import { css } from 'lit';

/**
 * Design tokens shared by every element.
 *
 * Public tokens (`--outcome-*`) may be set by the page, on `:root` or any ancestor; each is read
 * into a private `--_*` token whose default is a `light-dark()` pair, so one declaration serves
 * both themes. Elements style themselves only through the private tokens.
 *
 * The theme is the `color-scheme` the element inherits from the page, as native form controls
 * do: light on a page that declares none (even on a dark system), dark under `color-scheme: dark`,
 * the system's under `color-scheme: light dark`. Class `light` or `dark` on the `base` part (the
 * `theme` attribute) forces one.
 *
 * Defaults meet WCAG AA (4.5:1) for text on the surface colour in both themes.
 */
export const tokens = css`
  .theme {
    --_good: var(--outcome-color-good, light-dark(#1a7f37, #3fb950));
    --_bad: var(--outcome-color-bad, light-dark(#cf222e, #ff7b72));
    --_neutral: var(--outcome-color-neutral, light-dark(#59636e, #9198a1));
    --_accent: var(--outcome-color-accent, light-dark(#0969da, #4493f8));
    --_surface: var(--outcome-color-surface, light-dark(#ffffff, #151b23));
    --_page: var(--outcome-color-page, light-dark(#f6f8fa, #0d1117));
    --_text: var(--outcome-color-text, light-dark(#1f2328, #e6edf3));
    --_grid: var(--outcome-color-grid, light-dark(#d1d9e0, #3d444d));
    --_shadow: var(
      --outcome-shadow,
      0 1px 2px light-dark(rgb(31 35 40 / 0.06), rgb(1 4 9 / 0.4)),
      0 1px 3px light-dark(rgb(31 35 40 / 0.08), rgb(1 4 9 / 0.3))
    );
    --_skeleton: color-mix(in srgb, var(--_text) 10%, var(--_surface));
    --_font: var(--outcome-font, inherit);
    --_radius: var(--outcome-radius, 8px);
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
  }
  .theme.system-font {
    /* The page left the browser's default serif: a sans-serif reads as a dashboard. */
    --_font: var(--outcome-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
  }
  .theme.light {
    color-scheme: light;
  }
  .theme.dark {
    color-scheme: dark;
  }
`;

/** Pieces every element's states use: visually hidden text, skeleton, error and empty panels. */
export const stateStyles = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .skeleton {
    min-height: var(--_skeleton-height, 8rem);
    border-radius: var(--_radius);
    background: var(--_skeleton);
    animation: outcome-pulse 1.5s ease-in-out infinite;
  }
  @keyframes outcome-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  .message {
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_grid);
    overflow-wrap: anywhere;
  }
  .message.error {
    border-color: var(--_bad);
  }
  .message h3 {
    margin: 0 0 0.25rem;
    font-size: 1em;
  }
  .message ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .message code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .export {
    position: relative;
    display: flex;
    justify-content: flex-end;
    margin-block-start: 0.5rem;
  }
  .export-button,
  .export-menu button {
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
  .export-button:focus-visible,
  .export-menu button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  .export-menu {
    position: absolute;
    inset-block-end: calc(100% + 0.25rem);
    inset-inline-end: 0;
    z-index: 5;
    display: grid;
    /* As wide as the widget allows: a narrow card (two to a row on a phone) keeps it inside. */
    min-inline-size: min(12rem, 100%);
    margin: 0;
    padding: 0.25rem;
    list-style: none;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  .export-menu button {
    inline-size: 100%;
    border-color: transparent;
    text-align: start;
  }
  .export-menu button:hover {
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
  }
  .stale {
    display: inline-block;
    align-self: flex-start;
    padding: 0 0.4em;
    border-radius: 999px;
    border: 1px solid var(--_neutral);
    color: var(--_neutral);
    font-size: 0.8em;
  }
`;

/**
 * The tooltip of the charts (`<kpi-trend>`, `<output-vs-outcome>`): one line at the top of the
 * chart, inside it, so it never covers the value, the change, a legend or a verdict; centred on
 * its point in the middle third and held to the near edge in the outer thirds (class `left`,
 * `centre` or `right`, position in `--_x`), so it never leaves the chart.
 */
export const tooltipStyles = css`
  .tooltip {
    position: absolute;
    top: 0.25rem;
    box-sizing: border-box;
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--_grid);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    box-shadow: var(--_shadow);
    color: var(--_text);
    font-size: 0.8em;
    line-height: 1.35;
    /* One line wherever it fits; it wraps only in a chart narrower than its words. */
    width: max-content;
    max-width: 100%;
    pointer-events: none;
    z-index: 1;
  }
  .tooltip.left {
    left: 0;
  }
  .tooltip.right {
    right: 0;
  }
  .tooltip.centre {
    left: var(--_x);
    transform: translateX(-50%);
  }
`;
