// WebKit (Safari's engine) for the tests in this folder: Debian's
// WebKitGTK MiniBrowser through WebKitWebDriver, driven by
// selenium-webdriver. Run under a display (make test-webkit uses xvfb-run).
// Over this driver there are no console or network events: errors are
// collected by a script the test server puts first in each page, requests
// by the server's own log and performance.getEntriesByType('resource').
// One session at a time; elements go stale when the widget re-renders, so
// every helper looks its element up again.
import { spawn } from 'node:child_process';
import net from 'node:net';
import { Builder, Key } from 'selenium-webdriver';
import { serve as serveFiles, LIVE } from '../e2e/harness.mjs';

export const WEBDRIVER = process.env.WEBKIT_WEBDRIVER || '/usr/bin/WebKitWebDriver';

/** Runs first in every served page: window.__oihErrors collects uncaught
 * errors, failed loads, unhandled rejections and console.error calls. */
const ERRORS = `<script>(() => {
  const errors = window.__oihErrors = [];
  addEventListener('error', (e) => errors.push(e.message || \`failed to load \${e.target?.src || e.target?.href}\`), true);
  addEventListener('unhandledrejection', (e) => errors.push(\`unhandled rejection: \${e.reason}\`));
  const log = console.error;
  console.error = (...args) => { errors.push(args.join(' ')); log.apply(console, args); };
})();</script>`;

/** The e2e suite's file server, with the error script in every page. */
export const serve = (dir, options = {}) => serveFiles(dir, { ...options, inject: ERRORS });

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
    s.on('error', reject);
  });
}

/** Starts WebKitWebDriver and one MiniBrowser session. Resolves to the
 * selenium driver; `driver.stop()` ends both. */
