/** English words of `<output-vs-outcome>`: the verdict, the lag, the timeline and the quadrant. */
import { numeral, plural } from '../plural.js';

export const outputVsOutcome = {
  /**
   * The verdict as a sentence a leader can repeat: the window, each change as it happened, and
   * what it means. `outcomeChange` may carry a note from `vs.lowerIsBetter.*`.
   */
  'vs.verdict': (
    window: string,
    output: string,
    outputChange: string,
    outcome: string,
    outcomeChange: string,
    meaning: string,
  ) => `${window}: ${output} ${outputChange}, ${outcome} ${outcomeChange}; ${meaning}`,
  'vs.meaning.converting': 'output is turning into outcome.',
  'vs.meaning.not-converting': 'output is not turning into outcome.',
  'vs.meaning.external': 'the outcome moved without the output: something else is driving it.',
  'vs.meaning.stalled': 'neither output nor outcome is moving.',
  /** A down-is-good outcome's change, as it happened, with what it means. */
  'vs.lowerIsBetter.better': (change: string) => `${change} (better: lower is better)`,
  'vs.lowerIsBetter.worse': (change: string) => `${change} (worse: lower is better)`,
  'vs.insufficient': (output: string, outcome: string) =>
    `Not enough overlapping data to compare ${output} with ${outcome}: at least two dates are needed.`,
  /** The lag finding; `correlation` is a number such as `0.82`; `count` the periods of lag. */
  'vs.lag.none': (correlation: string) =>
    `The two move together, with no delay (correlation ${correlation}).`,
  'vs.lag.day': (count: number, correlation: string) =>
    plural('en', count, {
      one: `The outcome follows the output most closely # day later (correlation ${correlation}).`,
      other: `The outcome follows the output most closely # days later (correlation ${correlation}).`,
    }),
  'vs.lag.week': (count: number, correlation: string) =>
    plural('en', count, {
      one: `The outcome follows the output most closely # week later (correlation ${correlation}).`,
      other: `The outcome follows the output most closely # weeks later (correlation ${correlation}).`,
    }),
  'vs.lag.month': (count: number, correlation: string) =>
    plural('en', count, {
      one: `The outcome follows the output most closely # month later (correlation ${correlation}).`,
      other: `The outcome follows the output most closely # months later (correlation ${correlation}).`,
    }),
  'vs.lag.quarter': (count: number, correlation: string) =>
    plural('en', count, {
      one: `The outcome follows the output most closely # quarter later (correlation ${correlation}).`,
      other: `The outcome follows the output most closely # quarters later (correlation ${correlation}).`,
    }),
  'vs.lag.period': (count: number, correlation: string) =>
    plural('en', count, {
      one: `The outcome follows the output most closely # period later (correlation ${correlation}).`,
      other: `The outcome follows the output most closely # periods later (correlation ${correlation}).`,
    }),
  /** The timeline's legend: the output drawn as columns, the outcome as a line, its target dashed. */
  'vs.outputLegend': (name: string) => `${name} (columns)`,
  'vs.outcomeLegend': (name: string) => `${name} (line)`,
  'vs.targetLegend': (name: string) => `${name} target`,
  /** A panel's title: the metric's name with its unit. */
  'vs.panelTitle': (name: string, unit: string) => `${name} (${unit})`,
  /** The outcome's target line. */
  'vs.target': (value: string) => `Target ${value}`,
  /** The timeline's accessible name, a date of it as the tooltip says it, and its table's caption. */
  'vs.timelineLabel': (output: string, outcome: string) => `${output} and ${outcome} over time`,
  'vs.alignedPoint': (
    date: string,
    output: string,
    outputValue: string,
    outcome: string,
    outcomeValue: string,
  ) => `${date}: ${output} ${outputValue}, ${outcome} ${outcomeValue}`,
  'vs.timelineCaption': (output: string, outcome: string, window: string) =>
    `${output} and ${outcome}, ${window}`,
  /** The quadrants, their short names for the corners of a narrow chart, and what each means. */
  'quadrant.impact': 'Impact',
  'quadrant.output-only': 'Output without outcome',
  'quadrant.outcome-only': 'Outcome without output',
  'quadrant.not-started': 'Not started yet',
  'quadrant.impact.short': 'Impact',
  'quadrant.output-only.short': 'Output only',
  'quadrant.outcome-only.short': 'Outcome only',
  'quadrant.not-started.short': 'Not started',
  'quadrant.impact.meaning': 'delivered, and the outcome moved',
  'quadrant.output-only.meaning': 'delivered, the outcome did not move',
  'quadrant.outcome-only.meaning': 'the outcome moved with little delivery',
  'quadrant.not-started.meaning': 'neither yet',
  /** A legend entry: the quadrant's name and what it means. */
  'quadrant.legend': (name: string, meaning: string) => `${name}: ${meaning}`,
  /** The quadrant chart: its accessible name, visible title and summary for screen readers. */
  'vs.quadrantLabel': 'Outcomes by delivery (across) and outcome progress (up)',
  'vs.quadrantTitle': (count: number) =>
    plural('en', count, {
      one: '# outcome: delivery against progress',
      other: '# outcomes: delivery against progress',
    }),
  /** `counts` lists the `vs.quadrantCount` entries, joined by `Intl.ListFormat`; `leftOut` is `vs.quadrantLeftOut` or empty. */
  'vs.quadrantSentence': (count: number, counts: string, leftOut: string) =>
    plural('en', count, {
      one: `# outcome by delivery and outcome progress. ${counts}.`,
      other: `# outcomes by delivery and outcome progress. ${counts}.`,
    }) + (leftOut ? ` ${leftOut}` : ''),
  'vs.quadrantCount': (quadrant: string, count: number) => `${quadrant}: ${numeral(count)}`,
  /** An outcome of the quadrant, as the tooltip and the slider say it. */
  'vs.quadrantPoint': (title: string, delivery: string, outcome: string, quadrant: string) =>
    `${title}: delivery ${delivery}, outcome ${outcome}, ${quadrant}`,
  'vs.quadrantEmpty': 'No outcome has both measures yet',
  /** A corner of the quadrant with how many outcomes it holds. */
  'vs.corner': (label: string, count: number) => `${label} · ${numeral(count)}`,
  'vs.quadrantLeftOut': (count: number) =>
    plural('en', count, {
      one: '# outcome without both measures is not shown.',
      other: '# outcomes without both measures are not shown.',
    }),
  /** The quadrant's hidden table: caption and column headers. */
  'vs.quadrantCaption': 'Outcomes by delivery and outcome progress',
  'vs.column.outcome': 'Outcome',
  'vs.column.delivery': 'Delivery',
  'vs.column.outcomeProgress': 'Outcome progress',
  'vs.column.quadrant': 'Quadrant',
  /** Axis titles; `arrow` points the way the values grow (→, or ← right to left; ↑). */
  'vs.deliveryAxis': (arrow: string) => `Delivery ${arrow}`,
  'vs.outcomeAxis': (arrow: string) => `Outcome ${arrow}`,
};
