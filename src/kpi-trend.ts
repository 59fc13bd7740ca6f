import { KpiTrend } from './elements/kpi-trend/kpi-trend.js';

export { KpiTrend };

if (!customElements.get('kpi-trend')) customElements.define('kpi-trend', KpiTrend);
