import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/kpi-trend.js';
import '../src/outcome-dashboard.js';
import saasOutcomes from '../fixtures/saas-outcomes.json';
import statuses from '../fixtures/kpi-statuses.json';
import edgeCases from '../fixtures/kpi-edge-cases.json';
import broken from '../fixtures/kpi-broken.json';
import checkIns from '../fixtures/check-ins.json';

/**
 * Stories never use the network: documents come from the shared fixtures (`fixtures/` and
 * the story fixtures), and the `https://example.invalid/…` URLs are answered in the page by
 * `.storybook/mock-fetch.ts`.
 *
 * The status fixtures (`fixtures/kpi-statuses.json`, `asOf` 2026-06-30, monthly points
 * January to June 2026) are built so that `summarizeMetric` gives each status (DESIGN.md
 * section 2; least-squares line of the last ≤ 12 non-null points, read at the target date):
 *
 * | metric             | baseline → target         | current | projected | share of the way | status    |
 * | ------------------ | ------------------------- | ------- | --------- | ---------------- | --------- |
 * | `active-teams`     | 1200 → 1500 by 2026-12-31 | 1530    | 1930      | (met already)    | met       |
 * | `trial-conversion` | 10% → 14% by 2026-12-31   | 12.1%   | 14.7%     | 118%             | on-track  |
 * | `nps`              | 30 → 45 by 2026-12-31     | 36      | 43.6      | 91%              | at-risk   |
 * | `feature-adoption` | 20% → 35% by 2026-12-31   | 22%     | 24.2%     | 28%              | off-track |
 * | `api-v2-traffic`   | 55% → 100% by 2026-05-31  | 82%     | 79.3%     | deadline passed  | off-track |
 */
const MOCK = 'https://example.invalid';

interface KpiTrendArgs {
  data?: unknown;
  src?: string;
  refresh?: number;
  metric?: string;
  locale?: string;
  theme?: 'light' | 'dark';
  variant?: 'compact';
  noForecast?: boolean;
  noTarget?: boolean;
  noDeliveries?: boolean;
  since?: string;
  exportMenu?: boolean;
}

/** One `<kpi-trend>` with every arg bound: the attributes, and `data` as a property. */
const kpiTrend = (args: KpiTrendArgs): TemplateResult =>
  html`<kpi-trend
    .data=${args.data}
    src=${ifDefined(args.src || undefined)}
    refresh=${ifDefined(args.refresh)}
    metric=${ifDefined(args.metric || undefined)}
    locale=${ifDefined(args.locale || undefined)}
    theme=${ifDefined(args.theme)}
    variant=${ifDefined(args.variant)}
    ?no-forecast=${args.noForecast}
    ?no-target=${args.noTarget}
    ?no-deliveries=${args.noDeliveries}
    since=${ifDefined(args.since || undefined)}
    ?export-menu=${args.exportMenu}
  ></kpi-trend>`;

/** Sizes of the story wrappers: classes, never inline `style` attributes (the CSP in DESIGN.md). */
const storyStyles = html`<style>
  .story-narrow {
    inline-size: 160px;
  }
  .story-wide {
    inline-size: 900px;
  }
  .story-card {
    max-inline-size: 24rem;
  }
  .story-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    gap: 1rem;
  }
  .story-prose {
    max-inline-size: 40rem;
    line-height: 2.5;
  }
</style>`;

/** The example document with the NPS metric renamed to a 190-character name (the limit is 200). */
const longName =
  'Net Promoter Score of enterprise customers in Europe, the Middle East and Africa who renewed in 2025, ' +
  'surveyed each quarter after their business review, excluding pilots and partner accounts';
const withLongName = {
  ...saasOutcomes,
  metrics: saasOutcomes.metrics.map((m) => (m.id === 'nps' ? { ...m, name: longName } : m)),
};

/** The metrics `InsideDashboard` shows, one card each. */
const dashboardMetrics = ['nps', 'retention-90d', 'churn', 'arr', 'cycle-time', 'features'];

