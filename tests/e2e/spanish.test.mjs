// The widget in Spanish: chosen the way the web chooses (the element's
// lang, an ancestor's, the page's), its own files loaded only then, every
// word Spanish, and the English page never requesting a Spanish file.
// Runs in Chromium and Firefox (OIH_BROWSER=firefox); tests/webkit/spanish.test.mjs
// runs the same walk in WebKit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { crossOrigin, launch, newPage, grantClipboard, printSummary, DIST, ROOT, answer, widget, LIVE } from './harness.mjs';
import { assess } from './core.mjs';
import { VIGNETTES, inOrder } from './vignettes.mjs';
import { axeViolations } from './axe.mjs';
import { where, presser, firstQuestions, lastQuestions, WORDS } from './keys.mjs';

let hosts, widgetServer, hostServer, browser;

before(async () => {
  hosts = await crossOrigin();
  ({ widgetServer, hostServer } = hosts);
  browser = await launch();
});
after(async () => { await browser?.close(); await hosts?.close(); });

/** A host page on its own origin with the embed snippet and `body`. */
const hostPage = (name, body, htmlLang = 'en') => hosts.page(name, `<!doctype html><html lang="${htmlLang}"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>${name}</title>
<script type="module" src="${widgetServer.url}/oih-checklist.js"></script></head><body>${body}</body></html>`);

/** Opens `url` with every request recorded; waits for the live widget. */
async function opened(url, options = {}) {
  const requests = [];
  const { context, page } = await newPage(browser, 'about:blank', options);
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await page.locator(`oih-checklist ${LIVE}`).first().waitFor();
  return { context, page, requests };
}

const files = (requests, re) => requests.filter((u) => re.test(new URL(u).pathname));
const ES = /-es-[0-9a-f]+(_bg\.wasm|\.js)$/;
const EN_WIDGET = /\/oih-checklist-[0-9a-f]+(_bg\.wasm|\.js)$/;

/** Every English text the user reads, with its Spanish (oih-assess --texts). */
const TEXTS = execFileSync('cargo', ['run', '--quiet', '--bin', 'oih-assess', '--', '--texts'], { cwd: ROOT, encoding: 'utf8' })
  .trim().split('\n').map((line) => JSON.parse(line));
/** English sentences that would betray an untranslated part. */
const ENGLISH = [...new Set(TEXTS.map((t) => t.en).filter((en, i) => en !== TEXTS[i].es && en.split(' ').length >= 3))];
assert.ok(ENGLISH.length > 100, `${ENGLISH.length} English texts`);

function noEnglish(text, where) {
  const left = ENGLISH.filter((en) => text.includes(en));
  assert.deepEqual(left, [], `English left in the Spanish widget (${where})`);
}

