// The pain diary's store (www/diary-store.js) in Chromium and Firefox, on
// small pages written here beside a copy of the module: nothing is stored
// before openDiary(); entries go in and out by date; two tabs never lose an
// entry and hear each other; a sandboxed iframe is refused in plain terms;
// erasing removes everything even with another tab open; a full quota is
// named; nothing is requested but the pages and the module.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, ENGINE, ROOT } from './harness.mjs';

const DB = 'oih-checklist-diary';

/** The test pages: index.html imports the module as window.store and keeps
 * what onChange hears in window.heard; sandboxed.html holds frame.html in
 * an iframe sandboxed without allow-same-origin, which posts what it got. */
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

let dir, server, browser;
before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oih-diary-store-'));
  for (const [name, text] of Object.entries(PAGES)) fs.writeFileSync(path.join(dir, name), text);
  fs.copyFileSync(path.join(ROOT, 'www/diary-store.js'), path.join(dir, 'diary-store.js'));
  // The sandboxed frame's origin is opaque: its module import is a CORS request.
  server = await serve(dir, { headers: { 'access-control-allow-origin': '*' } });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); fs.rmSync(dir, { recursive: true, force: true }); });

/** Requests of every page of a context: only these paths, of the server's
 * own origin, by GET. */
function recordRequests(context) {
  const requests = [];
  context.on('request', (r) => requests.push({ url: r.url(), method: r.method() }));
  return requests;
}
function onlyOwnFiles(requests, allowed = ['/index.html', '/diary-store.js']) {
  assert.ok(requests.length > 0);
  for (const r of requests) {
    const url = new URL(r.url);
    assert.equal(url.origin, server.url, `only the test server: ${r.url}`);
    assert.equal(r.method, 'GET', r.url);
    assert.ok(allowed.includes(url.pathname), `only the page and the module: ${r.url}`);
  }
}

/** A tab on the test page, with its errors collected. */
async function tab(context, file = '/index.html') {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  await page.goto(server.url + file);
  if (file === '/index.html') await page.waitForFunction(() => window.ready);
  return page;
}

/** Calls store[name](...args) in `page`. */
const call = (page, name, ...args) => page.evaluate(([n, a]) => window.store[n](...a), [name, args]);

/** What the page's origin has stored: IndexedDB database names (where the
 * engine lists them), localStorage keys, cookies. */
const stored = (page) => page.evaluate(async () => ({
  idb: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : null,
  local: Object.keys(localStorage),
  cookie: document.cookie,
}));

/** The diary database as the browser holds it, read raw (then closed). */
const raw = (page) => page.evaluate((name) => new Promise((resolve, reject) => {
  const request = indexedDB.open(name);
  request.onerror = () => reject(request.error);
  request.onsuccess = () => {
    const db = request.result;
    const tx = db.transaction('entries', 'readonly');
    const store = tx.objectStore('entries');
    const all = store.getAll();
    tx.oncomplete = () => {
      resolve({ version: db.version, stores: [...db.objectStoreNames], keyPath: store.keyPath, values: all.result });
      db.close();
    };
  };
}), DB);

const day = (i) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);

test(`${ENGINE}: nothing is stored before openDiary(), and the other calls open nothing`, { timeout: 60000 }, async () => {
  const context = await browser.newContext();
  const requests = recordRequests(context);
  const page = await tab(context);
  const empty = { idb: [], local: [], cookie: '' };
  assert.deepEqual(await stored(page), empty, 'the module imported, nothing stored');
  for (const [name, args] of [['allEntries', []], ['putEntry', ['2025-01-01', '{}']], ['deleteEntry', ['2025-01-01']]]) {
    const result = await call(page, name, ...args);
    assert.equal(result.refused, 'closed', `${name} before openDiary: ${JSON.stringify(result)}`);
    assert.equal(typeof result.message, 'string');
  }
  assert.deepEqual(await stored(page), empty, 'still nothing stored');
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(await call(page, 'openDiary'), { ok: true });
  const after = await stored(page);
  if (after.idb) assert.deepEqual(after.idb, [DB], 'the one database, once opened');
  assert.deepEqual([after.local, after.cookie], [[], '']);
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(page.errors, []);
  onlyOwnFiles(requests);
  await context.close();
});

