import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, formatPercent } from '../../core/format.js';
import { clamp01 } from '../../core/layout/scale.js';
import type { Health, Metric, ValidationError } from '../../core/schema.js';
import type { MetricSummary } from '../../core/summary.js';
import type { OutcomeTreeNode, TreeFlag } from '../../core/tree.js';
import { cssProps } from '../internal/css-props.js';
import type { Term } from '../internal/localize.js';

/** What a node shows besides its own fields. */
export interface NodeInfo {
  locale: string;
  t: Term;
  /** The linked metric and its summary, when the metric is usable. */
  metric?: { metric: Metric; summary: MetricSummary };
  /** Problems of the linked metric, when it was rejected by validation. */
  metricErrors?: ValidationError[];
  /** The node's check-ins in words, newest first. */
  checkIns?: CheckInWords[];
  /** Outputs: what the aimed metric did since the output shipped, in words. */
  sinceShipped?: string;
  /** With `since`: the metric's status then and now, when it moved (`At risk → On track`). */
  statusMoved?: string;
}

/** One check-in as the tree shows it. */
export interface CheckInWords {
  health?: Health;
  /** The health in words. */
  healthText?: string;
  /** `90% confident`. */
  confidence?: string;
  /** `3 weeks ago`, counted to the document's `asOf`. */
  ago: string;
  /** The date, formatted. */
  date: string;
  author?: string;
  note?: string;
  /** Newer than the `since` date. */
  isNew?: string;
}

/** A check-in's health, confidence, age and author on one line; the note below it. */
export function checkInLine(c: CheckInWords, note: 'clamped' | 'full'): TemplateResult {
  const facts = [c.confidence, c.ago, c.author].filter(Boolean);
  return html`<span class="check-in"
    >${c.healthText ? html`<span class="health ${c.health}">${c.healthText}</span>` : nothing}
    ${facts.map((f, i) => html`${i || c.healthText ? ' · ' : ''}<span dir="auto">${f}</span>`)}
    ${c.isNew ? html`<span class="new">${c.isNew}</span>` : nothing}
    ${c.note ? html`<span class="ci-note ${note}" dir="auto">${c.note}</span>` : nothing}</span
  >`;
}

/**
 * The content of one node, shared by the list rows and the map cards: a head (the disclosure
 * arrow, type, title, owner and metric), the two measures and the flags. In the list's columns
 * layout these are the four cells of a row; the stylesheet arranges them for each layout.
 */
export function nodeContent(
  node: OutcomeTreeNode,
  info: NodeInfo,
  toggle: TemplateResult,
  /**
   * How the node is drawn: in the list's columns the headers name the measures, so each value's
   * name is for screen readers only; where space is short (map cards, a narrow flags column),
   * flags take their short label so that a pill never wraps. A map card keeps type, title,
   * measures and flags (and a metric's problem): owner, metric, check-in and what moved since
   * shipping are in the list and the check-in panel.
   */
  { namesHidden = false, shortFlags = false, card = false } = {},
): TemplateResult {
  const bar = (label: string, value: number | undefined, kind: string) =>
    measure(label, value, kind, info, namesHidden);
  const t = info.t;
  const owner = node.owner ? html`<span class="owner" dir="auto">${node.owner}</span>` : nothing;
  const flags = visibleFlags(node, info);
  return html`<span class="head"
      >${toggle}<span class="title">
        <span class="line">
          <span class="type ${node.type}">${t(`type.${node.type}`)}</span>
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
        </span>
        ${
          card
            ? info.metricErrors?.length
              ? html`<span class="sub">${metricText(info)}</span>`
              : nothing
            : owner === nothing && !info.metric && !info.metricErrors?.length
              ? nothing
              : html`<span class="sub">${owner} ${metricText(info)}</span>`
        }
        ${info.statusMoved ? html`<span class="moved">${info.statusMoved}</span>` : nothing}
        ${!card && info.sinceShipped ? html`<span class="since-shipped" dir="auto">${info.sinceShipped}</span>` : nothing}
        ${!card && info.checkIns?.length ? checkInLine(info.checkIns[0], 'clamped') : nothing}
      </span></span
    >
    ${node.type !== 'output' ? bar(t('tree.outcome'), node.outcomeProgress, 'outcome') : nothing}
    ${bar(t('tree.delivery'), node.outputProgress, 'delivery')}
    ${
      flags.length
        ? html`<span class="flags">
            ${flags.map(
              (flag) =>
                html`<span part="badge" class="badge ${flag}" title=${t(`flag.${flag}.hint`)}
                  >${shortFlags ? t(`flag.${flag}.short`) : t(`flag.${flag}`)}</span
                >`,
            )}
          </span>`
        : nothing
    }`;
}

/** A node whose metric is broken shows that problem instead of calling itself unmeasured. */
function visibleFlags(node: OutcomeTreeNode, info: NodeInfo): TreeFlag[] {
  return info.metricErrors?.length ? node.flags.filter((f) => f !== 'unmeasured') : node.flags;
}

function metricText({ metric, metricErrors, locale, t }: NodeInfo): TemplateResult | typeof nothing {
  if (metricErrors?.length) {
    const [first] = metricErrors;
    const more = metricErrors.length > 1 ? t('tree.moreMetricProblems', metricErrors.length - 1) : '';
    return html`<span part="error" class="metric-error"
      >${t('tree.metricProblem')} <code dir="ltr">${first.path}</code>:
      <span lang="en" dir="ltr">${first.message}</span> ${more}</span
    >`;
  }
  if (!metric) return nothing;
  const { metric: m, summary } = metric;
  const value = formatNumber(summary.current, locale, m.format, m.unit);
  return html`<span class="metric ${summary.status}" dir="auto"
    >${
      summary.status === 'none'
        ? t('tree.metric', m.name, value)
        : t('tree.metricStatus', m.name, value, t(`status.${summary.status}`))
    }</span
  >`;
}

/** A labelled progress bar; the words carry the value, the bar only repeats it. */
function measure(
  label: string,
  value: number | undefined,
  kind: string,
  { locale, t }: NodeInfo,
  hiddenLabel: boolean,
): TemplateResult {
  const words =
    value === undefined ? t('frame.noValue') : formatPercent(value, locale, { maximumFractionDigits: 0 });
  const fill = value === undefined ? 0 : clamp01(value);
  return html`<span class="measure ${kind}">
    <span class="measure-label"
      ><span class="key ${hiddenLabel ? 'visually-hidden' : ''}">${label}</span>
      <span class="value">${words}</span></span
    >
    <span part="bar" class="bar" aria-hidden="true"
      ><span class="fill" ${cssProps({ '--_fill': String(fill) })}></span
    ></span>
  </span>`;
}
