// The peer benchmark's loopback List Dynamic Routes server (Node `http`, keep-alive).
//
// It answers from pages serialised before it starts listening (written by the Java `PeerPages`
// program from the same generator as the JMH fixtures, so every benchmark walks the same bytes), and
// gzips each page once at start-up, so serving costs next to nothing and the client is what is
// measured.
//
//   node pages-server.mjs --pages DIR [--gzip when-asked|never]
//
// Prints one line `{"port": N}` once it listens on 127.0.0.1. `--gzip when-asked` (default) answers
// `Accept-Encoding: gzip` with the gzipped page, as Cloudflare's API does; `never` always sends the
// identity body, so every client reads the same bytes.
//
// GET /__stats returns and resets the counters since the previous call: requests, body bytes on the
// wire by content encoding, and the Accept-Encoding values seen (so the report can say who asked for
// what). Requests without credentials get a 401 and an unknown page or page size a 400, so a
// walker that does not send what the real API needs fails instead of being measured.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
function option(name, fallback) {
  const at = args.indexOf(name);
  return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
}
const pagesDir = option('--pages');
const gzipMode = option('--gzip', 'when-asked');
if (!pagesDir || !['when-asked', 'never'].includes(gzipMode)) {
  console.error('usage: node pages-server.mjs --pages DIR [--gzip when-asked|never]');
  process.exit(2);
}

const manifest = JSON.parse(readFileSync(join(pagesDir, 'manifest.json'), 'utf8'));
const routesPath =
  `/client/v4/accounts/${manifest.account}/ai-gateway/gateways/${manifest.gateway}/routes`;
const pages = [];
for (let page = 1; page <= manifest.pages; page++) {
  const identity = readFileSync(join(pagesDir, `page-${page}.json`));
  pages[page] = { identity, gzip: gzipSync(identity) };
}

let stats;
function resetStats() {
  const previous = stats;
  stats = { requests: 0, bodyBytes: { identity: 0, gzip: 0 }, responses: { identity: 0, gzip: 0 }, acceptEncoding: {} };
  return previous;
}
resetStats();

function send(res, status, headers, body) {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': body.length, ...headers });
  res.end(body);
}

function error(res, status, message) {
  send(res, status, {}, Buffer.from(JSON.stringify({ success: false, errors: [{ code: 10000 + status, message }] })));
}

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (url.pathname === '/__stats') {
    send(res, 200, {}, Buffer.from(JSON.stringify(resetStats())));
    return;
  }
  if (url.pathname !== routesPath) {
    error(res, 404, `no such path: ${url.pathname}`);
    return;
  }
  stats.requests++;
  const accepted = req.headers['accept-encoding'] ?? '(none)';
  stats.acceptEncoding[accepted] = (stats.acceptEncoding[accepted] ?? 0) + 1;
  if (!req.headers['authorization'] && !req.headers['x-auth-key']) {
    error(res, 401, 'Authentication error');
    return;
  }
  const page = Number(url.searchParams.get('page'));
  const perPage = Number(url.searchParams.get('per_page'));
  if (perPage !== manifest.perPage || !Number.isInteger(page) || page < 1 || page > manifest.pages) {
    error(res, 400, `this server has pages 1..${manifest.pages} of per_page=${manifest.perPage}, asked ${url.search}`);
    return;
  }
  const gzip = gzipMode === 'when-asked' && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const encoding = gzip ? 'gzip' : 'identity';
  const body = pages[page][encoding];
  stats.responses[encoding]++;
  stats.bodyBytes[encoding] += body.length;
  send(res, 200, { 'cf-ray': '8e1f2a3b4c5d6e7f-LHR', ...(gzip ? { 'content-encoding': 'gzip' } : {}) }, body);
});
// keep connections open between walks (Node's default closes idle ones after 5 s)
server.keepAliveTimeout = 120_000;
server.headersTimeout = 125_000;
server.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: server.address().port }));
});