test(`${ENGINE}: writeEntries puts and deletes several days in one transaction, all or nothing`, { timeout: 60000 }, async () => {
  const context = await browser.newContext();
  const page = await tab(context);
  assert.deepEqual(await call(page, 'openDiary'), { ok: true });
  assert.deepEqual(await call(page, 'putEntry', '2025-01-01', 'old'), { ok: true });
  const year = Array.from({ length: 366 }, (_, i) => ({ date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10), text: `day ${i}` }));
  assert.deepEqual(await call(page, 'writeEntries', [...year, { date: '2025-01-01', text: null }]), { ok: true });
  const texts = (await call(page, 'allEntries')).entries;
  assert.equal(texts.length, 366, 'the year in, the old day out');
  assert.deepEqual([texts[0], texts[365]], ['day 0', 'day 365']);
  // One bad day refuses the whole batch: nothing of it is written.
  const refused = await call(page, 'writeEntries', [{ date: '2026-01-01', text: 'new' }, { date: '2026-1-2', text: 'bad' }]);
  assert.equal(refused.refused, 'unknown');
  assert.match(refused.message, /2026-1-2/);
  assert.equal((await call(page, 'allEntries')).entries.length, 366);
  assert.equal((await call(page, 'writeEntries', [])).refused, 'unknown', 'nothing to write is a mistake');
  await context.close();
});

test(`${ENGINE}: entries go in, come back sorted by date, are replaced by day and deleted; the store holds { date, text }`, { timeout: 60000 }, async () => {
  const context = await browser.newContext();
  const requests = recordRequests(context);
  const page = await tab(context);
  assert.deepEqual(await call(page, 'openDiary'), { ok: true });
  assert.deepEqual(await call(page, 'allEntries'), { ok: true, entries: [] });
  for (const date of ['2025-03-01', '2024-12-31', '2025-01-15']) {
    assert.deepEqual(await call(page, 'putEntry', date, JSON.stringify({ date, peg: [1, 2, 3] })), { ok: true });
  }
  const texts = (await call(page, 'allEntries')).entries;
  assert.deepEqual(texts.map((t) => JSON.parse(t).date), ['2024-12-31', '2025-01-15', '2025-03-01']);
  assert.deepEqual(await call(page, 'putEntry', '2025-01-15', 'edited'), { ok: true });
  assert.deepEqual(await call(page, 'deleteEntry', '2024-12-31'), { ok: true });
  assert.deepEqual(await call(page, 'deleteEntry', '1999-01-01'), { ok: true }, 'a day without an entry');
  assert.deepEqual((await call(page, 'allEntries')).entries, ['edited', JSON.stringify({ date: '2025-03-01', peg: [1, 2, 3] })]);
  const held = await raw(page);
  assert.deepEqual({ ...held, values: held.values.map((v) => Object.keys(v).sort()) },
    { version: 1, stores: ['entries'], keyPath: 'date', values: [['date', 'text'], ['date', 'text']] });
  assert.deepEqual(held.values.map((v) => v.date), ['2025-01-15', '2025-03-01']);
  // A reload (a new connection) finds them.
  await page.reload();
  await page.waitForFunction(() => window.ready);
  assert.deepEqual(await call(page, 'openDiary'), { ok: true });
  assert.deepEqual((await call(page, 'allEntries')).entries, ['edited', JSON.stringify({ date: '2025-03-01', peg: [1, 2, 3] })]);
  // What is not a date or not text is refused, not thrown.
  for (const [date, text] of [['2025-1-1', '{}'], [null, '{}'], ['2025-01-01', { not: 'text' }]]) {
    const result = await call(page, 'putEntry', date, text);
    assert.equal(result.refused, 'unknown', JSON.stringify(result));
  }
  assert.equal((await call(page, 'deleteEntry', 42)).refused, 'unknown');
  assert.equal((await call(page, 'allEntries')).entries.length, 2);
  assert.deepEqual(page.errors, []);
  onlyOwnFiles(requests);
  await context.close();
});

