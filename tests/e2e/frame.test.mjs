// The sandboxed iframe keeps every feature (issue 13): the README's snippet,
// verbatim, on a host page of another origin prints only the summary,
// downloads the FHIR file and copies the text; a frame given only
// allow-scripts says plainly what the page turned off, with no dead button;
// the height listener ignores other windows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serve, launch, DIST, ROOT, answer, fill, downloads, grantClipboard, pdf as printPdf, LIVE } from './harness.mjs';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BIN = path.join(ROOT, 'target/debug/oih-assess');

/** The iframe snippet exactly as the README documents it. */
const SNIPPET = (() => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = /<!-- oih-iframe-snippet -->\s*```html\n([\s\S]*?)```\s*<!-- \/oih-iframe-snippet -->/.exec(readme);
  if (!block) throw new Error('the README has no marked iframe snippet');
  return block[1];
})();

let widgetServer, hostServer, browser, hostDir;
before(async () => {
  hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oih-frame-host-'));
  widgetServer = await serve(DIST, { headers: { 'access-control-allow-origin': '*' } });
  hostServer = await serve(hostDir);
  browser = await launch();
});
after(async () => {
  await browser?.close(); await widgetServer?.close(); await hostServer?.close();
  fs.rmSync(hostDir, { recursive: true, force: true });
});

/** A host page on its own origin (127.0.0.1) with the widget's files on
 * another (localhost). `snippet` may be altered to grant less. */
function hostPage(name, snippet, extra = '') {
  const widgetOrigin = widgetServer.url.replace('127.0.0.1', 'localhost');
  const body = snippet.replaceAll('https://YOUR-CDN/oih-checklist', widgetOrigin);
  fs.writeFileSync(path.join(hostDir, `${name}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>Host article</title></head><body><h1>Host article text</h1>${body}${extra}</body></html>`);
  return `${hostServer.url}/${name}.html`;
}

const FULL = {
  answers: { seizure: 'no', opioid_use: 'current', duration: 'over_3_months', dose_increased: 'yes', response_to_increase: 'worse',
    kidney: 'no', liver: 'no', pain_worse_despite_dose: 'yes', more_sensitive: 'no', pain_spread: 'yes', allodynia: 'yes',
    pain_different: 'no', myoclonus: 'no' },
  medications: [{ drug: 'oxycodone', amount: 20, times_per_day: 3 }, { drug: 'fentanyl_patch', amount: 25 }],
};


async function open(url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, acceptDownloads: true, ...options });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(url);
  const frame = page.frameLocator('#oih-frame');
  const w = frame.locator('oih-checklist');
  await w.locator(LIVE).waitFor();
  return { context, page, w, frame: page.frames().find((f) => f.url().includes('/frame.html')) };
}

test('the documented snippet: print shows only the summary, the FHIR file downloads, the text copies', async () => {
  const { context, page, w, frame } = await open(hostPage('full', SNIPPET));
  await grantClipboard(context);
  await fill(w, FULL);

  // Print: the browser accepts print() (allow-modals) and, in print media,
  // the frame's document shows the summary alone.
  await frame.evaluate(() => {
    window.__before = 0;
    addEventListener('beforeprint', () => { window.__before += 1; });
  });
  await w.getByRole('button', { name: 'Print a summary for your doctor' }).click();
  await page.waitForTimeout(1200);
  assert.equal(await frame.evaluate(() => window.__before), 1, 'print() reached the browser');
  assert.equal(await w.getByText('Printing is turned off').count(), 0);
  assert.ok(await w.getByRole('button', { name: 'Print a summary for your doctor' }).isVisible());

  // Download: the event, and its content is the CLI's --to-fhir output.
  const saved = await downloads(page).next(() => w.getByRole('button', { name: "Save the answers as a FHIR file" }).click());
  assert.match(saved.name, /^oih-checklist-answers-\d{4}-\d\d-\d\d\.json$/);
  const downloaded = JSON.parse(saved.text);
  const cli = JSON.parse(execFileSync(BIN, ['--to-fhir', '--authored', downloaded.authored], { input: JSON.stringify(FULL) }).toString());
  assert.deepEqual(downloaded, cli);
  assert.equal(downloaded.resourceType, 'QuestionnaireResponse');
  // The frame's origin is opaque (no allow-same-origin): the widget cannot
  // tell whether the browser saved the file, and says so with its name.
  assert.equal(await w.locator('.oih-action-status').innerText(),
    `Your browser was asked to save ${saved.name}. If no file appears in your downloads, this page does not allow downloads: print or copy the summary instead.`);

  // Copy: the summary as text on the clipboard.
  await w.getByRole('button', { name: 'Copy summary as text' }).click();
  await w.getByText('The summary was copied.').waitFor();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /See or call your doctor in the next few days/);
  assert.match(text, /Medicine: Oxycodone; Amount: 20 mg; How many at a time: 1; Doses a day: 3; MME factor: 1\.5; MME a day: 90/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('what the frame prints: the summary alone, at most 2 pages, nothing of the live form', async (t) => {
  // The frame's own document, with the snippet's sandbox applied to it as a
  // top-level page (CSP sandbox): what print() inside the frame prints.
  // An opaque origin loads its module scripts with CORS, as the frame does.
  const sandboxed = await serve(DIST, { headers: { 'content-security-policy': 'sandbox allow-scripts allow-modals allow-downloads',
    'access-control-allow-origin': '*' } });
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  t.after(async () => { await context.close(); await sandboxed.close(); });
  const page = await context.newPage();
  await page.goto(`${sandboxed.url}/frame.html`);
  const w = page.locator('oih-checklist');
  await w.locator(LIVE).waitFor();
  await fill(w, FULL);
  await page.evaluate(() => { window.print = () => { window.__printed = true; window.dispatchEvent(new Event('beforeprint')); }; });
  await w.getByRole('button', { name: 'Print a summary for your doctor' }).click();
  // The summary is made by the contract wasm, loaded on the first click.
  await page.waitForFunction(() => window.__printed);
  await page.emulateMedia({ media: 'print' });
  const pdf = path.join(hostDir, 'frame.pdf');
  await printPdf(page, pdf, 'A4');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())[1]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, ' ');
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  assert.match(text, /summary for the doctor/);
  assert.match(text, /Opioid medicine Yes, I take it now/);
  for (const control of ['Clear answer', 'Add a medicine', 'Copy summary as text']) assert.ok(!text.includes(control), control);
});

