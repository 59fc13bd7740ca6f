import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/outcome-tree.js';
import '../src/outcome-dashboard.js';
import '../src/kpi-trend.js';
import saasOutcomes from '../fixtures/saas-outcomes.json';
import flags from '../fixtures/tree-flags.json';
import weights from '../fixtures/tree-weights.json';
import forest from '../fixtures/tree-forest.json';
import deep from '../fixtures/tree-deep.json';
import broken from '../fixtures/tree-broken.json';
import { largeTreeDocument } from '../fixtures/tree-large.js';
import checkIns from '../fixtures/check-ins.json';

/**
 * Stories never use the network: documents come from the shared fixtures (`fixtures/` and
 * `fixtures/tree-*`), and the `https://example.invalid/…` URLs are answered in the page by
 * `.storybook/mock-fetch.ts`.
 *
 * The example document (`fixtures/saas-outcomes.json`, as of 2026-09-30) rolls up like this
 * (DESIGN.md section 2, "Outcome tree"; outcome progress / output progress):
 *
 * | node                                    | outcome | output | flags                   |
 * | --------------------------------------- | ------- | ------ | ----------------------- |
 * | Customers stay and recommend us (goal)  | 58%     | 68%    |                         |
 * | ├ NPS from 31 to 45 (weight 2)          | 100%    | 40%    |                         |
 * | ├ 90-day retention to 80% (weight 2)    | 11%     | 95%    | gap, no-recent-check-in |
 * | └ Churn below 1.5%                      | 67%     | 70%    | no-recent-check-in      |
 * | Grow revenue efficiently (goal)         | 76%     | 75%    |                         |
 * | ├ ARR to EUR 12M                        | 65%     | 100%   |                         |
 * | └ Deliver value faster                  | 87%     | 50%    | no-recent-check-in      |
 * | Quarterly slide deck redesign (output)  | —       | 100%   | unaligned               |
 *
 * The document expects a check-in every 14 days (`checkInEvery`): "90-day retention" last checked
 * in on Aug 20, "Deliver value faster" on Sep 10 and "Churn below 1.5%" never, so they are flagged.
 */
const MOCK = 'https://example.invalid';

interface OutcomeTreeArgs {
  data?: unknown;
  src?: string;
  refresh?: number;
  locale?: string;
  theme?: 'light' | 'dark';
  layout?: 'list' | 'map';
  expandDepth?: number;
  root?: string;
  hideOutputs?: boolean;
  flaggedOnly?: boolean;
  since?: string;
}

/** One `<outcome-tree>` with every arg bound: the attributes, and `data` as a property. */
const outcomeTree = (args: OutcomeTreeArgs): TemplateResult =>
  html`<outcome-tree
    .data=${args.data}
    src=${ifDefined(args.src || undefined)}
    refresh=${ifDefined(args.refresh)}
    locale=${ifDefined(args.locale || undefined)}
    theme=${ifDefined(args.theme)}
    layout=${ifDefined(args.layout)}
    expand-depth=${ifDefined(args.expandDepth)}
    root=${ifDefined(args.root || undefined)}
    ?hide-outputs=${args.hideOutputs}
    ?flagged-only=${args.flaggedOnly}
    since=${ifDefined(args.since || undefined)}
  ></outcome-tree>`;

/** Sizes of the story wrappers: classes, never inline `style` attributes (the CSP in DESIGN.md). */
const storyStyles = html`<style>
  /*
   * Fixed-height containers. The element sizes its scrolling list and its map with its own tokens
   * (--outcome-tree-max-height, --outcome-tree-map-height); they are set here so that the tree,
   * with its 1px border and, for the map, the zoom buttons above it, fits the container exactly.
   */
  .story-h480 {
    block-size: 480px;
    --outcome-tree-max-height: calc(480px - 2px);
  }
  .story-h520 {
    block-size: 520px;
    --outcome-tree-map-height: calc(520px - 2px - 2.25rem);
  }
  outcome-dashboard > outcome-tree {
    grid-column: 1 / -1;
  }
  .story-w390 {
    inline-size: 390px;
  }
  /* A host page with its own, larger type: rows and cards grow to fit it. */
  .story-page-fonts {
    font-family: Georgia, 'Times New Roman', serif;
    font-size: 20px;
    line-height: 2;
  }
</style>`;

