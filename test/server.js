// @ts-check
// Test-only endpoints served by the web-test-runner dev server under /__test__/, so loading tests
// exercise real HTTP: status codes, slow and aborted responses, and request counts.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';

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
 * `/__test__/hang/<key>.json?good=1,3`: the example for the listed hits (counted per key); every
 *   other hit is accepted and never answered, until the client gives up (counted as aborted).
 * `/__test__/half.json`: the headers and half the example's body, then nothing more.
 * `/__test__/big.json?bytes=n&length=0`: a JSON document of n bytes, sent in 64 KB chunks, with a
 *   `Content-Length` unless `length=0`.
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
  if ((match = path.match(/^\/__test__\/hang\/([\w-]+)\.json$/))) {
    const s = statsFor(match[1]);
    s.hits++;
    const good = (url.searchParams.get('good') ?? '').split(',').map(Number);
    if (good.includes(s.hits)) {
      ctx.type = 'application/json';
      ctx.body = example;
      return;
    }
    await untilClosed(ctx);
    s.aborted++;
    return;
  }
  if (path === '/__test__/half.json') {
    ctx.respond = false;
    const body = Buffer.from(example);
    ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    ctx.res.write(body.subarray(0, body.length >> 1));
    await untilClosed(ctx);
    return;
  }
  if (path === '/__test__/big.json') {
    const bytes = Number(url.searchParams.get('bytes'));
    const head = '{"version":1,"metrics":[],"padding":"';
    const tail = '"}';
    let left = bytes - head.length - tail.length;
    const chunks = (function* () {
      yield head;
      while (left > 0) {
        const n = Math.min(left, 65536);
        left -= n;
        yield 'x'.repeat(n);
      }
      yield tail;
    })();
    ctx.type = 'application/json';
    if (url.searchParams.get('length') !== '0') ctx.length = bytes;
    ctx.body = Readable.from(chunks);
    return;
  }
  if ((match = path.match(/^\/__test__\/stats\/([\w-]+)$/))) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(statsFor(match[1]));
    return;
  }
  return next();
}

/**
 * Resolves when the client closes the connection (a fetch aborted by its timeout).
 * @param {import('koa').Context} ctx
 */
function untilClosed(ctx) {
  return new Promise((resolve) => ctx.res.on('close', () => resolve(undefined)));
}