test('a frame with sandbox="allow-scripts" alone says what the page turned off, with no dead button', async () => {
  const bare = SNIPPET.replace('sandbox="allow-scripts allow-modals allow-downloads"', 'sandbox="allow-scripts"').replace(/\s*allow="clipboard-write"/, '');
  assert.ok(bare.includes('sandbox="allow-scripts"') && !bare.includes('clipboard-write'));
  const { context, page, w } = await open(hostPage('bare', bare));
  await fill(w, FULL);
  const saved = downloads(page);

  await w.getByRole('button', { name: 'Print a summary for your doctor' }).click();
  await w.getByText('Printing is turned off on this page. Copy the summary instead.').waitFor();
  assert.equal(await w.getByRole('button', { name: 'Print a summary for your doctor' }).count(), 0, 'the blocked button goes');

  await w.getByRole('button', { name: "Save the answers as a FHIR file" }).click();
  await w.getByText(/If no file appears in your downloads, this page does not allow downloads/).waitFor();
  await page.waitForTimeout(500);
  assert.equal(saved.count(), 0, 'the browser blocked the download, and the widget did not claim it saved');

  // Copy: either it still works (the browser lets the frame copy on a
  // click) or the button goes with a message; never a silent button.
  await w.getByRole('button', { name: 'Copy summary as text' }).click();
  const status = w.locator('.oih-action-status');
  await status.filter({ hasText: /copied|Copying/ }).waitFor();
  const said = await status.innerText();
  if (/Copying|copying/.test(said)) {
    assert.equal(await w.getByRole('button', { name: 'Copy summary as text' }).count(), 0);
  } else {
    // Chromium lets a click copy through the fallback; then it really copied.
    assert.match(said, /The summary was copied\./);
    await grantClipboard(context);
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /summary for the doctor/);
  }
  await context.close();
});

test('the height listener ignores other windows and impossible heights', async () => {
  const liar = `<iframe id="liar" srcdoc="<script>parent.postMessage({source:'oih-checklist',height:7777},'*')</script>"></iframe>
<script>
  window.__own = () => { postMessage({ source: 'oih-checklist', height: 6666 }, '*'); };
</script>`;
  const { context, page, w } = await open(hostPage('listener', SNIPPET, liar));
  await answer(w, 'opioid_use', 'current');
  await page.waitForFunction(() => parseInt(document.getElementById('oih-frame').style.height, 10) > 500);
  await page.waitForTimeout(300);
  const fitted = await page.evaluate(() => document.getElementById('oih-frame').style.height);
  await page.evaluate(() => window.__own());
  await page.evaluate(() => document.getElementById('liar').contentWindow.location.reload());
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => document.getElementById('oih-frame').style.height), fitted);
  assert.notEqual(fitted, '7777px');
  assert.notEqual(fitted, '6666px');
  // A bad height from the frame's own window is refused too: run the
  // documented listener's checks with the frame as the sender.
  const frameHandle = page.frames().find((f) => f.url().includes('/frame.html'));
  for (const height of [Infinity, -5, 1e9, 'tall']) {
    await frameHandle.evaluate((h) => parent.postMessage({ source: 'oih-checklist', height: h }, '*'), height);
  }
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.getElementById('oih-frame').style.height), fitted);
  await context.close();
});

test('axe finds no WCAG A/AA violation inside the frame', async () => {
  const { context, frame, w } = await open(hostPage('axe', SNIPPET));
  for (const [q, a] of Object.entries(FULL.answers)) await answer(w, q, a);
  await frame.addScriptTag({ content: AXE });
  const violations = await frame.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  assert.deepEqual(violations, []);
  await context.close();
});
