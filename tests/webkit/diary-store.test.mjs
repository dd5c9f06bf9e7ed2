// The pain diary's store (www/diary-store.js) in WebKit, as
// tests/e2e/diary-store.test.mjs checks it in Chromium and Firefox: nothing
// stored before openDiary(), entries in and out by date, two tabs (two
// WebDriver windows of one session) that never lose an entry and hear each
// other, a sandboxed iframe refused in plain terms, erasing with another tab
// open, a private window, and no request but the pages and the module (by
// the server's own log and the pages' resource timing). Each test has a
// server of its own: a fresh origin, so nothing is left from another test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../e2e/harness.mjs';
import { spawn } from 'node:child_process';
import { Builder } from 'selenium-webdriver';
import { serve, launch, errors, WEBDRIVER } from './webkit.mjs';

const DB = 'oih-checklist-diary';

/** The same pages as the Chromium and Firefox test (see there). */
const PAGES = {
  'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>diary store</title></head><body>
<script type="module">
import * as store from './diary-store.js';
window.store = store;
window.heard = [];
store.onChange((event) => window.heard.push(event));
window.ready = true;
</script></body></html>`,
  'sandboxed.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>sandboxed</title></head><body>
<script>
window.got = null;
addEventListener('message', (event) => { window.got = event.data; });
</script>
<iframe sandbox="allow-scripts" src="frame.html" title="diary"></iframe></body></html>`,
  'frame.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>frame</title></head><body>
<script type="module">
const report = { origin: self.origin, errors: [] };
addEventListener('error', (e) => report.errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => report.errors.push(String(e.reason)));
try {
  const store = await import('./diary-store.js');
  report.open = await store.openDiary();
  report.put = await store.putEntry('2025-01-01', '{}');
  report.all = await store.allEntries();
  report.erase = await store.eraseDiary();
} catch (e) {
  report.threw = String(e);
}
// What the engine itself does here, for the record.
try {
  const request = indexedDB.open('probe');
  report.raw = await new Promise((resolve) => {
    request.onsuccess = () => { request.result.close(); resolve('opened'); };
    request.onerror = () => resolve('error event: ' + request.error?.name + ': ' + request.error?.message);
  });
} catch (e) {
  report.raw = 'threw: ' + e.name + ': ' + e.message;
}
parent.postMessage(report, '*');
</script></body></html>`,
};

let dir, driver;
before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oih-diary-store-'));
  for (const [name, text] of Object.entries(PAGES)) fs.writeFileSync(path.join(dir, name), text);
  fs.copyFileSync(path.join(ROOT, 'www/diary-store.js'), path.join(dir, 'diary-store.js'));
  driver = await launch();
});
after(async () => { await driver?.stop(); fs.rmSync(dir, { recursive: true, force: true }); });

/** A server of its own (a fresh origin); the sandboxed frame's module
 * import is a CORS request. */
const fresh = () => serve(dir, { headers: { 'access-control-allow-origin': '*' } });

/** Only the page(s) and the module were asked of the server, and each page
 * loaded nothing else (any origin). */
async function onlyOwnFiles(server, allowed = ['/index.html', '/diary-store.js']) {
  assert.ok(server.requests.length > 0);
  for (const p of server.requests) assert.ok(allowed.includes(p), `only the page and the module: ${p}`);
  const loaded = await driver.executeScript("return performance.getEntriesByType('resource').map((e) => e.name)");
  for (const url of loaded) {
    assert.equal(new URL(url).origin, server.url, url);
    assert.ok(allowed.includes(new URL(url).pathname), url);
  }
}

/** Opens `url` in the current window and waits for the module. */
async function load(url) {
  await driver.get(url);
  await driver.wait(() => driver.executeScript('return window.ready === true'), 10000, `the module did not load at ${url}`);
}

/** A second window (tab) at `url`; resolves to its handle, and leaves it current. */
async function newTab(url) {
  await driver.switchTo().newWindow('tab');
  await load(url);
  return driver.getWindowHandle();
}

/** Closes every window but `keep`. */
async function closeOthers(keep) {
  for (const handle of await driver.getAllWindowHandles()) {
    if (handle === keep) continue;
    await driver.switchTo().window(handle);
    await driver.close();
  }
  await driver.switchTo().window(keep);
}

const on = (handle) => driver.switchTo().window(handle);
/** store[name](...args) in the current window. */
const call = (name, ...args) => driver.executeScript('return window.store[arguments[0]](...arguments[1])', name, args);
const stored = () => driver.executeScript(`return (async () => ({
  idb: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : null,
  local: Object.keys(localStorage),
  cookie: document.cookie,
}))()`);
const heard = () => driver.executeScript('return window.heard');
const waitHeard = (test, what) => driver.wait(async () => test(await heard()), 5000, `not heard: ${what}`);
const day = (i) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);

test('WebKit: nothing is stored before openDiary(), and the other calls open nothing', async () => {
  const server = await fresh();
  try {
    await load(`${server.url}/index.html`);
    const first = await stored();
    assert.deepEqual(first, { idb: [], local: [], cookie: '' }, 'the module imported, nothing stored');
    for (const [name, args] of [['allEntries', []], ['putEntry', ['2025-01-01', '{}']], ['deleteEntry', ['2025-01-01']]]) {
      const result = await call(name, ...args);
      assert.equal(result.refused, 'closed', `${name} before openDiary: ${JSON.stringify(result)}`);
    }
    assert.deepEqual(await stored(), first, 'still nothing stored');
    assert.deepEqual(await call('openDiary'), { ok: true });
    assert.deepEqual(await stored(), { idb: [DB], local: [], cookie: '' });
    assert.deepEqual(await driver.manage().getCookies(), []);
    assert.deepEqual(await errors(driver), []);
    await onlyOwnFiles(server);
  } finally { await server.close(); }
});

test('WebKit: entries go in, come back sorted by date, are replaced by day and deleted, and are there after a reload', async () => {
  const server = await fresh();
  try {
    await load(`${server.url}/index.html`);
    assert.deepEqual(await call('openDiary'), { ok: true });
    for (const date of ['2025-03-01', '2024-12-31', '2025-01-15']) assert.deepEqual(await call('putEntry', date, `text ${date}`), { ok: true });
    assert.deepEqual(await call('allEntries'), { ok: true, entries: ['text 2024-12-31', 'text 2025-01-15', 'text 2025-03-01'] });
    assert.deepEqual(await call('putEntry', '2025-01-15', 'edited'), { ok: true });
    assert.deepEqual(await call('deleteEntry', '2024-12-31'), { ok: true });
    await load(`${server.url}/index.html`);
    assert.deepEqual(await call('openDiary'), { ok: true });
    assert.deepEqual(await call('allEntries'), { ok: true, entries: ['edited', 'text 2025-03-01'] });
    assert.equal((await call('putEntry', '2025-1-1', 'x')).refused, 'unknown');
    const persisted = await call('persist');
    assert.equal(typeof persisted.persisted, 'boolean');
    assert.deepEqual(await errors(driver), []);
    await onlyOwnFiles(server);
  } finally { await server.close(); }
});

test('WebKit: two tabs writing different days at once keep every entry and hear each other; the same day: the last write wins and the other is told', async () => {
  const server = await fresh();
  const a = await driver.getWindowHandle();
  try {
    await load(`${server.url}/index.html`);
    assert.deepEqual(await call('openDiary'), { ok: true });
    const b = await newTab(`${server.url}/index.html`);
    assert.deepEqual(await call('openDiary'), { ok: true });
    const even = Array.from({ length: 20 }, (_, i) => day(2 * i));
    const odd = Array.from({ length: 20 }, (_, i) => day(2 * i + 1));
    // Both start writing before either is awaited.
    const start = (days) => driver.executeScript('window.pending = Promise.all(arguments[0].map((d) => window.store.putEntry(d, "secret " + d)))', days);
    await on(a); await start(even);
    await on(b); await start(odd);
    for (const handle of [a, b]) {
      await on(handle);
      assert.ok((await driver.executeScript('return window.pending')).every((r) => r.ok));
    }
    const every = [...even, ...odd].sort();
    for (const handle of [a, b]) {
      await on(handle);
      assert.deepEqual((await call('allEntries')).entries, every.map((d) => `secret ${d}`));
    }
    await on(a);
    await waitHeard((h) => h.length >= odd.length, 'B\'s days');
    assert.deepEqual((await heard()).map((e) => e.changed).sort(), odd);
    assert.ok(!JSON.stringify(await heard()).includes('secret'));
    await on(b);
    await waitHeard((h) => h.length >= even.length, 'A\'s days');
    assert.deepEqual((await heard()).map((e) => e.changed).sort(), even);

    // The same day: A, then B; B's text stays and A is told.
    await driver.executeScript('window.heard.length = 0');
    await on(a);
    await driver.executeScript('window.heard.length = 0');
    assert.deepEqual(await call('putEntry', '2025-05-05', 'from A'), { ok: true });
    await on(b);
    await waitHeard((h) => h.some((e) => e.changed === '2025-05-05'), 'A\'s write');
    assert.deepEqual(await call('putEntry', '2025-05-05', 'from B'), { ok: true });
    await on(a);
    await waitHeard((h) => h.some((e) => e.changed === '2025-05-05'), 'B\'s write');
    assert.deepEqual(await heard(), [{ changed: '2025-05-05' }]);
    assert.ok((await call('allEntries')).entries.includes('from B'));
    assert.ok(!(await call('allEntries')).entries.includes('from A'));
    assert.deepEqual(await errors(driver), []);
    await onlyOwnFiles(server);
  } finally { await closeOthers(a); await server.close(); }
});

test('WebKit: in an iframe sandboxed without allow-same-origin, openDiary() resolves to { refused: \'sandboxed\' } without throwing', async () => {
  const server = await fresh();
  try {
    await driver.get(`${server.url}/sandboxed.html`);
    await driver.wait(() => driver.executeScript('return !!window.got'), 10000, 'the frame did not report');
    const got = await driver.executeScript('return window.got');
    console.log(`# WebKit in the sandboxed frame: IndexedDB itself: ${got.raw}; openDiary: ${JSON.stringify(got.open)}`);
    assert.equal(got.origin, 'null');
    assert.equal(got.threw, undefined);
    assert.equal(got.open.refused, 'sandboxed', JSON.stringify(got.open));
    assert.equal(got.put.refused, 'closed');
    assert.equal(got.all.refused, 'closed');
    assert.equal(got.erase.refused, 'sandboxed', JSON.stringify(got.erase));
    assert.deepEqual(got.errors, []);
    assert.deepEqual(await errors(driver), []);
    assert.deepEqual(await driver.executeScript('return (async () => (await indexedDB.databases()).map((d) => d.name))()'), []);
    await onlyOwnFiles(server, ['/sandboxed.html', '/frame.html', '/diary-store.js']);
  } finally { await server.close(); }
});