test(`${ENGINE}: two tabs writing different days at once keep every entry, and each hears the other's days (never the text)`, { timeout: 60000 }, async () => {
  const context = await browser.newContext();
  const requests = recordRequests(context);
  const [a, b, listener] = [await tab(context), await tab(context), await tab(context)];
  // A third tab listens on the channel itself: what goes over it.
  await listener.evaluate((name) => {
    window.messages = [];
    new BroadcastChannel(name).onmessage = (e) => window.messages.push(e.data);
  }, DB);
  assert.deepEqual(await call(a, 'openDiary'), { ok: true });
  assert.deepEqual(await call(b, 'openDiary'), { ok: true });
  const write = (page, days) => page.evaluate((list) => Promise.all(list.map((d) => window.store.putEntry(d, `secret ${d}`))), days);
  const even = Array.from({ length: 20 }, (_, i) => day(2 * i));
  const odd = Array.from({ length: 20 }, (_, i) => day(2 * i + 1));
  const [ra, rb] = await Promise.all([write(a, even), write(b, odd)]);
  assert.ok([...ra, ...rb].every((r) => r.ok), JSON.stringify([ra, rb]));
  const every = [...even, ...odd].sort();
  for (const page of [a, b]) {
    assert.deepEqual((await call(page, 'allEntries')).entries, every.map((d) => `secret ${d}`));
  }
  await a.waitForFunction((n) => window.heard.length >= n, odd.length);
  await b.waitForFunction((n) => window.heard.length >= n, even.length);
  assert.deepEqual((await a.evaluate(() => window.heard)).map((e) => e.changed).sort(), odd, 'A heard B\'s days, not its own');
  assert.deepEqual((await b.evaluate(() => window.heard)).map((e) => e.changed).sort(), even);
  await listener.waitForFunction((n) => window.messages.length >= n, every.length);
  const messages = await listener.evaluate(() => window.messages);
  assert.deepEqual(messages.map((m) => Object.keys(m)), every.map(() => ['changed']), 'dates only over the channel');
  assert.ok(!JSON.stringify(messages).includes('secret'));
  for (const page of [a, b, listener]) assert.deepEqual(page.errors, []);
  onlyOwnFiles(requests);
  await context.close();
});

test(`${ENGINE}: two tabs writing the same day: the last write wins and the other tab is told`, { timeout: 60000 }, async () => {
  const context = await browser.newContext();
  const requests = recordRequests(context);
  const [a, b] = [await tab(context), await tab(context)];
  for (const page of [a, b]) assert.deepEqual(await call(page, 'openDiary'), { ok: true });
  assert.deepEqual(await call(a, 'putEntry', '2025-05-05', 'from A'), { ok: true });
  await b.waitForFunction(() => window.heard.some((e) => e.changed === '2025-05-05'));
  assert.deepEqual(await call(b, 'putEntry', '2025-05-05', 'from B'), { ok: true });
  await a.waitForFunction(() => window.heard.some((e) => e.changed === '2025-05-05'));
  for (const page of [a, b]) assert.deepEqual((await call(page, 'allEntries')).entries, ['from B']);
  // A delete is told as a change of that day too.
  assert.deepEqual(await call(a, 'deleteEntry', '2025-05-05'), { ok: true });
  await b.waitForFunction(() => window.heard.filter((e) => e.changed === '2025-05-05').length === 2);
  assert.deepEqual((await call(b, 'allEntries')).entries, []);
  assert.deepEqual(await a.evaluate(() => window.heard), [{ changed: '2025-05-05' }], 'A heard B\'s write, not its own');
  onlyOwnFiles(requests);
  await context.close();
});

test(`${ENGINE}: in an iframe sandboxed without allow-same-origin, openDiary() resolves to { refused: 'sandboxed' } without throwing`, { timeout: 60000 }, async () => {
  const context = await browser.newContext();
  const requests = recordRequests(context);
  const page = await tab(context, '/sandboxed.html');
  await page.waitForFunction(() => window.got, null, { timeout: 10000 });
  const got = await page.evaluate(() => window.got);
  console.log(`# ${ENGINE} in the sandboxed frame: IndexedDB itself: ${got.raw}; openDiary: ${JSON.stringify(got.open)}`);
  assert.equal(got.origin, 'null', 'an opaque origin');
  assert.equal(got.threw, undefined);
  assert.equal(got.open.refused, 'sandboxed', JSON.stringify(got.open));
  assert.equal(typeof got.open.message, 'string');
  assert.equal(got.put.refused, 'closed');
  assert.equal(got.all.refused, 'closed');
  assert.equal(got.erase.refused, 'sandboxed', JSON.stringify(got.erase));
  assert.deepEqual(got.errors, []);
  assert.deepEqual(page.errors, []);
  const top = await stored(page);
  assert.ok(!top.idb?.includes(DB), 'nothing stored for the page either');
  onlyOwnFiles(requests, ['/sandboxed.html', '/frame.html', '/diary-store.js']);
  await context.close();
});

