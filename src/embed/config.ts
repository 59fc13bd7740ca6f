/**
 * The embed page's configuration, read from its URL alone, so that a Notion or Confluence embed
 * needs no server of its own: `?src=<json url>&widget=kpi-trend&metric=nps&theme=dark`, or the whole
 * document in the hash as `#doc=` + base64url of the JSON compressed with deflate-raw (the hash
 * never reaches a server).
 */
import type { Term } from '../elements/internal/localize.js';
import { list } from '../translations/plural.js';

/** The widgets an embed can show. */
export const WIDGETS = ['outcome-dashboard', 'kpi-trend', 'outcome-tree', 'output-vs-outcome'] as const;
export type Widget = (typeof WIDGETS)[number];

/** What the URL asks for. */
export interface EmbedConfig {
  widget: Widget;
  /** Attributes for the widget, from the other query parameters. */
  attributes: [name: string, value: string][];
  /** The document's JSON text, from `#doc=`. */
  json?: string;
}

/** base64url (no padding) to bytes. */
function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** deflate-raw bytes to bytes, with the browser's own DecompressionStream. */
async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The JSON text of a `#doc=` value; throws with a readable message when it is not one. */
export async function decodeDocument(value: string, t: Term): Promise<string> {
  try {
    return new TextDecoder().decode(await inflate(fromBase64Url(value)));
  } catch {
    throw new Error(t('embed.badDocument'));
  }
}

/** bytes to base64url (no padding). */
function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The `#doc=` value of a document's JSON text: the JSON without its whitespace, compressed with
 * deflate-raw, in base64url. The builder writes it, as `npx outcome-kit embed-url` does.
 */
export async function encodeDocument(json: string): Promise<string> {
  const compact = new TextEncoder().encode(JSON.stringify(JSON.parse(json)));
  const stream = new Blob([compact]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** The `#doc=` value of an address's hash, or null. */
function docParam(url: URL): string | null {
  return new URLSearchParams(url.hash.slice(1)).get('doc');
}

/**
 * Whether the address configures the page at all: a `src`, a `#doc=` or a `widget`. Without any,
 * the page explains how to give one instead of showing an empty widget.
 */
export function isConfigured(url: URL): boolean {
  return url.searchParams.has('src') || url.searchParams.has('widget') || docParam(url) !== null;
}

/**
 * Reads the configuration from a URL. `widget` defaults to `outcome-dashboard`; every other query
 * parameter becomes an attribute of the widget. Throws with a readable message on a bad widget.
 */
export async function readConfig(url: URL, t: Term, locale: string): Promise<EmbedConfig> {
  const params = url.searchParams;
  const widget = (params.get('widget') ?? 'outcome-dashboard') as Widget;
  if (!WIDGETS.includes(widget)) {
    throw new Error(t('embed.badWidget', list(locale, WIDGETS, 'disjunction'), params.get('widget') ?? ''));
  }
  const attributes = [...params].filter(([name]) => name !== 'widget');
  const doc = docParam(url);
  return { widget, attributes, json: doc ? await decodeDocument(doc, t) : undefined };
}
