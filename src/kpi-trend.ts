import { KpiTrend } from './elements/kpi-trend/kpi-trend.js';
import { define } from './elements/internal/define.js';

export { KpiTrend };
export { registerTranslation, type TranslationInput } from './elements/internal/localize.js';
export type * from './events/index.js';

define('kpi-trend', KpiTrend);
