import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/output-vs-outcome.js';
import '../src/kpi-trend.js';
import '../src/outcome-dashboard.js';
import saasOutcomes from '../fixtures/saas-outcomes.json';
import verdicts from '../fixtures/vs-verdicts.json';
import timing from '../fixtures/vs-timing.json';

/**
 * Stories never use the network: documents come from the shared fixtures (`fixtures/` and
 * the story fixtures), and the `https://example.invalid/…` URLs are answered in the page by
 * `.storybook/mock-fetch.ts`.
 *
 * `compareOutputToOutcome` (DESIGN.md section 2) pairs each output point inside the overlap of
 * the two series with the latest outcome value at or before it. Output is "up" at a change of at
 * least +10%, outcome at least +5% (sign flipped for `direction: "down"`). The fixtures are built
 * so that each pair really gives its verdict:
 *
 * | fixture       | output → outcome                                 | output | outcome | verdict                              |
 * | ------------- | ------------------------------------------------ | ------ | ------- | ------------------------------------ |
 * | `vs-verdicts` | `onboarding-shipped` → `activation`              | +250%  | +27%    | converting                           |
 * | `vs-verdicts` | `integrations-shipped` → `net-revenue-retention` | +400%  | −2%     | not-converting                       |
 * | `vs-verdicts` | `blog-posts` → `trial-signups`                   | 0%     | +34%    | external                             |
 * | `vs-verdicts` | `support-macros` → `csat`                        | 0%     | 0%      | stalled                              |
 * | `vs-verdicts` | `enablement-sessions` → `enterprise-win-rate`    | —      | —       | insufficient-data (1 aligned point)  |
 * | `vs-verdicts` | `releases` → `logo-churn` (direction down)       | +125%  | +23%    | converting                           |
 * | `vs-timing`   | `prs-merged` (weekly) → `active-teams` (monthly) | +63%   | +15%    | converting                           |
 * | `vs-timing`   | `legacy-migrations` → `support-nps` (no overlap) | —      | —       | insufficient-data (no aligned point) |
 * | `vs-timing`   | `pricing-experiments` → `paid-upgrades` (lag 2)  | +200%  | +22%    | converting, lag 2 months             |
 */
const MOCK = 'https://example.invalid';

interface OutputVsOutcomeArgs {
  data?: unknown;
  src?: string;
  refresh?: number;
  output?: string;
  outcome?: string;
  view?: 'timeline' | 'quadrant';
  locale?: string;
  theme?: 'light' | 'dark';
}

/** One `<output-vs-outcome>` with every arg bound: the attributes, and `data` as a property. */
const outputVsOutcome = (args: OutputVsOutcomeArgs, className?: string): TemplateResult =>
  html`<output-vs-outcome
    class=${ifDefined(className)}
    .data=${args.data}
    src=${ifDefined(args.src || undefined)}
    refresh=${ifDefined(args.refresh)}
    output=${ifDefined(args.output || undefined)}
    outcome=${ifDefined(args.outcome || undefined)}
    view=${ifDefined(args.view)}
    locale=${ifDefined(args.locale || undefined)}
    theme=${ifDefined(args.theme)}
  ></output-vs-outcome>`;

/** Sizes of the story wrappers: classes, never inline `style` attributes (the CSP in DESIGN.md). */
const storyStyles = html`<style>
  .story-card {
    max-inline-size: 40rem;
  }
  .story-narrow {
    inline-size: 240px;
  }
  .wide {
    grid-column: 1 / -1;
  }
</style>`;

const describe = (story: string) => ({ docs: { description: { story } } });