test('WebKit: erasing removes everything while another tab has the diary open; that tab is told and writes nothing after; a tab that never lets go makes it \'blocked\'', async () => {
  const server = await fresh();
  const a = await driver.getWindowHandle();
  try {
    await load(`${server.url}/index.html`);
    assert.deepEqual(await call('openDiary'), { ok: true });
    assert.deepEqual(await call('putEntry', '2025-02-02', 'A'), { ok: true });
    const b = await newTab(`${server.url}/index.html`);
    assert.deepEqual(await call('openDiary'), { ok: true });
    assert.deepEqual(await call('putEntry', '2025-02-03', 'B'), { ok: true });
    await on(a);
    assert.deepEqual(await call('eraseDiary'), { ok: true });
    assert.deepEqual((await stored()).idb, []);
    await on(b);
    await waitHeard((h) => h.some((e) => e.erased), 'erased');
    assert.ok((await heard()).some((e) => e.closed), 'B let go on versionchange');
    assert.equal((await call('putEntry', '2025-02-04', 'late')).refused, 'closed');
    assert.deepEqual((await stored()).idb, [], 'not brought back');

    // B now holds a connection of its own that ignores versionchange.
    await on(a);
    assert.deepEqual(await call('openDiary'), { ok: true });
    assert.deepEqual(await call('putEntry', '2025-02-02', 'A'), { ok: true });
    await on(b);
    await driver.executeScript(`return new Promise((resolve) => {
      const request = indexedDB.open(arguments[0], 1);
      request.onsuccess = () => { window.held = request.result; resolve(); };
    })`, DB);
    await on(a);
    await driver.executeScript('window.heard.length = 0');
    const blocked = await call('eraseDiary');
    assert.equal(blocked.refused, 'blocked', JSON.stringify(blocked));
    await on(b);
    await driver.executeScript('window.held.close()');
    await on(a);
    await waitHeard((h) => h.some((e) => e.erased), 'erased once B let go');
    assert.deepEqual((await stored()).idb, []);
    assert.deepEqual(await errors(driver), []);
    await onlyOwnFiles(server);
  } finally { await closeOthers(a); await server.close(); }
});

