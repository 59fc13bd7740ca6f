export * from './outcome-dashboard.js';
export type { OutcomeLoadEvent, OutcomeLoadDetail, SourceKind } from './events/outcome-load.js';
export type { OutcomeErrorEvent, OutcomeErrorDetail } from './events/outcome-error.js';
