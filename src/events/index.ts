// The events every element fires and their details, exported from each entry so that an app
// importing one element can type its listeners.
export type { OutcomeLoadEvent, OutcomeLoadDetail, SourceKind } from './outcome-load.js';
export type { OutcomeErrorEvent, OutcomeErrorDetail } from './outcome-error.js';
export type {
  OutcomeSelectEvent,
  OutcomeSelectDetail,
  PointSelection,
  NodeSelection,
  AlignedSelection,
} from './outcome-select.js';
export type { OutcomeToggleEvent, OutcomeToggleDetail } from './outcome-toggle.js';
