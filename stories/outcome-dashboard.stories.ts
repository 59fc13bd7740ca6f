import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/outcome-dashboard.js';
import saasOutcomes from '../fixtures/saas-outcomes.json';
import invalidManyErrors from '../fixtures/invalid-many-errors.json';

/**
 * Stories never use the network: documents come from the shared fixtures, and the
 * `https://example.invalid/…` URLs are answered in the page by `.storybook/mock-fetch.ts`.
 */
const MOCK = 'https://example.invalid';

interface DashboardArgs {
  data?: unknown;
  src?: string;
  refresh?: number;
  locale?: string;
  theme?: 'light' | 'dark';
  headingLevel?: number;
}

interface FixtureMetric {
  id: string;
  name: string;
  kind: string;
  points: unknown[];
}

const cardStyles = html`<style>
  .story-card {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: 0.75rem 1rem;
    border: 1px solid color-mix(in srgb, currentColor 30%, transparent);
    border-radius: 8px;
  }
  .story-card h3 {
    margin: 0;
    font-size: 1rem;
  }
  .story-card p {
    margin: 0;
  }
</style>`;

/**
 * Stand-ins for the widgets (`<kpi-trend>` and friends do not exist yet): one plain, accessible
 * card per metric of the document, slotted into the dashboard's grid.
 */
function placeholderCards(doc: { metrics: FixtureMetric[] }): TemplateResult {
  return html`${cardStyles}
  ${doc.metrics.map(
    (m) =>
      html`<article class="story-card">
        <h3 dir="auto">${m.name}</h3>
        <p>${m.kind === 'output' ? 'Output' : 'Outcome'} metric, ${m.points.length} data points</p>
        <p><code dir="ltr">&lt;kpi-trend metric="${m.id}"&gt;</code> will show it here.</p>
      </article>`,
  )}`;
}

/** A child `<script type="application/json">` holding `doc`, as a page without scripting writes it. */
function inlineJson(doc: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(doc, null, 2);
  return script;
}

const cards = placeholderCards(saasOutcomes);

const longTitle =
  'Customer outcomes for the enterprise, mid-market and self-serve segments across Europe, the ' +
  'Middle East and Africa, measured monthly against the targets agreed in the 2026 planning cycle';

const meta: Meta<DashboardArgs> = {
  component: 'outcome-dashboard',
  tags: ['autodocs'],
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'], mapping: { auto: undefined } },
    locale: { control: 'text' },
    src: { control: 'text' },
    refresh: { control: { type: 'number', min: 5 } },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    // The attribute twin of `headingLevel`; one control is enough.
    'heading-level': { table: { disable: true } },
  } as Meta<DashboardArgs>['argTypes'],
};
export default meta;

type Story = StoryObj<DashboardArgs>;

/** The example document set through the `data` property; every attribute is a control. */
export const Default: Story = {
  args: { data: saasOutcomes, headingLevel: 2 },
  render: (args) =>
    html`<outcome-dashboard
      .data=${args.data}
      src=${ifDefined(args.src || undefined)}
      refresh=${ifDefined(args.refresh)}
      locale=${ifDefined(args.locale || undefined)}
      theme=${ifDefined(args.theme)}
      heading-level=${ifDefined(args.headingLevel)}
      >${cards}</outcome-dashboard
    >`,
};

/** Ready: a valid document, its title, "As of" date and the widgets in the grid. */
export const Ready: Story = {
  render: () => html`<outcome-dashboard .data=${saasOutcomes}>${cards}</outcome-dashboard>`,
};

/** The document fetched from the `src` URL. */
export const FromSrc: Story = {
  render: () => html`<outcome-dashboard src="${MOCK}/saas-outcomes.json">${cards}</outcome-dashboard>`,
};

/** Loading: the request never answers, so the skeleton stays. */
export const Loading: Story = {
  render: () => html`<outcome-dashboard src="${MOCK}/pending.json"></outcome-dashboard>`,
};

/**
 * `fixtures/invalid-many-errors.json`: many problems, all inside metrics and nodes. The
 * document itself is usable, so the dashboard stays ready; the widgets that need the broken parts
 * show their problems.
 */
export const Error: Story = {
  render: () => html`<outcome-dashboard .data=${invalidManyErrors}></outcome-dashboard>`,
};

/** The example document broken at the top level, so the dashboard cannot use it: the error panel. */
export const UnusableDocument: Story = {
  render: () =>
    html`<outcome-dashboard
      .data=${{ ...saasOutcomes, title: 5, locale: 'xx-invalid-', asOf: '2026-13-45', metrics: 'none', nodes: 3 }}
      >${cards}</outcome-dashboard
    >`,
};

/** The `src` URL answers 404. */
export const HttpError: Story = {
  render: () => html`<outcome-dashboard src="${MOCK}/404.json">${cards}</outcome-dashboard>`,
};

/** The `src` URL answers 500. */
export const ServerError: Story = {
  render: () => html`<outcome-dashboard src="${MOCK}/500.json">${cards}</outcome-dashboard>`,
};

/** The `src` URL answers 200 with a body that is not JSON (a login page, say). */
export const NotJson: Story = {
  render: () => html`<outcome-dashboard src="${MOCK}/not-json.json">${cards}</outcome-dashboard>`,
};

/** Empty: a valid document without metrics or nodes says "No data yet". */
export const Empty: Story = {
  render: () => html`<outcome-dashboard .data=${{ version: 1, metrics: [] }}></outcome-dashboard>`,
};

/** `theme="dark"`, whatever the system prefers. */
export const Dark: Story = {
  globals: { backgrounds: { value: 'dark' } },
  render: () => html`<outcome-dashboard theme="dark" .data=${saasOutcomes}>${cards}</outcome-dashboard>`,
};

/** `locale="de-DE"`: dates and numbers formatted for Germany. */
export const German: Story = {
  render: () => html`<outcome-dashboard locale="de-DE" .data=${saasOutcomes}>${cards}</outcome-dashboard>`,
};

/** `dir="rtl"`: the layout mirrors. */
export const RightToLeft: Story = {
  render: () => html`<outcome-dashboard dir="rtl" .data=${saasOutcomes}>${cards}</outcome-dashboard>`,
};

/** The document in a child `<script type="application/json">`, for pages where no script may run. */
export const InlineScript: Story = {
  render: () => html`<outcome-dashboard>${inlineJson(saasOutcomes)}${cards}</outcome-dashboard>`,
};

/** The `data` property also takes the document's JSON text. */
export const DataAsJsonString: Story = {
  render: () => html`<outcome-dashboard .data=${JSON.stringify(saasOutcomes)}>${cards}</outcome-dashboard>`,
};

/** A title near the 200-character limit in a 20rem column: it wraps, nothing overflows. */
export const LongTitle: Story = {
  render: () =>
    html`<style>
        .story-narrow {
          max-width: 20rem;
        }
      </style>
      <div class="story-narrow">
        <outcome-dashboard .data=${{ ...saasOutcomes, title: longTitle }}>${cards}</outcome-dashboard>
      </div>`,
};

/** `heading-level="3"`: the title fits under a page's own `<h2>`. */
export const HeadingLevel: Story = {
  render: () =>
    html`<h2>Quarterly review</h2>
      <outcome-dashboard heading-level="3" .data=${saasOutcomes}></outcome-dashboard>`,
};
