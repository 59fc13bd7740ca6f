/** English words of `<outcome-dashboard>`. */
import { plural } from '../plural.js';

export const outcomeDashboard = {
  /** Before the document's date, in a header: `As of September 30, 2026`. */
  'dashboard.asOf': (date: string) => `As of ${date}`,
  /** The closed disclosure listing problems inside single metrics or nodes. */
  'dashboard.problems': (count: number) =>
    plural('en', count, {
      one: '# problem in this document: widgets that need that part show it',
      other: '# problems in this document: widgets that need those parts show them',
    }),
};