const describe = (story: string) => ({ docs: { description: { story } } });

const meta: Meta<KpiTrendArgs> = {
  component: 'kpi-trend',
  tags: ['autodocs'],
  render: (args) =>
    html`${storyStyles}
      <div class="story-card">${kpiTrend(args)}</div>`,
  argTypes: {
    data: { control: 'object' },
    src: { control: 'text' },
    refresh: { control: { type: 'number', min: 5 } },
    metric: { control: 'text' },
    locale: { control: 'text' },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'], mapping: { auto: undefined } },
    variant: {
      control: 'inline-radio',
      options: ['full', 'compact'],
      mapping: { full: undefined },
    },
    noForecast: { control: 'boolean' },
    noTarget: { control: 'boolean' },
    noDeliveries: { control: 'boolean' },
    since: { control: 'text' },
    exportMenu: { control: 'boolean' },
    'export-menu': { table: { disable: true } },
    'no-deliveries': { table: { disable: true } },
    // The attribute twins of `noForecast` and `noTarget`; one control each is enough.
    'no-forecast': { table: { disable: true } },
    'no-target': { table: { disable: true } },
    // Read-only: the element reflects them; setting them would do nothing.
    status: { control: false },
    trend: { control: false },
  } as Meta<KpiTrendArgs>['argTypes'],
  args: { noForecast: false, noTarget: false },
};
export default meta;

type Story = StoryObj<KpiTrendArgs>;

export const Default: Story = {
  args: { data: saasOutcomes, metric: 'nps' },
  parameters: describe(
    'Net Promoter Score from the example document (`fixtures/saas-outcomes.json`, as of ' +
      '2026-09-30): 45 pts against a target of 45 by 2026-12-31, so the status is **met**. ' +
      'Every attribute is a control.',
  ),
};

export const Met: Story = {
  args: { data: statuses, metric: 'active-teams' },
  parameters: describe(
    '`status="met"`: 1,530 weekly active teams already beat the target of 1,500 (baseline 1,200).',
  ),
};

export const OnTrack: Story = {
  args: { data: statuses, metric: 'trial-conversion' },
  parameters: describe(
    '`status="on-track"`: 12.1% now; the least-squares line through January to June reads 14.7% ' +
      'on 2026-12-31, past the 14% target.',
  ),
};

export const AtRisk: Story = {
  args: { data: statuses, metric: 'nps' },
  parameters: describe(
    '`status="at-risk"`: 36 pts now; the forecast reaches 43.6 pts by 2026-12-31, short of 45 but ' +
      '91% of the way from the 30 pts baseline (at least 80%).',
  ),
};

export const OffTrack: Story = {
  args: { data: statuses, metric: 'feature-adoption' },
  parameters: describe(
    '`status="off-track"`: adoption creeps from 20% to 22%; the forecast reads 24.2% on 2026-12-31, ' +
      'only 28% of the way to the 35% target.',
  ),
};

export const Overdue: Story = {
  args: { data: statuses, metric: 'api-v2-traffic' },
  parameters: describe(
    '`status="off-track"` because the deadline has passed: the target (100% by 2026-05-31) is unmet ' +
      'on the `asOf` date, 2026-06-30, whatever the forecast.',
  ),
};

export const DownIsGood: Story = {
  args: { data: saasOutcomes, metric: 'cycle-time' },
  parameters: describe(
    '`direction: "down"`: cycle time fell from 4.95 to 4.58 days. A fall is good here, so the delta ' +
      'is negative yet coloured and worded as an improvement (`trend="good"`).',
  ),
};

export const Percent: Story = {
  args: { data: saasOutcomes, metric: 'retention-90d' },
  parameters: describe(
    '`format: { style: "percent" }`: 90-day retention, stored as a ratio (0.72) and shown as a ' +
      'percentage; unchanged since last month, so the delta is flat and neutral.',
  ),
};

