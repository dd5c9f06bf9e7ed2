// The medicine editor with real labels: a change of drug, units typed with
// the amount, combination tablets (which number is the opioid is asked),
// the soft "check the label" warning, every brand of each country with
// each strength of its box, and the picker at 200 % zoom on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, DIST, answer, widget } from './harness.mjs';
import { axeViolations } from './axe.mjs';
import { BRANDS, DRUGS, dec, mul, figure, formOf } from './content.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// The brand table and the MME factors are read from the content files the
// widget is built from (src/content/brands.rs, src/content/drugs.rs) by
// tests/e2e/content.mjs.
const DRUG = Object.fromEntries(DRUGS.map((d) => [d.id, d]));
/** "How many at a time" by what one unit is (texts::en::per_dose_label). */
const PER_DOSE_LABEL = {
  Tablet: 'Tablets each time', Capsule: 'Capsules each time', Patch: 'Patches worn at the same time',
  Film: 'Films each time', Sublingual: 'Tablets or films each time',
};

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
  strength: row.locator('select[id^="oih-strength-"]'),
  amount: row.locator('input[id^="oih-amount-"]'),
  perDose: row.locator('select[id^="oih-per-dose-"]'),
  times: row.locator('select[id^="oih-times-"]'),
  purpose: row.locator('input[name^="oih-purpose-"]'),
});

