// Doses as patients know them (clinical content version 3), entered by
// keyboard only, as the clinical review tried them: the figure on screen,
// where the focus is after every key, and the printed summary naming what
// was entered, within 2 pages on A4 and on Letter.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, openPage, DIST, answer, widget, printSummary } from './harness.mjs';

let server, browser, tmp;
before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oih-doses-'));
  server = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close(); await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The id of the focused element inside the widget ('' when the focus left
 * it: on <body>, or nowhere). */
const focused = (page) => page.evaluate(() => {
  const root = document.querySelector('oih-checklist').shadowRoot;
  return root.activeElement ? root.activeElement.id || root.activeElement.tagName : '';
});

/** Presses `key` and checks the focus is still in the widget, on an
 * element whose id starts with `expected` when given. */
async function press(page, key, expected) {
  await page.keyboard.press(key);
  const id = await focused(page);
  assert.notEqual(id, '', `after ${key} the focus left the widget`);
  if (expected) assert.ok(id.startsWith(expected), `after ${key}: focus on ${id}, expected ${expected}`);
  return id;
}

/** Tabs forward (never more than 12 times) to the control whose id starts
 * with `prefix`. */
async function tabTo(page, prefix) {
  for (let i = 0; i < 12; i += 1) {
    const id = await press(page, 'Tab');
    if (id.startsWith(prefix)) return id;
  }
  throw new Error(`no ${prefix} within 12 tabs`);
}

/** In the focused <select>, moves with the arrow keys (as a keyboard user
 * does on a closed select) until the option shown is `text`. */
async function arrowTo(page, text) {
  const shown = () => page.evaluate(() => {
    const el = document.querySelector('oih-checklist').shadowRoot.activeElement;
    return el.options[el.selectedIndex]?.text;
  });
  for (let i = 0; i < 30; i += 1) {
    if ((await shown()) === text) return;
    await press(page, 'ArrowDown', 'oih-');
  }
  assert.fail(`"${text}" not reached by ArrowDown (at "${await shown()}")`);
}

async function typeText(page, text) {
  await page.keyboard.type(text);
  assert.notEqual(await focused(page), '');
}

/** A new medicine row by keyboard: "Add a medicine" (focus moves to the
 * row's search field), the search typed, then Tab to the medicine list and
 * the arrow keys to `name`. */
async function addByKeys(page, search, name) {
  const w = widget(page);
  await w.getByRole('button', { name: 'Add a medicine' }).focus();
  await press(page, 'Enter', 'oih-find-');
  await typeText(page, search);
  await tabTo(page, 'oih-drug-');
  await arrowTo(page, name);
}

/** A brand entered by keyboard: searched, chosen, its strength as printed,
 * how many at a time (left at 1 when not given), doses a day; then Tab out
 * of the row's last field. */
async function brandByKeys(page, { search, name, strength, perDose, times }) {
  await addByKeys(page, search, name);
  await tabTo(page, 'oih-strength-');
  await arrowTo(page, strength);
  await tabTo(page, 'oih-per-dose-');
  if (perDose) await arrowTo(page, perDose);
  await tabTo(page, 'oih-times-');
  await arrowTo(page, times);
  await press(page, 'Tab');
}

async function fresh() {
  const opened = await openPage(browser, server.url + '/', { viewport: { width: 1280, height: 900 } });
  await answer(widget(opened.page), 'seizure', 'no');
  await answer(widget(opened.page), 'opioid_use', 'current');
  return opened;
}

const figure = (w) => w.locator('.oih-mme-figure').innerText();

async function printed(page, name) {
  const w = widget(page);
  const out = [];
  for (const format of ['A4', 'Letter']) {
    const pdf = await printSummary(page, w, path.join(tmp, `${name}-${format}.pdf`), format);
    assert.ok(pdf.pages >= 1 && pdf.pages <= 2, `${name} ${format}: ${pdf.pages} pages`);
    out.push(pdf.flat);
  }
  return out;
}

test('Tylenol #3, 2 tablets 4 times a day: 36 MME a day, and the summary names the box', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  await brandByKeys(page, { search: 'Tylenol 3', name: 'Tylenol #3', strength: '300 mg/30 mg', perDose: '2', times: '4' });
  assert.match(await figure(w), /36 MME a day/);
  assert.doesNotMatch(await figure(w), /360/);
  for (const flat of await printed(page, 'tylenol3')) {
    assert.match(flat, /Tylenol #3 300 mg\/30 mg/, 'brand and strength as printed');
    assert.match(flat, /Codeine 30 mg 2 4 0\.15 36/, 'the opioid, amount, how many, doses a day, factor, MME');
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Percocet 5/325, 2 tablets 6 times a day: 90 MME a day and the high-dose items', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  await brandByKeys(page, { search: 'perc', name: 'Percocet', strength: '5 mg/325 mg', perDose: '2', times: '6' });
  assert.match(await figure(w), /90 MME a day/);
  assert.match(await w.locator('.oih-mme').innerText(), /90 MME a day or more/);
  assert.match(await w.locator('section.oih-result').innerText(), /High daily dose/);
  for (const flat of await printed(page, 'percocet')) {
    assert.match(flat, /Percocet 5 mg\/325 mg/);
    assert.match(flat, /Oxycodone 5 mg 2 6 1\.5 90/);
  }
  await context.close();
});

test('two 25 mcg/hr fentanyl patches worn together: 120 MME a day', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  await addByKeys(page, 'fentanyl', 'Fentanyl patch');
  await tabTo(page, 'oih-amount-');
  await typeText(page, '25');
  await tabTo(page, 'oih-per-dose-');
  await arrowTo(page, '2');
  await press(page, 'Tab');
  assert.match(await figure(w), /120 MME a day/);
  for (const flat of await printed(page, 'patches')) assert.match(flat, /Fentanyl patch 25 mcg\/hr 2 Worn all day 2\.4 120/);
  await context.close();
});