const meta: Meta<OutputVsOutcomeArgs> = {
  component: 'output-vs-outcome',
  tags: ['autodocs'],
  render: (args) =>
    html`${storyStyles}
      <div class="story-card">${outputVsOutcome(args)}</div>`,
  argTypes: {
    data: { control: 'object' },
    src: { control: 'text' },
    refresh: { control: { type: 'number', min: 5 } },
    output: { control: 'text' },
    outcome: { control: 'text' },
    view: {
      control: 'inline-radio',
      options: ['auto', 'timeline', 'quadrant'],
      mapping: { auto: undefined },
    },
    locale: { control: 'text' },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'], mapping: { auto: undefined } },
    // Read-only: the element reflects it; setting it would do nothing.
    verdict: { control: false },
  } as Meta<OutputVsOutcomeArgs>['argTypes'],
};
export default meta;

type Story = StoryObj<OutputVsOutcomeArgs>;

export const Default: Story = {
  args: { data: saasOutcomes, output: 'features', outcome: 'nps' },
  parameters: describe(
    'Features shipped against Net Promoter Score in the example document ' +
      '(`fixtures/saas-outcomes.json`, January 2025 to September 2026): features +700% (2 → 16), ' +
      'NPS +71% (26.5 → 45.3), so `verdict="converting"`; the two move together (no lag, correlation ' +
      '0.97). Both series are indexed to 100 on the first common date. Every attribute is a control.',
  ),
};

export const Converting: Story = {
  args: { data: verdicts, output: 'onboarding-shipped', outcome: 'activation' },
  parameters: describe(
    '`verdict="converting"`: onboarding improvements go from 2 to 7 (+250%, at least +10%) and trial ' +
      'activation from 30% to 38% (+27%, at least +5%). The dashed line is the 40% activation target.',
  ),
};

export const NotConverting: Story = {
  args: { data: verdicts, output: 'integrations-shipped', outcome: 'net-revenue-retention' },
  parameters: describe(
    '`verdict="not-converting"`: integrations shipped grow from 3 to 15 (+400%) while net revenue ' +
      'retention slips from 104% to 102% (−2%). Busy, but not moving the needle.',
  ),
};

export const External: Story = {
  args: { data: verdicts, output: 'blog-posts', outcome: 'trial-signups' },
  parameters: describe(
    '`verdict="external"`: 8 blog posts a month at the start and at the end (0%), yet trial sign-ups ' +
      'climb from 820 to 1,100 (+34%): something other than this output is driving the outcome.',
  ),
};

export const Stalled: Story = {
  args: { data: verdicts, output: 'support-macros', outcome: 'csat' },
  parameters: describe(
    '`verdict="stalled"`: support macros (12 → 12) and CSAT (4.2 → 4.2) wobble but end where they ' +
      'started: neither the output nor the outcome is moving.',
  ),
};

export const InsufficientData: Story = {
  args: { data: verdicts, output: 'enablement-sessions', outcome: 'enterprise-win-rate' },
  parameters: describe(
    '`verdict="insufficient-data"`: the win rate was first measured on 2026-06-12, so the overlap ' +
      '(2026-06-12 to 2026-06-30) holds one output point only; a comparison needs two. The element ' +
      'says so in words and draws no chart.',
  ),
};

export const DownIsGood: Story = {
  args: { data: verdicts, output: 'releases', outcome: 'logo-churn' },
  parameters: describe(
    '`direction: "down"` on the outcome: releases grow from 4 to 9 (+125%) while monthly logo churn ' +
      'falls from 3.1% to 2.4%. A fall is the good way for churn, so the change counts as +23% and the ' +
      'verdict is `converting`; the indexed churn line goes down as it improves.',
  ),
};

export const WeeklyVsMonthly: Story = {
  args: { data: timing, output: 'prs-merged', outcome: 'active-teams' },
  parameters: describe(
    'A weekly output (pull requests merged, Mondays, one Tuesday after Easter and one week missing) ' +
      'against a monthly outcome counted on irregular dates (2026-01-28, 2026-02-25, 2026-04-01…). ' +
      'The window starts at the first outcome count; each week takes the latest count at or before ' +
      'it, so the line steps. 21 aligned points: +63% and +15%, `converting`.',
  ),
};

