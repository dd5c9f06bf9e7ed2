// The pain diary in the browser benchmark (issue 25, "Cost"): how long a
// diary of 5 years of weekly entries (261) and of 1 year of daily entries
// (366) takes to show as its chart and table, on the benchmark's desktop
// and mobile profiles. Reported, never asserted.
//
// Two ways a patient opens a diary, each measured in its own cold context
// (empty HTTP cache, empty IndexedDB), after the widget is live:
//
//   reopen  the diary kept on this device: its entries are written into
//           IndexedDB through the page first, exactly as www/diary-store.js
//           keeps them (database oih-checklist-diary v1, store `entries`
//           keyed by date, each value { date, text } with text the diary
//           file of that one entry), then "Keep a pain diary" is clicked.
//           Timed from just before the click to the MutationObserver
//           callback in which the chart has one PEG circle per entry and the
//           table its rows (the latest 14, TABLE_LATEST in
//           src/diary_form.rs; "Show all" adds the others) ("to DOM"), then to the end of a forced
//           style and layout ("to layout"). This includes fetching and
//           instantiating the diary's own wasm (cold) and opening the store;
//           "wasm" and "read" are when the diary's wasm was instantiated and
//           when the store's getAll() delivered the entries, and "draw" is
//           from that getAll() to layout: the chart and table being made
//           from entries in hand (parse, state, Yew render, DOM, layout).
//   import  "Open a diary file" in a diary already open and kept here (the
//           patient opted in; no entries yet): a File of the generated
//           diary is put into #oih-diary-import and its change event
//           dispatched. Timed from just before the dispatch to the same two
//           points (this includes File.text(), reading and merging the
//           file). Then "kept" is when every entry is in IndexedDB (the
//           diary says "Kept on this device only ...: N entries." and no
//           longer that any is not kept yet; it writes an import's entries
//           in one transaction), and
//           "longest task" the longest main-thread task in that time
//           (PerformanceObserver longtask; 0 when none passed 50 ms).
//
// The diary file (diaryFile) is generated, deterministic: PEG answers that
// drift with a weekly rhythm, one medicine (oxycodone) whose dose rises
// twice, so the chart has dose changes and shaded bands, a note on every
// tenth entry.

/** The two diaries of the issue. */
export const DIARIES = [
  { key: 'weekly', label: '5 years, weekly', start: '2021-01-04', step: 7, count: 261 },
  { key: 'daily', label: '1 year, daily', start: '2024-01-01', step: 1, count: 366 },
];

const DAY_MS = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/** The entries of `diary` (in the file format of src/diary/file.rs). */
export function diaryEntries({ start, step, count }) {
  const first = Date.parse(`${start}T00:00:00Z`);
  const clamp = (x) => Math.max(0, Math.min(10, Math.round(x)));
  return Array.from({ length: count }, (_, i) => {
    const wave = 2 * Math.sin(i / 5) + 1.5 * Math.sin(i / 23);
    const times = i < count / 3 ? 2 : i < (2 * count) / 3 ? 3 : 4;
    const entry = {
      date: iso(first + i * step * DAY_MS),
      pain: clamp(5 + wave + times / 2),
      enjoyment: clamp(5 + wave),
      activity: clamp(6 + wave - 1),
      medications: [{ drug: 'oxycodone', amount: 10, times_per_day: times }],
    };
    if (i % 10 === 0) entry.note = `Week ${i + 1}: walked to the shop`;
    return entry;
  });
}

/** The diary file's text. */
export const diaryFile = (diary) => `${JSON.stringify({ format: 'oih-diary', version: 1, entries: diaryEntries(diary) })}\n`;

/** How many rows the diary's table shows until "Show all" is pressed
 * (TABLE_LATEST in src/diary_form.rs). */
const TABLE_LATEST = 14;

/** In the page: waits (MutationObserver on the widget's shadow root) until
 * the chart's first PEG group has `n` circles and the table `rows` rows;
 * resolves to [dom, layout] as performance.now() values. */
function chartReady(n, rows) {
  const root = document.querySelector('oih-checklist').shadowRoot;
  return new Promise((resolve) => {
    const check = () => {
      const peg = root.querySelector('.oih-diary-chart svg g.oih-chart-peg');
      if (!peg || peg.querySelectorAll('circle').length !== n) return false;
      if (root.querySelectorAll('.oih-diary-table tbody tr').length !== rows) return false;
      const dom = performance.now();
      root.querySelector('.oih-diary-chart svg').getBoundingClientRect();
      void document.body.offsetHeight;
      resolve([dom, performance.now()]);
      return true;
    };
    if (check()) return;
    const watcher = new MutationObserver(() => { if (check()) watcher.disconnect(); });
    watcher.observe(root, { childList: true, subtree: true, characterData: true });
  });
}

/** In the page: marks when the diary's wasm is instantiated and when the
 * store's getAll() succeeds (window.__diaryMarks). */
