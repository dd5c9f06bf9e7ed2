// The pain diary (issue 25) as a patient uses it: loaded only when asked
// for, nothing stored before opting in, entries with their PEG score and
// MME, problems named with nothing lost, change and delete, the diary file
// and the FHIR Bundle, erasing, a sandboxed frame that refuses storage, two
// tabs, the summary for the doctor, and keyboard, zoom and axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  serve, launch, newContext, openPage, widget, answer, addMedicine, fill, downloads, printSummary, DIST, ROOT, LIVE, ENGINE,
} from './harness.mjs';
import { axeViolations } from './axe.mjs';

const DB = 'oih-checklist-diary';
const CHECKLIST_KEY = 'oih-checklist:v1';
const CARGO_TARGET_DIR = path.join(ROOT, 'target/diary-tests');

/** Runs `oih-assess` (built into its own target directory) on `input`. */
function oihAssess(args, input) {
  return JSON.parse(execFileSync('cargo', ['run', '--quiet', '--bin', 'oih-assess', '--', ...args], {
    cwd: ROOT, input, env: { ...process.env, CARGO_TARGET_DIR }, maxBuffer: 1 << 26,
  }).toString());
}

/** The daily MME the core computes for these medicines. */
function coreMme(medications) {
  return oihAssess([], JSON.stringify({ answers: { opioid_use: 'current' }, medications })).mme_per_day;
}

/** A date `days` before today (local time), as YYYY-MM-DD. */
function daysAgo(days, from = new Date()) {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** "2 November 2026", as the diary writes a date. */
function longDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${y}`;
}

/** A diary file (src/diary/file.rs) of `n` weekly entries ending today;
 * an entry depends only on its week (`k` weeks ago), so two such files
 * agree where they overlap. */
function diaryFile(n, { mme = (k) => 40 - 5 * Math.floor(k / 4) } = {}) {
  const entries = [];
  for (let k = n - 1; k >= 0; k--) {
    entries.push({
      date: daysAgo(7 * k),
      pain: 3 + (k % 5), enjoyment: 4 + (k % 4), activity: 2 + (k % 6),
      medications: [{ drug: 'oxycodone', amount: Math.max(5, mme(k)), times_per_day: 2 }],
      ...(k % 3 === 0 ? { note: `${k} weeks ago: slept badly, walked less.` } : {}),
    });
  }
  return JSON.stringify({ format: 'oih-diary', version: 1, entries });
}

const MORPHINE = { drug: 'morphine', amount: 30, times_per_day: 2 };
const FULL = {
  answers: { seizure: 'no', opioid_use: 'current', duration: 'over_3_months', dose_increased: 'yes', response_to_increase: 'worse',
    kidney: 'no', liver: 'no', pain_worse_despite_dose: 'yes', more_sensitive: 'yes', pain_spread: 'yes', allodynia: 'yes',
    pain_different: 'no', myoclonus: 'no' },
  medications: [{ drug: 'oxycodone', amount: 20, times_per_day: 3 }, { drug: 'fentanyl_patch', amount: 25 }],
};

let server, browser, tmp;
before(async () => {
  server = await serve(DIST);
  browser = await launch();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oih-diary-e2e-'));
});
after(async () => {
  await browser?.close(); await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The element focused inside the widget's shadow root (its id, or tag). */
function focused(page, index = 0) {
  return page.evaluate((i) => {
    const a = document.querySelectorAll('oih-checklist')[i]?.shadowRoot?.activeElement;
    return a ? a.id || a.tagName.toLowerCase() : null;
  }, index);
}

/** A checklist with a current opioid (morphine 30 mg twice a day). */
async function checklist(w) {
  await answer(w, 'opioid_use', 'current');
  await addMedicine(w, MORPHINE);
}

/** Presses "Keep a pain diary" and waits for the diary. */
async function openDiary(w) {
  await w.getByRole('button', { name: 'Keep a pain diary' }).click();
  await w.locator('.oih-diary-app').waitFor({ timeout: 20000 });
}

/** Opts in and waits for the store to be open. */
async function keep(w) {
  await w.getByRole('button', { name: 'Keep my diary on this device' }).click();
  await w.locator('.oih-diary-where').getByText('Kept on this device only').waitFor();
}

async function setDate(w, date) {
  const input = w.locator('#oih-diary-date');
  await input.fill(date);
  await input.dispatchEvent('change');
}

/** Writes and saves an entry; `amount` changes the first medicine's amount. */
async function entry(w, date, [p, e, a], { amount, note, keyboard = false } = {}) {
  await setDate(w, date);
  for (const [item, n] of [['pain', p], ['enjoyment', e], ['activity', a]]) {
    if (keyboard) {
      // The radio group as a keyboard user answers it: into the group, then
      // the arrows (each moves the choice).
      await w.locator(`#oih-diary-${item}-0`).focus();
      await w.page().keyboard.press('Space');
      for (let i = 0; i < n; i++) await w.page().keyboard.press('ArrowRight');
      assert.ok(await w.locator(`#oih-diary-${item}-${n}`).isChecked(), `${item} ${n} chosen by keyboard`);
    } else await w.locator(`#oih-diary-${item}-${n}`).check();
  }
  if (amount !== undefined) await w.locator('.oih-diary-form input[id^="oih-amount-"]').fill(String(amount));
  if (note !== undefined) await w.locator('#oih-diary-note').fill(note);
  await w.locator('#oih-diary-save').click();
  await w.locator(`#oih-diary-entry-${date}`).waitFor();
}

