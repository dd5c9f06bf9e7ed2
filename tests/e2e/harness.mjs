// Shared pieces of the end-to-end tests: a static file server on loopback
// (scripts/serve-files.mjs, which the build's prerender step uses too), and
// headless Chromium (Debian's) driven by playwright-core.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chromium, firefox } from 'playwright-core';

import { serve } from '../../scripts/serve-files.mjs';

export { serve };

/** The live widget, not the prerendered first screen (`data-early`, see
 * www/early.js) that shows before the wasm runs: what a test waits for. */
export const LIVE = '.oih-host:not([data-early]) > .oih';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');

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

/** A known bug of the widget in `engine` (listed in tests/e2e/README.md):
 * the test still runs there, and is reported as TODO instead of failing.
 * Use as `test(name, { todo: knownBug('firefox', 'what') }, ...)`. */
export function knownBug(engine, what) {
  return ENGINE === engine ? `known bug in ${engine}: ${what}` : false;
}

/** The browser, with `prefs` (Firefox preferences) on top of the suite's own.
 * A Firefox browser saves downloads to its own folder, `browser.downloads`. */
export async function launch(prefs = {}, { chromiumArgs = [] } = {}) {
  if (ENGINE === 'firefox') {
    const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'oih-downloads-'));
    const browser = await firefox.launch({
      channel: 'moz-firefox',
      executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
      headless: true,
      downloadsPath: downloads,
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
        // Playwright's clicks over WebDriver BiDi never reach a frame in
        // another process (a cross-origin iframe under Fission): keep frames
        // in the page's process. Origins stay apart as before.
        'fission.autostart': false,
        // window.print() opens no dialog (which would block the page): it
        // prints to a PDF file in the downloads folder's parent.
        'print.always_print_silent': true,
        'print.show_print_progress': false,
        'print_printer': 'Mozilla Save to PDF',
        'print.printer_Mozilla_Save_to_PDF.print_to_file': true,
        'print.printer_Mozilla_Save_to_PDF.print_to_filename': `${downloads}.print.pdf`,
        // A test may read the clipboard (navigator.clipboard.readText).
        'dom.events.testing.asyncClipboard': true,
        ...prefs,
      },
    });
    browser.downloads = downloads;
    browser.on('disconnected', () => {
      fs.rmSync(downloads, { recursive: true, force: true });
      fs.rmSync(`${downloads}.print.pdf`, { force: true });
    });
    return browser;
  }
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', ...chromiumArgs],
  });
}

/** browser.newContext(options). Firefox ignores the options `reducedMotion`,
 * `colorScheme` and `javaScriptEnabled: false`, so there a context with any
 * of them comes from a browser of its own with the matching prefs, closed
 * with the context. */
