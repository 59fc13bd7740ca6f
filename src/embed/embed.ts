import '../index.js';
import { readConfig, type EmbedConfig } from './config.js';

/**
 * The standalone embed page: one widget, or a dashboard of every widget, configured entirely by
 * the page's address. Attributes are set with `setAttribute` (only those the element observes),
 * document text goes through the same validation as everywhere, and nothing is written as HTML.
 * One widget alone is given the frame's height.
 */
function build({ widget, attributes, json }: EmbedConfig): HTMLElement {
  const el = document.createElement(widget);
  const known =
    (customElements.get(widget) as unknown as { observedAttributes?: string[] }).observedAttributes ?? [];
  for (const [name, value] of attributes) if (known.includes(name)) el.setAttribute(name, value);
  if (json !== undefined) (el as HTMLElement & { data?: unknown }).data = json;
  if (widget === 'outcome-dashboard') {
    // A dashboard alone shows every metric, the comparison quadrant and the tree.
    el.addEventListener('outcome-load', (event) => {
      if (el.childElementCount) return;
      const cards = event.detail.document.metrics.map((m) => {
        const card = document.createElement('kpi-trend');
        card.setAttribute('metric', m.id);
        return card;
      });
      const tree = Object.assign(document.createElement('outcome-tree'), { className: 'wide' });
      const quadrant = Object.assign(document.createElement('output-vs-outcome'), { className: 'wide' });
      el.append(...cards, ...(event.detail.document.nodes?.length ? [quadrant, tree] : []));
    });
  }
  return el;
}

function fail(message: string): HTMLElement {
  const box = document.createElement('div');
  box.className = 'embed-error';
  box.setAttribute('role', 'alert');
  const title = document.createElement('strong');
  title.textContent = 'This embed cannot be shown: ';
  box.append(title, message);
  return box;
}

const main = document.querySelector<HTMLElement>('#embed')!;

/** Shows the page's content; one widget alone (`fills`) is given the frame's height. */
function show(content: HTMLElement, fills = false): void {
  main.classList.toggle('fills', fills);
  main.replaceChildren(content);
}

readConfig(new URL(location.href)).then(
  (config) => show(build(config), config.widget !== 'outcome-dashboard'),
  (error: unknown) => show(fail(error instanceof Error ? error.message : String(error))),
);
