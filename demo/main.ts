import '../src/index.js';
import { formatDate, formatNumber, type Metric, type OutcomeDocument } from '../src/core/index.js';
import type { OutcomeSelectDetail } from '../src/index.js';

// ---------------------------------------------------------------------------------------------
// Theme: the control sets the page's own `color-scheme`; the page's colours (light-dark() in
// demo.css) and the widgets, which have no `theme` attribute, follow it.
// ---------------------------------------------------------------------------------------------

const COLOR_SCHEMES: Record<string, string> = { '': 'light dark', light: 'light', dark: 'dark' };

const themeControl = document.querySelector<HTMLSelectElement>('#theme')!;

function applyTheme(): void {
  document.documentElement.style.colorScheme = COLOR_SCHEMES[themeControl.value] ?? 'light dark';
}

themeControl.addEventListener('change', applyTheme);
// The browser may restore the control's last value on reload or back navigation.
applyTheme();

// ---------------------------------------------------------------------------------------------
// Selection read-out: what `outcome-select` reports, in the words and formats of the example
// document (the dashboard's; the compact card in the sentence shows the same file).
// ---------------------------------------------------------------------------------------------

const dashboard = document.querySelector<HTMLElement>('#dashboard')!;
const readout = document.querySelector('#selection')!;
let doc: OutcomeDocument | undefined;

dashboard.addEventListener('outcome-load', ({ detail }) => {
  doc = detail.document;
});

const metricById = (id: string | null): Metric | undefined => doc?.metrics.find((m) => m.id === id);
const locale = () => doc?.locale ?? 'en-US';
const valueOf = (metric: Metric | undefined, value: number) =>
  formatNumber(value, locale(), metric?.format, metric?.unit);

function describe(detail: OutcomeSelectDetail, target: Element): string {
  switch (detail.type) {
    case 'point': {
      const metric = metricById(detail.metric);
      const name = metric?.name ?? detail.metric;
      return `${name}: ${valueOf(metric, detail.value)} on ${formatDate(detail.date, locale())}`;
    }
    case 'node':
      return `“${detail.node.title}”`;
    case 'aligned-point': {
      const output = metricById(target.getAttribute('output'));
      const outcome = metricById(target.getAttribute('outcome'));
      return (
        `${formatDate(detail.date, locale())}: ${output?.name ?? 'output'} ${valueOf(output, detail.output)}, ` +
        `${outcome?.name ?? 'outcome'} ${valueOf(outcome, detail.outcome)}`
      );
    }
  }
}

// On the document, so that the compact card in the sentence below the dashboard reports too.
document.addEventListener('outcome-select', (event) => {
  const label = document.createElement('span');
  label.className = 'selection__label';
  label.textContent = 'Selected';
  const text = document.createElement('span');
  text.className = 'selection__text';
  text.textContent = describe(event.detail, event.target as Element);
  readout.replaceChildren(label, ' ', text);
});

// The review: every widget in the dashboard shows what changed since the chosen date (new
// check-ins, statuses that moved, the change of each metric), or nothing with "No review".
const sinceControl = document.querySelector<HTMLSelectElement>('#since')!;
sinceControl.addEventListener('change', () => {
  if (sinceControl.value) dashboard.setAttribute('since', sinceControl.value);
  else dashboard.removeAttribute('since');
});

// The language: `locale` on each dashboard (its widgets follow it) and on the widgets outside one,
// which load their words on first use. `?locale=de-DE` in the address picks one too.
const localeControl = document.querySelector<HTMLSelectElement>('#locale')!;
function applyLocale(): void {
  const widgets = document.querySelectorAll('outcome-dashboard, kpi-trend, output-vs-outcome, outcome-tree');
  for (const el of [...widgets].filter((w) => !w.parentElement?.closest('outcome-dashboard'))) {
    if (localeControl.value) el.setAttribute('locale', localeControl.value);
    else el.removeAttribute('locale');
  }
  const url = new URL(location.href);
  if (localeControl.value) url.searchParams.set('locale', localeControl.value);
  else url.searchParams.delete('locale');
  history.replaceState(null, '', url);
}
const asked = new URL(location.href).searchParams.get('locale');
if (asked && [...localeControl.options].some((o) => o.value === asked)) localeControl.value = asked;
localeControl.addEventListener('change', applyLocale);
applyLocale();
