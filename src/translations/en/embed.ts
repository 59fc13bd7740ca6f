/**
 * English words of the embed page (the widgets bring their own): the help shown without a
 * configuration and the box around a bad address. In a passage, `{0}`, `{1}`… stand for names
 * and values typed into the address, shown as code; their order may change between languages.
 */
export const embed = {
  /** The page's title in the browser tab. */
  'embed.pageTitle': 'outcome-kit embed',
  /** The help shown when the address holds no `src`, no `#doc=` and no `widget`. */
  'embed.help.title': 'Set up this embed',
  'embed.help.intro': 'This page shows an outcome-kit widget, configured entirely by its address:',
  /** {0}: `src=outcomes.json`. */
  'embed.help.src': 'The address of your outcome-kit document (a JSON file), such as {0}.',
  /** {0}: `npx outcome-kit embed-url file.json`. */
  'embed.help.doc':
    'Or the whole document, compressed into the address so that no server sees it: the outcome-kit builder makes it, or {0}.',
  /** {0}–{3}: the four widget names, {0} being the default; {4}, {5}: `metric=nps`, `theme=dark`. */
  'embed.help.widget': '{1}, {2}, {3} or {0} (the default), with any of its attributes, such as {4} or {5}.',
  'embed.help.example': 'Paste an address like this one into a Notion or Confluence embed block:',
  /** Before the reason in the box shown for a bad address. */
  'embed.errorTitle': 'This embed cannot be shown:',
  /** `widgets` is a list joined with "or"; `got` the value given. */
  'embed.badWidget': (widgets: string, got: string) => `widget must be one of ${widgets}; got “${got}”`,
  'embed.badDocument': 'the #doc= part of the address is not a compressed outcome-kit document',
};
