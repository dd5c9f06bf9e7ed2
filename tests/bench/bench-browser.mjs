// make bench-browser: the widget next to a plain page and LHC-Forms, in one
// headless Chromium run. It reports figures and never fails on a timing.
//
//   RUNS=9 node tests/bench/bench-browser.mjs      (RUNS loads of each page per profile)
//
// Pages (tests/bench/pages.mjs): a plain-script page generated from the
// published Questionnaire, the widget standalone (dist/index.html), the same
// plain checklist embedded by a module script in a small host page, the
// widget embedded with the README's snippet in the same host page, and
// LHC-Forms (npm lforms, from node_modules) rendering the same
// Questionnaire, if installed.
// All are served by tests/bench/server.mjs on 127.0.0.1 with gzip -9.
//
// Every load is cold: a new browser context (empty HTTP and code caches) and
// a new page. Loads alternate between the pages, in a rotating order. The
// context's proxy is a local server that refuses and records every request
// not to 127.0.0.1: any such attempt is printed.
//
// Profiles:
//   desktop  no throttling, 1280x720 viewport;
//   mobile   CDP Emulation.setCPUThrottlingRate 4 (the page's main thread;
//            Chromium does not slow its background threads, where wasm and
//            large scripts are compiled), Network.emulateNetworkConditions
//            150 ms latency per request, 1.6 Mbit/s down, 750 kbit/s up,
//            Playwright's Pixel 7 device (412x915, mobile viewport, touch).
//
// Columns:
//   requests      responses the page started fetching before it was usable
//                 (the page itself included; "+n" = fetched later, during the
//                 measurement).
//   gzip          their bodies as transferred (resource timing encodedBodySize,
//                 headers left out). KiB = 1024 bytes.
//   brotli        brotli -q 11 of exactly those bodies, computed here: Chromium
//                 does not advertise br over plain http, so none was sent.
//   first usable  from navigation start (performance.timeOrigin) to the first
//                 click on the first question's first answer that the page
//                 takes. An init script, run before the page's own scripts,
//                 probes after every DOM change (MutationObserver on the
//                 document, on every shadow root as it is attached, and on
//                 a declarative one once the answer is found in it), every
//                 click/change/input/pointer/mouse listener added, every
//                 subresource load event, and every 25 ms otherwise. Once the
//                 radio is in the DOM, enabled and rendered (checkVisibility
//                 and a non-empty box, which forces the page's style and
//                 layout if the browser has not done them yet, so the time
//                 includes the first layout with the radio), the probe clicks
//                 the answer's label, in a task of its own, and looks for the
//                 page's own sign that it took the answer (below) right after
//                 the click's listeners, after the microtasks that follow, and
//                 in the next task. Without the sign it unchecks the radio and
//                 waits for the next change. The time is when the click that
//                 worked was dispatched. Every page gets the same code and the
//                 same rule; only "the sign" differs:
//                   plain   its result line ("1 of 11 questions answered");
//                   widget  its text (the progress count and the result);
//                   LHC     the class ng-zorro puts on the chosen answer
//                           (LHC-Forms shows no count or result).
//                 Probing costs a few microseconds per change; a page that is
//                 not usable yet is clicked more than once (see "probes").
//   x plain       first usable over the plain page's; x plain embed: the
//                 embed's over the plain embed's (both load one more file,
//                 run after their host page is parsed).
//   q1-q3         the first and third quartiles of first usable over the
//                 runs: on a shared 2-core machine the loads spread widely,
//                 so compare medians only when these ranges are apart.
//   click to DOM  then, after load and network idle, a click on one answer of
//                 every other question in order (each answered so that the next
//                 stays shown, every click a new answer): from just before
//                 label.click() to the MutationObserver callback in which the
//                 page's sign has changed (for a page that updates in its
//                 listener, the first microtask checkpoint; for one that
//                 renders in a microtask, e.g. Yew, after that render). Two
//                 animation frames between clicks. Median over all clicks of all
//                 runs.
//   click to layout  the same, to the end of a forced style and layout of
//                 the updated page (getBoundingClientRect, offsetHeight).
//   JS heap       CDP Runtime.getHeapUsage().usedSize after two
//                 HeapProfiler.collectGarbage, once loaded and network idle,
//                 before the clicks. MiB.
//   wasm memory   the WebAssembly.Memory of the instances the page made.
// Main thread until first usable: after each timed load, one more cold
//   load of the same page, traced (Chromium's `toplevel` trace category),
//   not timed: the CPU time (thread time) of every task the page's main
//   thread ran from navigation start until first usable, as measured in
//   that load (the last task cut there). It counts the page's own work on its main thread only: waiting
//   for the network or for a core (other processes, the browser's other
//   threads) and work on other threads (the wasm is compiled off the main
//   thread) are left out. The mobile profile's 4x slowdown is counted (the
//   throttled thread's time grows with it). It includes the probe's own few
//   microseconds per change, the same for every page.
// Timeline (milliseconds from navigation start): the page's response start
// (its headers: the emulated latency delays the body), the last byte of its
// first load, DOMContentLoaded end, first contentful paint, wasm
// instantiation start and end (WebAssembly.instantiateStreaming called and
// settled), the first radio in the DOM (as the MutationObserver sees it),
// first usable; then the number of probe clicks (1: the first worked), and of
// the click to DOM the part spent in the click's own listeners (a page that
// renders later, in a microtask, spends the rest there). Medians over the runs.
// The pain diary: tests/bench/diary.mjs (its header says what is timed), on
// the same profiles, DIARY_RUNS cold contexts per diary and way (default 7);
// PAGES=diary measures it alone, DIARY=0 leaves it out.
import os from 'node:os';
import { launch, ENGINE } from '../e2e/harness.mjs';
import { serveBench, blocker } from './server.mjs';
import { questionnaire, benchPages, benchRoutes, firstAnswer, clickSteps } from './pages.mjs';
import { PROFILES, loadOnce, firstLoad, everyFile, median, quartiles } from './measure.mjs';
import { table, sizeReport, kib, mib, ms, WHOLE_BUDGET_BYTES } from './report.mjs';
import { DIARIES, diaryOnce } from './diary.mjs';