test('methadone 80 mg for opioid dependence: not counted, and the row and the summary say why', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  await addByKeys(page, 'methadone', 'Methadone');
  // The purpose: a radio group; the arrow keys choose within it.
  const first = await tabTo(page, 'oih-purpose-');
  assert.match(first, /-0$/);
  await press(page, 'ArrowRight', 'oih-purpose-');
  await tabTo(page, 'oih-amount-');
  await typeText(page, '80');
  await tabTo(page, 'oih-times-');
  await arrowTo(page, '1');
  await press(page, 'Tab');
  const row = w.locator('li.oih-medicine');
  assert.match(await row.innerText(), /Not counted in your daily dose: doses taken to treat opioid use disorder/);
  assert.doesNotMatch(await w.locator('.oih-mme').innerText(), /376|MME a day or more/, 'never 376 MME, no high-dose words');
  assert.doesNotMatch(await w.locator('section.oih-result').innerText(), /High daily dose/);
  for (const flat of await printed(page, 'methadone')) {
    assert.match(flat, /Not counted, taken for opioid use disorder: Methadone/);
  }
  await context.close();
});

test('Xtampza ER 36 mg twice a day counts as 40 mg oxycodone hydrochloride: 120 MME a day', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  await brandByKeys(page, { search: 'Xtampza', name: 'Xtampza ER', strength: '36 mg', times: '2' });
  assert.match(await figure(w), /120 MME a day/);
  for (const flat of await printed(page, 'xtampza')) {
    assert.match(flat, /Xtampza ER 36 mg/);
    assert.match(flat, /Oxycodone 40 mg 1 2 1\.5 120/);
  }
  await context.close();
});

test('"5/325" typed for a generic is never guessed: the row asks which number is the opioid, and the focus stays', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  await addByKeys(page, 'oxycodone', 'Oxycodone');
  await tabTo(page, 'oih-amount-');
  await typeText(page, '5/325');
  const row = w.locator('li.oih-medicine');
  assert.match(await row.innerText(), /You typed two numbers.*Which one is the oxycodone\?/s);
  assert.equal(await w.locator('.oih-mme-figure').count(), 0, 'nothing counted from a guess');
  // The first button after the field is "5 mg": Enter picks it, and the
  // focus goes back to the amount field, now "5".
  await press(page, 'Tab', 'BUTTON');
  assert.equal(await page.evaluate(() => document.querySelector('oih-checklist').shadowRoot.activeElement.textContent), '5 mg');
  await press(page, 'Enter', 'oih-amount-');
  assert.equal(await row.locator('input[id^="oih-amount-"]').inputValue(), '5');
  await tabTo(page, 'oih-per-dose-');
  await arrowTo(page, '2');
  await tabTo(page, 'oih-times-');
  await arrowTo(page, '6');
  await press(page, 'Tab');
  assert.match(await figure(w), /90 MME a day/);
  await context.close();
});

test('"morph" lists Morphine first; a new drug clears the amount and says so; a naloxone tablet says it does not protect', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  await addByKeys(page, 'morph', 'Morphine');
  const row = w.locator('li.oih-medicine');
  const drug = row.locator('select[id^="oih-drug-"]');
  assert.equal(await drug.inputValue(), 'morphine', 'the first ArrowDown picks Morphine, not Hydromorphone');
  await row.locator('input[id^="oih-amount-"]').fill('30');
  await row.locator('select[id^="oih-times-"]').selectOption('2');
  assert.match(await figure(w), /60 MME a day/);
  await drug.selectOption('hydromorphone');
  assert.equal(await row.locator('input[id^="oih-amount-"]').inputValue(), '', 'not 30 mg of hydromorphone (300 MME)');
  assert.match(await row.innerText(), /Hydromorphone has its own strengths, so the amount was cleared/);
  assert.doesNotMatch(await w.locator('.oih-mme').innerText(), /300 MME/);
  await row.locator('input[id^="oih-find-"]').fill('');
  await drug.selectOption('b:Suboxone');
  assert.match(await row.innerText(), /The naloxone in it does not protect you from an overdose/);
  // Where medicines are added: what is not counted.
  assert.match(await w.locator('.oih-medicines > .oih-hint').first().innerText(), /Injections, suppositories and sprays are not counted here/);
  // Searches that used to find nothing.
  const find = row.locator('input[id^="oih-find-"]');
  for (const [search, name] of [['t3', /Tylenol/], ['Oramorph', /Oramorph/], ['paracetamol', /Panadeine Forte/], ['ibuprofen', /Nurofen Plus/]]) {
    await find.fill(search);
    assert.match((await drug.locator('option').allTextContents()).join('|'), name, search);
    assert.doesNotMatch(await row.locator('[id^="oih-find-count-"]').innerText(), /Nothing matches/, search);
  }
  await context.close();
});
