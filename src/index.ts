// Every element. The definitions stay in this file (not re-exported from the one-tag entries) so
// that each built entry carries its own `define` and bundlers never drop it as unused.
import { KpiTrend } from './elements/kpi-trend/kpi-trend.js';
import { OutcomeDashboard } from './elements/outcome-dashboard/outcome-dashboard.js';
import { OutcomeTree } from './elements/outcome-tree/outcome-tree.js';
import { OutputVsOutcome } from './elements/output-vs-outcome/output-vs-outcome.js';
import { define } from './elements/internal/define.js';

export { KpiTrend, OutcomeDashboard, OutcomeTree, OutputVsOutcome };
export { registerTranslation, type TranslationInput } from './elements/internal/localize.js';
export type { OutcomeTranslation } from './translations/en.js';
export { list, plural, type PluralForms } from './translations/plural.js';
export type { OutcomeContextValue } from './data/context.js';
export type * from './events/index.js';

define('outcome-dashboard', OutcomeDashboard);
define('kpi-trend', KpiTrend);
define('outcome-tree', OutcomeTree);
define('output-vs-outcome', OutputVsOutcome);