test('WebKit: a private window (MiniBrowser --private)', async (t) => {
  // webkit.mjs's launch() takes no browser flags: this session is started
  // here, with MiniBrowser's own --private.
  const server = await fresh();
  const port = 4400 + Math.floor(Math.random() * 1000);
  const service = spawn(WEBDRIVER, [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore' });
  let priv;
  try {
    for (let i = 0; ; i++) {
      try { if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break; } catch { /* not yet */ }
      if (i === 100) throw new Error('WebKitWebDriver did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    priv = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
      browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { args: ['--automation', '--private'] },
    }).build();
    await priv.get(`${server.url}/index.html`);
    await priv.wait(() => priv.executeScript('return window.ready === true'), 10000);
    const opened = await priv.executeScript('return window.store.openDiary()');
    t.diagnostic(`WebKit private window: openDiary ${JSON.stringify(opened)}`);
    // WebKit keeps IndexedDB in memory in a private window: the diary works
    // for the visit.
    assert.deepEqual(opened, { ok: true });
    assert.deepEqual(await priv.executeScript("return window.store.putEntry('2025-01-01', 'x')"), { ok: true });
    assert.deepEqual(await priv.executeScript('return window.store.allEntries()'), { ok: true, entries: ['x'] });
  } finally {
    await priv?.quit();
    service.kill();
    await server.close();
  }
});
