/**
 * Stories never use the network. This module wraps `fetch` so that URLs on the reserved host
 * `https://example.invalid/` (RFC 2606: it can never resolve) are answered in the page:
 *
 * | path                        | answer                                                      |
 * | --------------------------- | ----------------------------------------------------------- |
 * | `/saas-outcomes.json`       | 200, the example document (fixtures/saas-outcomes.json) |
 * | `/invalid-many-errors.json` | 200, a document with many validation errors                 |
 * | `/pending.json`             | never answers (loading states); rejects on abort            |
 * | `/404.json`                 | 404 Not Found                                               |
 * | `/500.json`                 | 500 Internal Server Error                                   |
 * | `/not-json.json`            | 200 with a body that is not JSON                            |
 * | any other path on the host  | 404 Not Found                                               |
 *
 * Add `?delay=<ms>` to any of them to hold the answer back (to look at a loading state briefly).
 * Every answer respects the request's `AbortSignal`: an aborted request rejects with an
 * `AbortError` `DOMException`, as the real `fetch` does. Other URLs go to the real `fetch`.
 * `.storybook/preview.ts` calls `installMockFetch()` before any story renders.
 */
import saasOutcomes from '../fixtures/saas-outcomes.json';
import invalidManyErrors from '../fixtures/invalid-many-errors.json';

/** The origin this mock answers for. */
export const MOCK_ORIGIN = 'https://example.invalid';

type Route = () => Response | undefined;

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

const text = (body: string, status: number, statusText: string): Response =>
  new Response(body, { status, statusText, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** `undefined` means: never answer. */
const routes: Record<string, Route> = {
  '/saas-outcomes.json': () => json(saasOutcomes),
  '/invalid-many-errors.json': () => json(invalidManyErrors),
  '/pending.json': () => undefined,
  '/404.json': () => text('Not Found', 404, 'Not Found'),
  '/500.json': () => text('Internal Server Error', 500, 'Internal Server Error'),
  '/not-json.json': () =>
    new Response('<!doctype html><title>Sign in</title><p>This is not JSON.</p>', {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    }),
};

const abortError = (signal: AbortSignal): unknown =>
  signal.reason instanceof DOMException && signal.reason.name === 'AbortError'
    ? signal.reason
    : new DOMException('The operation was aborted.', 'AbortError');

function requestUrl(input: RequestInfo | URL): URL | undefined {
  try {
    const href = input instanceof Request ? input.url : String(input);
    return new URL(href, globalThis.location?.href);
  } catch {
    return undefined;
  }
}

/** Answers one mocked URL, honouring `signal` the way the real `fetch` does. */
function answer(url: URL, signal: AbortSignal | null | undefined): Promise<Response> {
  const route = routes[url.pathname];
  const delay = Math.max(0, Number(url.searchParams.get('delay')) || 0);
  return new Promise<Response>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = () => {
      if (timer !== undefined) clearTimeout(timer);
      reject(abortError(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const respond = () => {
      const response = route ? route() : text('Not Found', 404, 'Not Found');
      if (!response) return; // pending: only an abort settles it
      signal?.removeEventListener('abort', onAbort);
      // A constructed Response has an empty `url`; give it the requested one, like a real answer.
      Object.defineProperty(response, 'url', { value: url.href });
      resolve(response);
    };
    if (delay > 0) timer = setTimeout(respond, delay);
    else respond();
  });
}

/**
 * Installs the wrapper once per window (the preview may be evaluated again by HMR). The preview
 * calls it; this module has no side effects of its own.
 */
export function installMockFetch(target: typeof globalThis = globalThis): void {
  const marker = Symbol.for('outcome-kit.storybook.mock-fetch');
  const current = target.fetch;
  if ((current as unknown as Record<symbol, unknown>)[marker]) return;
  const realFetch = current.bind(target);
  const mocked = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = requestUrl(input);
    if (url?.origin !== MOCK_ORIGIN) return realFetch(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return answer(url, signal);
  };
  Object.defineProperty(mocked, marker, { value: true });
  target.fetch = mocked;
}