test(`${ENGINE}: erasing removes everything while another tab has the diary open; that tab is told and writes nothing after`, { timeout: 60000 }, async () => {
  const context = await browser.newContext();
  const requests = recordRequests(context);
  const [a, b] = [await tab(context), await tab(context)];
  for (const page of [a, b]) assert.deepEqual(await call(page, 'openDiary'), { ok: true });
  assert.deepEqual(await call(a, 'putEntry', '2025-02-02', 'A'), { ok: true });
  assert.deepEqual(await call(b, 'putEntry', '2025-02-03', 'B'), { ok: true });
  assert.deepEqual(await call(a, 'eraseDiary'), { ok: true });
  const gone = await stored(a);
  if (gone.idb) assert.deepEqual(gone.idb, []);
  await b.waitForFunction(() => window.heard.some((e) => e.erased));
  assert.ok((await b.evaluate(() => window.heard)).some((e) => e.closed), 'B let go on versionchange');
  // Neither tab brings the database back without opting in again.
  for (const page of [a, b]) {
    assert.equal((await call(page, 'putEntry', '2025-02-04', 'late')).refused, 'closed');
    assert.equal((await call(page, 'allEntries')).refused, 'closed');
  }
  const still = await stored(b);
  if (still.idb) assert.deepEqual(still.idb, []);
  // Opening again starts an empty diary.
  assert.deepEqual(await call(b, 'openDiary'), { ok: true });
  assert.deepEqual(await call(b, 'allEntries'), { ok: true, entries: [] });
  for (const page of [a, b]) assert.deepEqual(page.errors, []);
  onlyOwnFiles(requests);
  await context.close();
});

test(`${ENGINE}: erasing while another tab holds the database without letting go on versionchange asks it over the channel, else says 'blocked' and erases once it lets go`, { timeout: 60000 }, async () => {
  const context = await browser.newContext();
  const requests = recordRequests(context);
  const [a, b] = [await tab(context), await tab(context)];
  assert.deepEqual(await call(a, 'openDiary'), { ok: true });
  assert.deepEqual(await call(a, 'putEntry', '2025-02-02', 'A'), { ok: true });
  // B: an older page's connection, with no versionchange handler, which
  // closes when asked over the channel.
  const hold = (page, obeys) => page.evaluate(([name, obeys]) => new Promise((resolve) => {
    window.asked = [];
    const request = indexedDB.open(name, 1);
    request.onsuccess = () => {
      window.held = request.result;
      window.channel?.close();
      window.channel = new BroadcastChannel(name);
      window.channel.onmessage = (e) => {
        window.asked.push(e.data);
        if (obeys && e.data.close) window.held.close();
      };
      resolve();
    };
  }), [DB, obeys]);
  await hold(b, true);
  assert.deepEqual(await call(a, 'eraseDiary'), { ok: true });
  assert.ok((await b.evaluate(() => window.asked)).some((m) => m.close), 'asked to close');
  const gone = await stored(a);
  if (gone.idb) assert.deepEqual(gone.idb, []);

  // Again with a tab that never lets go.
  assert.deepEqual(await call(a, 'openDiary'), { ok: true });
  assert.deepEqual(await call(a, 'putEntry', '2025-02-02', 'A'), { ok: true });
  await hold(b, false);
  const started = Date.now();
  const blocked = await call(a, 'eraseDiary');
  assert.equal(blocked.refused, 'blocked', JSON.stringify(blocked));
  assert.ok(Date.now() - started >= 2500, 'it waited for the other tab first');
  assert.deepEqual(await a.evaluate(() => window.heard), [], 'not erased yet');
  await b.evaluate(() => window.held.close());
  await a.waitForFunction(() => window.heard.some((e) => e.erased), null, { timeout: 5000 });
  const after = await stored(a);
  if (after.idb) assert.deepEqual(after.idb, []);
  assert.deepEqual(await call(a, 'openDiary'), { ok: true });
  assert.deepEqual(await call(a, 'allEntries'), { ok: true, entries: [] }, 'the entry is gone');
  for (const page of [a, b]) assert.deepEqual(page.errors, []);
  onlyOwnFiles(requests);
  await context.close();
});

