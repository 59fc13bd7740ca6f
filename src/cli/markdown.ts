/**
 * User text in Markdown that pastes into Confluence, Notion, Slack or Teams: every character that
 * could start emphasis, code, a link, HTML or an entity is escaped with a backslash, so a title
 * like `*x*` or `<b>` stays literal, while ordinary text (`90-day retention`, `R&D`) stays as it
 * is and reads well as plain text too.
 */

/** Characters that start inline Markdown anywhere in a line: escapes, code, emphasis, links, HTML, strikethrough. */
const INLINE = /[\\`*_[\]<~]/g;

/** `&amp;`, `&#42;`: an entity that a renderer would turn into its character. */
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;

/** `#` at the start of a word: a heading at the start of a line, a closing sequence at the end of a heading. */
const HASHES = /(^|\s)(#+)/g;

/** What makes a block at the start of a line: a list item (`-`, `+`, `1.`, `1)`), a quote, a setext line. */
const BLOCK_START = /^([-+>=]|\d+[.)])/;

/** Control characters (terminal escape sequences among them); line breaks and tabs become spaces first. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Text on one line: runs of white space (line breaks too) become one space, control characters go. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').replace(CONTROL, '').trim();
}

/** User text inside a line of Markdown, on one line, with its Markdown characters escaped. */
export function inline(text: string): string {
  return oneLine(text)
    .replace(INLINE, '\\$&')
    .replace(ENTITY, '\\&')
    .replace(HASHES, (_, space: string, hashes: string) => space + hashes.replace(/#/g, '\\#'));
}

/**
 * User text that starts a block (a heading's or a list item's text): as `inline`, and a leading
 * `-`, `+`, `>`, `=` or `1.` is escaped so that it does not open a nested list or a quote.
 */
export function blockStart(text: string): string {
  return inline(text).replace(BLOCK_START, (marker) => marker.replace(/[-+>=.)]$/, '\\$&'));
}