if (ENGINE !== 'chromium') {
  console.error('bench-browser measures through Chromium DevTools Protocol: run it without OIH_BROWSER.');
  process.exit(2);
}
const RUNS = Number(process.env.RUNS || 9);
// To look at a part: PROFILES=desktop PAGES=plain,widget (the plain page is
// always measured, and the plain embed with the embed).
const only = (v) => (v ? new Set(['plain', ...v.split(','), ...(v.split(',').includes('embed') ? ['plainEmbed'] : [])]) : null);
const onlyPages = only(process.env.PAGES);
const profiles = Object.values(PROFILES).filter((p) => !process.env.PROFILES || process.env.PROFILES.split(',').includes(p.name));
const started = Date.now();
const q = questionnaire();
const diaryOnly = process.env.PAGES === 'diary';
const withDiary = process.env.DIARY !== '0' && (!onlyPages || onlyPages.has('diary'));
const DIARY_RUNS = Number(process.env.DIARY_RUNS || 7);
const pages = diaryOnly ? [] : benchPages().filter((p) => !onlyPages || onlyPages.has(p.key));
const first = firstAnswer(q);
const steps = clickSteps(q);
const server = await serveBench(benchRoutes(q));
const block = await blocker();
// Every cold load is a new context, and in headless Chromium each context
// opens a browser window whose omnibox popup is a WebUI page of its own
// (chrome://omnibox-popup.top-chrome): about 35 ms of CPU in the first 60 ms
// of every load, on the same 2 cores as the page, which no patient's
// browser spends on opening a page. Chromium keeps the last
// --disable-features, so Playwright's own list (playwright-core's
// chromiumSwitches, as of this lockfile's version) is repeated before ours.
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'DialMediaRouteProvider',
  'GlobalMediaControls', 'HttpsUpgrades', 'LensOverlay', 'MediaRouter', 'PaintHolding',
  'ThirdPartyStoragePartitioning', 'BlockOriginHeaderModificationOnRedirect',
  'AvoidCorsURLLoaderRestartOnRedirect', 'Translate', 'AutoDeElevate', 'OptimizationHints',
  'NetworkTimeServiceQuerying', 'AimEnabled', 'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion',
];
const browser = await launch({}, {
  chromiumArgs: [`--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'].join(',')}`],
});

const load = () => os.loadavg()[0].toFixed(2);
console.log(`Browser benchmark: Chromium ${browser.version()}, ${RUNS} cold loads of each page per profile, medians.`);
console.log(`Machine: ${os.cpus().length} cores, load average ${load()} at the start (other processes on the machine make the times noisier).`);
console.log(`First usable: first answer "${first.join(' = ')}"; click to DOM: ${steps.length} answers (${steps.map((s) => s.join('=')).join(', ')}).`);
if (!benchPages().some((p) => p.key === 'lhc')) console.log('LHC-Forms: npm lforms is not installed (node_modules/lforms), left out.');

