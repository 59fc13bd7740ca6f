import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/outcome-dashboard.js';
import '../src/kpi-trend.js';
import '../src/output-vs-outcome.js';
import '../src/outcome-tree.js';
import saasOutcomes from '../fixtures/saas-outcomes.json';
import invalidManyErrors from '../fixtures/invalid-many-errors.json';

/**
 * Stories never use the network: documents come from the shared fixtures (`fixtures/`), and the
 * `https://example.invalid/…` URLs are answered in the page by `.storybook/mock-fetch.ts`.
 *
 * The widgets inside have no source of their own: each takes the dashboard's document through
 * context, so it is fetched or parsed once. Over the example document (`fixtures/saas-outcomes.json`,
 * "Customer outcomes 2026", as of 2026-09-30) the stories hold:
 *
 * | widget                                                 | shows                                         |
 * | ------------------------------------------------------ | --------------------------------------------- |
 * | `<kpi-trend metric="nps">`                             | Net Promoter Score, 45 pts, met               |
 * | `<kpi-trend metric="retention-90d">`                   | 90-day retention, 72%, off track              |
 * | `<kpi-trend metric="arr">`                             | Annual recurring revenue, €10M, off track     |
 * | `<kpi-trend metric="features">`                        | Features shipped, 16 (an output)              |
 * | `<output-vs-outcome output="features" outcome="nps">`  | features +700%, NPS +71%: converting          |
 * | `<output-vs-outcome view="quadrant">`                  | the 5 outcomes by delivery and progress       |
 * | `<outcome-tree>`                                       | 2 goals, 5 outcomes, their outputs, the flags |
 *
 * `fixtures/invalid-many-errors.json` has one usable metric (`ok`) and 17 problems in the rest.
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

/** The widgets of the example document, slotted into the dashboard's grid. */
const widgets: TemplateResult = html`
  <kpi-trend metric="nps"></kpi-trend>
  <kpi-trend metric="retention-90d"></kpi-trend>
  <kpi-trend metric="arr"></kpi-trend>
  <kpi-trend metric="features"></kpi-trend>
  <output-vs-outcome output="features" outcome="nps"></output-vs-outcome>
  <output-vs-outcome view="quadrant"></output-vs-outcome>
  <outcome-tree></outcome-tree>
`;

/** A child `<script type="application/json">` holding `doc`, as a page without scripting writes it. */
function inlineJson(doc: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(doc, null, 2);
  return script;
}

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

/** The example document set through the `data` property, with its widgets; every attribute is a control. */
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
      >${widgets}</outcome-dashboard
    >`,
};

/**
 * No widget children: the dashboard lays out a default set of widgets for the document by itself.
 * Until that default layout lands, it shows the title and "As of" date alone.
 */
export const DefaultLayout: Story = {
  name: 'Default layout',
  render: () => html`<outcome-dashboard .data=${saasOutcomes}></outcome-dashboard>`,
};

/** Ready: a valid document, its title, "As of" date and the widgets in the grid. */
export const Ready: Story = {
  render: () => html`<outcome-dashboard .data=${saasOutcomes}>${widgets}</outcome-dashboard>`,
};

/** The document fetched from the `src` URL, once for all the widgets. */
export const FromSrc: Story = {
  render: () => html`<outcome-dashboard src="${MOCK}/saas-outcomes.json">${widgets}</outcome-dashboard>`,
};

/** Loading: the request never answers, so the dashboard and every widget show their skeletons. */
export const Loading: Story = {
  render: () => html`<outcome-dashboard src="${MOCK}/pending.json">${widgets}</outcome-dashboard>`,
};

/**
 * `fixtures/invalid-many-errors.json`: many problems, all inside metrics and nodes. The document
 * itself is usable, so the dashboard stays ready and lists the problems in a closed disclosure;
 * the card of the usable metric `ok` shows it, the card asking for a metric the document does not
 * have says so, and the tree names the nodes it had to leave out.
 */
export const Error: Story = {
  render: () =>
    html`<outcome-dashboard .data=${invalidManyErrors}>
      <kpi-trend metric="ok"></kpi-trend>
      <kpi-trend metric="missing"></kpi-trend>
      <outcome-tree></outcome-tree>
    </outcome-dashboard>`,
};

/**
 * The example document broken at the top level, so the dashboard cannot use it: the error panel,
 * and the widgets are hidden.
 */
export const UnusableDocument: Story = {
  render: () =>
    html`<outcome-dashboard
      .data=${{ ...saasOutcomes, title: 5, locale: 'xx-invalid-', asOf: '2026-13-45', metrics: 'none', nodes: 3 }}
      >${widgets}</outcome-dashboard
    >`,
};

/** The `src` URL answers 404. */
export const HttpError: Story = {
  render: () => html`<outcome-dashboard src="${MOCK}/404.json">${widgets}</outcome-dashboard>`,
};

/** The `src` URL answers 500. */
export const ServerError: Story = {
  render: () => html`<outcome-dashboard src="${MOCK}/500.json">${widgets}</outcome-dashboard>`,
};

/** The `src` URL answers 200 with a body that is not JSON (a login page, say). */
export const NotJson: Story = {
  render: () => html`<outcome-dashboard src="${MOCK}/not-json.json">${widgets}</outcome-dashboard>`,
};

/**
 * Empty: a valid document without metrics or nodes says "No data yet"; the quadrant and the tree
 * inside say they have nothing to show.
 */
export const Empty: Story = {
  render: () =>
    html`<outcome-dashboard .data=${{ version: 1, metrics: [] }}>
      <output-vs-outcome view="quadrant"></output-vs-outcome>
      <outcome-tree></outcome-tree>
    </outcome-dashboard>`,
};

/** `theme="dark"`, whatever the system prefers; the widgets inside take the dashboard's theme. */
export const Dark: Story = {
  globals: { backgrounds: { value: 'dark' } },
  render: () => html`<outcome-dashboard theme="dark" .data=${saasOutcomes}>${widgets}</outcome-dashboard>`,
};

/** `locale="de-DE"`: dates and numbers formatted for Germany, in the dashboard and every widget. */
export const German: Story = {
  render: () => html`<outcome-dashboard locale="de-DE" .data=${saasOutcomes}>${widgets}</outcome-dashboard>`,
};

/** `dir="rtl"`: the layout mirrors, and so do the widgets. */
export const RightToLeft: Story = {
  render: () => html`<outcome-dashboard dir="rtl" .data=${saasOutcomes}>${widgets}</outcome-dashboard>`,
};

/** The document in a child `<script type="application/json">`, for pages where no script may run. */
export const InlineScript: Story = {
  render: () => html`<outcome-dashboard>${inlineJson(saasOutcomes)}${widgets}</outcome-dashboard>`,
};

/** The `data` property also takes the document's JSON text. */
export const DataAsJsonString: Story = {
  render: () => html`<outcome-dashboard .data=${JSON.stringify(saasOutcomes)}>${widgets}</outcome-dashboard>`,
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
        <outcome-dashboard .data=${{ ...saasOutcomes, title: longTitle }}>${widgets}</outcome-dashboard>
      </div>`,
};

/** `heading-level="3"`: the title fits under a page's own `<h2>`. */
export const HeadingLevel: Story = {
  render: () =>
    html`<h2>Quarterly review</h2>
      <outcome-dashboard heading-level="3" .data=${saasOutcomes}>${widgets}</outcome-dashboard>`,
};
