// Mistakes the React types must catch; each line below is expected to fail the type check.
import 'outcome-kit/kpi-trend.js';
import type {} from 'outcome-kit/react';

export const wrongMetric = <kpi-trend metric={5} />;
export const unknownProp = <kpi-trend metrik="nps" />;
export const wrongHandler = <kpi-trend onoutcome-select={(event: KeyboardEvent) => event.key} />;
export const readOnlyStatus = <kpi-trend status="met" />;
