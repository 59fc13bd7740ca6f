/**
 * Export: a widget as a standalone SVG picture (its boxes, charts and words as SVG shapes and
 * text, so slide and drawing tools read it without a browser), as a PNG drawn from that SVG, and
 * its data as CSV. The picture is taken from what the widget shows on screen: every visible box
 * with a fill or a border, every chart (its SVG, with the computed styles written in), and every
 * line of text at its place, in its font (the family with its fallbacks named), size, weight and
 * colour. Words for screen readers only are left out.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties written into a chart's shapes, so that no stylesheet is needed. */
const SHAPE_STYLES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'stop-color',
  'stop-opacity',
  'font-family',
  'font-size',
  'font-weight',
] as const;

/** XML text: `&`, `<`, `>` and quotes escaped. */
function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Whether a CSS colour paints anything. */
function paints(color: string): boolean {
  return !!color && color !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(color);
}

/** A number for an SVG attribute: two decimals at most. */
const n = (value: number) => String(Math.round(value * 100) / 100);

/** Whether an element is there for screen readers only (visually hidden) or not shown at all. */
function unseen(el: Element, style: CSSStyleDeclaration): boolean {
  if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return true;
  const box = el.getBoundingClientRect();
  return box.width <= 1 && box.height <= 1 && style.overflow !== 'visible';
}