export const DeliveryMarkers: Story = {
  args: { data: checkIns, metric: 'activation' },
  parameters: describe(
    '`fixtures/check-ins.json`: three outputs aimed at week-1 activation shipped on Jan 28 (the ' +
      'first point), Jun 20 and Sep 28 (the last point): a small triangle on the time axis each, at ' +
      'both edges of the range too. Focus the chart and walk the points: the tooltip of a period ' +
      'names what shipped in it ("Shipped Jun 20, 2026: Starter templates"); the data table has a ' +
      'Shipped column. `no-deliveries` hides them.',
  ),
};

export const CompactWithMarkers: Story = {
  args: { data: checkIns, metric: 'activation', variant: 'compact' },
  parameters: describe('The compact card keeps the delivery markers, legible at 160 px.'),
};

export const ReviewSince: Story = {
  args: { data: saasOutcomes, metric: 'nps', since: '2026-06-01' },
  parameters: describe(
    '`since="2026-06-01"`: the card adds the change since that date (41 pts on May 31, the last ' +
      'value at or before it, to 45 pts: "Since Jun 1, 2026: +4 pts") and marks the status that ' +
      'moved ("On track → Met").',
  ),
};

export const CompactCurrency: Story = {
  args: { data: saasOutcomes, metric: 'arr' },
  parameters: describe(
    '`format: { style: "currency", currency: "EUR", notation: "compact" }`: annual recurring revenue ' +
      '(10,319,818.54 in the data) shown as €10M, the delta as €254K.',
  ),
};

export const NegativeValues: Story = {
  args: { data: edgeCases, metric: 'net-cash-flow' },
  parameters: describe(
    'Net cash flow crosses zero in May 2026 (−€120,000 in January, €37,000 in June): the chart ' +
      'scales around zero and negative values carry a minus sign.',
  ),
};

export const Empty: Story = {
  args: { data: edgeCases, metric: 'partner-revenue' },
  parameters: describe('A metric with `points: []`: the empty state, "No data yet".'),
};

export const SinglePoint: Story = {
  args: { data: edgeCases, metric: 'enterprise-pilots' },
  parameters: describe(
    'One point: a value but no delta (`trend="unknown"`) and no forecast (it needs 3 points), so the ' +
      'status is unknown.',
  ),
};

export const Gaps: Story = {
  args: { data: edgeCases, metric: 'csat' },
  parameters: describe(
    '`null` values for February and March 2026 (no survey ran): the line breaks at the gap. The ' +
      'forecast uses the non-null points only (on track: 4.68 by 2026-12-31, target 4.5).',
  ),
};

export const Error: Story = {
  args: { data: broken, metric: 'broken' },
  parameters: describe(
    '`fixtures/kpi-broken.json`: metric `broken` has a bad currency code and a point value ' +
      '`"abc"`. The element lists the problems with their JSON paths (`metrics[1].format.currency`, ' +
      '`metrics[1].points[1][1]`) and fires `outcome-error`. Metric `ok` of the same document stays usable.',
  ),
};

export const UnknownMetric: Story = {
  args: { data: saasOutcomes, metric: 'revenue-per-seat' },
  parameters: describe('`metric="revenue-per-seat"` is not in the document: an error naming the id.'),
};

export const Loading: Story = {
  args: { src: `${MOCK}/pending.json`, metric: 'nps' },
  parameters: describe('The `src` request never answers, so the skeleton stays.'),
};

export const FromSrc: Story = {
  args: { src: `${MOCK}/saas-outcomes.json`, metric: 'nps' },
  parameters: describe('The document fetched from the `src` URL (answered in the page, not the network).'),
};

export const Compact: Story = {
  args: { data: saasOutcomes, metric: 'nps', variant: 'compact' },
  render: (args) =>
    html`${storyStyles}
      <p class="story-prose">
        Our Net Promoter Score is ${kpiTrend(args)} this month, and 90-day retention is
        ${kpiTrend({ ...args, metric: 'retention-90d' })}, so the onboarding work is paying off.
      </p>`,
  parameters: describe(
    '`variant="compact"`: value, delta and sparkline only, inline in a sentence (about 160 × 40 px).',
  ),
};

