// One cold load of one page in headless Chromium, and what it measures.
// (The definitions are in the header of bench-browser.mjs.)
import { devices } from 'playwright-core';

export const PROFILES = {
  desktop: { name: 'desktop', label: 'desktop: no throttling, 1280x720', context: { viewport: { width: 1280, height: 720 } } },
  mobile: {
    name: 'mobile',
    label: 'mobile: 4x CPU slowdown, 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, Pixel 7 viewport',
    context: devices['Pixel 7'],
    cpu: 4,
    network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  },
};

/** How long a page may take to become usable before the load counts as failed. */
const USABLE_TIMEOUT_MS = 60_000;
/** How long a click may take to show in the DOM before it counts as failed. */
const CLICK_TIMEOUT_MS = 5_000;

/**
 * Runs in the page before any of its own scripts (an init script). `A` is the
 * page's adapter, `first` the [question, answer] of the first radio.
 * Sets window.__bench = { usable: Promise<ms>, clicks(steps), report() }.
 */
function instrument(A, first, usableTimeoutMs, clickTimeoutMs) {
  const now = () => performance.now();
  const marks = {};
  const mark = (k) => { if (!(k in marks)) marks[k] = now(); };
  const wasm = [];
  const memories = [];
  const roots = [document];
  let waiting = true;
  let resolveUsable;
  let rejectUsable;
  const usable = new Promise((resolve, reject) => { resolveUsable = resolve; rejectUsable = reject; });
  usable.catch(() => {});

  // When the page compiles WebAssembly, and its memory (read at report time).
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = function (...args) {
      const entry = { name, start: now() };
      wasm.push(entry);
      const result = original.apply(this, args);
      result.then((r) => {
        entry.end = now();
        const memory = (r.instance ?? r).exports?.memory;
        if (memory instanceof WebAssembly.Memory) memories.push(memory);
      }, () => { entry.end = now(); entry.failed = true; });
      return result;
    };
  }

  // ---- first usable: probe the first radio whenever something may have made it usable
  const channel = new MessageChannel();
  let scheduled = false;
  let busy = false;
  let again = false;
  let probes = 0;
  const failures = [];
  const schedule = () => {
    if (!waiting) return;
    if (busy) { again = true; return; }
    if (scheduled) return;
    scheduled = true;
    channel.port2.postMessage(0);
  };
  channel.port1.onmessage = () => {
    scheduled = false;
    probe().catch((e) => { busy = false; failures.push(String(e)); });
  };
  // The first radio's arrival is marked as the DOM change is seen, before
  // the probe's task runs.
  const observer = new MutationObserver(() => {
    if (!('inDom' in marks) && A.option(...first)) mark('inDom');
    schedule();
  });
  const observe = (root) => observer.observe(root, {
    childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'disabled', 'style'],
  });
  observe(document);
  // A shadow root the parser made (declarative, <template shadowrootmode>)
  // is reported by no attachShadow call: the root of the answer probed or
  // clicked is watched as soon as the answer is found.
  const watchRootOf = (node) => {
    const root = node.getRootNode();
    if (root instanceof ShadowRoot && !roots.includes(root)) {
      roots.push(root);
      if (waiting) observe(root);
    }
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (...args) {
    const root = attachShadow.apply(this, args);
    roots.push(root);
    if (waiting) observe(root);
    return root;
  };
  const addEventListener = EventTarget.prototype.addEventListener;
  const INPUT_EVENTS = new Set(['click', 'change', 'input', 'pointerdown', 'pointerup', 'mousedown', 'mouseup']);
  EventTarget.prototype.addEventListener = function (type, ...rest) {
    const result = addEventListener.call(this, type, ...rest);
    if (waiting && INPUT_EVENTS.has(type)) schedule();
    return result;
  };
  // Loads of scripts, styles and images (load events do not reach window).
  addEventListener.call(document, 'load', schedule, true);
  const timer = setInterval(schedule, 25);
  const giveUp = setTimeout(() => {
    if (!waiting) return;
    waiting = false;
    observer.disconnect();
    clearInterval(timer);
    rejectUsable(new Error(`not usable after ${usableTimeoutMs} ms (${probes} probes, marks ${JSON.stringify(marks)}, ${failures.join('; ')})`));
  }, usableTimeoutMs);

  const nextTask = () => new Promise((resolve) => {
    const c = new MessageChannel();
    c.port1.onmessage = resolve;
    c.port2.postMessage(0);
  });
  const shown = (input) => {
    if (!input?.isConnected || !input.matches(':enabled') || !input.checkVisibility({ visibilityProperty: true })) return false;
    const box = input.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };

  async function probe() {
    if (!waiting) return;
    const option = A.option(...first);
    if (!option) return;
    watchRootOf(option.input);
    mark('inDom');
    if (!shown(option.input)) return;
    busy = true;
    const before = A.signal(...first);
    const at = now();
    probes++;
    option.label.click();
    // The page's reaction: in the click's own listeners, in the microtasks
    // after them, or by the next task.
    let took = A.signal(...first) !== before;
    if (!took) {
      await nextTask();
      took = A.signal(...first) !== before;
    }
    busy = false;
    if (took) {
      waiting = false;
      marks.usable = at;
      observer.disconnect();
      clearInterval(timer);
      clearTimeout(giveUp);
      resolveUsable(at);
      return;
    }
    // Not yet: undo what the browser did on its own, and wait for a change.
    if (option.input.checked) option.input.checked = false;
    if (again) { again = false; schedule(); }
  }

  // ---- click to updated DOM
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

  async function click(id, code) {
    const option = A.option(id, code);
    if (!option) return { id, code, error: 'answer not found' };
    const before = A.signal(id, code);
    watchRootOf(option.input);
    return new Promise((resolve) => {
      let start;
      let listeners;
      const done = (result) => { watcher.disconnect(); clearTimeout(limit); resolve({ id, code, listeners, ...result }); };
      const check = () => {
        if (A.signal(id, code) === before) return;
        const dom = now() - start;
        option.label.getBoundingClientRect();
        void document.body.offsetHeight;
        done({ dom, layout: now() - start });
      };
      const watcher = new MutationObserver(check);
      for (const root of roots) watcher.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
      const limit = setTimeout(() => done({ error: `no change in ${clickTimeoutMs} ms` }), clickTimeoutMs);
      start = now();
      option.label.click();
      // The click's listeners have run; a page that renders later has not.
      listeners = now() - start;
    });
  }

  async function clicks(steps) {
    const results = [];
    for (const [id, code] of steps) {
      await frame();
      await frame();
      results.push(await click(id, code));
    }
    return results;
  }

  function report() {
    const entry = (e) => ({
      name: e.name, start: e.startTime, end: e.responseEnd,
      encoded: e.encodedBodySize, decoded: e.decodedBodySize, transfer: e.transferSize,
    });
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      marks,
      probes,
      failures,
      wasm: wasm.map(({ name, start, end, failed }) => ({ name, start, end, failed })),
      wasmMemory: memories.reduce((sum, m) => sum + m.buffer.byteLength, 0),
      navigation: { ...entry(nav), responseStart: nav.responseStart, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd },
      resources: performance.getEntriesByType('resource').map(entry),
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    };
  }

  window.__bench = { usable, clicks, report };
}

