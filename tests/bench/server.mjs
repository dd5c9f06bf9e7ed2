// The benchmark's static server on loopback, with gzip like a production
// server, and the sizes it reports.
//
// - Content-Encoding follows Accept-Encoding: gzip (level 9, compressed once
//   per file and kept, so the server's own CPU time is not in the figures)
//   for every text, JavaScript, JSON and wasm response; images as they are.
//   Chromium does not advertise br over plain http, so brotli is never sent:
//   brotliSize() gives the size of `brotli -q 11` (window 24, the CLI's
//   default) of exactly the bytes a response carried.
// - Routes: generated pages (a map from path to text, typed by the path's
//   extension), then directories
//   by path prefix (the first that matches).
// - blocker(): a proxy every context is told to use for anything that is not
//   127.0.0.1. It answers 403 and records the attempt, so a page that tries to
//   reach the internet is both stopped and reported, without intercepting
//   (and slowing) the local requests.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg']);

export const gzipSize = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;
export const brotliSize = (bytes) => zlib.brotliCompressSync(bytes, {
  params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
    [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
  },
}).length;

/**
 * Serves `pages` ({ '/path': html }) and `dirs` ([[prefix, directory], ...])
 * on 127.0.0.1. Resolves to { url, close, bytes(pathname), sizes(pathname) }:
 * bytes() is the body a path is served with (null if none), sizes() its
 * { raw, gzip, brotli } (computed once).
 */
export function serveBench({ pages = {}, dirs = [] }) {
  const gzipped = new Map();
  const measured = new Map();

  function bytes(pathname) {
    if (pathname in pages) return { body: Buffer.from(pages[pathname]), ext: path.extname(pathname) || '.html' };
    for (const [prefix, dir] of dirs) {
      if (!pathname.startsWith(prefix)) continue;
      let file = path.join(dir, decodeURIComponent(pathname.slice(prefix.length)));
      if (file !== dir && !file.startsWith(dir + path.sep)) return null;
      if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      if (!fs.existsSync(file)) return null;
      return { body: fs.readFileSync(file), ext: path.extname(file), file };
    }
    return null;
  }

  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://x');
    const found = bytes(pathname);
    if (!found) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    const headers = { 'content-type': TYPES[found.ext] || 'application/octet-stream' };
    let body = found.body;
    if (COMPRESSIBLE.has(found.ext)) {
      headers.vary = 'Accept-Encoding';
      if (/\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        if (!gzipped.has(pathname)) gzipped.set(pathname, zlib.gzipSync(body, { level: 9 }));
        body = gzipped.get(pathname);
        headers['content-encoding'] = 'gzip';
      }
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers).end(body);
  });

  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({
      url: `http://127.0.0.1:${server.address().port}`,
      bytes: (pathname) => bytes(pathname)?.body ?? null,
      /** { raw, gzip, brotli } of what `pathname` is served with. */
      sizes(pathname) {
        if (!measured.has(pathname)) {
          const body = bytes(pathname)?.body;
          measured.set(pathname, body ? { raw: body.length, gzip: gzipSize(body), brotli: brotliSize(body) } : null);
        }
        return measured.get(pathname);
      },
      close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
    }));
  });
}

/** A proxy that refuses everything and records what was asked
 * ({ proxy, attempts, close }; pass `proxy` to browser.newContext). */
export function blocker() {
  const attempts = [];
  const server = http.createServer((req, res) => {
    attempts.push(req.url);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    attempts.push(`https://${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({
      proxy: { server: `http://127.0.0.1:${server.address().port}`, bypass: '127.0.0.1' },
      attempts,
      close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
    }));
  });
}
