// The medicine editor with real labels: a change of unit, units typed with
// the amount, combination tablets, the soft "check the label" warning, brand
// names of each country, and the picker at 200 % zoom on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openPage, DIST, ROOT, answer, widget } from './harness.mjs';
import { axeViolations } from './axe.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// The brand table and the MME factors, read from the content files the
// widget is built from (src/content/brands.rs, src/content/drugs.rs).
const brandsRs = fs.readFileSync(path.join(ROOT, 'src/content/brands.rs'), 'utf8');
const BRANDS = [...brandsRs.matchAll(/(brand|combo)\("([^"]+)", "([a-z_]+)", &\[([A-Za-z, ]+)\](?:, ([A-Z]+|"[a-z]+"))?\)/g)]
  .map((m) => ({ name: m[2], drug: m[3], countries: m[4].split(',').map((c) => c.trim().toUpperCase()), combination: m[1] === 'combo' }));
const drugsRs = fs.readFileSync(path.join(ROOT, 'src/content/drugs.rs'), 'utf8');
const FACTORS = Object.fromEntries([...drugsRs.matchAll(/mg\("([a-z_]+)", (\d+), (\d+)\)/g)].map((m) => [m[1], Number(m[2]) / 10 ** Number(m[3])]));
FACTORS.fentanyl_patch = 2.4;
if (BRANDS.length < 50) throw new Error(`expected the brand table in brands.rs, found ${BRANDS.length}`);

async function fresh(options = { viewport: { width: 1280, height: 900 } }) {
  const opened = await openPage(browser, server.url + '/', options);
  await answer(widget(opened.page), 'opioid_use', 'current');
  return opened;
}

async function addRow(w) {
  await w.getByRole('button', { name: 'Add a medicine' }).click();
  return w.locator('li.oih-medicine').last();
}

const fields = (row) => ({
  find: row.locator('input[id^="oih-find-"]'),
  drug: row.locator('select[id^="oih-drug-"]'),
  amount: row.locator('input[id^="oih-amount-"]'),
  times: row.locator('select[id^="oih-times-"]'),
});

test('a change to a drug in another unit clears amount and doses, says so, and never brings them back', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  const row = await addRow(w);
  const f = fields(row);
  await f.drug.selectOption('oxycodone');
  await f.amount.fill('20');
  await f.times.selectOption('3');
  assert.match(await w.locator('.oih-mme-figure').innerText(), /90 MME a day/);
  await f.drug.selectOption('fentanyl_patch');
  assert.equal(await f.amount.inputValue(), '', 'not reinterpreted as 20 mcg/hr');
  assert.equal(await f.times.count(), 0);
  assert.equal(await row.locator('.oih-note').first().innerText(),
    'Fentanyl patch is measured in mcg/hr, so the amount and doses were cleared. Enter them again from its label.');
  assert.doesNotMatch(await w.locator('.oih-mme').innerText(), /48 MME/);
  // The notice is tied to the field, and no error shows before typing.
  assert.match(await f.amount.getAttribute('aria-describedby'), /oih-cleared-/);
  assert.equal(await row.locator('.oih-error').count(), 0);
  assert.deepEqual(await axeViolations(page), [], 'axe: amount cleared');
  await f.drug.selectOption('oxycodone');
  assert.equal(await f.times.inputValue(), '', 'the hidden "3 doses a day" does not come back');
  assert.equal(await f.amount.inputValue(), '');
  // Same unit: a corrected pick keeps what was typed.
  await f.amount.fill('10');
  await f.drug.selectOption('morphine');
  assert.equal(await f.amount.inputValue(), '10');
  await context.close();
});

test('an amount may carry the drug\'s own unit; another unit is named, not converted', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  const row = await addRow(w);
  const f = fields(row);
  await f.drug.selectOption('oxycodone');
  await f.times.selectOption('2');
  for (const typed of ['10mg', '10 mg', '10 MG', '10 milligrams']) {
    await f.amount.fill(typed);
    await f.amount.blur();
    assert.equal(await row.locator('.oih-row-mme').innerText(), '= 30 MME a day', typed);
    assert.equal(await row.locator('.oih-error').count(), 0, typed);
  }
  await f.amount.fill('25 mcg/hr');
  assert.equal(await row.locator('.oih-error').innerText(), 'Oxycodone is measured in mg. Enter the amount in mg, as on the label.');
  assert.equal(await f.amount.getAttribute('aria-invalid'), 'true');
  await f.drug.selectOption('fentanyl_patch');
  for (const typed of ['25 mcg/hr', '25mcg/h', '25 micrograms/hour', '25 µg/h']) {
    await f.amount.fill(typed);
    assert.equal(await row.locator('.oih-row-mme').innerText(), '= 60 MME a day', typed);
  }
  await f.amount.fill('25 mg');
  assert.equal(await row.locator('.oih-error').innerText(), 'Fentanyl patch is measured in mcg/hr. Enter the amount in mcg/hr, as on the label.');
  assert.deepEqual(await axeViolations(page), [], 'axe: another unit');
  await context.close();
});

