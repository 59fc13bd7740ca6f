import { KpiTrend } from './elements/kpi-trend/kpi-trend.js';
import { define } from './elements/internal/define.js';

export { KpiTrend };

define('kpi-trend', KpiTrend);