test('lang="es" on the element: the Spanish widget, from the Spanish files only', async () => {
  const { context, page, requests } = await opened(hostPage('attr', '<oih-checklist lang="es"></oih-checklist>'));
  const w = widget(page);
  assert.equal(await w.locator('.oih').getAttribute('lang'), 'es');
  await assert.doesNotReject(w.getByRole('heading', { name: '¿Su medicamento opioide podría estar empeorando su dolor?' }).waitFor());
  assert.equal(files(requests, EN_WIDGET).length, 0, 'the English widget is not loaded');
  assert.deepEqual(files(requests, ES).map((u) => path.basename(new URL(u).pathname).replace(/-[0-9a-f]{16}/, '')).sort(),
    ['oih-checklist-es.js', 'oih-checklist-es_bg.wasm', 'oih-first-es.js']);
  for (const u of requests) assert.ok(u.startsWith(widgetServer.url) || u.startsWith(hostServer.url), u);
  noEnglish(await w.locator(LIVE).innerText(), 'first screen');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('an ancestor\'s lang, and the page\'s <html lang>, choose Spanish too; an English page loads no Spanish file', async () => {
  for (const [name, body, htmlLang] of [
    ['ancestor', '<div lang="es-MX"><oih-checklist></oih-checklist></div>', 'en'],
    ['html', '<oih-checklist></oih-checklist>', 'es'],
  ]) {
    const { context, page } = await opened(hostPage(name, body, htmlLang));
    assert.equal(await widget(page).locator('.oih').getAttribute('lang'), 'es', name);
    await context.close();
  }
  const { context, page, requests } = await opened(hostPage('english', '<div lang="fr"><oih-checklist lang="en-GB"></oih-checklist></div>', 'es'));
  assert.equal(await widget(page).locator('.oih').getAttribute('lang'), 'en');
  assert.deepEqual(files(requests, ES), []);
  await context.close();
});

test('a whole walk in Spanish: questions, medicines, result, safety and the copied summary', async () => {
  const { context, page, requests } = await opened(hostPage('walk', '<oih-checklist lang="es"></oih-checklist>'));
  await grantClipboard(context);
  const w = widget(page);
  for (const [q, a] of Object.entries({ seizure: 'no', opioid_use: 'current', duration: 'over_3_months',
    dose_increased: 'yes', response_to_increase: 'worse', kidney: 'no', liver: 'no', pain_worse_despite_dose: 'yes',
    more_sensitive: 'yes', pain_spread: 'yes', allodynia: 'unsure', pain_different: 'no', myoclonus: 'no' })) {
    await answer(w, q, a);
  }
  await w.getByRole('button', { name: 'Agregar un medicamento' }).click();
  const row = w.locator('li.oih-medicine').last();
  // The name printed on the box finds the generic in Spanish too.
  await row.locator('input[id^="oih-find-"]').fill('Morphine');
  const offered = await row.locator('select[id^="oih-drug-"] option').evaluateAll((os) => os.map((o) => [o.value, o.textContent]));
  // Listed by its Spanish name and the one on the box.
  assert.ok(offered.some(([v, t]) => v === 'morphine' && t === 'Morfina (Morphine)'), JSON.stringify(offered));
  await row.locator('input[id^="oih-find-"]').fill('oxicodona');
  await row.locator('select[id^="oih-drug-"]').selectOption('oxycodone');
  await row.locator('input[id^="oih-amount-"]').fill('7,5');
  await row.locator('select[id^="oih-times-"]').selectOption('4');
  // (The result is beside the questions on a wide screen.)
  await w.locator('.oih-status .oih-headline').waitFor();
  const text = await w.locator(LIVE).innerText();
  noEnglish(text, 'result');
  assert.match(text, /45 MME al día/);
  assert.match(text, /Naloxona/);
  // The summary, copied: Spanish, from the Spanish contract.
  await w.getByRole('button', { name: /Copiar el resumen/ }).click();
  await w.locator('.oih-action-status:not(:empty)').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText()).catch(() => null);
  if (copied !== null) {
    assert.match(copied, /Importante/);
    noEnglish(copied, 'copied summary');
  }
  assert.equal(files(requests, /\/oih-evaluate-es-[0-9a-f]+_bg\.wasm$/).length, 1);
  assert.equal(files(requests, /\/oih-evaluate-[0-9a-f]+_bg\.wasm$/).length, 0, 'not the English contract');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the standalone page: es.html is Spanish from its first screen, and a Spanish browser is sent there', async () => {
  const plain = await newPage(browser, `${widgetServer.url}/es.html`);
  const p = plain.page;
  assert.equal(await p.locator('html').getAttribute('lang'), 'es');
  // The prerendered first screen is Spanish before the wasm.
  const served = fs.readFileSync(path.join(DIST, 'es.html'), 'utf8');
  const early = /<div class="oih-host" data-early[^>]*>([\s\S]*?)<\/template>/.exec(served)?.[1]
    .replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ') ?? '';
  assert.match(early, /¿Su medicamento opioide podría estar empeorando su dolor\?/);
  noEnglish(early, 'es.html first screen');
  assert.match(early, /0 de \d+ preguntas respondidas/);
  await p.locator(`oih-checklist ${LIVE}`).waitFor();
  assert.equal(await widget(p).locator('.oih').getAttribute('lang'), 'es');
  // The switch names each language in its own words.
  const english = p.getByRole('link', { name: 'English' });
  assert.equal(await english.getAttribute('lang'), 'en');
  await plain.context.close();

  const { context, page } = await opened(`${widgetServer.url}/`, { locale: 'es-ES' });
  assert.match(page.url(), /\/es\.html$/);
  await context.close();
  const stay = await opened(`${widgetServer.url}/?lang=en`, { locale: 'es-ES' });
  assert.equal(await widget(stay.page).locator('.oih').getAttribute('lang'), 'en');
  assert.equal(await stay.page.getByRole('link', { name: 'Español' }).getAttribute('lang'), 'es');
  await stay.context.close();
});

test('the language switch keeps every answer, the medicines and the focus, and loads only the Spanish files', async () => {
  const { context, page, requests } = await opened(`${widgetServer.url}/`);
  const w = widget(page);
  await w.getByRole('checkbox', { name: 'Remember my answers on this device' }).check();
  await answer(w, 'seizure', 'no');
  await answer(w, 'opioid_use', 'current');
  await answer(w, 'kidney', 'yes');
  await w.getByRole('button', { name: 'Add a medicine' }).click();
  const row = w.locator('li.oih-medicine').last();
  await row.locator('select[id^="oih-drug-"]').selectOption('morphine');
  await row.locator('input[id^="oih-amount-"]').fill('15');
  await row.locator('select[id^="oih-times-"]').selectOption('2');
  await assert.doesNotReject(w.getByText('30 MME a day').first().waitFor());
  const before = requests.length;
  assert.deepEqual(files(requests, ES), [], 'no Spanish file before the switch');
  // By keyboard: the switch is a link, named in its own language.
  const link = page.getByRole('link', { name: 'Español' });
  await link.focus();
  await page.keyboard.press('Enter');
  await w.locator('.oih[lang="es"]').waitFor();
  assert.match(page.url(), /\/es\.html$/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  const checked = async () => w.locator('input[type="radio"]:checked').evaluateAll((is) => is.map((i) => `${i.name}=${i.value}`));
  assert.deepEqual(await checked(), ['oih-seizure=no', 'oih-opioid_use=current', 'oih-kidney=yes']);
  assert.equal(await w.locator('li.oih-medicine select[id^="oih-drug-"]').inputValue(), 'morphine');
  assert.equal(await w.locator('li.oih-medicine input[id^="oih-amount-"]').inputValue(), '15');
  // Still remembered, and no "restored" notice: nothing came from storage.
  assert.equal(await w.getByRole('checkbox', { name: 'Recordar mis respuestas en este dispositivo' }).isChecked(), true);
  assert.equal(await w.locator('.oih-restored').count(), 0);
  await assert.doesNotReject(w.getByText('30 MME al día').first().waitFor());
  assert.equal(await w.locator('li.oih-medicine select[id^="oih-times-"]').inputValue(), '2');
  // The focus stays on the switch, which now offers English.
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'English');
  assert.equal(await page.evaluate(() => document.activeElement?.lang), 'en');
  const loaded = requests.slice(before).map((u) => path.basename(new URL(u).pathname).replace(/-[0-9a-f]{16}/, ''));
  assert.deepEqual(loaded.sort(), ['oih-checklist-es.js', 'oih-checklist-es_bg.wasm']);
  noEnglish(await w.locator(LIVE).innerText(), 'after the switch');
  // And back, in place: no request at all.
  const again = requests.length;
  await page.keyboard.press('Enter');
  await w.locator('.oih[lang="en"]').waitFor();
  assert.equal(requests.length, again);
  assert.deepEqual(await checked(), ['oih-seizure=no', 'oih-opioid_use=current', 'oih-kidney=yes']);
  assert.match(page.url(), /\?lang=en$/);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Español');
  assert.deepEqual(page.errors, []);
  await context.close();
});

/** The fullest answers: every sign, the kidney and liver, three medicines. */
async function fullest(w) {
  for (const [q, a] of Object.entries({ seizure: 'no', opioid_use: 'current', duration: 'over_3_months',
    dose_increased: 'yes', response_to_increase: 'worse', kidney: 'yes', liver: 'yes', pain_worse_despite_dose: 'yes',
    more_sensitive: 'yes', pain_spread: 'yes', allodynia: 'yes', pain_different: 'yes', myoclonus: 'unsure' })) {
    await answer(w, q, a);
  }
  for (const [drug, amount, times] of [['oxycodone', '20', '3'], ['morphine', '15', '2'], ['tramadol', '50', '4']]) {
    await w.getByRole('button', { name: 'Agregar un medicamento' }).click();
    const row = w.locator('li.oih-medicine').last();
    await row.locator('select[id^="oih-drug-"]').selectOption(drug);
    await row.locator('input[id^="oih-amount-"]').fill(amount);
    await row.locator('select[id^="oih-times-"]').selectOption(times);
  }
}

test('in Spanish, axe finds no WCAG A/AA violation: first screen, the fullest result, dark mode', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await opened(`${widgetServer.url}/es.html`, { colorScheme });
    assert.deepEqual(await axeViolations(page), [], `axe: empty, ${colorScheme}`);
    await fullest(widget(page));
    for (const summary of await widget(page).locator('summary').all()) await summary.click();
    assert.deepEqual(await axeViolations(page), [], `axe: fullest, ${colorScheme}`);
    await context.close();
  }
});

