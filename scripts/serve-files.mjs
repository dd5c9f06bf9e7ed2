// A static file server on loopback, for the build's prerender step
// (scripts/prerender.mjs) and the browser tests (tests/e2e/harness.mjs).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** Serves `dir` on 127.0.0.1 (a free port); `headers` are added to every
 * response; `inject` (HTML) goes right after each HTML page's <head>;
 * `hold(path)` may return a promise that the response waits for (it
 * resolves to false to fail the request with a 503).
 * Resolves to { url, close, requests } where requests lists every path
 * asked for. */
export function serve(dir, { headers = {}, port = 0, inject = '', hold = () => true } = {}) {
  const requests = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    requests.push(url.pathname);
    if (!(await hold(url.pathname))) { res.writeHead(503, headers).end('held'); return; }
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404, headers).end('not found'); return; }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store', ...headers });
      res.end(inject && file.endsWith('.html') ? String(body).replace('<head>', `<head>${inject}`) : body);
    });
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