const problems = [];
const results = {};
const cpu = {};
for (const profile of profiles) {
  results[profile.name] = Object.fromEntries(pages.map((p) => [p.key, []]));
  cpu[profile.name] = Object.fromEntries(pages.map((p) => [p.key, []]));
  // One untimed load of each page first (the server compresses each file once).
  for (const page of pages) await loadOnce(browser, server, block, page, profile, { first, full: false });
  for (let run = 0; run < RUNS; run++) {
    for (let i = 0; i < pages.length; i++) {
      const page = pages[(run + i) % pages.length];
      try {
        const r = await loadOnce(browser, server, block, page, profile, { first, steps });
        results[profile.name][page.key].push(r);
        for (const url of r.external) problems.push(`${profile.name} ${page.name}: request to ${url} (blocked)`);
        for (const e of r.errors) problems.push(`${profile.name} ${page.name}: page error ${e}`);
        for (const f of r.failures) problems.push(`${profile.name} ${page.name}: probe failed: ${f}`);
        for (const c of r.clicks.filter((c) => c.error)) problems.push(`${profile.name} ${page.name}: click ${c.id}=${c.code}: ${c.error}`);
        // Then the same page again, traced, for the main thread's CPU time.
        cpu[profile.name][page.key].push((await loadOnce(browser, server, block, page, profile, { first, full: false, trace: true })).cpu);
      } catch (e) {
        problems.push(`${profile.name} ${page.name} run ${run + 1}: ${e.message.split('\n')[0]}`);
      }
    }
  }
}

const tenth = (t) => (Number.isFinite(t) ? t.toFixed(1) : '-');

function summary(page, runs, cpuRuns = []) {
  const loads = runs.map((r) => firstLoad(r, { skipDocument: false }));
  const paths = loads[0]?.paths ?? [];
  const brotli = paths.reduce((sum, p) => sum + (server.sizes(p)?.brotli ?? 0), 0);
  const clicks = runs.flatMap((r) => r.clicks.filter((c) => !c.error));
  const wasmStart = runs.map((r) => r.wasm[0]?.start);
  const wasmEnd = runs.map((r) => r.wasm[0]?.end);
  return {
    page,
    n: runs.length,
    requests: median(loads.map((l) => l.paths.length)),
    later: median(loads.map((l) => l.later)),
    gzip: median(loads.map((l) => l.encoded)),
    brotli,
    usable: median(runs.map((r) => r.usable)),
    spread: quartiles(runs.map((r) => r.usable)),
    cpu: cpuRuns.length ? median(cpuRuns) : NaN,
    cpuSpread: cpuRuns.length ? quartiles(cpuRuns) : [NaN, NaN],
    dom: median(clicks.map((c) => c.dom)),
    layout: median(clicks.map((c) => c.layout)),
    listeners: median(clicks.map((c) => c.listeners)),
    clicks: clicks.length,
    heap: median(runs.map((r) => r.heap)),
    wasmMemory: median(runs.map((r) => r.wasmMemory)),
    probes: median(runs.map((r) => r.probes)),
    timeline: {
      firstByte: median(runs.map((r) => r.navigation.responseStart)),
      lastByte: median(loads.map((l) => l.lastByte)),
      dcl: median(runs.map((r) => r.navigation.dcl)),
      fcp: median(runs.map((r) => r.fcp)),
      wasm: wasmStart.some(Number.isFinite) ? `${ms(median(wasmStart))}-${ms(median(wasmEnd))}` : '-',
      inDom: median(runs.map((r) => r.marks.inDom)),
      usable: median(runs.map((r) => r.usable)),
    },
  };
}

for (const profile of pages.length ? profiles : []) {
  const rows = pages.map((p) => summary(p, results[profile.name][p.key], cpu[profile.name][p.key]));
  const plain = rows.find((r) => r.page.key === 'plain');
  // The embed is also compared with the plain checklist loaded the same way.
  const baseline = (r) => rows.find((b) => b.page.key === r.page.baseline);
  const times = (a, b) => (b && Number.isFinite(a / b) ? `${(a / b).toFixed(2)}x` : '-');
  console.log(`\n${profile.label}`);
  console.log(table(
    ['page', 'requests', 'gzip KiB', 'brotli KiB', 'first usable ms', 'q1-q3 ms', 'x plain', 'x plain embed', 'click to DOM ms', 'click to layout ms', 'JS heap MiB', 'wasm memory MiB', 'runs'],
    rows.map((r) => [
      r.page.name,
      `${r.requests}${r.later ? ` +${r.later}` : ''}`,
      kib(r.gzip), kib(r.brotli),
      ms(r.usable), r.spread.map(ms).join('-'), times(r.usable, plain.usable), times(r.usable, baseline(r)?.usable),
      ms(r.dom), ms(r.layout),
      mib(r.heap), r.wasmMemory ? mib(r.wasmMemory) : '-',
      r.n,
    ]),
  ));
  console.log(`  main thread until first usable (traced loads):`);
  console.log(table(
    ['page', 'CPU ms', 'q1-q3 ms', 'x plain', 'x plain embed', 'runs'],
    rows.map((r) => [r.page.name, tenth(r.cpu), r.cpuSpread.map(tenth).join('-'),
      times(r.cpu, plain.cpu), times(r.cpu, baseline(r)?.cpu), cpu[profile.name][r.page.key]?.length ?? 0]),
  ));
  console.log(`  timeline (ms from navigation start):`);
  console.log(table(
    ['page', 'response start', 'last byte', 'DCL', 'FCP', 'wasm', 'radio in DOM', 'usable', 'probes', 'click: in listeners ms'],
    rows.map((r) => [r.page.name, ms(r.timeline.firstByte), ms(r.timeline.lastByte), ms(r.timeline.dcl), ms(r.timeline.fcp),
      r.timeline.wasm, ms(r.timeline.inDom), ms(r.timeline.usable), r.probes, ms(r.listeners)]),
  ));
}
console.log('\n  brotli: computed (brotli -q 11) from the bytes each response carried; Chromium was sent gzip.');