/** The parent of a node across shadow roots and slots: where its box is clipped. */
function parentOf(node: Node): Element | null {
  if (node instanceof Element && node.assignedSlot) return node.assignedSlot;
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/** The box an element's content is clipped to: the nearest ancestor that hides its overflow. */
function clipOf(el: Element, stop: Element): DOMRect | undefined {
  for (let up: Element | null = el; up && up !== stop; up = parentOf(up)) {
    const { overflowX, overflowY } = getComputedStyle(up);
    if (overflowX !== 'visible' || overflowY !== 'visible') return up.getBoundingClientRect();
  }
  return undefined;
}

/** Draws what an element shows, from the host's top left corner. */
class Picture {
  private readonly parts: string[] = [];
  private charts = 0;

  constructor(
    private readonly host: HTMLElement,
    private readonly origin: DOMRect,
  ) {}

  /** The picture as a standalone SVG document, titled for screen readers. */
  svg(title: string): string {
    const width = Math.ceil(this.origin.width);
    const height = Math.ceil(this.origin.height);
    const root = this.host.shadowRoot ?? this.host;
    for (const child of root.childNodes) this.node(child);
    return (
      `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">` +
      `<title>${xml(title)}</title>${this.parts.join('')}</svg>`
    );
  }

  private node(node: Node): void {
    if (node.nodeType === Node.TEXT_NODE) this.text(node as Text);
    if (!(node instanceof Element) || node.matches('style, script, template, [part~="export"]')) return;
    const style = getComputedStyle(node);
    if (unseen(node, style)) return;
    if (node instanceof SVGSVGElement) {
      this.chart(node);
      return;
    }
    this.box(node, style);
    const children =
      node instanceof HTMLSlotElement
        ? node.assignedNodes({ flatten: true })
        : [...(node.shadowRoot ?? node).childNodes];
    for (const child of children) this.node(child);
  }

  /** A box with a fill or a border: a card, a bar, a badge, a legend swatch. */
  private box(el: Element, style: CSSStyleDeclaration): void {
    const fill = paints(style.backgroundColor) ? style.backgroundColor : '';
    const borderWidth = parseFloat(style.borderTopWidth) || 0;
    const stroke = borderWidth > 0 && style.borderTopStyle !== 'none' && paints(style.borderTopColor);
    if (!fill && !stroke) return;
    const r = el.getBoundingClientRect();
    const dashes = style.borderTopStyle === 'dashed' ? ` stroke-dasharray="${n(borderWidth * 2)}"` : '';
    if (r.width >= 0.5 && r.height < 0.5 && stroke) {
      // A line drawn as a border (a legend's dashed target).
      const y = r.top - this.origin.top + borderWidth / 2;
      this.parts.push(
        `<line x1="${n(r.left - this.origin.left)}" x2="${n(r.right - this.origin.left)}" y1="${n(y)}" y2="${n(y)}"` +
          ` stroke="${style.borderTopColor}" stroke-width="${n(borderWidth)}"${dashes}/>`,
      );
      return;
    }
    if (r.width < 0.5 || r.height < 0.5) return;
    const polygon = /^polygon\((.*)\)$/.exec(style.clipPath)?.[1];
    if (polygon && fill) {
      // A shape cut by `clip-path: polygon()` (a delivery marker's triangle), corners in % or px.
      const at = (value: string, size: number) =>
        value.endsWith('%') ? (parseFloat(value) / 100) * size : parseFloat(value) || 0;
      const points = polygon.split(',').map((corner) => {
        const [x = '0', y = '0'] = corner.trim().split(/\s+/);
        return `${n(r.left - this.origin.left + at(x, r.width))},${n(r.top - this.origin.top + at(y, r.height))}`;
      });
      this.parts.push(`<polygon points="${points.join(' ')}" fill="${fill}"/>`);
      return;
    }
    const radius = Math.min(parseFloat(style.borderTopLeftRadius) || 0, r.width / 2, r.height / 2);
    const inset = stroke ? borderWidth / 2 : 0;
    this.parts.push(
      `<rect x="${n(r.left - this.origin.left + inset)}" y="${n(r.top - this.origin.top + inset)}"` +
        ` width="${n(r.width - 2 * inset)}" height="${n(r.height - 2 * inset)}"` +
        (radius ? ` rx="${n(radius)}"` : '') +
        ` fill="${fill || 'none'}"` +
        (stroke ? ` stroke="${style.borderTopColor}" stroke-width="${n(borderWidth)}"${dashes}` : '') +
        '/>',
    );
  }

  /**
   * A text node, line by line as it wraps: each word's box says which line it is on. Words
   * outside the box that clips them (a clamped note) are left out, as on screen.
   */
  private text(node: Text): void {
    const parent = node.parentElement;
    if (!parent || !node.data.trim()) return;
    const style = getComputedStyle(parent);
    const clip = clipOf(parent, this.host);
    const range = document.createRange();
    const lines: { top: number; bottom: number; left: number; right: number; words: string[] }[] = [];
    for (const match of node.data.matchAll(/\S+/g)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const r = range.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      // Out of the clipping box by its middle: a word's box may overhang its line's (a large figure).
      const [x, y] = [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
      if (clip && (x < clip.left || x > clip.right || y < clip.top || y > clip.bottom)) continue;
      const line = lines.find((l) => Math.abs(l.top - r.top) < r.height / 2);
      if (line) {
        line.words.push(match[0]);
        line.left = Math.min(line.left, r.left);
        line.right = Math.max(line.right, r.right);
      } else lines.push({ top: r.top, bottom: r.bottom, left: r.left, right: r.right, words: [match[0]] });
    }
    const rtl = style.direction === 'rtl';
    const size = parseFloat(style.fontSize) || 16;
    const transform = style.textTransform;
    for (const line of lines) {
      let words = line.words.join(' ');
      if (transform === 'uppercase') words = words.toLocaleUpperCase();
      // The baseline: the text box's bottom less the font's descent (about a fifth of its size).
      const y = line.bottom - this.origin.top - size * 0.22;
      const x = (rtl ? line.right : line.left) - this.origin.left;
      this.parts.push(
        `<text x="${n(x)}" y="${n(y)}" font-family="${xml(style.fontFamily)}" font-size="${n(size)}"` +
          ` font-weight="${style.fontWeight}"` +
          (style.fontStyle === 'italic' ? ' font-style="italic"' : '') +
          ` fill="${style.color}"` +
          // Right to left, a text starts at its right edge.
          (rtl ? ' direction="rtl"' : '') +
          `>${xml(words)}</text>`,
      );
    }
  }

  /** A chart: its SVG copied in place, with its styles written in and its ids made unique. */
  private chart(svg: SVGSVGElement): void {
    const r = svg.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return;
    const copy = svg.cloneNode(true) as SVGSVGElement;
    const prefix = `c${this.charts++}-`;
    const originals = [svg, ...svg.querySelectorAll('*')];
    const copies = [copy, ...copy.querySelectorAll('*')];
    originals.forEach((original, i) => {
      const el = copies[i];
      const style = getComputedStyle(original);
      if (style.display === 'none' || style.visibility === 'hidden') {
        el.remove();
        return;
      }
      for (const name of SHAPE_STYLES) {
        const value = style.getPropertyValue(name);
        if (value) el.setAttribute(name, value.replace(/url\("?#([^")]+)"?\)/, `url(#${prefix}$1)`));
      }
      for (const name of ['class', 'part', 'aria-hidden']) el.removeAttribute(name);
      if (el.id) el.id = prefix + el.id;
    });
    copy.setAttribute('x', n(r.left - this.origin.left));
    copy.setAttribute('y', n(r.top - this.origin.top));
    copy.setAttribute('width', n(r.width));
    copy.setAttribute('height', n(r.height));
    copy.setAttribute('overflow', 'visible');
    this.parts.push(new XMLSerializer().serializeToString(copy).replace(/ xmlns="[^"]*"/, ''));
  }
}

/** What a widget shows, as a standalone SVG document with `title` as its accessible name. */
export function pictureOf(host: HTMLElement, title: string): string {
  return new Picture(host, host.getBoundingClientRect()).svg(title);
}

/** The size of an SVG document from its `width` and `height`. */
function sizeOf(svg: string): { width: number; height: number } {
  const width = Number(/width="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const height = Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  return { width, height };
}

/**
 * The SVG drawn into a PNG at `scale` device pixels per CSS pixel. It goes through a `data:`
 * image, which a page's strict policy (`img-src 'self' data:`) allows.
 */
export async function pngOf(svg: string, scale = 2): Promise<Blob> {
  const { width, height } = sizeOf(svg);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))),
      'image/png',
    ),
  );
}

/**
 * Rows as CSV (RFC 4180: comma-separated, CRLF, fields quoted when they hold a comma, a quote or
 * a line break). Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` before
 * anything but a number) is prefixed with `'`: documents are untrusted.
 */
export function csvOf(rows: readonly (readonly (string | number | undefined)[])[]): string {
  const field = (value: string | number | undefined): string => {
    if (value === undefined) return '';
    let text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** A file name from a title: its letters and digits, dashes between (`Net-Promoter-Score.svg`). */
export function fileName(title: string, fallback: string, extension: string): string {
  const base = title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return `${base || fallback}.${extension}`;
}

/** Offers a file to the reader as a download. */
export function download(name: string, content: Blob | string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
