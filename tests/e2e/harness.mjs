// Shared pieces of the end-to-end tests: a static file server on loopback,
// and headless Chromium (Debian's) driven by playwright-core.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, firefox } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** Serves `dir` on 127.0.0.1 (a free port); `headers` are added to every
 * response; `inject` (HTML) goes right after each HTML page's <head>.
 * Resolves to { url, close, requests } where requests lists every path
 * asked for. */
export function serve(dir, { headers = {}, port = 0, inject = '' } = {}) {
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    requests.push(url.pathname);
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

/** The paths in a server's `requests` that were asked for more than once
 * (each file of a load must be fetched once). */
export function fetchedTwice(requests) {
  return requests.filter((p, i) => requests.indexOf(p) !== i);
}

/** The engine the suite runs on: OIH_BROWSER=firefox for Debian's Firefox
 * ESR (over WebDriver BiDi), Chromium otherwise. */
export const ENGINE = process.env.OIH_BROWSER === 'firefox' ? 'firefox' : 'chromium';

/** Skips a check the current engine cannot make, with the reason (listed in
 * tests/e2e/README.md). Use as `test(name, { skip: onlyChromium('why') }, ...)`. */
export function onlyChromium(why) {
  return ENGINE === 'chromium' ? false : `not in ${ENGINE}: ${why}`;
}

export async function launch() {
  if (ENGINE === 'firefox') {
    return firefox.launch({
      channel: 'moz-firefox',
      executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
      headless: true,
      // Without it Firefox polls Mozilla's remote-settings servers.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      firefoxUserPrefs: {
        'app.update.enabled': false,
        'browser.shell.checkDefaultBrowser': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'extensions.getAddons.cache.enabled': false,
      },
    });
  }
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** A page whose console errors and uncaught exceptions are collected in
 * `page.errors`, at `url`. */
export async function newPage(browser, url, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  await page.goto(url);
  return { context, page };
}

/** The same, once the (first) widget has rendered. */
export async function openPage(browser, url, options = {}) {
  const opened = await newPage(browser, url, options);
  await opened.page.locator('oih-checklist .oih').first().waitFor();
  return opened;
}

/** The widget's root inside the (first) element's shadow root. Playwright's
 * CSS and role locators pierce open shadow roots. */
export function widget(page, index = 0) {
  return page.locator('oih-checklist').nth(index);
}

/** Answers one question by its id and answer value, by clicking its label. */
export async function answer(scope, question, value) {
  await scope.locator(`input[name="oih-${question}"][value="${value}"]`).check();
}

/** Adds a medicine row and fills it ({drug, amount, times_per_day}, as in
 * the JSON contract); returns the row. */
export async function addMedicine(scope, { drug, amount, times_per_day: times }) {
  await scope.getByRole('button', { name: 'Add a medicine' }).click();
  const row = scope.locator('li.oih-medicine').last();
  await row.locator('select[id^="oih-drug-"]').selectOption(drug);
  if (amount !== undefined) await row.locator('input[id^="oih-amount-"]').fill(String(amount));
  if (times !== undefined) await row.locator('select[id^="oih-times-"]').selectOption(String(times));
  return row;
}

/** Enters a contract input through the page: every answer, then every medicine. */
export async function fill(scope, input) {
  for (const [q, a] of Object.entries(input.answers)) await answer(scope, q, a);
  for (const m of input.medications || []) await addMedicine(scope, m);
}

export async function status(scope) {
  return (await scope.locator('.oih-status .oih-level').innerText()).trim();
}