test(`${ENGINE}: persist() reports the browser's answer`, { timeout: 60000 }, async (t) => {
  // Firefox asks the person (a prompt the promise waits for); its testing
  // prefs answer instead. Chromium answers by itself (here: no).
  const own = ENGINE === 'firefox' ? await launch({ 'dom.storageManager.prompt.testing': true, 'dom.storageManager.prompt.testing.allow': true }) : null;
  const context = await (own ?? browser).newContext();
  const page = await tab(context);
  assert.deepEqual(await call(page, 'openDiary'), { ok: true });
  const answer = await call(page, 'persist');
  t.diagnostic(`${ENGINE}: persist() ${JSON.stringify(answer)}`);
  assert.deepEqual(answer, { ok: true, persisted: ENGINE === 'firefox' });
  assert.deepEqual(page.errors, []);
  await context.close();
  await own?.close();
});

test(`${ENGINE}: a write over the quota resolves to 'quota' and the entries stored before stay`, { timeout: 60000 }, async () => {
  // Chromium: the origin's quota set low over CDP. Firefox: a browser whose
  // temporary storage is limited to 10 MB (its floor) in all.
  const own = ENGINE === 'firefox' ? await launch({ 'dom.quotaManager.temporaryStorage.fixedLimit': 10 * 1024 }) : null;
  const context = await (own ?? browser).newContext();
  const requests = recordRequests(context);
  const page = await tab(context);
  if (ENGINE === 'chromium') {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url, quotaSize: 1024 * 1024 });
  }
  assert.deepEqual(await call(page, 'openDiary'), { ok: true });
  assert.deepEqual(await call(page, 'putEntry', '2025-01-01', 'small'), { ok: true });
  const big = await page.evaluate(() => window.store.putEntry('2025-01-02', Array.from({ length: 12 * 1024 * 1024 }, () => String.fromCharCode(33 + Math.floor(Math.random() * 90))).join('')));
  assert.equal(big.refused, 'quota', JSON.stringify(big).slice(0, 300));
  assert.deepEqual(await call(page, 'allEntries'), { ok: true, entries: ['small'] });
  assert.deepEqual(page.errors, []);
  onlyOwnFiles(requests);
  await context.close();
  await own?.close();
});

test(`${ENGINE}: private browsing`, { timeout: 60000 }, async (t) => {
  if (ENGINE === 'chromium') {
    // Every Playwright context is Chromium's incognito: the tests above ran in it.
    t.diagnostic('Chromium: contexts are incognito; the diary opens (kept in memory until the context closes)');
    return;
  }
  // Firefox ESR 115 and later keep IndexedDB in a private window (in
  // memory); older ones refused it with InvalidStateError, as this pref
  // still does.
  for (const [prefs, expected] of [[{}, { ok: true }], [{ 'dom.indexedDB.privateBrowsing.enabled': false }, 'private']]) {
    const own = await launch({ 'browser.privatebrowsing.autostart': true, ...prefs });
    const context = await own.newContext();
    const page = await tab(context);
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    const opened = await call(page, 'openDiary');
    t.diagnostic(`Firefox private window ${JSON.stringify(prefs)}: ${JSON.stringify(opened)}`);
    if (expected === 'private') {
      assert.equal(opened.refused, 'private', JSON.stringify(opened));
      assert.equal((await call(page, 'putEntry', '2025-01-01', 'x')).refused, 'closed');
    } else {
      assert.deepEqual(opened, expected);
      assert.deepEqual(await call(page, 'putEntry', '2025-01-01', 'x'), { ok: true });
      assert.deepEqual((await call(page, 'allEntries')).entries, ['x']);
    }
    assert.deepEqual(page.errors, []);
    await context.close();
    await own.close();
  }
});