/** Wraps the story in an element with these attributes (a class for its size, or `dir`). */
const wrap =
  (wrapper: (story: TemplateResult) => TemplateResult): Decorator =>
  (story) =>
    wrapper(story() as TemplateResult);

const describe = (story: string) => ({ docs: { description: { story } } });

/** 5,000 nodes, generated once (deterministic: `fixtures/tree-large.ts`). */
const large = largeTreeDocument(5000);

const meta: Meta<OutcomeTreeArgs> = {
  component: 'outcome-tree',
  tags: ['autodocs'],
  render: (args) => html`${storyStyles}${outcomeTree(args)}`,
  argTypes: {
    data: { control: 'object' },
    src: { control: 'text' },
    refresh: { control: { type: 'number', min: 5 } },
    locale: { control: 'text' },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'], mapping: { auto: undefined } },
    layout: { control: 'inline-radio', options: ['list', 'map'] },
    expandDepth: { control: { type: 'number', min: 0 } },
    root: { control: 'text' },
    hideOutputs: { control: 'boolean' },
    flaggedOnly: { control: 'boolean' },
    since: { control: 'text' },
    // The attribute twins of `expandDepth`, `hideOutputs` and `flaggedOnly`; one control each is enough.
    'expand-depth': { table: { disable: true } },
    'hide-outputs': { table: { disable: true } },
    'flagged-only': { table: { disable: true } },
  } as Meta<OutcomeTreeArgs>['argTypes'],
  args: { hideOutputs: false, flaggedOnly: false },
};
export default meta;

type Story = StoryObj<OutcomeTreeArgs>;

export const Default: Story = {
  args: { data: saasOutcomes },
  parameters: describe(
    'The example document (`fixtures/saas-outcomes.json`): two goals, five outcomes measured by ' +
      'metrics, their outputs, and one unaligned output at the root. Goals and outcomes start open, ' +
      'outputs closed. At 768 px and wider the rows are aligned columns (title, outcome, delivery, ' +
      'flags) under headers; the line above counts the flags ("1 unaligned · 1 busy, not moving the ' +
      'needle"). "90-day retention to 80%" shows the gap: its outputs are 95% done while retention ' +
      'has moved 11% of the way to its target. Every attribute is a control.',
  ),
};

export const Flags: Story = {
  args: { data: flags },
  parameters: describe(
    '`fixtures/tree-flags.json`: one node per flag. **Busy, not moving the needle** on ' +
      '"Week-1 activation from 30% to 60%": its outputs are 90% done (100%, 90%, 80%) but activation ' +
      'is at 33%, 10% of the way. **Unmeasured** on "Developers find answers in the docs": no metric, ' +
      'no progress, no measured sub-outcome. **Unaligned** on "Rebrand the meeting rooms", an output ' +
      'with no goal or outcome above it. "NPS from 30 to 45" (60% vs 50%) has no flag.',
  ),
};

export const FlaggedOnly: Story = {
  args: { data: saasOutcomes, flaggedOnly: true },
  parameters: describe(
    '`flagged-only` (or the "Flagged only" toggle): only the nodes that carry a flag, with their ' +
      'ancestors open for context: "Customers stay and recommend us" › "90-day retention to 80%" ' +
      '(busy, not moving the needle), and the unaligned "Quarterly slide deck redesign".',
  ),
};

export const Narrow: Story = {
  args: { data: saasOutcomes },
  decorators: [wrap((story) => html`<div class="story-w390">${story}</div>`)],
  parameters: describe(
    'In a 390 px wide container: each row stacks, the title wraps, the two measures sit below it ' +
      'side by side and the flags below them. Nothing is cut.',
  ),
};

export const PageFonts: Story = {
  args: { data: saasOutcomes },
  decorators: [wrap((story) => html`<div class="story-page-fonts">${story}</div>`)],
  parameters: describe(
    'Under a host page with its own type (Georgia, 20 px, line height 2): the tree inherits the ' +
      'font, every row takes the height of its content, and no text overlaps.',
  ),
};