/** The init script for a page. */
function script(page, first) {
  const adapter = `{ ${Object.values(page.adapter).map((f) => f.toString()).join(',\n')} }`;
  return `(${instrument})(${adapter}, ${JSON.stringify(first)}, ${USABLE_TIMEOUT_MS}, ${CLICK_TIMEOUT_MS});`;
}

/**
 * Loads `page` once in a new context (cold cache) under `profile`.
 * With `full`, also the heap after GC and the click series `steps`.
 * Resolves to the page's report plus { usable, heap, clicks, external, errors }.
 */
export async function loadOnce(browser, server, block, page, profile, { first, steps = [], full = true, hold = null, trace = false }) {
  const context = await browser.newContext({ ...profile.context, proxy: block.proxy });
  try {
    // Requests for which `hold(url)` is true get no answer during this load.
    if (hold) await context.route((url) => hold(url), () => {});
    await context.addInitScript({ content: script(page, first) });
    const tab = await context.newPage();
    // CDP (Chromium only) for throttling and the heap; size.mjs needs neither.
    const cdp = profile.cpu || profile.network || full ? await context.newCDPSession(tab) : null;
    if (profile.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    if (profile.network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', profile.network);
    }
    const external = [];
    const errors = [];
    tab.on('request', (r) => { if (!r.url().startsWith(server.url) && !/^(data|blob):/.test(r.url())) external.push(r.url()); });
    tab.on('pageerror', (e) => errors.push(String(e)));
    let inFlight = 0;
    let lastActivity = Date.now();
    const activity = (delta) => () => { inFlight += delta; lastActivity = Date.now(); };
    tab.on('request', activity(1));
    tab.on('requestfinished', activity(-1));
    tab.on('requestfailed', activity(-1));
    if (trace) await browser.startTracing(tab, { categories: ['toplevel', 'blink.user_timing'] });
    await tab.goto(server.url + page.path, { waitUntil: 'commit' });
    const usable = await tab.evaluate(() => window.__bench.usable);
    if (trace) return { usable, cpu: mainThreadCpu(JSON.parse(await browser.stopTracing()).traceEvents, server.url + page.path, usable) };
    if (hold) {
      // What was held never arrives: report the page as it is when usable.
      const report = await tab.evaluate(() => window.__bench.report());
      return { ...report, usable, heap: null, clicks: [], external, errors };
    }
    // Loaded, and no request for 200 ms (10 s at most).
    await tab.waitForLoadState('load');
    const deadline = Date.now() + 10_000;
    while ((inFlight > 0 || Date.now() - lastActivity < 200) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    let heap = null;
    let clicks = [];
    if (full) {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      clicks = await tab.evaluate((s) => window.__bench.clicks(s), steps);
    }
    const report = await tab.evaluate(() => window.__bench.report());
    return { ...report, usable, heap, clicks, external, errors };
  } finally {
    await context.close();
  }
}

/**
 * The CPU time (thread time, ms) the page's main thread spent on tasks from
 * navigation start until `usable` (ms after it), from a Chromium trace with
 * the `toplevel` category: the work a page makes the browser do before its
 * first question can be answered, whatever else runs on the machine. Tasks
 * inside tasks are counted once; the last one only up to `usable`.
 */
export function mainThreadCpu(events, url, usable) {
  const nav = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url && e.args.data.isLoadingMainFrame).pop();
  if (!nav) throw new Error(`no navigationStart for ${url} in the trace`);
  const cut = nav.ts + usable * 1000;
  const tasks = events
    .filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.ts < cut && e.ts + e.dur > nav.ts)
    .sort((a, b) => a.ts - b.ts);
  let cpu = 0;
  let end = -Infinity;
  for (const t of tasks) {
    if (t.ts < end) continue;
    end = t.ts + t.dur;
    const part = t.dur > 0 ? (Math.min(end, cut) - Math.max(t.ts, nav.ts)) / t.dur : 1;
    cpu += (t.tdur ?? t.dur) * part;
  }
  return cpu / 1000;
}

