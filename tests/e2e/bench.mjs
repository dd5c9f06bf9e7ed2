// Size and speed, measured in headless Chromium (not a test: it reports).
//   node tests/e2e/bench.mjs        (make bench-browser / make size)
// Size: every file a page loads, as recorded by the browser, raw and gzip -9.
// Speed: from navigation start to the first question being usable, median of
// N loads, next to a plain HTML page with the same first question.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, launch, DIST } from './harness.mjs';

const RUNS = Number(process.env.RUNS || 15);
const plainDir = fs.mkdtempSync('/tmp/oih-plain-');
fs.writeFileSync(path.join(plainDir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>plain</title><link rel="icon" href="data:,"></head>
<body><form><fieldset><legend>Do you take opioid pain medicine?</legend>
<label><input type="radio" name="oih-opioid_use" value="current"> Yes</label></fieldset></form></body></html>`);

const server = await serve(DIST);
const plain = await serve(plainDir);
const browser = await launch();

async function loaded(url) {
  const page = await browser.newPage();
  const files = [];
  page.on('requestfinished', (r) => files.push(new URL(r.url()).pathname));
  await page.goto(url);
  await page.locator('input[name="oih-opioid_use"]').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.close();
  return files;
}

function sizes(files) {
  let raw = 0, gz = 0;
  const rows = files.map((f) => {
    const body = fs.readFileSync(path.join(DIST, f === '/' ? 'index.html' : f));
    const g = zlib.gzipSync(body, { level: 9 }).length;
    raw += body.length; gz += g;
    return `  ${f.padEnd(58)} ${String(body.length).padStart(8)} ${String(g).padStart(8)}`;
  });
  return { rows, raw, gz };
}

async function usableMs(url) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator('input[name="oih-opioid_use"]').first().waitFor({ state: 'visible' });
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1] };
}

for (const [name, url] of [['standalone page (dist/index.html)', server.url + '/'], ['embed snippet (dist/embed-demo.html)', server.url + '/embed-demo.html']]) {
  const { rows, raw, gz } = sizes(await loaded(url));
  console.log(`${name}: files loaded (bytes raw, gzip -9)`);
  console.log(rows.join('\n'));
  console.log(`  ${'TOTAL'.padEnd(58)} ${String(raw).padStart(8)} ${String(gz).padStart(8)}  (${(gz / 1024).toFixed(1)} KiB gzipped)`);
}
const widget = await usableMs(server.url + '/');
const baseline = await usableMs(plain.url + '/');
const f = (t) => `median ${t.median.toFixed(0)} ms (min ${t.min.toFixed(0)}, max ${t.max.toFixed(0)})`;
console.log(`navigation to first question usable, ${RUNS} loads on loopback:`);
console.log(`  widget      ${f(widget)}`);
console.log(`  plain page  ${f(baseline)}`);
console.log(`  ratio       ${(widget.median / baseline.median).toFixed(1)}x`);
await browser.close(); await server.close(); await plain.close();
fs.rmSync(plainDir, { recursive: true, force: true });