export async function launch() {
  if (!process.env.DISPLAY) throw new Error('WebKitGTK needs a display: run under xvfb-run (make test-webkit)');
  const port = await freePort();
  const service = spawn(WEBDRIVER, [`--port=${port}`, '--host=127.0.0.1'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise((resolve) => service.on('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  // Ready when its /status answers (it starts in well under a second).
  for (let i = 0; ; i++) {
    try { if ((await fetch(`${url}/status`)).ok) break; } catch { /* not listening yet */ }
    if (i === 100 || service.exitCode !== null) { service.kill(); throw new Error(`${WEBDRIVER} did not start`); }
    await new Promise((r) => setTimeout(r, 100));
  }
  const driver = await new Builder().usingServer(url).withCapabilities({
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { args: ['--automation', '--full-screen'] },
  }).build();
  driver.stop = async () => {
    try { await driver.quit(); } finally { service.kill(); await exited; }
  };
  return driver;
}

/** Runs `fn` (self-contained: it is serialized) in the page with the
 * widget's shadow root as its first argument, then `args`. */
export function inWidget(driver, fn, ...args) {
  return driver.executeScript(`return (${fn}).apply(null, [document.querySelector('oih-checklist').shadowRoot, ...arguments])`, ...args);
}

/** Opens `url` and waits until the widget has rendered. */
export async function open(driver, url) {
  // The page before is marked, so that the wait below cannot be met by it:
  // under load, WebKit's driver has answered a get before the new document
  // replaced the old one, and a test then read the old page (CI, stop 30).
  await driver.executeScript('window.__oihLeft = true').catch(() => {});
  await driver.get(url);
  await driver.wait(() => driver.executeScript(
    "return !window.__oihLeft && !!document.querySelector('oih-checklist')?.shadowRoot?.querySelector(arguments[0])", LIVE), 10000,
  `the widget did not render at ${url}`);
}

/** What the page's error script collected. */
export const errors = (driver) => driver.executeScript('return window.__oihErrors');

/** The element at `css` in the widget, looked up now. */
export async function find(driver, css) {
  const el = await inWidget(driver, (root, sel) => root.querySelector(sel), css);
  if (!el) throw new Error(`nothing in the widget matches ${css}`);
  return el;
}

/** Clicks the element at `css` in the widget, as the user would (a
 * WebDriver click: pointer events at its centre). */
export async function click(driver, css) {
  await (await find(driver, css)).click();
}

/** Clicks the widget's button whose text is `name`. */
export async function clickButton(driver, name) {
  const button = () => inWidget(driver, (root, label) => [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === label) ?? null, name);
  // A button that a click before it brings (Undo after Clear) comes with the
  // next render: wait for it, up to 5 s.
  const el = await driver.wait(button, 5000).catch(() => null);
  if (!el) throw new Error(`no button "${name}" in the widget`);
  await el.click();
}

/** Types `text` into the field at `css`, clearing it first as a person
 * would (select all, Backspace), so the widget hears every change: WebDriver's
 * own clear() fires no input event in WebKit, and the next render puts the
 * old value back. */
export async function type(driver, css, text) {
  const el = await find(driver, css);
  await driver.executeScript('arguments[0].select()', el);
  await el.sendKeys(Key.BACK_SPACE, text);
}

/** Answers a question by clicking its answer. */
export const answer = (driver, question, value) => click(driver, `input[name="oih-${question}"][value="${value}"]`);

/** Whether anything in the widget matches `css`. */
export const exists = (driver, css) => inWidget(driver, (root, sel) => !!root.querySelector(sel), css);

/** Adds a medicine ({drug, amount, per_dose, times_per_day, purpose}, as in
 * the JSON contract) through the editor: the button, the list, what
 * methadone or buprenorphine is taken for (the contract's default, pain,
 * when none is given), the amount, how many at a time, the doses. A drug
 * without an MME factor has no amount or doses fields (the core ignores
 * both for it). */
export async function addMedicine(driver, { drug, amount, per_dose: perDose, times_per_day: times, purpose }) {
  await click(driver, '#oih-add-medicine');
  const row = 'li.oih-medicine:last-of-type';
  await click(driver, `${row} select[id^="oih-drug-"] option[value="${drug}"]`);
  if (drug === 'methadone' || drug === 'buprenorphine') {
    await click(driver, `${row} input[id$="-${purpose === 'opioid_use_disorder' ? 1 : 0}"][name^="oih-purpose-"]`);
  }
  const field = `${row} input[id^="oih-amount-"]`;
  if (amount !== undefined && await exists(driver, field)) await type(driver, field, String(amount));
  const count = `${row} select[id^="oih-per-dose-"] option[value="${perDose}"]`;
  if (perDose !== undefined && await exists(driver, count)) await click(driver, count);
  const doses = `${row} select[id^="oih-times-"] option[value="${times}"]`;
  if (times !== undefined && await exists(driver, doses)) await click(driver, doses);
}

/** The text of the element at `css` in the widget (null when there is none). */
export const text = (driver, css) => inWidget(driver, (root, sel) => root.querySelector(sel)?.innerText.trim() ?? null, css);

/** The result panel's data-level, data-action and data-pattern. */
export const result = (driver) => inWidget(driver, (root) => {
  const section = root.querySelector('section.oih-result');
  if (!section) throw new Error('the widget shows no result panel');
  return { level: section.dataset.level, action: section.dataset.action, pattern: section.dataset.pattern };
});

const KEYS = { Tab: Key.TAB, Space: ' ', Enter: Key.ENTER, Backspace: Key.BACK_SPACE, ArrowRight: Key.ARROW_RIGHT, ArrowLeft: Key.ARROW_LEFT,
  ArrowUp: Key.ARROW_UP, ArrowDown: Key.ARROW_DOWN };
const MODIFIERS = { Shift: Key.SHIFT, Control: Key.CONTROL };

/** Presses a key named as Playwright names it ('Tab', 'Shift+Tab', 'a',
 * 'Control+A') with WebDriver's key actions. */
export async function pressKey(driver, name) {
  const parts = name.split('+');
  const key = parts.pop();
  const mods = parts.map((m) => MODIFIERS[m]);
  let actions = driver.actions();
  for (const m of mods) actions = actions.keyDown(m);
  const k = KEYS[key] ?? (key.length === 1 ? (mods.includes(Key.SHIFT) ? key.toUpperCase() : key.toLowerCase()) : null);
  if (k === null) throw new Error(`no WebDriver key for ${name}`);
  actions = actions.keyDown(k).keyUp(k);
  for (const m of mods.reverse()) actions = actions.keyUp(m);
  await actions.perform();
}