test('messages wait until the user typed or left the field', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  const row = await addRow(w);
  const f = fields(row);
  await f.drug.selectOption('morphine');
  assert.equal(await row.locator('.oih-error').count(), 0);
  assert.doesNotMatch(await row.innerText(), /Not counted until the entry is fixed/);
  // A unit on its way ("10 m") is not an error yet.
  await f.amount.pressSequentially('10 m');
  assert.equal(await row.locator('.oih-error').count(), 0);
  await f.amount.blur();
  assert.equal(await row.locator('.oih-error').innerText(), 'Enter a number, like 7.5.');
  assert.match(await row.innerText(), /Not counted until the entry is fixed/);
  await f.amount.fill('');
  await f.amount.blur();
  assert.equal(await row.locator('.oih-error').innerText(), 'This is required.');
  await context.close();
});

test('"5/325" asks for the opioid part, naming it, with or without the brand (dark scheme)', async () => {
  const { page, context } = await fresh({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
  const w = widget(page);
  const row = await addRow(w);
  const f = fields(row);
  await f.find.fill('percocet');
  await f.drug.selectOption('b:Percocet');
  assert.equal(await row.locator('[id^="oih-brand-"]').innerText(),
    'Percocet is oxycodone with acetaminophen. Enter only the oxycodone part: on most labels it is the first number.');
  assert.match(await f.amount.getAttribute('aria-describedby'), /oih-brand-/);
  await f.amount.fill('5/325');
  assert.equal(await row.locator('.oih-error').innerText(),
    'Percocet has oxycodone and acetaminophen. Enter only the oxycodone part in mg: on most labels it is the first number, like 5 in 5/325.');
  assert.deepEqual(await axeViolations(page), [], 'axe: combination hint');
  await f.amount.fill('5');
  await f.times.selectOption('4');
  assert.equal(await row.locator('.oih-row-mme').innerText(), '= 30 MME a day');
  // Chosen by its generic name, the form cannot know the other part.
  const second = await addRow(w);
  const g = fields(second);
  await g.drug.selectOption('hydrocodone');
  await g.amount.fill('10/325 mg');
  assert.equal(await second.locator('.oih-error').innerText(),
    'This looks like a tablet with two medicines in it. Enter only the hydrocodone part in mg: on most labels it is the first number, like 5 in 5/325.');
  await context.close();
});

test('above 1000 MME a day for one medicine, a soft "check the label" warning; it still counts (dark scheme)', async () => {
  const { page, context } = await fresh({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
  const w = widget(page);
  const row = await addRow(w);
  const f = fields(row);
  await f.drug.selectOption('morphine');
  await f.amount.fill('1000');
  await f.times.selectOption('1');
  assert.equal(await row.locator('.oih-check-label').count(), 0, 'exactly 1000 is not above');
  await f.amount.fill('2000');
  await f.times.selectOption('24');
  assert.equal(await row.locator('.oih-check-label').innerText(),
    'This is a very high daily dose for one medicine. Please check the amount and doses a day against the label. It is still counted.');
  assert.match(await w.locator('.oih-mme-figure').innerText(), /48000 MME a day/);
  assert.equal(await row.locator('.oih-error').count(), 0, 'a warning, not an error');
  assert.deepEqual(await axeViolations(page), [], 'axe: check the label');
  assert.equal(await w.locator('section.oih-result').getAttribute('data-level'), 'few_signs');
  await context.close();
});

for (const country of ['US', 'UK', 'AU', 'CA']) {
  test(`every brand name of ${country} is found by typing it, and counts as its opioid`, async () => {
    const { page, context } = await fresh();
    const w = widget(page);
    const row = await addRow(w);
    const f = fields(row);
    const brands = BRANDS.filter((b) => b.countries.includes(country));
    assert.ok(brands.length >= 8, `${country} has ${brands.length} brands`);
    for (const brand of brands) {
      // Typed as a patient might: lower case, without "#" or "-".
      await f.find.fill(brand.name.toLowerCase().replace(/[#-]/g, ' '));
      const offered = await f.drug.locator('option').evaluateAll((os) => os.map((o) => o.value));
      assert.ok(offered.includes(`b:${brand.name}`), `${brand.name} is offered`);
      await f.drug.selectOption(`b:${brand.name}`);
      const note = await row.locator('[id^="oih-brand-"]').innerText();
      assert.ok(note.startsWith(`${brand.name} is `), note);
      assert.equal(/ with /.test(note), brand.combination, `${brand.name}: combination hint`);
      const factor = FACTORS[brand.drug];
      if (factor === undefined) {
        assert.match(await row.innerText(), /Not counted: there is no reliable MME conversion/);
        continue;
      }
      const patch = brand.drug === 'fentanyl_patch';
      await f.amount.fill(patch ? '25' : '10');
      if (!patch) await f.times.selectOption('2');
      const expected = Math.round(factor * (patch ? 25 : 20) * 100) / 100;
      assert.equal(await row.locator('.oih-row-mme').innerText(), `= ${expected} MME a day`, `${brand.name} uses the factor of ${brand.drug}`);
    }
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

test('generic names are found too, and a filter with no match says what to do', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  const row = await addRow(w);
  const f = fields(row);
  await f.find.fill('oxycodone');
  const offered = await f.drug.locator('option').evaluateAll((os) => os.map((o) => o.value));
  assert.ok(offered.includes('oxycodone'));
  assert.ok(offered.includes('b:Endone') && offered.includes('b:Percocet'), 'brands of the opioid are offered with it');
  assert.ok(!offered.includes('morphine'));
  await f.find.fill('zzz');
  assert.equal(await row.locator('[id^="oih-find-count-"]').innerText(), 'Nothing matches. If your medicine is not listed, choose Another opioid.');
  assert.deepEqual(await axeViolations(page), [], 'axe: no match');
  await context.close();
});

// (In Firefox the <progress> kept about 160 px in its flex row and the page
// scrolled sideways here, until `min-width: 0` in www/widget.css.)
test('at 200 % zoom on a 390 px phone, the picker fits and no text is cut off', async () => {
  // 390 CSS px at 200 % zoom lays out 195 CSS px.
  const { page, context } = await fresh({ viewport: { width: 195, height: 422 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const w = widget(page);
  for (const [filter, choice] of [['tylenol', 'b:Tylenol with Codeine'], ['hydromorph', 'b:Hydromorph Contin'], ['', 'hydromorphone'], ['', 'fentanyl_patch']]) {
    const row = await addRow(w);
    const f = fields(row);
    if (filter) await f.find.fill(filter);
    await f.drug.selectOption(choice);
    await f.amount.fill('12.5');
  }
  const report = await page.evaluate(() => {
    const root = document.querySelector('oih-checklist').shadowRoot;
    const width = document.documentElement.clientWidth;
    const clipped = [];
    for (const picker of root.querySelectorAll('.oih-medicine')) {
      for (const el of [picker, ...picker.querySelectorAll('*')]) {
        if (el.tagName === 'OPTION' || el.tagName === 'OPTGROUP') continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0) continue;
        // A text field scrolls what is typed into it by design; everything
        // else must show its text in full.
        if (el.tagName !== 'INPUT' && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) clipped.push(`${el.tagName}#${el.id}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
        if (r.right > width + 1 || r.left < -1) clipped.push(`${el.tagName}#${el.id} outside the screen`);
      }
      // The chosen name fits the closed <select>, or is shown in full on a
      // visible line of the picker (a <select> cannot wrap its text).
      const select = picker.querySelector('select[id^="oih-drug-"]');
      const name = select.selectedOptions[0].textContent;
      const shownInFull = [...picker.querySelectorAll('.oih-picker p')].some((p) => p.offsetWidth > 0 && p.textContent.includes(name) && p.scrollWidth <= p.clientWidth);
      const style = getComputedStyle(select);
      const probe = document.createElement('span');
      probe.style.cssText = `font: ${style.font}; white-space: nowrap; position: absolute; visibility: hidden`;
      probe.textContent = select.selectedOptions[0].textContent;
      root.append(probe);
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16; // the arrow
      if (probe.offsetWidth > room && !shownInFull) clipped.push(`"${probe.textContent}" needs ${probe.offsetWidth}px, the list shows ${room}px`);
      probe.remove();
    }
    return { clipped, scroll: document.documentElement.scrollWidth, width };
  });
  assert.deepEqual(report.clipped, []);
  assert.deepEqual(await axeViolations(page), [], 'axe: 200 % zoom on a phone');
  assert.equal(report.scroll, report.width, 'no sideways scrolling');
  await context.close();
});