export const CheckIns: Story = {
  args: { data: checkIns, expandDepth: 3 },
  parameters: describe(
    '`fixtures/check-ins.json` (as of Sep 30, 2026, a check-in expected every 14 days): the goal ' +
      'has six check-ins (the latest, "Activation at 40%…", 9 days ago; all six in the panel below ' +
      'the tree, newest first, behind "All 6 check-ins"); "Week-1 activation" has one long note, two ' +
      'lines in the row and in full below; "Teams find answers in the docs" last checked in on Aug 3 ' +
      'and "Admins invite their team" never: both are flagged "No recent check-in". The shipped ' +
      'outputs say what activation did since ("Week-1 activation: +10 pp since shipped Jan 28"). ' +
      'Click a node or move the keyboard focus to see its check-ins below.',
  ),
};

export const ReviewSince: Story = {
  args: { data: saasOutcomes, since: '2026-09-01' },
  parameters: describe(
    '`since="2026-09-01"`: check-ins newer than the date carry "New since Sep 1, 2026", and a node ' +
      'whose metric changed status says so ("On track → Met" on "NPS from 31 to 45").',
  ),
};

export const Weights: Story = {
  args: { data: weights },
  parameters: describe(
    '`fixtures/tree-weights.json`: three outcomes of weights 1, 2 and 5 with manual progress ' +
      '90%, 60% and 20%. The goal’s outcome progress is the weighted mean, (0.9 × 1 + 0.6 × 2 + ' +
      '0.2 × 5) / 8 = **39%**, not the plain mean of 57%. Its output progress is weighted the same ' +
      'way: (1 × 1 + 0.8 × 2 + 0.5 × 5) / 8 = **64%** (plain mean 77%).',
  ),
};

export const Forest: Story = {
  args: { data: forest },
  parameters: describe(
    '`fixtures/tree-forest.json`: three root goals side by side (70% / 60%, 48% / 65% and ' +
      '45% / 80% outcome / output progress), with percent, compact currency and "down is good" metrics. ' +
      '"Lead time from 6 to 2 days" is flagged: CI and feature-flag work is 75% done but lead time ' +
      'has moved 15% of the way.',
  ),
};

export const DeepTree: Story = {
  args: { data: deep, expandDepth: 8 },
  parameters: describe(
    '`fixtures/tree-deep.json`: eight levels, goal → three nested outcomes → four nested ' +
      'outputs (epic, feature, work package, task), all shown with `expand-depth="8"`. Output ' +
      'progress rolls up from the tasks at level 8 (54% at the top); outcome progress from the ' +
      'level-4 outcomes (40% and 70%, so 55%).',
  ),
};

export const LargeTree: Story = {
  args: { data: large },
  decorators: [wrap((story) => html`<div class="story-h480">${story}</div>`)],
  parameters: describe(
    '5,000 nodes from `largeTreeDocument()` (`fixtures/tree-large.ts`, deterministic): five ' +
      'goals, 400 outcomes (73 measured by metrics), 4,545 outputs and 50 unaligned outputs at the ' +
      'root, some titles over 100 characters, in a 480 px high container: the tree scrolls inside it ' +
      'and stays responsive.',
  ),
};

export const HideOutputs: Story = {
  args: { data: saasOutcomes, hideOutputs: true },
  parameters: describe(
    '`hide-outputs`: goals and outcomes only. The unaligned output at the root disappears too; the ' +
      'output progress of goals and outcomes is still shown, rolled up from the hidden outputs.',
  ),
};

export const ExpandDepth1: Story = {
  args: { data: saasOutcomes, expandDepth: 1 },
  parameters: describe(
    '`expand-depth="1"`: one level shows at first, so the two goals and the unaligned output at the ' +
      'root start closed. Right arrow, Space or a click on the arrow opens a goal.',
  ),
};

export const Subtree: Story = {
  args: { data: saasOutcomes, root: 'o-ret' },
  parameters: describe(
    '`root="o-ret"`: only the subtree of "90-day retention to 80%" (11% of the way, outputs 95% done: ' +
      'the gap flag) and its two outputs.',
  ),
};

