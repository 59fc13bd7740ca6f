import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM, as an element binding:
 * `<div ${cssProps({ '--_x': '12px' })}>`.
 *
 * Lit's `styleMap` writes a `style` attribute on first render, which a page served with
 * `style-src 'self'` (no 'unsafe-inline') blocks; `style.setProperty` is never blocked.
 */
class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps() is an element binding');
  }

  /** Element bindings render nothing; `update` does the work. */
  render(props: Record<string, string>): typeof noChange {
    void props;
    return noChange;
  }

  override update(part: ElementPart, [props]: [Record<string, string>]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.previous) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(props));
    return noChange;
  }
}

/** Custom properties set through the CSSOM, safe under a strict Content-Security-Policy. */
export const cssProps = directive(CssPropsDirective);