// The whole widget's first load, file by file (from the first desktop run;
// make size also shows what the first usable question needs).
for (const key of ['widget', 'embed']) {
  const page = pages.find((p) => p.key === key);
  if (!page) continue;
  const run = results.desktop?.[key]?.[0];
  if (!run) continue;
  console.log(`\n${sizeReport(server, page, 'whole widget', everyFile(run, { skipDocument: page.hostPage }), WHOLE_BUDGET_BYTES).text}`);
}

// ---- the pain diary
const diaryResults = {};
if (withDiary) {
  for (const profile of profiles) {
    for (const diary of DIARIES) {
      for (const mode of ['reopen', 'import']) {
        const runs = diaryResults[`${profile.name} ${diary.key} ${mode}`] = [];
        for (let run = 0; run < DIARY_RUNS; run++) {
          try {
            const r = await diaryOnce(browser, server, block, profile, diary, mode);
            runs.push(r);
            for (const url of r.external) problems.push(`${profile.name} diary ${diary.key} ${mode}: request to ${url} (blocked)`);
            for (const e of r.errors) problems.push(`${profile.name} diary ${diary.key} ${mode}: page error ${e}`);
          } catch (e) {
            problems.push(`${profile.name} diary ${diary.key} ${mode} run ${run + 1}: ${e.message.split('\n')[0]}`);
          }
        }
      }
    }
  }
  const cell = (runs, k) => `${ms(median(runs.map((r) => r[k])))} (${quartiles(runs.map((r) => r[k])).map(ms).join('-')})`;
  console.log(`\nPain diary (tests/bench/diary.mjs): ms, median (q1-q3) of ${DIARY_RUNS} cold contexts each.`);
  console.log('  reopen: kept in IndexedDB, "Keep a pain diary" clicked; draw = from the store\'s entries to the chart and table laid out.');
  console.log(table(
    ['profile', 'diary', 'entries', 'wasm ready', 'entries read', 'to DOM', 'to layout', 'draw', 'runs'],
    profiles.flatMap((p) => DIARIES.map((d) => {
      const runs = diaryResults[`${p.name} ${d.key} reopen`] ?? [];
      return [p.name, d.label, d.count, cell(runs, 'wasm'), cell(runs, 'read'), cell(runs, 'dom'), cell(runs, 'layout'), cell(runs, 'draw'), runs.length];
    })),
  ));
  console.log('  import: "Open a diary file" in an open, kept, empty diary; kept = until every entry is in IndexedDB.');
  console.log(table(
    ['profile', 'diary', 'entries', 'to DOM', 'to layout', 'kept', 'longest task', 'runs'],
    profiles.flatMap((p) => DIARIES.map((d) => {
      const runs = diaryResults[`${p.name} ${d.key} import`] ?? [];
      return [p.name, d.label, d.count, cell(runs, 'dom'), cell(runs, 'layout'), cell(runs, 'kept'), cell(runs, 'longest'), runs.length];
    })),
  ));
}

console.log(problems.length ? `\nProblems:\n${problems.map((p) => `  ${p}`).join('\n')}` : '\nNo request left 127.0.0.1; no page error; every click was taken.');
// The proxy also sees Chromium's own requests (e.g. its autofill service,
// which looks at pages with forms): refused, and not made by any page.
if (block.attempts.length) {
  console.log(`Refused by the blocking proxy (the pages' requests above, if any, and Chromium's own): ${[...new Set(block.attempts)].join(', ')}`);
}
console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s; load average ${load()} at the end)`);
await browser.close();
await server.close();
await block.close();
