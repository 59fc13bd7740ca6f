/**
 * Defines a tag unless it is defined already, so that two copies of outcome-kit on one page (a
 * bundle and a CDN script, say) do not throw.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
