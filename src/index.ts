export * from './outcome-dashboard.js';
export * from './kpi-trend.js';
export type { OutcomeLoadEvent, OutcomeLoadDetail, SourceKind } from './events/outcome-load.js';
export type { OutcomeErrorEvent, OutcomeErrorDetail } from './events/outcome-error.js';
export type { OutcomeSelectEvent, OutcomeSelectDetail, PointSelection } from './events/outcome-select.js';
