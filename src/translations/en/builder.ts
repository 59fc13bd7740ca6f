/**
 * English words of the embed builder (dist/builder.html), the page where an author who never
 * opens a terminal turns a document into an embed address, an HTML snippet, a file or a review.
 */
import { numeral, plural } from '../plural.js';

export const builder = {
  /** The page's title in the browser tab, and its heading with the line under it. */
  'builder.pageTitle': 'Embed builder · outcome-kit',
  'builder.title': 'Embed builder',
  'builder.pitch':
    'Turn an outcome-kit document into a widget for Notion, Confluence or any page: no terminal needed.',
  /** The four steps of the page. */
  'builder.step.document': 'Your document',
  'builder.step.widget': 'Widget',
  'builder.step.preview': 'Preview',
  'builder.step.use': 'Use it',
  /** Where the document comes from. */
  'builder.source.paste': 'Paste',
  'builder.source.upload': 'Upload',
  'builder.source.url': 'From an address',
  'builder.source.label': 'The document, as JSON',
  'builder.source.example': 'Use the example',
  'builder.source.file': 'Choose a JSON file',
  'builder.source.address': 'Address of the JSON file',
  'builder.source.load': 'Load',
  'builder.source.loading': 'Loading…',
  /** `reason` is what went wrong, in English when the browser says it. */
  'builder.source.failed': (reason: string) => `The document could not be loaded: ${reason}`,
  'builder.source.cors':
    'The server must allow this page to read it (CORS), and this page’s policy must allow the address.',
  /** The problems of the document, as it is typed. */
  'builder.problems.none': (metrics: number, nodes: number) =>
    `${plural('en', metrics, { one: '# metric', other: '# metrics' })} and ${plural('en', nodes, { one: '# node', other: '# nodes' })}, no problems.`,
  'builder.problems.count': (count: number) =>
    plural('en', count, {
      one: '# problem: the widgets show what they can.',
      other: '# problems: the widgets show what they can.',
    }),
  'builder.problems.unusable': 'This document cannot be shown until these problems are fixed.',
  'builder.problems.empty': 'Paste a document, upload a file or give its address.',
  /** Before a problem: where it is. */
  'builder.problems.line': (line: number) => `line ${numeral(line)}`,
  'builder.problems.notJson': 'This is not JSON:',
  /** The widget and its options. */
  'builder.widget.kind': 'Show',
  'builder.widget.kpi-trend': 'KPI card',
  'builder.widget.outcome-tree': 'Outcome tree',
  'builder.widget.output-vs-outcome': 'Output vs. outcome',
  'builder.widget.outcome-dashboard': 'Whole dashboard',
  'builder.option.metric': 'Metric',
  'builder.option.variant': 'Size',
  'builder.option.card': 'Card',
  'builder.option.compact': 'Compact',
  'builder.option.output': 'Output (the work)',
  'builder.option.outcome': 'Outcome (the result)',
  'builder.option.view': 'View',
  'builder.option.timeline': 'Timeline',
  'builder.option.quadrant': 'Quadrant',
  'builder.option.layout': 'Layout',
  'builder.option.list': 'List',
  'builder.option.map': 'Map',
  'builder.option.root': 'Start at',
  'builder.option.everything': 'The whole tree',
  'builder.option.theme': 'Theme',
  'builder.option.themeAuto': 'Follow the page',
  'builder.option.light': 'Light',
  'builder.option.dark': 'Dark',
  'builder.option.locale': 'Language',
  'builder.option.localeDocument': 'The document’s',
  'builder.option.since': 'Review since',
  'builder.option.exportMenu': 'Download menu (SVG, PNG, CSV)',
  /** The sizes of the preview: typical embed blocks. */
  'builder.size.label': 'Size',
  'builder.size.notion': 'Notion',
  'builder.size.confluence': 'Confluence',
  'builder.size.phone': 'Phone',
  'builder.preview.title': 'Preview of the embed',
  'builder.preview.nothing': 'The preview shows here once the document can be used.',
  'builder.use.nothing':
    'The address, the HTML and the file to download show here once the document can be used.',
  /** The four ways to use the widget. */
  'builder.use.address': 'Embed address',
  'builder.use.addressHint': 'Paste it into a Notion embed block, or Confluence’s iframe or embed macro.',
  /** `limit` is the length assumed for embed fields. */
  'builder.use.long': (length: number, limit: number) =>
    `This address is ${numeral(length)} characters long: many embed fields take about ${numeral(limit)}. Put the document on a web address and use “From an address” to shorten it.`,
  'builder.use.private':
    'The document travels in the address after #, which browsers never send to a server.',
  'builder.use.html': 'HTML for a portal or the Confluence HTML macro',
  'builder.use.cms': 'For a CMS (rich-text editors keep these divs)',
  'builder.use.cmsNeedsAddress':
    'A CMS snippet needs the document on a web address: load it “From an address”.',
  'builder.use.file': 'Standalone file',
  'builder.use.fileHint': 'One HTML file with the widget and its data, which opens from disk with no server.',
  'builder.use.download': 'Download the HTML file',
  'builder.use.fileMissing': 'The file needs the built library (outcome-kit.js next to this page).',
  'builder.use.review': 'Review as Markdown',
  'builder.use.reviewHint': 'What changed since the review date, to paste into Confluence, Notion or a chat.',
  'builder.copy': 'Copy',
  'builder.copied': 'Copied',
};