test('a change of drug clears what was typed for the other one, says so, and never brings it back', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  const row = await addRow(w);
  const f = fields(row);
  await f.drug.selectOption('oxycodone');
  await f.amount.fill('10');
  await f.perDose.selectOption('2');
  await f.times.selectOption('3');
  assert.match(await w.locator('.oih-mme-figure').innerText(), /90 MME a day/);
  // Another unit: amount, how many and doses a day go.
  await f.drug.selectOption('fentanyl_patch');
  assert.equal(await f.amount.inputValue(), '', 'not reinterpreted as 10 mcg/hr');
  assert.equal(await f.perDose.inputValue(), '1', 'not 2 patches carried over');
  assert.equal(await f.times.count(), 0);
  assert.equal(await row.locator('.oih-note').first().innerText(),
    'Fentanyl patch is measured in mcg/hr, so the amount and doses were cleared. Enter them again from its label.');
  assert.doesNotMatch(await w.locator('.oih-mme').innerText(), /MME a day/, 'nothing counted');
  // The notice is tied to the field, and no error shows before typing.
  assert.match(await f.amount.getAttribute('aria-describedby'), /oih-cleared-/);
  assert.equal(await row.locator('.oih-error').count(), 0);
  assert.deepEqual(await axeViolations(page), [], 'axe: amount cleared');
  await f.drug.selectOption('oxycodone');
  assert.equal(await f.times.inputValue(), '', 'the hidden "3 doses a day" does not come back');
  assert.equal(await f.amount.inputValue(), '');
  assert.equal(await f.perDose.inputValue(), '1');
  // The same unit: another drug has its own strengths, so the amount goes
  // too (10 mg of oxycodone is not 10 mg of morphine); doses a day stay.
  await f.amount.fill('10');
  await f.times.selectOption('2');
  assert.equal(await row.locator('.oih-row-mme').innerText(), '= 30 MME a day');
  await f.drug.selectOption('morphine');
  assert.equal(await f.amount.inputValue(), '', 'not kept as 10 mg of morphine');
  assert.equal(await f.times.inputValue(), '2');
  assert.equal(await row.locator('.oih-note').first().innerText(),
    'Morphine has its own strengths, so the amount was cleared. Enter it again from the label.');
  assert.match(await f.amount.getAttribute('aria-describedby'), /oih-cleared-/);
  assert.equal(await row.locator('.oih-row-mme').count(), 0, 'nothing counted until the amount is typed again');
  assert.equal(await row.locator('.oih-error').count(), 0);
  // A brand of the same drug clears the amount as well: the strength is
  // chosen from its box.
  await f.amount.fill('15');
  assert.equal(await row.locator('.oih-row-mme').innerText(), '= 30 MME a day');
  await f.find.fill('ms contin');
  await f.drug.selectOption('b:MS Contin');
  assert.equal(await f.amount.count(), 0, 'a brand offers its strengths');
  assert.equal(await f.strength.inputValue(), '');
  assert.equal(await row.locator('.oih-note').first().innerText(),
    'Morphine has its own strengths, so the amount was cleared. Enter it again from the label.');
  await f.strength.selectOption('15 mg');
  assert.equal(await row.locator('.oih-row-mme').innerText(), '= 30 MME a day');
  assert.equal(await row.locator('[id^="oih-cleared-"]').count(), 0, 'the notice goes once a strength is chosen');
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

test('"5/325" typed asks which number is the opioid, with two buttons, for a brand\'s other strength or a generic (dark scheme)', async () => {
  const { page, context } = await fresh({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
  const w = widget(page);
  const row = await addRow(w);
  const f = fields(row);
  await f.find.fill('percocet');
  await f.drug.selectOption('b:Percocet');
  assert.equal(await row.locator('[id^="oih-brand-"]').innerText(), 'Percocet is oxycodone with acetaminophen.');
  // Its strengths are on the box; a strength not listed can be typed.
  assert.equal(await f.amount.count(), 0);
  await f.strength.selectOption('typed');
  assert.equal(await f.strength.locator('option:checked').textContent(), 'Another strength (type it)');
  await f.amount.fill('5/325');
  const question = 'You typed two numbers, as on a tablet with two medicines in it. Which one is the oxycodone?';
  assert.equal(await row.locator('.oih-error').innerText(), question);
  assert.equal(await f.amount.getAttribute('aria-invalid'), 'true');
  const pick = row.getByRole('group', { name: question });
  assert.deepEqual(await pick.getByRole('button').allTextContents(), ['5 mg', '325 mg']);
  assert.equal(await row.locator('.oih-row-mme').count(), 0, 'never guessed');
  assert.deepEqual(await axeViolations(page), [], 'axe: which number is the opioid');
  await pick.getByRole('button', { name: '5 mg', exact: true }).click();
  assert.equal(await f.amount.inputValue(), '5');
  assert.equal(await row.locator('.oih-error').count(), 0);
  assert.equal(await pick.count(), 0, 'the question goes once answered');
  assert.equal(await page.evaluate(() => document.querySelector('oih-checklist').shadowRoot.activeElement?.id),
    await f.amount.getAttribute('id'), 'the focus goes back to the amount');
  await f.times.selectOption('4');
  assert.equal(await row.locator('.oih-row-mme').innerText(), '= 30 MME a day');
  // Chosen by its generic name, by keyboard: the number after the slash
  // can be the opioid too (Tylenol #3 is 300 mg/30 mg).
  const second = await addRow(w);
  const g = fields(second);
  await g.drug.selectOption('codeine');
  await g.amount.fill('300/30 mg');
  const asked = second.getByRole('group', { name: 'You typed two numbers, as on a tablet with two medicines in it. Which one is the codeine?' });
  assert.deepEqual(await asked.getByRole('button').allTextContents(), ['300 mg', '30 mg']);
  await asked.getByRole('button', { name: '30 mg', exact: true }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await g.amount.inputValue(), '30');
  assert.equal(await page.evaluate(() => document.querySelector('oih-checklist').shadowRoot.activeElement?.id),
    await g.amount.getAttribute('id'));
  await g.perDose.selectOption('2');
  await g.times.selectOption('4');
  assert.equal(await second.locator('.oih-row-mme').innerText(), '= 36 MME a day');
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
  test(`every brand of ${country} is found by typing it, offers the strengths of its box, and each counts its amount with its opioid's factor`, async () => {
    const { page, context } = await fresh();
    const w = widget(page);
    const row = await addRow(w);
    const f = fields(row);
    const brands = BRANDS.filter((b) => b.countries.includes(country));
    assert.ok(brands.length >= 15, `${country} has ${brands.length} brands`);
    let counted = 0;
    for (const brand of brands) {
      // Typed as a patient might: lower case, without "#" or "-".
      await f.find.fill(brand.name.toLowerCase().replace(/[#-]/g, ' '));
      const offered = await f.drug.locator('option').evaluateAll((os) => os.map((o) => o.value));
      assert.ok(offered.includes(`b:${brand.name}`), `${brand.name} is offered`);
      await f.drug.selectOption(`b:${brand.name}`);
      const note = await row.locator('[id^="oih-brand-"]').innerText();
      assert.ok(note.startsWith(`${brand.name} is `), note);
      assert.ok(note.endsWith(brand.with ? ` with ${brand.with}.` : '.') && / with /.test(note) === !!brand.with, `${brand.name}: ${note}`);
      assert.equal(/also contains naloxone/.test(await row.innerText()), brand.naloxone, `${brand.name}: the naloxone note`);
      const drug = DRUG[brand.drug];
      // Methadone and buprenorphine ask what they are taken for.
      assert.equal(await f.purpose.count(), drug.treatsOud ? 2 : 0, `${brand.name}: what it is taken for`);
      if (!drug.factor) {
        assert.match(await row.innerText(), /Not counted: there is no reliable MME conversion/);
        assert.equal(await f.strength.count() + await f.amount.count() + await f.perDose.count(), 0);
        continue;
      }
      if (drug.treatsOud) await f.purpose.first().check(); // For pain
      // The strengths of its box, in its order; those not sold in every
      // country of the brand name theirs; another can be typed.
      const options = await f.strength.locator('option').evaluateAll((os) => os.map((o) => [o.value, o.textContent]));
      assert.deepEqual(options, [
        ['', 'Choose the strength'],
        ...brand.strengths.map((st) => [st.label, st.countries.join() === brand.countries.join() ? st.label : `${st.label} (${st.countries.join(', ')})`]),
        ['typed', 'Another strength (type it)'],
      ], `${brand.name}: its strengths`);
      const patch = brand.drug === 'fentanyl_patch';
      let last;
      for (const strength of brand.strengths.filter((st) => st.countries.includes(country))) {
        await f.strength.selectOption(strength.label);
        let amount = strength.amount;
        const form = formOf(brand, strength);
        if (form === 'Liquid') {
          // The mg taken each time is typed; the box's concentration helps.
          assert.equal(await row.locator('[id^="oih-liquid-"]').innerText(), `The box says ${strength.label}. Enter the mg you take each time, not the mL.`);
          assert.equal(await f.perDose.count(), 0, `${brand.name} ${strength.label}: no "how many" for a liquid`);
          await f.amount.fill('10');
          amount = dec(10);
        } else {
          assert.equal(await f.amount.count(), 0, `${brand.name} ${strength.label}: nothing to type`);
          assert.equal(await f.perDose.evaluate((s) => s.labels[0].textContent), PER_DOSE_LABEL[form], `${brand.name} ${strength.label}`);
          assert.equal(await f.perDose.inputValue(), '1');
          last = amount;
        }
        if (!patch) await f.times.selectOption('2');
        const expected = figure(mul(mul(drug.factor, amount), dec(patch ? 1 : 2)));
        assert.equal(await row.locator('.oih-row-mme').innerText(), `= ${expected} MME a day`,
          `${brand.name} ${strength.label}: ${figure(amount)} ${drug.unit} of ${brand.drug}`);
        counted += 1;
      }
      // Two at a time count twice.
      if (last) {
        await f.strength.selectOption(brand.strengths.filter((st) => st.countries.includes(country) && formOf(brand, st) !== 'Liquid').at(-1).label);
        await f.perDose.selectOption('2');
        const expected = figure(mul(mul(drug.factor, last), dec(patch ? 2 : 4)));
        assert.equal(await row.locator('.oih-row-mme').innerText(), `= ${expected} MME a day`, `${brand.name}: two at a time`);
      }
    }
    assert.ok(counted >= 50, `${country}: ${counted} strengths counted`);
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

/** Adds `rows` to a fresh page at 200 % zoom of a 390 px phone (390 CSS px
 * at 200 % lays out 195 CSS px). */
async function atZoom(rows) {
  const opened = await fresh({ viewport: { width: 195, height: 422 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const w = widget(opened.page);
  for (const { filter, choice, strength, amount, purpose } of rows) {
    const row = await addRow(w);
    const f = fields(row);
    if (filter) await f.find.fill(filter);
    await f.drug.selectOption(choice);
    if (purpose !== undefined) await f.purpose.nth(purpose).check();
    if (strength) await f.strength.selectOption(strength);
    if (amount) await f.amount.fill(amount);
  }
  return { ...opened, w };
}

/** What is cut off in the medicine rows: an element whose text overflows
 * it, one outside the screen, and the choice of a closed <select> (those
 * matching `selects`) that neither fits it nor is shown in full on a
 * visible line (a <select> cannot wrap its text). */
function cutOff(page, selects) {
  return page.evaluate((selects) => {
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
      for (const select of picker.querySelectorAll(selects)) {
        const name = select.selectedOptions[0].textContent;
        // (The drug's name on the picker's own lines; another choice on any
        // line of the row, like a liquid's "The box says 10 mg in 1 mL".)
        const lines = picker.querySelectorAll(select.id.startsWith('oih-drug-') ? '.oih-picker p' : 'p');
        const shownInFull = [...lines].some((p) => p.offsetWidth > 0 && p.textContent.includes(name) && p.scrollWidth <= p.clientWidth);
        const style = getComputedStyle(select);
        const probe = document.createElement('span');
        probe.style.cssText = `font: ${style.font}; white-space: nowrap; position: absolute; visibility: hidden`;
        probe.textContent = name;
        root.append(probe);
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16; // the arrow
        if (probe.offsetWidth > room && !shownInFull) clipped.push(`${select.id}: "${name}" needs ${probe.offsetWidth}px, the list shows ${room}px`);
        probe.remove();
      }
    }
    return { clipped, scroll: document.documentElement.scrollWidth, width };
  }, selects);
}

// (In Firefox the <progress> kept about 160 px in its flex row and the page
// scrolled sideways here, until `min-width: 0` in www/widget.css.)
test('at 200 % zoom on a 390 px phone, the picker fits and no text is cut off', async () => {
  // Long names, a brand's strength, a strength typed, the two-number
  // question, a patch.
  const { page, context, w } = await atZoom([
    { filter: 'tylenol', choice: 'b:Tylenol with Codeine', strength: '300 mg/60 mg (No. 4)' },
    { filter: 'hydromorph', choice: 'b:Hydromorph Contin', strength: 'typed', amount: '12.5' },
    { choice: 'hydromorphone', amount: '2/325' },
    { choice: 'fentanyl_patch', amount: '12.5' },
  ]);
  assert.equal(await w.locator('.oih-pick button').count(), 2, 'the two-number question is on screen');
  const report = await cutOff(page, 'select[id^="oih-drug-"]');
  assert.equal(report.scroll, report.width, 'no sideways scrolling');
  assert.deepEqual(await axeViolations(page), [], 'axe: 200 % zoom on a phone');
  assert.deepEqual(report.clipped, []);
  await context.close();
});

// The fields of content v3 at the same zoom: the strength chosen in its
// closed <select>, and the answers to what methadone is taken for.
test('at 200 % zoom on a 390 px phone, the strength chosen and what methadone is taken for show in full', async () => {
  const { page, context } = await atZoom([
    { filter: 'tylenol', choice: 'b:Tylenol with Codeine', strength: '300 mg/30 mg (No. 3)' },
    { filter: 'hydromorph', choice: 'b:Hydromorph Contin', strength: 'typed', amount: '12.5' },
    { filter: 'methadose', choice: 'b:Methadose', strength: '10 mg in 1 mL', amount: '12.5', purpose: 1 },
  ]);
  const report = await cutOff(page, 'select');
  assert.equal(report.scroll, report.width, 'no sideways scrolling');
  assert.deepEqual(report.clipped, []);
  await context.close();
});
