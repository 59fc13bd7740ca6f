/** Every word `<outcome-dashboard>` shows. */
export const DASHBOARD_WORDS = {
  /** Before the document's date: `As of September 30, 2026`. */
  asOf: 'As of',
  /** The closed disclosure listing problems inside single metrics or nodes. */
  problems: (count: number) =>
    `${count} ${count === 1 ? 'problem' : 'problems'} in this document: widgets that need those parts show them`,
};
