import { formatDelta, formatNumber } from '../src/core/format.js';
import { summarizeMetric } from '../src/core/index.js';
import type { OutcomeDocument } from '../src/core/schema.js';
import '../src/index.js';

const dashboard = document.querySelector<HTMLElement>('#dashboard')!;
const body = document.querySelector<HTMLTableSectionElement>('#summary tbody')!;
const statusWords: Record<string, string> = {
  met: 'Met',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  unknown: 'Unknown',
  none: 'No target',
};

/** Fills the summary table from the loaded document, as text only. */
function showSummary(doc: OutcomeDocument): void {
  const locale = doc.locale ?? navigator.language;
  body.replaceChildren(
    ...doc.metrics.map((metric) => {
      const s = summarizeMetric(metric, { asOf: doc.asOf });
      const cells = [
        metric.name,
        metric.kind,
        formatNumber(s.current, locale, metric.format, metric.unit),
        formatDelta(s.delta, locale, metric.format, metric.unit),
        statusWords[s.status] ?? s.status,
      ];
      const row = document.createElement('tr');
      for (const text of cells)
        row.append(Object.assign(document.createElement('td'), { textContent: text }));
      return row;
    }),
  );
}

dashboard.addEventListener('outcome-load', (event) => showSummary(event.detail.document));

document.querySelector<HTMLSelectElement>('#theme')!.addEventListener('change', (event) => {
  const theme = (event.target as HTMLSelectElement).value;
  for (const el of document.querySelectorAll('outcome-dashboard')) {
    if (theme) el.setAttribute('theme', theme);
    else el.removeAttribute('theme');
  }
});
