// Nothing the user enters leaves the device: every request is recorded.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, DIST, answer, widget, fetchedTwice, LIVE } from './harness.mjs';
import { QUESTIONS } from './questions.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Opens the page with every request (any kind, any origin) recorded. */
async function recorded(file = '/') {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType(), method: r.method() }));
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(server.url + file);
  await widget(page).locator(LIVE).waitFor();
  await page.waitForLoadState('networkidle');
  return { context, page, requests };
}

async function storage(page) {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    cookie: document.cookie,
    idb: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
  }));
}

async function fullSession(page) {
  const w = widget(page);
  for (const [id, values] of QUESTIONS) {
    if (await w.locator(`input[name="oih-${id}"]`).count()) await answer(w, id, values[0]);
  }
  for (const [id, values] of QUESTIONS) {
    if (await w.locator(`input[name="oih-${id}"]`).count()) await answer(w, id, values[values.length - 1]);
  }
  // The last answer to opioid_use was "never", which hides the medicines.
  await answer(w, 'opioid_use', 'current');
  const add = w.getByRole('button', { name: 'Add a medicine' });
  for (const [drug, amount] of [['oxycodone', '10'], ['fentanyl_patch', '25'], ['other', ''], ['tramadol', 'junk']]) {
    await add.click();
    const row = w.locator('li.oih-medicine').last();
    await row.locator('select[id^="oih-drug-"]').selectOption(drug);
    if (amount) await row.locator('input[id^="oih-amount-"]').fill(amount);
  }
  await w.getByRole('button', { name: /^Remove Another opioid/ }).click();
  for (const summary of await w.locator('summary').all()) await summary.click();
  // The summary for the doctor: printed (the dialog stubbed) and copied.
  await page.evaluate(() => { window.print = () => window.dispatchEvent(new Event('beforeprint')); });
  await w.getByRole('button', { name: 'Print a summary for your doctor' }).click();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await w.getByRole('button', { name: 'Copy summary as text' }).click();
  await w.locator('.oih-action-status:not(:empty)').waitFor();
  await w.getByRole('button', { name: 'Clear all answers' }).click();
  await w.getByRole('button', { name: 'Undo' }).click();
}

for (const file of ['/', '/embed-demo.html']) test(`after its own files load, the widget requests nothing but its own files, even across a reload (${file})`, async () => {
  const { context, page, requests } = await recorded(file);
  const origin = new URL(server.url).origin;
  const loaded = requests.length;
  assert.ok(loaded >= 3, 'the page, its script and its wasm were recorded');
  for (const r of requests) {
    assert.equal(new URL(r.url).origin, origin, `only its own origin: ${r.url}`);
    assert.equal(r.method, 'GET');
  }
  await fullSession(page);
  await page.waitForTimeout(300);
  // During use: only the widget's own files that make and print the
  // summary (on-demand.js, which loads the contract wasm and
  // summary-actions.js), fetched once on the first print (GET, its own origin).
  assert.deepEqual(requests.slice(loaded).map((r) => [new URL(r.url).origin, r.method, new URL(r.url).pathname.replace(/-[0-9a-f]{16}/, '-HASH')]).sort(),
    [[origin, 'GET', '/oih-evaluate-HASH.js'], [origin, 'GET', '/oih-evaluate-HASH_bg.wasm'], [origin, 'GET', '/snippets/oih-checklist-HASH/www/on-demand.js'],
      [origin, 'GET', '/snippets/oih-checklist-HASH/www/summary-actions.js']],
    'nothing but its own files during use');
  // A reload fetches the same files again, and nothing else.
  const before = requests.slice(0, loaded).map((r) => r.url).sort();
  requests.length = 0;
  await page.reload();
  await widget(page).locator(LIVE).waitFor();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(requests.map((r) => r.url).sort(), before);
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(await storage(page), { local: [], session: [], cookie: '', idb: [] });
  assert.deepEqual(page.errors, []);
  await context.close();
});

// WebKit fetched the wasm twice when index.html preloaded it (see
// scripts/post-build.mjs); the server's own log counts every request.
for (const file of ['/', '/embed-demo.html']) test(`a first load fetches each of its files once, the wasm too (${file})`, async () => {
  const fresh = await serve(DIST); // its own origin: nothing cached
  const { page, context } = await openPage(browser, fresh.url + file);
  await page.waitForFunction(() => document.readyState === 'complete');
  assert.ok(fresh.requests.some((p) => p.endsWith('_bg.wasm')), `the wasm was fetched: ${fresh.requests}`);
  assert.deepEqual(fetchedTwice(fresh.requests), []);
  assert.deepEqual(page.errors, []);
  await context.close(); await fresh.close();
});

test('answers are stored only when the user opts in, and erasing removes them', async () => {
  const { context, page, requests } = await recorded();
  const w = widget(page);
  await answer(w, 'opioid_use', 'current');
  await answer(w, 'allodynia', 'yes');
  assert.deepEqual((await storage(page)).local, [], 'nothing stored before opting in');
  await w.getByLabel('Remember my answers on this device').check();
  assert.deepEqual((await storage(page)).local, ['oih-checklist:v1']);
  await page.reload();
  await w.locator(LIVE).waitFor();
  assert.ok(await w.locator('input[name="oih-allodynia"][value="yes"]').isChecked(), 'answers come back after a reload');
  assert.ok(await w.getByLabel('Remember my answers on this device').isChecked());
  await w.getByRole('button', { name: 'Erase saved answers' }).click();
  assert.deepEqual((await storage(page)).local, [], 'erased at once');
  await page.reload();
  await w.locator(LIVE).waitFor();
  assert.equal(await w.locator('input[type="radio"]:checked').count(), 0);
  assert.ok(requests.every((r) => new URL(r.url).origin === new URL(server.url).origin));
  assert.deepEqual(await context.cookies(), []);
  await context.close();
});