test('the Spanish summary of the fullest answers prints on 2 pages or fewer, A4 and Letter, in Spanish', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oih-es-pdf-'));
  const { context, page } = await opened(`${widgetServer.url}/es.html`);
  const w = widget(page);
  await fullest(w);
  for (const format of ['A4', 'Letter']) {
    const { pages, text, flat } = await printSummary(page, w, path.join(tmp, `es-${format}.pdf`), format, 'Imprimir un resumen para su médico');
    assert.ok(pages <= 2, `${format}: ${pages} pages`);
    assert.match(flat, /Importante/);
    assert.match(flat, /MME al día/);
    for (const en of ['Your answers', 'Not sure', 'Important:', 'Sources']) assert.ok(!text.includes(en), `${format}: English "${en}" in the printed summary`);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('the embed shows its Spanish first screen before the wasm, and the widget takes over what was chosen on it', async () => {
  const { context, page } = await newPage(browser, 'about:blank');
  // The wasm held back until released: the first screen must be usable alone.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(hostPage('first', '<oih-checklist lang="es"></oih-checklist>'));
  const early = page.locator('oih-checklist [data-early]');
  await early.waitFor();
  const text = await early.innerText();
  assert.match(text, /¿Su medicamento opioide podría estar empeorando su dolor\?/);
  noEnglish(text, 'the embed\'s Spanish first screen');
  await early.locator('input[name="oih-seizure"][value="no"]').check();
  await assert.doesNotReject(early.getByText(/^1 de \d+ preguntas respondidas$/).waitFor());
  release();
  await page.locator(`oih-checklist ${LIVE}`).waitFor();
  const w = widget(page);
  assert.equal(await w.locator('.oih').getAttribute('lang'), 'es');
  assert.equal(await w.locator('input[name="oih-seizure"][value="no"]').isChecked(), true);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the sandboxed frame speaks Spanish with ?lang=es', async () => {
  const src = `${widgetServer.url}/frame.html?lang=es`;
  const { context, page } = await newPage(browser, hostPage('frame', `<iframe title="Lista" src="${src}"
    sandbox="allow-scripts allow-modals allow-downloads" style="width:100%;height:80vh;border:0"></iframe>`));
  const frame = page.frameLocator('iframe');
  await frame.locator(`oih-checklist ${LIVE}`).waitFor();
  assert.equal(await frame.locator('oih-checklist .oih').getAttribute('lang'), 'es');
  await assert.doesNotReject(frame.getByRole('heading', { name: '¿Su medicamento opioide podría estar empeorando su dolor?' }).waitFor());
  await context.close();
});

test('the pain diary opened from the Spanish widget is Spanish, from its own file', async () => {
  const { context, page, requests } = await opened(`${widgetServer.url}/es.html`);
  const w = widget(page);
  await answer(w, 'opioid_use', 'current');
  await w.getByRole('button', { name: 'Llevar un diario del dolor' }).click();
  const diary = page.locator('oih-checklist #oih-diary');
  await diary.locator('#oih-diary-title').waitFor();
  const text = await diary.innerText();
  noEnglish(text, 'the diary');
  assert.match(text, /Diario del dolor/i);
  assert.equal(files(requests, /\/oih-diary-es-[0-9a-f]+_bg\.wasm$/).length, 1);
  assert.equal(files(requests, /\/oih-diary-[0-9a-f]+_bg\.wasm$/).length, 0, 'not the English diary');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('es.html by keyboard, key by key: every question, focus where the user is', async () => {
  const { context, page } = await opened(`${widgetServer.url}/es.html`, { viewport: { width: 1280, height: 900 } });
  const press = presser((key) => page.keyboard.press(key), () => page.evaluate(where));
  const checked = await firstQuestions(press, WORDS.es);
  // Past the medicine editor's button, to the questions after it.
  await press('Tab', { focus: { tag: 'button', id: 'oih-add-medicine' }, what: 'to Agregar un medicamento' });
  await lastQuestions(press, checked, WORDS.es);
  assert.deepEqual(page.errors, []);
  await context.close();
});

/** Adds a medicine ({drug, amount, per_dose, times_per_day, purpose}, as
 * in the JSON contract) through the Spanish editor; fields the drug does
 * not have are skipped, as the core ignores them. */
async function addMedicineEs(w, { drug, amount, per_dose: perDose, times_per_day: times, purpose }) {
  await w.getByRole('button', { name: 'Agregar un medicamento' }).click();
  const row = w.locator('li.oih-medicine').last();
  await row.locator('select[id^="oih-drug-"]').selectOption(drug);
  if (drug === 'methadone' || drug === 'buprenorphine') {
    await row.locator('input[name^="oih-purpose-"]').nth(purpose === 'opioid_use_disorder' ? 1 : 0).check();
  }
  const field = row.locator('input[id^="oih-amount-"]');
  if (amount !== undefined && await field.count()) await field.fill(String(amount).replace('.', ','));
  const count = row.locator('select[id^="oih-per-dose-"]');
  if (perDose !== undefined && await count.count()) await count.selectOption(String(perDose));
  const doses = row.locator('select[id^="oih-times-"]');
  if (times !== undefined && await doses.count()) await doses.selectOption(String(times));
}

test('every vignette clicked through in Spanish agrees with the core, its MME written with a comma', async () => {
  const { context, page } = await opened(`${widgetServer.url}/es.html`);
  const w = widget(page);
  for (const { name, input } of VIGNETTES) {
    await page.goto(`${widgetServer.url}/es.html`);
    await page.locator(`oih-checklist ${LIVE}`).waitFor();
    for (const [q, a] of inOrder(input.answers)) {
      if (await w.locator(`input[name="oih-${q}"]`).count()) await answer(w, q, a);
    }
    for (const m of input.medications || []) await addMedicineEs(w, m);
    const core = assess(input);
    const section = w.locator('section.oih-result');
    const shown = await section.evaluate((s) => ({ level: s.dataset.level, action: s.dataset.action, pattern: s.dataset.pattern }));
    assert.deepEqual(shown, { level: core.level, action: core.action, pattern: core.pattern }, name);
    const figure = w.locator('.oih-mme-figure');
    const written = (await figure.count()) ? (await figure.innerText()).match(/([\d,]+) MME al día/)?.[1] : undefined;
    assert.equal(written === undefined ? null : Number(written.replace(',', '.')), core.mme_per_day ?? null, `${name}: the daily MME shown`);
    if (written) assert.ok(!/\d\.\d/.test(await figure.innerText()), `${name}: a decimal point in Spanish`);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('in Spanish, answers remembered on this device come back with the notice in Spanish, and the switch keeps remembering', async () => {
  const { context, page } = await opened(`${widgetServer.url}/es.html`);
  const w = widget(page);
  await w.getByRole('checkbox', { name: 'Recordar mis respuestas en este dispositivo' }).check();
  await answer(w, 'opioid_use', 'current');
  await answer(w, 'kidney', 'yes');
  await page.reload();
  await page.locator(`oih-checklist ${LIVE}`).waitFor();
  const notice = await w.locator('.oih-restored').innerText();
  assert.match(notice, /^Estas son respuestas guardadas en este navegador el \d+ de [a-z]+ de \d{4}\. Se borrarán el \d+ de [a-z]+ de \d{4}/);
  noEnglish(notice, 'the restored notice');
  assert.equal(await w.locator('input[name="oih-kidney"][value="yes"]').isChecked(), true);
  // To English and back in place: still remembered, no notice added by the switch.
  await page.getByRole('link', { name: 'English' }).click();
  await w.locator('.oih[lang="en"]').waitFor();
  assert.equal(await w.getByRole('checkbox', { name: 'Remember my answers on this device' }).isChecked(), true);
  await context.close();
});
