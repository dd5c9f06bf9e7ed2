// The pain diary in WebKit (issue 25): it opens from the result with the
// focus on its title; nothing is stored before the patient opts in (no
// database at all, by indexedDB.databases()); an entry written before the
// opt-in and one after are both kept, shown in the table with their PEG
// score and MME and drawn in the chart; after a reload the diary opens with
// them without asking again; "Erase the diary" asks once and the database
// is gone; and nothing is fetched but the page's own files.
import fs from 'node:fs';
import path from 'node:path';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DIST } from '../e2e/harness.mjs';
import { serve, launch, open, inWidget, click, clickButton, answer, addMedicine, type, text, exists, errors } from './webkit.mjs';

const DB = 'oih-checklist-diary';
let server, driver;
before(async () => {
  server = await serve(DIST);
  driver = await launch();
});
after(async () => { await driver?.stop(); await server?.close(); });

/** The names of the origin's IndexedDB databases. */
const databases = () => driver.executeScript('return indexedDB.databases().then((list) => list.map((d) => d.name))');
/** Every resource the page has loaded, by its timing entries (any origin). */
const loaded = () => driver.executeScript("return performance.getEntriesByType('resource').map((e) => e.name)");
/** The local date `days` before today, as YYYY-MM-DD (the diary's max is today). */
const daysAgo = (days) => driver.executeScript(`const d = new Date(); d.setDate(d.getDate() - ${days});
  return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-')`);
/** The diary table's body rows, cell by cell (header cell first). */
const rows = () => inWidget(driver, (root) => [...root.querySelectorAll('.oih-diary-table tbody tr')]
  .map((tr) => [...tr.cells].slice(0, -1).map((c) => c.innerText.trim())));
const columns = () => inWidget(driver, (root) => [...root.querySelectorAll('.oih-diary-table thead th')].map((c) => c.innerText.trim()));
/** The chart: its PEG circles (the data group, not the legend's) and whether it is an SVG. */
const chart = () => inWidget(driver, (root) => {
  const svg = root.querySelector('.oih-diary-chart svg');
  return svg && { svg: svg instanceof SVGSVGElement, points: svg.querySelector('g.oih-chart-peg').querySelectorAll('circle').length };
});
const waitFor = (what, fn, ms = 10000) => driver.wait(fn, ms, what);

/** Opens the diary from the result and waits for its title to take the focus. */
async function openDiary() {
  await click(driver, '#oih-diary-open');
  await waitFor('the diary did not open', () => exists(driver, '.oih-diary-app'), 20000);
  await waitFor('the focus is not on the diary\'s title', () => inWidget(driver, (root) => root.activeElement?.id === 'oih-diary-title'));
}

/** Writes an entry: its date, the three PEG answers, the first medicine's amount, Save. */
async function entry(date, [pain, enjoyment, activity], amount) {
  await inWidget(driver, (root, d) => {
    const input = root.getElementById('oih-diary-date');
    input.value = d;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, date);
  for (const [item, n] of [['pain', pain], ['enjoyment', enjoyment], ['activity', activity]]) await click(driver, `#oih-diary-${item}-${n}`);
  if (amount !== undefined) await type(driver, '.oih-diary-form input[id^="oih-amount-"]', String(amount));
  await click(driver, '#oih-diary-save');
}

test('WebKit: the diary keeps nothing before the opt-in, keeps both entries after it, opens again after a reload, and erases', async () => {
  await open(driver, server.url + '/');
  const served = server.requests.length;
  // The checklist's medicine: oxycodone 10 mg three times a day (45 MME).
  await answer(driver, 'opioid_use', 'current');
  await addMedicine(driver, { drug: 'oxycodone', amount: 10, times_per_day: 3 });
  await openDiary();
  assert.match(await text(driver, '.oih-diary-where'), /Keep my diary on this device/);
  assert.ok(!(await databases()).includes(DB), 'no database before the opt-in');

  // Written before the opt-in: shown, not stored.
  const [first, second] = [await daysAgo(7), await daysAgo(0)];
  await entry(first, [6, 5, 7]);
  await waitFor('the first entry is not in the table', async () => (await rows()).length === 1);
  assert.ok(!(await databases()).includes(DB), 'an entry written before the opt-in stores nothing');

  await clickButton(driver, 'Keep my diary on this device');
  await waitFor('the diary was not kept', async () => /^Kept on this device/.test(await text(driver, '.oih-diary-where') ?? ''));
  assert.ok((await databases()).includes(DB), 'the database is made by the opt-in');
  await entry(second, [8, 7, 9], 20);
  await waitFor('the second entry is not in the table', async () => (await rows()).length === 2);
  await waitFor('an entry is still "not kept on this device yet"',
    () => inWidget(driver, (root) => !root.querySelector('.oih-diary-table tbody th .oih-hint')));
  const header = await columns();
  const [score, mme] = [header.indexOf('PEG score'), header.indexOf('MME a day')];
  assert.ok(score > 0 && mme > 0, `the table has PEG score and MME columns: ${header}`);
  const shown = (await rows()).map((r) => [r[score], r[mme]]);
  // PEG: (6 + 5 + 7) / 3 = 6.0 and (8 + 7 + 9) / 3 = 8.0; oxycodone x 1.5:
  // 10 mg x 3 = 45, 20 mg x 3 = 90.
  assert.deepEqual(shown, [['6.0', '45'], ['8.0', '90']]);
  assert.deepEqual(await chart(), { svg: true, points: 2 });
  assert.match(await text(driver, '.oih-diary-where'), /2 entries/);

  // Reloaded: the diary opens with both entries, without asking again.
  await open(driver, server.url + '/');
  await openDiary();
  await waitFor('the entries did not come back after the reload', async () => (await rows()).length === 2);
  assert.equal(await exists(driver, '#oih-diary-keep'), false, 'the opt-in is not asked again');
  assert.deepEqual((await rows()).map((r) => [r[score], r[mme]]), [['6.0', '45'], ['8.0', '90']]);
  assert.deepEqual(await chart(), { svg: true, points: 2 });

  // Erase: asked once, then the database is gone and the diary is empty.
  await click(driver, '#oih-diary-erase');
  await waitFor('erasing did not ask', () => exists(driver, '.oih-diary-confirm'));
  assert.ok((await databases()).includes(DB), 'nothing is erased before the patient confirms');
  assert.equal((await rows()).length, 2);
  await click(driver, '#oih-diary-confirm');
  await waitFor('the database was not deleted', async () => !(await databases()).includes(DB));
  await waitFor('the entries are still shown', async () => (await rows()).length === 0);
  assert.equal(await exists(driver, '.oih-diary-confirm'), false, 'asked once');
  assert.equal(await exists(driver, '#oih-diary-keep'), true, 'the diary asks again before keeping anything');

  // Requests: the page's own origin only, and nothing asked of the server
  // but files of the built page (the diary's glue and wasm among them).
  for (const url of await loaded()) assert.equal(new URL(url).origin, server.url, `only its own origin: ${url}`);
  const later = server.requests.slice(served);
  assert.ok(later.some((p) => /^\/oih-diary-[0-9a-f]{16}_bg\.wasm$/.test(p)), `the diary's wasm was fetched: ${later}`);
  for (const p of server.requests) assert.ok(fs.existsSync(path.join(DIST, p === '/' ? 'index.html' : p)), `a file of the page: ${p}`);
  assert.deepEqual(await errors(driver), []);
});
