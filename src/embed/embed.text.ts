/**
 * Every word the embed page shows itself (the widgets bring their own): the help shown without a
 * configuration and the frame around a bad address. English only, like the messages of
 * `parseDocument`. A passage is a list of pieces: plain text, or `{ code }` for a name or value
 * typed into the address, shown in a `<code>` element.
 */

/** A piece of a passage: text, or a name or value to type, shown as code. */
export type Piece = string | { code: string };

/** A passage of text with code pieces in it. */
export type Passage = readonly Piece[];

/** One thing the address can hold: its name as typed and what it means. */
export interface HelpTerm {
  name: string;
  meaning: Passage;
}

export const EMBED_WORDS = {
  /** The help shown when the address holds no `src`, no `#doc=` and no `widget`. */
  help: {
    title: 'Set up this embed',
    intro: ['This page shows an outcome-kit widget, configured entirely by its address:'] as Passage,
    terms: [
      {
        name: 'src',
        meaning: [
          'The address of your outcome-kit document (a JSON file), such as ',
          { code: 'src=outcomes.json' },
          '.',
        ],
      },
      {
        name: '#doc=',
        meaning: [
          'Or the whole document, compressed into the address so that no server sees it: the outcome-kit builder makes it, or ',
          { code: 'npx outcome-kit embed-url file.json' },
          '.',
        ],
      },
      {
        name: 'widget',
        meaning: [
          { code: 'kpi-trend' },
          ', ',
          { code: 'outcome-tree' },
          ', ',
          { code: 'output-vs-outcome' },
          ' or ',
          { code: 'outcome-dashboard' },
          ' (the default), with any of its attributes, such as ',
          { code: 'metric=nps' },
          ' or ',
          { code: 'theme=dark' },
          '.',
        ],
      },
    ] as readonly HelpTerm[],
    exampleLabel: 'Paste an address like this one into a Notion or Confluence embed block:',
    /** The example's query, appended to this page's own address. */
    exampleQuery: '?src=outcomes.json&widget=kpi-trend&metric=nps',
  },
  /** Before the reason in the box shown for a bad address. */
  errorTitle: 'This embed cannot be shown: ',
  /** The reason when `widget` names no widget. */
  badWidget: (widgets: readonly string[], got: string | null) =>
    `widget must be one of ${widgets.join(', ')}; got "${got}"`,
  /** The reason when `#doc=` does not hold a document. */
  badDocument: 'the #doc= part of the address is not a compressed outcome-kit document',
};