export async function newContext(browser, options = {}) {
  const { reducedMotion, colorScheme, javaScriptEnabled, ...rest } = options;
  if (ENGINE !== 'firefox' || (reducedMotion === undefined && colorScheme === undefined && javaScriptEnabled !== false)) return browser.newContext(options);
  const own = await launch({
    ...(reducedMotion === undefined ? {} : { 'ui.prefersReducedMotion': reducedMotion === 'reduce' ? 1 : 0 }),
    // 0 dark, 1 light.
    ...(colorScheme === undefined ? {} : { 'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1 }),
    ...(javaScriptEnabled === false ? { 'javascript.enabled': false } : {}),
  });
  const context = await own.newContext(rest);
  const close = context.close.bind(context);
  context.close = async () => { await close(); await own.close(); };
  return context;
}

/** Lets the pages of `context` write and read the clipboard. Firefox has
 * no such permissions to grant (Playwright's names are refused): there a
 * page may write on a click, and read by the pref set in launch(). */
export async function grantClipboard(context) {
  if (ENGINE !== 'firefox') await context.grantPermissions(['clipboard-read', 'clipboard-write']);
}

/** page.pdf of an A4 or Letter page. Playwright 1.64 gives Firefox's
 * WebDriver BiDi print the paper size in inches where BiDi reads
 * centimetres (an A4 came out 8.3 cm wide), so there the centimetres go in
 * as "inches". */
export function pdf(page, file, format) {
  if (ENGINE !== 'firefox') return page.pdf({ path: file, format });
  const [width, height] = { A4: [21, 29.7], Letter: [21.59, 27.94] }[format];
  return page.pdf({ path: file, width: `${width}in`, height: `${height}in` });
}

/** Records the files `page` saves from now on: `count()` of them, and
 * `next(click)`, which runs `click` and resolves to the file it saves as
 * { name, text }. Firefox ESR's BiDi download event lacks the id Playwright
 * 1.64 looks for, so Playwright never reports it; there the files are read
 * from the browser's downloads folder (and removed, so that a file of the
 * same name keeps its name). */
export function downloads(page) {
  if (ENGINE !== 'firefox') {
    let seen = 0;
    page.on('download', () => { seen += 1; });
    return {
      count: () => seen,
      async next(click) {
        const [download] = await Promise.all([page.waitForEvent('download'), click()]);
        return { name: download.suggestedFilename(), text: fs.readFileSync(await download.path(), 'utf8') };
      },
    };
  }
  const dir = page.context().browser().downloads;
  const before = new Set(fs.readdirSync(dir));
  // Firefox saves an empty NAME at once, the data to NAME.part, then renames
  // NAME.part to NAME: a file is done when it has data and no .part.
  const fresh = () => {
    const files = fs.readdirSync(dir);
    return files.filter((f) => !before.has(f) && !f.endsWith('.part') && !files.includes(`${f}.part`) && fs.statSync(path.join(dir, f)).size > 0);
  };
  let read = 0;
  return {
    // Any file begun counts, finished or not.
    count: () => read + new Set(fs.readdirSync(dir).filter((f) => !before.has(f)).map((f) => f.replace(/\.part$/, ''))).size,
    async next(click) {
      await click();
      let name;
      for (let i = 0; !(name = fresh()[0]); i++) {
        if (i === 300) throw new Error(`no file was saved to ${dir}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      fs.rmSync(path.join(dir, name));
      read += 1;
      return { name, text };
    },
  };
}

/** A page whose console errors and uncaught exceptions are collected in
 * `page.errors`, at `url`. */
export async function newPage(browser, url, options = {}) {
  const context = await newContext(browser, options);
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
  await opened.page.locator(`oih-checklist ${LIVE}`).first().waitFor();
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

/** Adds a medicine row and fills it ({drug, amount, per_dose, times_per_day,
 * purpose}, as in the JSON contract); returns the row. Methadone and
 * buprenorphine ask what they are taken for: the contract's default (pain)
 * is chosen when the input gives none. */
export async function addMedicine(scope, { drug, amount, per_dose: perDose, times_per_day: times, purpose }) {
  await scope.getByRole('button', { name: 'Add a medicine' }).click();
  const row = scope.locator('li.oih-medicine').last();
  await row.locator('select[id^="oih-drug-"]').selectOption(drug);
  if (drug === 'methadone' || drug === 'buprenorphine') {
    await row.locator(`input[name^="oih-purpose-"]`).nth(purpose === 'opioid_use_disorder' ? 1 : 0).check();
  }
  if (amount !== undefined) await row.locator('input[id^="oih-amount-"]').fill(String(amount));
  if (perDose !== undefined) await row.locator('select[id^="oih-per-dose-"]').selectOption(String(perDose));
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

/** Clicks "Print a summary for your doctor", with window.print() recorded
 * instead of opening the dialog, then prints the page to `file` (PDF) with
 * print media, as the dialog would; returns its page count and text. */
export async function printSummary(page, w, file, format, button = 'Print a summary for your doctor') {
  // As a browser that may print: the dialog would open after `beforeprint`.
  await page.evaluate(() => {
    window.__prints = (window.__prints || 0);
    window.print = () => { window.__prints += 1; window.dispatchEvent(new Event('beforeprint')); };
  });
  await w.getByRole('button', { name: button }).click();
  // The summary is made by the contract wasm, loaded on the first click.
  await page.waitForFunction(() => window.__prints > 0);
  assert.equal(await page.evaluate(() => window.__prints), 1, 'the button asks the browser to print, once');
  await page.emulateMedia({ media: 'print' });
  await pdf(page, file, format);
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => { window.__prints = 0; });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())[1]);
  // NFKC: Firefox's PDF keeps ligatures ("ﬁ" for "fi").
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString().normalize('NFKC');
  if (process.env.OIH_KEEP_PDF) fs.copyFileSync(file, path.join(process.env.OIH_KEEP_PDF, path.basename(file)));
  return { pages, text, flat: text.replace(/\s+/g, ' ') };
}

/** The widget's files on one origin and host pages on another, for tests
 * of the embed: `page(name, html)` writes a host page and returns its URL.
 * Call `close()` when done. */
export async function crossOrigin() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oih-host-'));
  const widgetServer = await serve(DIST, { headers: { 'access-control-allow-origin': '*' } });
  const hostServer = await serve(dir);
  return {
    widgetServer,
    hostServer,
    page(name, html) {
      fs.writeFileSync(path.join(dir, `${name}.html`), html);
      return `${hostServer.url}/${name}.html`;
    },
    async close() {
      await widgetServer.close(); await hostServer.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