function watchDiary() {
  const marks = window.__diaryMarks = {};
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      const result = original.apply(this, args);
      result.then(() => { marks.wasm = performance.now(); });
      return result;
    };
  }
  const getAll = IDBObjectStore.prototype.getAll;
  IDBObjectStore.prototype.getAll = function (...args) {
    const request = getAll.apply(this, args);
    request.addEventListener('success', () => { marks.read = performance.now(); });
    return request;
  };
  // Long tasks, for the import's writes.
  window.__longest = 0;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask' });
  } catch { /* no longtask in this browser */ }
}

const widgetRoot = "document.querySelector('oih-checklist').shadowRoot";

async function liveWidget(tab, server) {
  await tab.goto(`${server.url}/`);
  await tab.waitForFunction(`!!${widgetRoot}?.querySelector('.oih-host:not([data-early]) > .oih #oih-diary-open')`, null, { timeout: 60_000 });
  await tab.evaluate(watchDiary);
}

/** One cold context under `profile`: the diary `diary` opened `mode`
 * ('reopen' or 'import'). Resolves to { dom, layout, wasm, read, draw,
 * kept, longest, errors, external } (ms). */
export async function diaryOnce(browser, server, block, profile, diary, mode) {
  const context = await browser.newContext({ ...profile.context, proxy: block.proxy });
  try {
    const tab = await context.newPage();
    const errors = [];
    const external = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    tab.on('request', (r) => { if (!r.url().startsWith(server.url) && !/^(data|blob):/.test(r.url())) external.push(r.url()); });
    const cdp = await context.newCDPSession(tab);
    if (profile.network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', profile.network);
    }
    await liveWidget(tab, server);
    const n = diary.count;
    if (mode === 'reopen') {
      // Seeded before the CPU slowdown: only the opening is throttled.
      await tab.evaluate((entries) => new Promise((resolve, reject) => {
        const open = indexedDB.open('oih-checklist-diary', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('entries', { keyPath: 'date' });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('entries', 'readwrite');
          for (const e of entries) {
            tx.objectStore('entries').put({ date: e.date, text: `${JSON.stringify({ format: 'oih-diary', version: 1, entries: [e] })}\n` });
          }
          tx.oncomplete = () => { db.close(); resolve(); };
          tx.onerror = () => reject(tx.error);
        };
      }), diaryEntries(diary));
      if (profile.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
      const r = await tab.evaluate(async ([n, ready, root, latest]) => {
        const chartReady = eval(`(${ready})`);
        const start = performance.now();
        eval(root).getElementById('oih-diary-open').click();
        const [dom, layout] = await chartReady(n, Math.min(n, latest));
        const m = window.__diaryMarks;
        return { dom: dom - start, layout: layout - start, wasm: m.wasm - start, read: m.read - start, draw: layout - m.read };
      }, [n, chartReady.toString(), widgetRoot, TABLE_LATEST]);
      return { ...r, errors, external };
    }
    // import: open the diary, opt in, wait until it is kept here.
    await tab.evaluate(`${widgetRoot}.getElementById('oih-diary-open').click()`);
    await tab.waitForFunction(`!!${widgetRoot}.getElementById('oih-diary-keep')`, null, { timeout: 60_000 });
    await tab.evaluate(`${widgetRoot}.getElementById('oih-diary-keep').click()`);
    await tab.waitForFunction(`!!${widgetRoot}.querySelector('.oih-diary-where') && !${widgetRoot}.getElementById('oih-diary-keep') && /^Kept on this device/.test(${widgetRoot}.querySelector('.oih-diary-where').textContent.trim())`, null, { timeout: 60_000 });
    if (profile.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    const r = await tab.evaluate(async ([n, text, ready, root, latest]) => {
      const chartReady = eval(`(${ready})`);
      const shadow = eval(root);
      const input = shadow.getElementById('oih-diary-import');
      const files = new DataTransfer();
      files.items.add(new File([text], 'pain-diary.json', { type: 'application/json' }));
      input.files = files.files;
      window.__longest = 0;
      const start = performance.now();
      input.dispatchEvent(new Event('change', { bubbles: true }));
      const [dom, layout] = await chartReady(n, Math.min(n, latest));
      // Every entry kept: the count of entries kept, and none waiting.
      await new Promise((resolve) => {
        const where = () => shadow.querySelector('.oih-diary-where')?.textContent ?? '';
        const check = () => where().includes(`: ${n} entries.`) && !/not kept on this device yet/.test(where());
        if (check()) { resolve(); return; }
        const w = new MutationObserver(() => { if (check()) { w.disconnect(); resolve(); } });
        w.observe(shadow, { childList: true, subtree: true });
      });
      const kept = performance.now() - start;
      // A long task still being reported arrives in the next frames.
      await new Promise((r) => setTimeout(r, 100));
      return { dom: dom - start, layout: layout - start, kept, longest: window.__longest };
    }, [n, diaryFile(diary), chartReady.toString(), widgetRoot, TABLE_LATEST]);
    const notice = await tab.evaluate(`${widgetRoot}.getElementById('oih-diary-notice')?.textContent ?? ''`);
    return { ...r, notice, errors, external };
  } finally {
    await context.close();
  }
}
