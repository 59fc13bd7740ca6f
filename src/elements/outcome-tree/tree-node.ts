import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, formatPercent } from '../../core/format.js';
import { clamp01 } from '../../core/layout/scale.js';
import type { Metric, ValidationError } from '../../core/schema.js';
import type { MetricSummary } from '../../core/summary.js';
import type { OutcomeTreeNode, TreeFlag } from '../../core/tree.js';
import { cssProps } from '../internal/css-props.js';
import { STATUS_WORDS } from '../kpi-trend/kpi-trend.text.js';

/** The node types in words. */
export const TYPE_WORDS = { goal: 'Goal', outcome: 'Outcome', output: 'Output' } as const;

/** The flags in words, and what each means. */
export const FLAG_WORDS: Record<TreeFlag, { label: string; hint: string }> = {
  unaligned: { label: 'Unaligned', hint: 'No goal or outcome above this output: what is its impact?' },
  unmeasured: {
    label: 'Unmeasured',
    hint: 'No metric and no progress: nobody can tell whether it is reached.',
  },
  gap: {
    label: 'Busy, not moving the needle',
    hint: 'Delivery is at least 50 points ahead of the outcome it is meant to move.',
  },
};

/** What a node shows besides its own fields. */
export interface NodeInfo {
  locale: string;
  /** The linked metric and its summary, when the metric is usable. */
  metric?: { metric: Metric; summary: MetricSummary };
  /** Problems of the linked metric, when it was rejected by validation. */
  metricErrors?: ValidationError[];
}

/** The content of one node, shared by the list rows and the map cards. */
export function nodeContent(node: OutcomeTreeNode, info: NodeInfo): TemplateResult {
  return html`<span class="line">
      <span class="type ${node.type}">${TYPE_WORDS[node.type]}</span>
      ${
        node.url
          ? html`<a
              part="label link"
              class="label"
              href=${node.url}
              target="_blank"
              rel="noopener noreferrer"
              tabindex="-1"
              >${node.title}</a
            >`
          : html`<span part="label" class="label" dir="auto">${node.title}</span>`
      }
      ${visibleFlags(node, info).map(
        (flag) =>
          html`<span part="badge" class="badge ${flag}" title=${FLAG_WORDS[flag].hint}
            >${FLAG_WORDS[flag].label}</span
          >`,
      )}
    </span>
    <span class="line details">
      ${node.owner ? html`<span class="owner" dir="auto">${node.owner}</span>` : nothing} ${metricText(info)}
      ${node.type !== 'output' ? bar('Outcome', node.outcomeProgress, 'outcome', info.locale) : nothing}
      ${bar('Delivery', node.outputProgress, 'delivery', info.locale)}
    </span>`;
}

/** A node whose metric is broken shows that problem instead of calling itself unmeasured. */
function visibleFlags(node: OutcomeTreeNode, info: NodeInfo): TreeFlag[] {
  return info.metricErrors?.length ? node.flags.filter((f) => f !== 'unmeasured') : node.flags;
}

function metricText({ metric, metricErrors, locale }: NodeInfo): TemplateResult | typeof nothing {
  if (metricErrors?.length) {
    const [first] = metricErrors;
    const more = metricErrors.length > 1 ? ` (and ${metricErrors.length - 1} more)` : '';
    return html`<span part="error" class="metric-error"
      >Metric problem: <code>${first.path}</code>: ${first.message}${more}</span
    >`;
  }
  if (!metric) return nothing;
  const { metric: m, summary } = metric;
  const value = formatNumber(summary.current, locale, m.format, m.unit);
  const status = summary.status !== 'none' ? ` · ${STATUS_WORDS[summary.status]}` : '';
  return html`<span class="metric ${summary.status}" dir="auto">${m.name}: ${value}${status}</span>`;
}

/** A labelled progress bar; the words carry the value, the bar only repeats it. */
function bar(label: string, value: number | undefined, kind: string, locale: string): TemplateResult {
  const words = value === undefined ? '—' : formatPercent(value, locale, { maximumFractionDigits: 0 });
  const fill = value === undefined ? 0 : clamp01(value);
  return html`<span class="measure ${kind}">
    <span class="measure-label">${label} ${words}</span>
    <span part="bar" class="bar" aria-hidden="true"
      ><span class="fill" ${cssProps({ '--_fill': String(fill) })}></span
    ></span>
  </span>`;
}