export const MapLayout: Story = {
  args: { data: saasOutcomes, layout: 'map' },
  decorators: [wrap((story) => html`<div class="story-h520">${story}</div>`)],
  parameters: describe(
    '`layout="map"`: the example document as a node-link diagram in a 520 px high container. Each ' +
      "outcome's outputs hang below it as a stack, so the whole tree shows at first with readable " +
      'cards. The wheel scrolls the page; Ctrl/⌘ + wheel, two-finger pinch, the buttons or +/− zoom; ' +
      'drag or the keyboard pans.',
  ),
};

export const MapNarrow: Story = {
  args: { data: saasOutcomes, layout: 'map' },
  decorators: [wrap((story) => html`<div class="story-w390 story-h520">${story}</div>`)],
  parameters: describe(
    'The map in a 390 px wide container: too wide to show whole with readable text, it starts at ' +
      'a readable zoom with simple cards (type and title) and says how many nodes lie outside the ' +
      'view; Fit shows them all, as outlines.',
  ),
};

export const MapLayoutLarge: Story = {
  args: { data: large, layout: 'map', expandDepth: 2 },
  decorators: [wrap((story) => html`<div class="story-h520">${story}</div>`)],
  parameters: describe(
    'The 5,000-node document in the map layout with `expand-depth="2"`: two levels show at first (the ' +
      'goals open, their outcomes closed), in a 520 px high container.',
  ),
};

export const Dark: Story = {
  args: { data: saasOutcomes, theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
  parameters: describe('`theme="dark"`, whatever the system prefers.'),
};

export const RightToLeft: Story = {
  args: { data: saasOutcomes, locale: 'ar-EG' },
  decorators: [wrap((story) => html`<div dir="rtl">${story}</div>`)],
  parameters: describe(
    'Inside a `dir="rtl"` wrapper with `locale="ar-EG"`: indentation, disclosure arrows and progress ' +
      'bars mirror, percentages use Arabic-Indic digits, and Left/Right swap for the keyboard.',
  ),
};

export const German: Story = {
  args: { data: saasOutcomes, locale: 'de-DE' },
  parameters: describe('`locale="de-DE"`: German numbers and percentages ("58 %"), metric values and dates.'),
};

export const ErrorOnOneNode: Story = {
  args: { data: broken },
  parameters: describe(
    '`fixtures/tree-broken.json`: metric `conversion` has a point value `"abc"` ' +
      '(`metrics[1].points[1][1]`). Only the node measured by it, "Trial to paid from 10% to 14%", ' +
      'shows the problem; "Weekly sign-ups from 400 to 600" and the rest of the tree are unaffected.',
  ),
};

export const Error: Story = {
  args: { data: { ...saasOutcomes, version: 3 } },
  parameters: describe(
    'The example document with `version: 3`: the top level is unusable, so the tree is replaced by ' +
      'the list of problems ("unsupported version") and `outcome-error` fires.',
  ),
};

export const Loading: Story = {
  args: { src: `${MOCK}/pending.json` },
  parameters: describe('The `src` request never answers, so the skeleton stays.'),
};

export const Empty: Story = {
  args: { data: { version: 1, metrics: [] } },
  parameters: describe('A valid document without `nodes`: "No outcome tree yet".'),
};

export const InsideDashboard: Story = {
  args: {},
  decorators: [
    wrap(
      (story) =>
        html`<outcome-dashboard .data=${saasOutcomes}>
          <kpi-trend metric="nps"></kpi-trend>
          <kpi-trend metric="retention-90d"></kpi-trend>
          ${story}
        </outcome-dashboard>`,
    ),
  ],
  parameters: describe(
    'Inside an `<outcome-dashboard .data=${doc}>` with two `<kpi-trend>` cards: the tree has no source ' +
      'of its own, so it takes the dashboard’s document through context, and a story stylesheet ' +
      '(`outcome-tree { grid-column: 1 / -1 }`) lets it span the whole grid.',
  ),
};