/** The table's rows as their cells' text (without the Change/Delete cell). */
async function rows(w) {
  if (!(await w.locator('.oih-diary-table').count())) return [];
  return w.locator('.oih-diary-table tbody tr').evaluateAll((trs) => trs.map((tr) =>
    [...tr.cells].filter((c) => !c.classList.contains('oih-diary-row-tools')).map((c) => c.innerText.trim().replace(/\s+/g, ' '))));
}

/** What the page's origin keeps: localStorage, cookies, IndexedDB names. */
function storage(page) {
  return page.evaluate(async () => ({
    local: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
    session: Object.keys(sessionStorage),
    cookie: document.cookie,
    idb: (await indexedDB.databases()).map((d) => d.name),
  }));
}

/** The dates the store holds (read with its own connection, then closed). */
function storedDates(page) {
  return page.evaluate((name) => new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => {
      const db = open.result;
      const req = db.transaction('entries').objectStore('entries').getAllKeys();
      req.onsuccess = () => { db.close(); resolve(req.result); };
      req.onerror = () => reject(req.error);
    };
    open.onerror = () => reject(open.error);
  }), DB);
}

/** Waits until the chart has `n` points (the PEG circles of its data
 * group, the first; the legend's is in another). */
function chartPoints(page, n) {
  return page.waitForFunction((n) => document.querySelector('oih-checklist').shadowRoot
    .querySelector('.oih-diary-chart g.oih-chart-peg')?.querySelectorAll('circle').length === n, n);
}

