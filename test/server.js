// @ts-check
// Test-only endpoints served by the web-test-runner dev server under /__test__/, so loading tests
// exercise real HTTP: status codes, slow and aborted responses, and request counts.
import { readFileSync } from 'node:fs';

const example = readFileSync(new URL('../fixtures/saas-outcomes.json', import.meta.url), 'utf8');

/** @type {Map<string, { hits: number, aborted: number }>} */
const stats = new Map();

/** @param {string} key */
const statsFor = (key) => {
  let s = stats.get(key);
  if (!s) stats.set(key, (s = { hits: 0, aborted: 0 }));
  return s;
};

/**
 * `/__test__/doc/<key>.json?delay=ms&fail-after=n&version=v`: the example document, counted per key;
 *   after `fail-after` good answers it answers 500; `version` overrides the document's version.
 * `/__test__/status/<code>`: that status with a short text body.
 * `/__test__/text`: 200 with a body that is not JSON.
 * `/__test__/stats/<key>`: `{ hits, aborted }` for a key.
 * @type {import('@web/dev-server-core').Middleware}
 */
export async function testEndpoints(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const path = url.pathname;
  if (!path.startsWith('/__test__/')) return next();
  let match;
  if ((match = path.match(/^\/__test__\/doc\/([\w-]+)\.json$/))) {
    const s = statsFor(match[1]);
    s.hits++;
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) {
      const aborted = await new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), delay);
        ctx.req.on('close', () => {
          clearTimeout(timer);
          resolve(!ctx.res.writableEnded);
        });
      });
      if (aborted) {
        s.aborted++;
        return;
      }
    }
    const failAfter = url.searchParams.get('fail-after');
    if (failAfter !== null && s.hits > Number(failAfter)) {
      ctx.status = 500;
      ctx.body = 'server error';
      return;
    }
    const version = url.searchParams.get('version');
    ctx.type = 'application/json';
    ctx.body = version ? example.replace('"version": 1', `"version": ${version}`) : example;
    return;
  }
  if ((match = path.match(/^\/__test__\/status\/(\d+)$/))) {
    ctx.status = Number(match[1]);
    ctx.body = `status ${match[1]}`;
    return;
  }
  if (path === '/__test__/text') {
    ctx.type = 'text/plain';
    ctx.body = 'this is not JSON';
    return;
  }
  if ((match = path.match(/^\/__test__\/stats\/([\w-]+)$/))) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(statsFor(match[1]));
    return;
  }
  return next();
}
