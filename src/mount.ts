/**
 * The CMS-safe mount of the one-file bundle: rich-text editors strip unknown tags but keep a
 * `<div>` and its `data-*` attributes, so `<div data-outcome-widget="kpi-trend" data-metric="nps"
 * data-src="/kpis.json">` becomes that widget, with every other `data-*` as its attribute. The
 * widget goes inside the div, which keeps its place, its classes and its styles. Divs added later
 * (a page that renders after load, an editor's preview) are mounted when they appear.
 */

/** The widgets a div may name. */
const WIDGETS = new Set(['outcome-dashboard', 'kpi-trend', 'outcome-tree', 'output-vs-outcome']);

/** Marks a div whose widget is mounted. */
const MOUNTED = 'data-outcome-mounted';

const SELECTOR = `[data-outcome-widget]:not([${MOUNTED}])`;

/** Turns one div into its widget; a div naming no widget is left as it is, with a warning. */
function mountOne(div: Element): void {
  const tag = div.getAttribute('data-outcome-widget') ?? '';
  if (!WIDGETS.has(tag)) {
    console.warn(`outcome-kit: data-outcome-widget="${tag}" names no widget (${[...WIDGETS].join(', ')})`);
    div.setAttribute(MOUNTED, 'ignored');
    return;
  }
  const widget = div.ownerDocument.createElement(tag);
  for (const { name, value } of div.attributes) {
    if (!name.startsWith('data-') || name === 'data-outcome-widget' || name === MOUNTED) continue;
    widget.setAttribute(name.slice('data-'.length), value);
  }
  div.setAttribute(MOUNTED, '');
  div.append(widget);
}

/** Mounts every such div under `root`, and from then on every one added to it. */
export function mountDataWidgets(root: Document | Element = document): MutationObserver {
  const mountUnder = (node: ParentNode) => {
    if (node instanceof Element && node.matches(SELECTOR)) mountOne(node);
    for (const div of node.querySelectorAll(SELECTOR)) mountOne(div);
  };
  mountUnder(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) mountUnder(node);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return observer;
}