async function importText(w, text, name = 'diary.json') {
  await w.locator('#oih-diary-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('the first load does not fetch the diary; opening it fetches only its own files, from the widget\'s origin', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push({ url: r.url(), method: r.method() }));
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(server.url + '/');
  const w = widget(page);
  await w.locator(LIVE).waitFor();
  await checklist(w);
  await page.waitForLoadState('networkidle');
  const origin = new URL(server.url).origin;
  assert.deepEqual(requests.filter((r) => /diary/.test(r.url)).map((r) => r.url), [], 'no diary file before it is asked for');
  const loaded = requests.length;

  await openDiary(w);
  await keep(w);
  await entry(w, daysAgo(7), [4, 5, 6]);
  await entry(w, daysAgo(0), [5, 5, 6], { amount: 45, note: 'A note that stays here.' });
  const saved = downloads(page);
  await saved.next(() => w.locator('#oih-diary-export').click());
  await saved.next(() => w.locator('#oih-diary-fhir').click());
  await w.locator('#oih-diary-include').check();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);

  const during = requests.slice(loaded).filter((r) => !r.url.startsWith('blob:'));
  for (const r of during) {
    assert.equal(new URL(r.url).origin, origin, `only the widget's origin: ${r.url}`);
    assert.equal(r.method, 'GET', r.url);
  }
  const paths = during.map((r) => new URL(r.url).pathname.replace(/-[0-9a-f]{16}/g, '-HASH'));
  assert.ok(paths.includes('/oih-diary-HASH_bg.wasm') && paths.includes('/oih-diary-HASH.js'), `the diary's wasm and glue: ${paths}`);
  for (const p of paths) {
    // (wasm-bindgen names a snippet folder by the crate, oih-checklist.)
    assert.match(p, /^\/(oih-diary-HASH(_bg\.wasm|\.js)|snippets\/oih-checklist-HASH\/www\/(diary-store|summary-actions|on-demand|element)\.js)$/, `only the diary's own files: ${p}`);
  }
  assert.ok(paths.includes('/snippets/oih-checklist-HASH/www/diary-store.js'), `the diary's store: ${paths}`);
  assert.equal(new Set(during.map((r) => r.url)).size, during.length, `each once: ${paths}`);
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('nothing is stored before opting in; an entry saved then is kept for the visit and says so', async () => {
  const { context, page } = await openPage(browser, server.url + '/');
  const w = widget(page);
  await checklist(w);
  // The checklist's own opt-in, so that its copy is there to stay untouched.
  await w.getByLabel('Remember my answers on this device').check();
  const checklistCopy = (await storage(page)).local[CHECKLIST_KEY];
  assert.ok(checklistCopy, 'the checklist keeps its answers (opted in)');

  const checklistChosen = () => w.locator('input:checked').evaluateAll((inputs) => inputs.filter((i) => !i.closest('.oih-diary')).map((i) => i.id));
  const chosenBefore = await checklistChosen();
  await openDiary(w);
  assert.match(await w.locator('.oih-diary-where').innerText(), /Until you choose to keep them, they last only while this page is open/);
  const date = daysAgo(1);
  await entry(w, date, [6, 5, 7], { note: 'Not kept yet' });
  await page.waitForTimeout(500);
  assert.deepEqual(await checklistChosen(), chosenBefore, 'the diary changed none of the checklist\'s answers');
  assert.deepEqual(await storage(page), { local: { [CHECKLIST_KEY]: checklistCopy }, session: [], cookie: '', idb: [] },
    'no diary database, no cookie, the checklist\'s copy unchanged');
  assert.deepEqual(await context.cookies(), []);
  assert.equal((await rows(w)).length, 1);
  assert.match((await rows(w))[0][0], new RegExp(`^${longDate(date)} not kept on this device yet$`));
  assert.match(await w.locator('.oih-diary-where').innerText(), /1 entry is not kept on this device yet\./);
  assert.equal(await w.locator('#oih-diary-notice').innerText(), `The entry of ${longDate(date)} was saved.`);
  assert.ok(await w.getByRole('button', { name: 'Keep my diary on this device' }).isVisible(), 'still offered');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('opted in: three weekly entries give their PEG scores and MME, the chart, the observation; a reload opens them without asking', async () => {
  const { context, page } = await openPage(browser, server.url + '/');
  const w = widget(page);
  await checklist(w);
  await openDiary(w);
  await keep(w);
  const dates = [daysAgo(14), daysAgo(7), daysAgo(0)];
  // The first starts from the checklist's morphine; the dose goes up
  // between the 2nd and the 3rd, and so does the score (by 2).
  await entry(w, dates[0], [4, 4, 5], { keyboard: true });
  await entry(w, dates[1], [5, 5, 5]);
  await entry(w, dates[2], [7, 6, 8], { amount: 45, keyboard: true });
  const mme = [coreMme([MORPHINE]), coreMme([MORPHINE]), coreMme([{ ...MORPHINE, amount: 45 }])];
  assert.deepEqual(mme, [60, 60, 90], 'as the core computes it');

  const expected = [
    [longDate(dates[0]), '4.3', '4', '4', '5', String(mme[0]), 'Morphine 30 mg', ''],
    [longDate(dates[1]), '5.0', '5', '5', '5', String(mme[1]), 'Morphine 30 mg', ''],
    [longDate(dates[2]), '7.0', '7', '6', '8', String(mme[2]), 'Morphine 45 mg', ''],
  ];
  await page.waitForFunction(() => !document.querySelector('oih-checklist').shadowRoot.querySelector('.oih-diary-table')?.innerText.includes('not kept'));
  assert.deepEqual(await rows(w), expected);
  assert.match(await w.locator('.oih-diary-where').innerText(), /Kept on this device only, in this browser: 3 entries\./);

  const svg = w.locator('.oih-diary-chart svg');
  assert.equal(await svg.getAttribute('role'), 'img');
  // One circle a score in the data group (the legend's own circle apart).
  const points = await svg.evaluate((s) => [...s.querySelectorAll('g.oih-chart-peg')].map((g) => g.querySelectorAll('circle').length));
  assert.equal(points[0], 3, `3 score points: ${points}`);
  const observed = await w.locator('.oih-diary-observations').innerText();
  assert.ok(observed.includes(`${longDate(dates[1])} to ${longDate(dates[2])}: Your pain score went up after your dose went up. This is the pattern doctors look for when they think about OIH (T1). Show your doctor this diary.`), observed);
  assert.equal((observed.match(/went up after/g) || []).length, 1, 'once, for the dose that went up');

  await page.reload();
  await w.locator(LIVE).waitFor();
  await openDiary(w);
  await w.locator('.oih-diary-where').getByText('Kept on this device only, in this browser: 3 entries.').waitFor();
  assert.equal(await w.getByRole('button', { name: 'Keep my diary on this device' }).count(), 0, 'not asked again');
  assert.deepEqual(await rows(w), expected);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('problems are named, focus goes to them, and nothing typed is lost', async () => {
  const { context, page } = await openPage(browser, server.url + '/');
  const w = widget(page);
  await checklist(w);
  await openDiary(w);
  const first = daysAgo(3);
  await entry(w, first, [2, 3, 4]);

  // A PEG question left unanswered.
  const date = daysAgo(10);
  await setDate(w, date);
  await w.locator('#oih-diary-pain-6').check();
  await w.locator('#oih-diary-enjoyment-5').check();
  await w.locator('#oih-diary-note').fill('Typed before the problem');
  await w.locator('.oih-diary-form input[id^="oih-amount-"]').fill('40');
  await w.locator('#oih-diary-save').click();
  const problems = w.locator('#oih-diary-problems');
  await problems.waitFor();
  assert.deepEqual(await problems.locator('li').allInnerTexts(), ['Answer the question about your general activity.']);
  assert.equal(await focused(page), 'oih-diary-problems', 'the focus is on the list of problems');
  assert.equal(await w.locator('#oih-diary-date').inputValue(), date);
  assert.equal(await w.locator('#oih-diary-note').inputValue(), 'Typed before the problem');
  assert.ok(await w.locator('#oih-diary-pain-6').isChecked());
  assert.ok(await w.locator('#oih-diary-enjoyment-5').isChecked());
  assert.equal(await w.locator('.oih-diary-form input[id^="oih-amount-"]').inputValue(), '40');
  assert.equal((await rows(w)).length, 1, 'nothing saved');
  // Its link leads to the question.
  await problems.getByRole('link', { name: 'Answer the question about your general activity.' }).click();
  assert.equal(await focused(page), 'oih-diary-activity-0', 'the link moves the focus to the question');
  await w.locator('#oih-diary-activity-7').check();
  await w.locator('#oih-diary-save').click();
  await w.locator(`#oih-diary-entry-${date}`).waitFor();
  assert.equal(await problems.count(), 0);

  // A date already used: said, and "Change that entry instead" works.
  await setDate(w, first);
  await w.locator('#oih-diary-pain-9').check();
  await w.locator('#oih-diary-enjoyment-9').check();
  await w.locator('#oih-diary-activity-9').check();
  await w.locator('#oih-diary-note').fill('The worse week');
  await w.locator('#oih-diary-save').click();
  assert.deepEqual(await problems.locator('li').allInnerTexts(), [`There is already an entry for ${longDate(first)}.`]);
  await w.getByRole('button', { name: 'Change that entry instead' }).click();
  assert.equal(await w.locator('#oih-diary-form-title').innerText(), `Change the entry of ${longDate(first)}`);
  assert.equal(await w.locator('#oih-diary-note').inputValue(), 'The worse week', 'what was typed stays');
  await w.locator('#oih-diary-save').click();
  await w.locator('#oih-diary-notice').getByText(`The entry of ${longDate(first)} was changed.`).waitFor();
  const changed = (await rows(w)).find((r) => r[0].startsWith(longDate(first)));
  assert.deepEqual(changed.slice(1, 5), ['9.0', '9', '9', '9']);
  assert.equal(changed[7], 'The worse week');
  assert.equal((await rows(w)).length, 2);

  // A date in the future.
  const tomorrow = daysAgo(-1);
  await setDate(w, tomorrow);
  for (const item of ['pain', 'enjoyment', 'activity']) await w.locator(`#oih-diary-${item}-1`).check();
  await w.locator('#oih-diary-save').click();
  assert.deepEqual(await problems.locator('li').allInnerTexts(), ["The date is after today. Enter today's date or an earlier one."]);
  assert.equal(await w.locator('#oih-diary-date').getAttribute('aria-invalid'), 'true');
  assert.equal((await rows(w)).length, 2);

  // A note over 280 characters.
  await setDate(w, daysAgo(20));
  await w.locator('#oih-diary-note').fill('x'.repeat(281));
  await w.locator('#oih-diary-save').click();
  assert.deepEqual(await problems.locator('li').allInnerTexts(), ['The note has 281 characters. Shorten it to 280.']);
  assert.equal(await w.locator('#oih-diary-note').inputValue(), 'x'.repeat(281), 'the note is not cut');
  assert.equal(await w.locator('#oih-diary-note-count').innerText(), '281 of 280 characters');
  assert.equal((await rows(w)).length, 2);
  await w.locator('#oih-diary-note').fill('x'.repeat(280));
  await w.locator('#oih-diary-save').click();
  await w.locator(`#oih-diary-entry-${daysAgo(20)}`).waitFor();
  assert.equal((await rows(w)).length, 3);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('an entry changed and deleted: the row changes; Delete asks once, Keep it keeps it, and the focus stays in the diary', async () => {
  const { context, page } = await openPage(browser, server.url + '/');
  const w = widget(page);
  await checklist(w);
  await openDiary(w);
  await keep(w);
  const [a, b] = [daysAgo(8), daysAgo(1)];
  await entry(w, a, [3, 3, 3]);
  await entry(w, b, [4, 4, 4]);

  await w.getByRole('button', { name: `Change the entry of ${longDate(a)}` }).click();
  assert.equal(await w.locator('#oih-diary-form-title').innerText(), `Change the entry of ${longDate(a)}`);
  assert.equal(await focused(page), 'oih-diary-date');
  assert.ok(await w.locator('#oih-diary-pain-3').isChecked(), 'the entry\'s answers are in the form');
  await w.locator('#oih-diary-pain-8').check();
  await w.locator('.oih-diary-form input[id^="oih-amount-"]').fill('15');
  await w.getByRole('button', { name: 'Save the changes' }).click();
  await w.locator('#oih-diary-notice').getByText(`The entry of ${longDate(a)} was changed.`).waitFor();
  assert.deepEqual((await rows(w))[0].slice(0, 7), [longDate(a), '4.7', '8', '3', '3', '30', 'Morphine 15 mg']);
  assert.equal(await w.locator('#oih-diary-form-title').innerText(), 'New entry');
  await page.waitForFunction(async () => true);

  // Delete: asked once; "Keep it" keeps it, with the focus back on its button.
  await w.getByRole('button', { name: `Delete the entry of ${longDate(a)}` }).click();
  assert.equal(await w.locator('.oih-diary-confirm').innerText().then((t) => t.split('\n')[0]), `Delete the entry of ${longDate(a)}?`);
  assert.equal(await focused(page), 'oih-diary-confirm');
  await w.getByRole('button', { name: 'Keep it' }).click();
  assert.equal(await w.locator('.oih-diary-confirm').count(), 0);
  assert.equal((await rows(w)).length, 2);
  assert.equal(await focused(page), `oih-diary-delete-${a}`);

  await w.getByRole('button', { name: `Delete the entry of ${longDate(a)}` }).click();
  await w.locator('#oih-diary-confirm').click();
  await w.locator('#oih-diary-notice').getByText(`The entry of ${longDate(a)} was deleted.`).waitFor();
  assert.deepEqual((await rows(w)).map((r) => r[0]), [longDate(b)]);
  // The focus goes to the line that says it was deleted, not to the page.
  assert.equal(await focused(page), 'oih-diary-notice', 'focus after deleting');
  await page.waitForFunction(async (name) => (await indexedDB.databases()).some((d) => d.name === name), DB);
  await page.waitForTimeout(300);
  assert.deepEqual(await storedDates(page), [b], 'deleted from the store too');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the diary file: saved, then opened in a fresh browser profile gives the same rows; a file that is not a diary changes nothing', async () => {
  const { context, page } = await openPage(browser, server.url + '/', { acceptDownloads: true });
  const w = widget(page);
  await checklist(w);
  await openDiary(w);
  await keep(w);
  await entry(w, daysAgo(14), [4, 4, 5], { note: 'First week, "quoted" & <b>not bold</b>' });
  await entry(w, daysAgo(7), [5, 5, 5]);
  await entry(w, daysAgo(0), [7, 6, 8], { amount: 45 });
  const before = await rows(w);
  const saved = downloads(page);
  const file = await saved.next(() => w.getByRole('button', { name: 'Save the diary file' }).click());
  await page.waitForTimeout(500);
  assert.equal(saved.count(), 1, 'one click, one file');
  assert.match(file.name, /^pain-diary-\d{4}-\d\d-\d\d\.json$/);
  const json = JSON.parse(file.text);
  assert.equal(json.format, 'oih-diary');
  assert.equal(json.version, 1);
  assert.deepEqual(json.entries.map((e) => e.date), [daysAgo(14), daysAgo(7), daysAgo(0)]);
  // The checklist's own FHIR file, to try as a diary file below.
  const checklistFhir = await saved.next(() => w.getByRole('button', { name: 'Save the answers as a FHIR file' }).click());
  await context.close();

  const fresh = await openPage(browser, server.url + '/');
  const w2 = widget(fresh.page);
  await answer(w2, 'opioid_use', 'current');
  await openDiary(w2);
  assert.deepEqual((await storage(fresh.page)).idb, []);
  await importText(w2, file.text, file.name);
  await w2.locator('#oih-diary-notice').getByText('Diary file opened: 3 added, 0 replaced, 0 kept as they were here, 0 already here.').waitFor();
  const opened = (await rows(w2)).map((r) => [r[0].replace(/ not kept on this device yet$/, ''), ...r.slice(1)]);
  assert.deepEqual(opened, before);

  for (const [name, text, why] of [
    ['checklist.json', checklistFhir.text, /^This file could not be opened: .+\. Nothing was changed\.$/],
    ['empty.json', '{}', /^This file could not be opened: .+\. Nothing was changed\.$/],
    ['text.json', 'not json at all', /^This file could not be opened: .+\. Nothing was changed\.$/],
  ]) {
    const previous = await w2.locator('#oih-diary-notice').innerText();
    await importText(w2, text, name);
    await w2.locator('#oih-diary-notice').getByText('This file could not be opened').waitFor();
    // (The notice of the file before says "could not be opened" too: wait
    // for this file's own words.)
    for (let i = 0; i < 50 && (await w2.locator('#oih-diary-notice').innerText()) === previous; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const notice = await w2.locator('#oih-diary-notice').innerText();
    assert.match(notice, why, name);
    assert.doesNotMatch(notice, /undefined|null|\{\}|\.\./, `${name}: said in words: ${notice}`);
    assert.deepEqual((await rows(w2)).map((r) => r[0].replace(/ not kept on this device yet$/, '')), before.map((r) => r[0]), `${name} changed nothing`);
    // The same notice again for the next file: clear it by a harmless action.
    await w2.locator('#oih-diary-note').fill('');
  }
  // The FHIR file of the checklist is named as not a diary file.
  await importText(w2, checklistFhir.text, 'checklist.json');
  // (The notice before it also says "could not be opened": wait for this one.)
  await w2.locator('#oih-diary-notice').getByText(/diary/i).waitFor({ timeout: 5000 }).catch(() => {});
  assert.match(await w2.locator('#oih-diary-notice').innerText(), /diary/i, 'it says the file is not a diary');
  assert.deepEqual((await storage(fresh.page)).idb, [], 'opening a file stores nothing before opting in');
  assert.deepEqual(fresh.page.errors, []);
  await fresh.context.close();
});

test('the FHIR Bundle for the doctor\'s system reads back with oih-assess to the same dates, PEG scores and MME', async () => {
  const { context, page } = await openPage(browser, server.url + '/', { acceptDownloads: true });
  const w = widget(page);
  await checklist(w);
  await openDiary(w);
  const dates = [daysAgo(14), daysAgo(7), daysAgo(0)];
  await entry(w, dates[0], [4, 4, 5]);
  await entry(w, dates[1], [5, 5, 5], { note: 'Tired' });
  await entry(w, dates[2], [7, 6, 8], { amount: 45 });
  const shown = await rows(w);
  const bundle = await downloads(page).next(() => w.getByRole('button', { name: "Save the diary for your doctor's system (FHIR)" }).click());
  assert.match(bundle.name, /^pain-diary-\d{4}-\d\d-\d\d\.fhir\.json$/);
  const json = JSON.parse(bundle.text);
  assert.equal(json.resourceType, 'Bundle');
  assert.equal(json.type, 'collection');
  assert.equal(json.entry.length, 3);
  assert.ok(json.entry.every((e) => e.resource.resourceType === 'QuestionnaireResponse'));
  const back = oihAssess(['--from-fhir-diary'], bundle.text);
  assert.deepEqual(back.entries.map((e) => [e.date, e.peg_score, e.mme_per_day]), [[dates[0], 4.3, 60], [dates[1], 5, 60], [dates[2], 7, 90]]);
  assert.deepEqual(back.entries.map((e) => [longDate(e.date), e.peg_score.toFixed(1), String(e.mme_per_day)]), shown.map((r) => [r[0].replace(/ not kept on this device yet$/, ''), r[1], r[5]]),
    'the same as the table shows');
  assert.equal(back.entries[1].note, 'Tired');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('"Erase the diary" asks once, then the database is gone, the table empty, and a reload asks to opt in again', async () => {
  const { context, page } = await openPage(browser, server.url + '/');
  const w = widget(page);
  await checklist(w);
  await openDiary(w);
  await keep(w);
  await entry(w, daysAgo(7), [3, 4, 5]);
  await entry(w, daysAgo(0), [4, 4, 5]);
  await page.waitForFunction(async (name) => (await indexedDB.databases()).some((d) => d.name === name), DB);

  await w.getByRole('button', { name: 'Erase the diary' }).click();
  assert.match(await w.locator('.oih-diary-confirm').innerText(), /Erase the whole diary from this device\? This cannot be undone\./);
  assert.equal(await focused(page), 'oih-diary-confirm');
  await w.getByRole('button', { name: 'Keep it' }).click();
  assert.equal((await rows(w)).length, 2, 'Keep it keeps it');
  assert.deepEqual((await storage(page)).idb, [DB]);

  await w.getByRole('button', { name: 'Erase the diary' }).click();
  await w.locator('#oih-diary-confirm').click();
  await w.locator('#oih-diary-notice').getByText('The diary was erased from this device.').waitFor();
  await page.waitForFunction(async (name) => !(await indexedDB.databases()).some((d) => d.name === name), DB);
  assert.equal(await w.locator('.oih-diary-table').count(), 0);
  assert.match(await w.locator('.oih-diary-entries').innerText(), /No entries yet\./);
  assert.deepEqual(await storage(page), { local: {}, session: [], cookie: '', idb: [] });

  await page.reload();
  await w.locator(LIVE).waitFor();
  await openDiary(w);
  await w.getByRole('button', { name: 'Keep my diary on this device' }).waitFor();
  await page.waitForTimeout(500);
  assert.equal(await w.locator('.oih-diary-table').count(), 0);
  assert.deepEqual((await storage(page)).idb, [], 'opening the diary again created nothing');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('in a sandboxed iframe (allow-scripts only) the diary says it cannot keep anything, still saves for the visit, and says what happens to the file', async (t) => {
  const hostDir = fs.mkdtempSync(path.join(tmp, 'host-'));
  const widgetServer = await serve(DIST, { headers: { 'access-control-allow-origin': '*' } });
  const hostServer = await serve(hostDir);
  t.after(async () => { await widgetServer.close(); await hostServer.close(); });
  const widgetOrigin = widgetServer.url.replace('127.0.0.1', 'localhost');
  fs.writeFileSync(path.join(hostDir, 'host.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Host</title></head><body><h1>Host article</h1>
<iframe id="oih-frame" title="Opioid pain checklist" sandbox="allow-scripts" src="${widgetOrigin}/frame.html" style="width:100%;height:2400px;border:0"></iframe></body></html>`);
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(`${hostServer.url}/host.html`);
  const w = page.frameLocator('#oih-frame').locator('oih-checklist');
  await w.locator(LIVE).waitFor();
  await checklist(w);
  await openDiary(w);
  await w.getByRole('button', { name: 'Keep my diary on this device' }).click();
  const where = w.locator('.oih-diary-where');
  await where.getByText('The website showing this checklist does not let it keep anything on your device.').waitFor();
  assert.match(await where.innerText(), /Your entries are kept while this page is open\./);

  const date = daysAgo(2);
  await entry(w, date, [5, 6, 7]);
  assert.equal((await rows(w)).length, 1, 'the entry is there for the visit');
  assert.match(await where.innerText(), /1 entry is not kept on this device yet\./);
  assert.match(await w.locator('#oih-diary-notice').innerText(), /was saved\./);

  // Downloads are not allowed in this frame: the browser drops the file
  // without a sign, so the diary must say what it asked for, as the
  // checklist's own FHIR button does.
  const saved = downloads(page);
  await w.getByRole('button', { name: 'Save the diary file' }).click();
  await page.waitForTimeout(1000);
  assert.equal(saved.count(), 0, 'the sandbox drops the download');
  assert.match(await w.locator('.oih-diary-app').innerText(), /If no file appears in your downloads, this page does not allow downloads/,
    'the diary says the page may not allow the download');
  assert.equal((await rows(w)).length, 1, 'the entry is still there');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('two tabs with the diary open each save an entry for a different day: both tabs and the store end with both', async () => {
  const context = await browser.newContext();
  const pages = [];
  for (let i = 0; i < 2; i++) {
    const page = await context.newPage();
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(String(e)));
    await page.goto(server.url + '/');
    await widget(page).locator(LIVE).waitFor();
    pages.push(page);
  }
  const [w1, w2] = pages.map((p) => widget(p));
  await checklist(w1);
  await openDiary(w1);
  await keep(w1);
  await checklist(w2);
  await openDiary(w2);
  // The second tab finds the diary kept here, without asking.
  await w2.locator('.oih-diary-where').getByText('Kept on this device only').waitFor();

  const [d1, d2] = [daysAgo(9), daysAgo(2)];
  await entry(w1, d1, [3, 3, 3], { note: 'tab one' });
  await entry(w2, d2, [6, 6, 6], { note: 'tab two' });
  for (const [i, w] of [w1, w2].entries()) {
    await pages[i].waitForFunction(([a, b]) => {
      const root = document.querySelector('oih-checklist').shadowRoot;
      return root.getElementById(`oih-diary-entry-${a}`) && root.getElementById(`oih-diary-entry-${b}`)
        && !root.querySelector('.oih-diary-table').innerText.includes('not kept');
    }, [d1, d2], { timeout: 10000 });
    const r = await rows(w);
    assert.deepEqual(r.map((x) => [x[0], x[7]]), [[longDate(d1), 'tab one'], [longDate(d2), 'tab two']], `tab ${i + 1}`);
    assert.match(await w.locator('.oih-diary-where').innerText(), /2 entries\./);
  }
  assert.deepEqual(await storedDates(pages[0]), [d1, d2]);
  for (const p of pages) assert.deepEqual(p.errors, []);
  await context.close();
});

/** Records, at each `beforeprint`, what the summary printed holds (its
 * host is removed on `afterprint`, which page.pdf may fire). */
function watchPrints(page) {
  return page.evaluate(() => {
    window.__summaries = [];
    addEventListener('beforeprint', () => {
      const root = document.querySelector('body > [data-oih-print]')?.shadowRoot;
      window.__summaries.push(root ? { svg: root.querySelectorAll('svg[role="img"]').length, // The diary's rows: those that start with a date.
        rows: [...root.querySelectorAll('tr')].filter((tr) => /^\d{1,2} [A-Z][a-z]+ \d{4}$/.test(tr.cells[0]?.textContent.trim())).length } : null);
    });
  });
}

/** What the last summary printed held. */
function printed(page) {
  return page.evaluate(() => window.__summaries.at(-1));
}

async function endPrint(page) {
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
}

test('a long diary: the chart has every entry, the table the latest 14; "Show all" (by keyboard) gives every row and keeps the focus; an older entry saved shows its row', async () => {
  const { context, page } = await openPage(browser, server.url + '/');
  const w = widget(page);
  await openDiary(w);
  await keep(w);
  await importText(w, diaryFile(20));
  await w.locator('#oih-diary-notice').getByText('Diary file opened: 20 added').waitFor();
  await chartPoints(page, 20);
  const dates = Array.from({ length: 20 }, (_, i) => longDate(daysAgo(7 * (19 - i))));
  assert.deepEqual((await rows(w)).map((r) => r[0]), dates.slice(6), 'the latest 14, oldest first');
  assert.equal(await w.locator('#oih-diary-table-caption').innerText(), 'The latest 14 of your 20 entries, oldest first');
  // Every entry is kept, not only those shown.
  await w.locator('.oih-diary-where').getByText('Kept on this device only, in this browser: 20 entries.').waitFor();
  assert.equal((await storedDates(page)).length, 20);

  const toggle = w.locator('#oih-diary-table-toggle');
  assert.equal(await toggle.innerText(), 'Show all 20 entries in the table');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('oih-checklist').shadowRoot.querySelectorAll('.oih-diary-table tbody tr').length === 20);
  assert.deepEqual((await rows(w)).map((r) => r[0]), dates);
  assert.equal(await w.locator('#oih-diary-table-caption').innerText(), 'Every entry, oldest first');
  assert.equal(await focused(page), 'oih-diary-table-toggle', 'the focus stays on the button');
  assert.equal(await toggle.innerText(), 'Show only the latest 14');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('oih-checklist').shadowRoot.querySelectorAll('.oih-diary-table tbody tr').length === 14);
  assert.equal(await focused(page), 'oih-diary-table-toggle');

  // An entry between two old ones, saved while only the latest show: the
  // table opens to all, and the focus is on its row.
  const older = daysAgo(7 * 18 + 3);
  await entry(w, older, [5, 5, 5]);
  assert.equal(await focused(page), `oih-diary-entry-${older}`);
  assert.equal((await rows(w)).length, 21);
  await context.close();
});

test('the summary for the doctor carries the diary when ticked: chart and table, at most 2 pages for 26 entries, the last 26 of 30', async () => {
  const { context, page } = await openPage(browser, server.url + '/', { viewport: { width: 1000, height: 1000 } });
  const w = widget(page);
  await fill(w, FULL);
  await openDiary(w);
  await importText(w, diaryFile(3));
  await w.locator('#oih-diary-notice').getByText('Diary file opened: 3 added').waitFor();
  const include = w.getByLabel('Add this diary to the summary for your doctor');
  await include.check();
  await watchPrints(page);
  for (const format of ['A4', 'Letter']) {
    const pdf = await printSummary(page, w, path.join(tmp, `three-${format}.pdf`), format);
    const dom = await printed(page);
    assert.equal(dom.svg, 1, `${format}: the chart`);
    assert.equal(dom.rows, 3, `${format}: the table of 3 entries`);
    assert.match(pdf.flat, /Pain diary/);
    assert.ok(pdf.flat.includes(longDate(daysAgo(14))), `${format}: the table's dates are printed`);
    assert.ok(pdf.pages <= 2, `${format}: ${pdf.pages} pages`);
    await endPrint(page);
  }

  // 26 weekly entries and a full checklist: at most 2 pages.
  await importText(w, diaryFile(26));
  await page.waitForFunction(() => document.querySelector('oih-checklist').shadowRoot.querySelector('.oih-diary-chart g.oih-chart-peg')?.querySelectorAll('circle').length === 26
    || /could not|Which should/.test(document.querySelector('oih-checklist').shadowRoot.querySelector('.oih-diary-app').innerText));
  assert.equal(await w.locator('#oih-diary-notice').innerText(), 'Diary file opened: 23 added, 0 replaced, 0 kept as they were here, 3 already here.');
  await chartPoints(page, 26);
  for (const format of ['A4', 'Letter']) {
    const pdf = await printSummary(page, w, path.join(tmp, `26-${format}.pdf`), format);
    const dom = await printed(page);
    assert.equal(dom.rows, 26);
    assert.equal(dom.svg, 1);
    assert.ok(pdf.pages <= 2, `${format}: 26 entries and a full checklist on ${pdf.pages} pages`);
    assert.doesNotMatch(pdf.flat, /earlier entr/);
    await endPrint(page);
  }

  // 30: the last 26, and how many more.
  await importText(w, diaryFile(30));
  await chartPoints(page, 30);
  const pdf = await printSummary(page, w, path.join(tmp, '30-A4.pdf'), 'A4');
  const dom = await printed(page);
  assert.equal(dom.rows, 26, 'the last 26');
  assert.match(pdf.flat, /And 4 earlier entries, in the diary file\./);
  assert.ok(pdf.pages <= 2, `${pdf.pages} pages`);
  assert.ok(!pdf.flat.includes(longDate(daysAgo(7 * 29))), 'the oldest entry is left out');
  assert.ok(pdf.flat.includes(longDate(daysAgo(0))), 'the newest is in');
  await endPrint(page);

  // Unticked: no diary.
  await include.uncheck();
  const plain = await printSummary(page, w, path.join(tmp, 'none-A4.pdf'), 'A4');
  const none = await printed(page);
  assert.equal(none.svg, 0);
  assert.doesNotMatch(plain.flat, /Pain diary|PEG/);
  await endPrint(page);
  assert.deepEqual(page.errors, []);
  await context.close();
});

/** Every control a Tab stops at, in order, within the diary (a radio group
 * once: its checked button, else its first). */
function tabStops(page) {
  return page.evaluate(() => {
    const app = document.querySelector('oih-checklist').shadowRoot.querySelector('.oih-diary-app');
    const groups = new Set();
    const out = [];
    for (const el of app.querySelectorAll('button, input, select, textarea, a[href], [tabindex]')) {
      if (el.disabled || el.tabIndex < 0 || !(el.offsetWidth || el.offsetHeight || el.getClientRects().length)) {
        if (!(el.type === 'file')) continue;
      }
      if (el.type === 'radio') {
        if (groups.has(el.name)) continue;
        groups.add(el.name);
        const checked = app.querySelector(`input[name="${el.name}"]:checked`);
        out.push((checked || el).id);
        continue;
      }
      out.push(el.id || `${el.tagName.toLowerCase()}.${el.className}:${(el.getAttribute('aria-label') || el.textContent).trim().slice(0, 30)}`);
    }
    return out;
  });
}

test('keyboard only: Enter on "Keep a pain diary" puts the focus on its title, and Tab reaches every control in order', async () => {
  const { context, page } = await openPage(browser, server.url + '/', { viewport: { width: 1000, height: 900 } });
  const w = widget(page);
  await checklist(w);
  await w.getByRole('button', { name: 'Keep a pain diary' }).focus();
  await page.keyboard.press('Enter');
  await w.locator('.oih-diary-app').waitFor({ timeout: 20000 });
  await page.waitForFunction(() => document.querySelector('oih-checklist').shadowRoot.activeElement?.id === 'oih-diary-title', null, { timeout: 5000 })
    .catch(() => {});
  assert.equal(await focused(page), 'oih-diary-title', 'the focus is on the diary\'s title');
  // With entries, so that the table's buttons are there too.
  await importText(w, diaryFile(2));
  await w.locator('.oih-diary-table').waitFor();
  await w.locator('#oih-diary-title').focus();
  const expected = await tabStops(page);
  const reached = [];
  for (let i = 0; i < expected.length + 5; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const a = document.querySelector('oih-checklist').shadowRoot.activeElement;
      if (!a || !a.closest('.oih-diary-app')) return null;
      return a.id || `${a.tagName.toLowerCase()}.${a.className}:${(a.getAttribute('aria-label') || a.textContent).trim().slice(0, 30)}`;
    });
    if (id === null) break;
    // A date field's day, month and year are Tab stops of one control.
    if (reached.at(-1) !== id) reached.push(id);
  }
  assert.deepEqual(reached, expected);
  assert.ok(reached.includes('oih-diary-save') && reached.includes('oih-diary-import') && reached.includes('oih-diary-erase'), reached.join(' '));
  assert.deepEqual(page.errors, []);
  await context.close();
});

for (const scheme of ['light', 'dark']) test(`axe finds no WCAG A/AA violation in the open diary with entries and a problem (${scheme})`, async () => {
  const context = await newContext(browser, { colorScheme: scheme, viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(server.url + '/');
  const w = widget(page);
  await w.locator(LIVE).waitFor();
  await checklist(w);
  await openDiary(w);
  await importText(w, diaryFile(8, { mme: (k) => (k < 3 ? 20 : 10) }));
  await w.locator('.oih-diary-table').waitFor();
  await w.locator('#oih-diary-save').click();
  await w.locator('#oih-diary-problems').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await w.getByRole('button', { name: /^Delete the entry of/ }).first().click();
  assert.deepEqual(await axeViolations(page), [], 'with the question asked');
  assert.deepEqual(page.errors, []);
  await context.close();
});

for (const [label, options] of [
  ['a 390 px phone at 200 % zoom', { viewport: { width: 195, height: 422 }, deviceScaleFactor: 2 }],
  ['a 390 px phone', { viewport: { width: 390, height: 844 } }],
]) test(`the open diary does not scroll sideways on ${label} (the chart and table may scroll in their boxes)`, async () => {
  const { context, page } = await openPage(browser, server.url + '/', options);
  const w = widget(page);
  await checklist(w);
  await openDiary(w);
  await importText(w, diaryFile(12));
  await w.locator('.oih-diary-table').waitFor();
  await w.locator('#oih-diary-save').click();
  await w.locator('#oih-diary-problems').waitFor();
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    const scrolls = (el) => ['auto', 'scroll', 'hidden'].includes(getComputedStyle(el).overflowX);
    const walk = (root, clipped) => {
      for (const el of root.children) {
        const r = el.getBoundingClientRect();
        if (!clipped && r.width > 0 && (r.right > width + 1 || r.left < -1)) out.push(`${el.tagName}.${el.className?.baseVal ?? el.className}`);
        const inner = clipped || scrolls(el);
        if (el.shadowRoot) walk(el.shadowRoot, inner);
        walk(el, inner);
      }
    };
    walk(document, false);
    const boxes = [...document.querySelector('oih-checklist').shadowRoot.querySelectorAll('figure.oih-diary-chart, div.oih-diary-table-box')]
      .map((b) => ({ cls: b.className, right: b.getBoundingClientRect().right }));
    return { scroll: document.documentElement.scrollWidth, width, out: out.slice(0, 5), boxes };
  });
  assert.equal(overflow.scroll, overflow.width, `no horizontal scrolling: ${JSON.stringify(overflow)}`);
  assert.deepEqual(overflow.out, []);
  for (const b of overflow.boxes) assert.ok(b.right <= overflow.width + 1, `${b.cls} fits`);
  assert.deepEqual(page.errors, []);
  await context.close();
});