export const Dark: Story = {
  args: { data: saasOutcomes, metric: 'nps', theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
  parameters: describe('`theme="dark"`, whatever the system prefers.'),
};

export const German: Story = {
  args: { data: saasOutcomes, metric: 'arr', locale: 'de-DE' },
  parameters: describe(
    '`locale="de-DE"` on annual recurring revenue: "10 Mio. €", "+254.028 €", German dates.',
  ),
};

export const Japanese: Story = {
  args: { data: saasOutcomes, metric: 'nps', locale: 'ja-JP' },
  parameters: describe('`locale="ja-JP"`: Japanese dates and numbers.'),
};

export const RightToLeft: Story = {
  args: { data: saasOutcomes, metric: 'nps', locale: 'ar-EG' },
  render: (args) =>
    html`${storyStyles}
      <div dir="rtl" class="story-card">${kpiTrend(args)}</div>`,
  parameters: describe(
    'Inside a `dir="rtl"` wrapper with `locale="ar-EG"`: the layout mirrors, numbers and dates use ' +
      'Arabic-Indic digits, and the chart mirrors too (time runs from right to left).',
  ),
};

export const ExportMenu: Story = {
  args: { data: saasOutcomes, metric: 'nps', exportMenu: true },
  parameters: describe(
    '`export-menu`: a Download button whose menu offers the card as SVG, PNG and CSV ' +
      '(`toSVG()`, `toPNG()`, `toCSV()`). Arrow keys, Home and End move in the menu; Escape closes it.',
  ),
};

export const ExportMenuOpen: Story = {
  args: { data: saasOutcomes, metric: 'nps', exportMenu: true },
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('kpi-trend')!;
    await card.updateComplete;
    card.shadowRoot!.querySelector<HTMLButtonElement>('[aria-haspopup="menu"]')!.click();
  },
  parameters: describe('The export menu open, its first item focused.'),
};

export const LongName: Story = {
  args: { data: withLongName, metric: 'nps' },
  parameters: describe(
    'A 190-character metric name (the limit is 200) in a 24rem card: it wraps, nothing overflows.',
  ),
};

export const NoForecastNoTarget: Story = {
  args: { data: saasOutcomes, metric: 'nps', noForecast: true, noTarget: true },
  parameters: describe(
    '`no-forecast` and `no-target`: the sparkline without the dashed forecast, the target line and ' +
      'the progress bar.',
  ),
};

export const InsideDashboard: Story = {
  args: {},
  render: (args) =>
    html`<outcome-dashboard .data=${saasOutcomes}>
      ${dashboardMetrics.map((metric) => kpiTrend({ ...args, data: undefined, src: undefined, metric }))}
    </outcome-dashboard>`,
  parameters: describe(
    'Six cards inside an `<outcome-dashboard .data=${doc}>`: none has a source of its own, so each ' +
      'takes the dashboard’s document through context (fetched or parsed once).',
  ),
};

export const AllMetrics: Story = {
  args: { data: saasOutcomes },
  render: (args) =>
    html`${storyStyles}
      <div class="story-grid">${saasOutcomes.metrics.map((m) => kpiTrend({ ...args, metric: m.id }))}</div>`,
  parameters: describe(
    'Every metric of the example document in a responsive grid (columns of at least 16rem), outcomes ' +
      'and outputs alike.',
  ),
};

export const Narrow: Story = {
  args: { data: saasOutcomes, metric: 'nps' },
  render: (args) =>
    html`${storyStyles}
      <div class="story-narrow">${kpiTrend(args)}</div>`,
  parameters: describe('A 160 px wide container, the narrowest supported width.'),
};

export const Wide: Story = {
  args: { data: saasOutcomes, metric: 'nps' },
  render: (args) =>
    html`${storyStyles}
      <div class="story-wide">${kpiTrend(args)}</div>`,
  parameters: describe('A 900 px wide container.'),
};