export const NoOverlap: Story = {
  args: { data: timing, output: 'legacy-migrations', outcome: 'support-nps' },
  parameters: describe(
    'The output runs January to June 2025, the outcome starts in September 2025: the date ranges do ' +
      'not overlap, no point aligns, and the verdict is `insufficient-data`.',
  ),
};

export const WithLag: Story = {
  args: { data: timing, output: 'pricing-experiments', outcome: 'paid-upgrades' },
  parameters: describe(
    'Bursty pricing experiments in 2025, and upgrades that follow each burst two months later (the ' +
      'fixture builds them that way). The correlation is 0.96 at a lag of 2 months and negative at ' +
      '0, 1 and 3, so the element says the outcome follows the output 2 months later.',
  ),
};

export const Quadrant: Story = {
  args: { data: saasOutcomes, view: 'quadrant' },
  parameters: describe(
    '`view="quadrant"`: every outcome of the example tree placed by delivery (its outputs’ progress, ' +
      'across) against outcome progress (up): impact, output without outcome, outcome without output, ' +
      'not started yet.',
  ),
};

export const QuadrantDefault: Story = {
  args: { data: saasOutcomes },
  parameters: describe(
    'No `output`, `outcome` or `view`: the document has nodes, so the element shows the quadrant.',
  ),
};

export const Dark: Story = {
  args: { data: saasOutcomes, output: 'features', outcome: 'nps', theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
  parameters: describe('`theme="dark"`, whatever the system prefers.'),
};

export const RightToLeft: Story = {
  args: { data: saasOutcomes, output: 'features', outcome: 'nps', locale: 'ar-EG' },
  render: (args) =>
    html`${storyStyles}
      <div dir="rtl" class="story-card">${outputVsOutcome(args)}</div>`,
  parameters: describe(
    'Inside a `dir="rtl"` wrapper with `locale="ar-EG"`: the layout mirrors, time runs from right to ' +
      'left, and numbers and dates use Arabic-Indic digits.',
  ),
};

export const German: Story = {
  args: { data: saasOutcomes, output: 'features', outcome: 'arr', locale: 'de-DE' },
  parameters: describe(
    '`locale="de-DE"` on features against annual recurring revenue: "+700 %", "+44 %", German dates ' +
      'and "7,2 Mio. €" to "10 Mio. €" in the tooltip and the data table.',
  ),
};

export const Narrow: Story = {
  args: { data: saasOutcomes, output: 'features', outcome: 'nps' },
  render: (args) =>
    html`${storyStyles}
      <div class="story-narrow">${outputVsOutcome(args)}</div>`,
  parameters: describe('A 240 px wide container: the sentence and legend wrap, the chart narrows.'),
};

export const ErrorUnknownMetric: Story = {
  args: { data: saasOutcomes, output: 'features', outcome: 'revenue-per-seat' },
  parameters: describe(
    '`outcome="revenue-per-seat"` is not in the document: an error naming the id and listing the ' +
      'ids there are; `outcome-error` fires.',
  ),
};

export const Loading: Story = {
  args: { src: `${MOCK}/pending.json`, output: 'features', outcome: 'nps' },
  parameters: describe('The `src` request never answers, so the skeleton stays.'),
};

export const InsideDashboard: Story = {
  args: { output: 'features', outcome: 'nps' },
  render: (args) =>
    html`${storyStyles}
      <outcome-dashboard .data=${saasOutcomes}>
        <kpi-trend metric=${ifDefined(args.output)} theme=${ifDefined(args.theme)}></kpi-trend>
        <kpi-trend metric=${ifDefined(args.outcome)} theme=${ifDefined(args.theme)}></kpi-trend>
        ${outputVsOutcome({ ...args, data: undefined, src: undefined }, 'wide')}
      </outcome-dashboard>`,
  parameters: describe(
    'An `<outcome-dashboard .data=${doc}>` over the example document with a `<kpi-trend>` card for ' +
      'features and one for NPS, and the comparison spanning the whole grid (a story class ' +
      '`.wide { grid-column: 1 / -1 }`). No widget has a source of its own: each takes the ' +
      'dashboard’s document through context.',
  ),
};
