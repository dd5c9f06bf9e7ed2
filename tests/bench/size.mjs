// make size: the widget's first load, file by file, and its budget.
//
//   node tests/bench/size.mjs      (after make build; exits 1 over budget)
//
// The files are the ones headless Chromium actually fetched, before the
// first question was usable (as bench-browser.mjs defines it), in one cold
// load: for the standalone page everything dist/index.html loads, itself
// included; for the embed snippet everything it loads into a small host page
// (tests/bench/pages.mjs), the host page left out. A file the widget loads
// later (the contract wasm behind the FHIR download and evaluate()) does not
// count; a new file loaded up front does. Sizes are of the files in dist/:
// raw, gzip -9 (zlib, as the benchmark's server sends them) and brotli -q 11.
// The budget: 100 KiB (102,400 bytes) gzipped for each first load.
import { launch } from '../e2e/harness.mjs';
import { serveBench, blocker } from './server.mjs';
import { questionnaire, benchPages, benchRoutes, firstAnswer } from './pages.mjs';
import { PROFILES, loadOnce, firstLoad } from './measure.mjs';
import { firstLoadReport } from './report.mjs';

const q = questionnaire();
const server = await serveBench(benchRoutes(q));
const block = await blocker();
const browser = await launch();
let over = false;
try {
  for (const page of benchPages().filter((p) => p.key === 'widget' || p.key === 'embed')) {
    const result = await loadOnce(browser, server, block, page, PROFILES.desktop, { first: firstAnswer(q), full: false });
    if (result.errors.length || result.external.length) {
      throw new Error(`${page.name}: ${[...result.errors, ...result.external.map((u) => `request to ${u}`)].join('; ')}`);
    }
    const report = firstLoadReport(server, page, firstLoad(result, { skipDocument: page.hostPage }).paths);
    console.log(`${report.text}\n`);
    if (report.over) over = true;
  }
} finally {
  await browser.close();
  await server.close();
  await block.close();
}
if (over) {
  console.error('make size: a first load is over the budget of 100 KiB gzipped.');
  process.exit(1);
}