/** The paths a load fetched before the page was usable (its first load), and
 * the number it fetched later. The page itself is left out for a host page
 * (`skipDocument`): only what the snippet loads counts. */
export function firstLoad(result, { skipDocument = false } = {}) {
  const pathOf = (url) => new URL(url).pathname;
  const early = result.resources.filter((r) => /^https?:/.test(r.name) && r.start < result.usable);
  const later = result.resources.filter((r) => /^https?:/.test(r.name) && r.start >= result.usable);
  const entries = skipDocument ? early : [result.navigation, ...early];
  return {
    // The page first, then by name (the order of arrival varies).
    paths: entries.map((r) => pathOf(r.name)).sort((a, b) => (b === '/') - (a === '/') || (a < b ? -1 : a > b ? 1 : 0)),
    encoded: entries.reduce((sum, r) => sum + r.encoded, 0),
    later: later.length,
    lastByte: Math.max(...entries.map((r) => r.end)),
  };
}

/** Every path a load fetched, the page first (left out for a host page). */
export function everyFile(result, { skipDocument = false } = {}) {
  const pathOf = (url) => new URL(url).pathname;
  const entries = result.resources.filter((r) => /^https?:/.test(r.name));
  const paths = [...new Set(entries.map((r) => pathOf(r.name)))].sort();
  // (The page by its own path: es.html is not '/'.)
  const page = new URL(result.navigation.name).pathname;
  return skipDocument ? paths : [page, ...paths.filter((p) => p !== page)];
}

const sorted = (xs) => xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);

export const median = (xs) => {
  const s = sorted(xs);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The first and third quartiles (linear interpolation): how far the runs spread. */
export const quartiles = (xs) => {
  const s = sorted(xs);
  if (!s.length) return [NaN, NaN];
  const at = (f) => {
    const i = (s.length - 1) * f;
    const lo = Math.floor(i);
    return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
  };
  return [at(0.25), at(0.75)];
};
