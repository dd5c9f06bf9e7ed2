// LHC-Forms (npm lforms) in headless Chromium, served from node_modules by
// our own loopback server: nothing is fetched from anywhere else.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './fhir.mjs';

const LFORMS = path.join(ROOT, 'node_modules/lforms/dist/lforms');
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.png': 'image/png' };

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LHC-Forms round trip</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/lforms/webcomponent/styles.css">
</head><body><div id="form"></div>
<script src="/lforms/webcomponent/assets/lib/zone.min.js"></script>
<script src="/lforms/webcomponent/lhc-forms.js"></script>
<script src="/lforms/fhir/R4/lformsFHIR.min.js"></script>
</body></html>`;

/** Serves the page at / and lforms' built files under /lforms/ on
 * 127.0.0.1. Resolves to { url, requests, close }. */
export function serveLForms() {
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    requests.push(url.pathname);
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(PAGE);
      return;
    }
    const rel = decodeURIComponent(url.pathname).replace(/^\/lforms\//, '');
    const file = path.join(LFORMS, rel);
    if (!url.pathname.startsWith('/lforms/') || !file.startsWith(LFORMS + path.sep)) {
      res.writeHead(404).end();
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' }).end(body);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({
      url: `http://127.0.0.1:${server.address().port}/`,
      requests,
      close: () => new Promise((r) => server.close(r)),
    }));
  });
}
