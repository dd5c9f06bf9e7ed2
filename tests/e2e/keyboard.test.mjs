// The keyboard, key by key: after every key press, where focus is (the deep
// active element, through the shadow root) and what is chosen. Every
// question, in the order shown, then the medicine editor.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, DIST, widget } from './harness.mjs';
import { where, presser, firstQuestions, lastQuestions } from './keys.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** `press(key, expected)` on `page`: see keys.mjs. */
const pressOn = (page) => presser((key) => page.keyboard.press(key), () => page.evaluate(where));

test('every question and the medicine editor, key by key: focus stays where the user is', async () => {
  const { page, context } = await openPage(browser, server.url + '/', { viewport: { width: 1280, height: 900 } });
  const press = pressOn(page);
  const checked = await firstQuestions(press);

  // The medicine editor (content v3): a brand's strength from its list, how
  // many at a time, doses a day; then a patch brand, which clears them.
  const none = { drug: null, strength: null, amount: null, perDose: null, times: null };
  await press('Tab', { focus: { tag: 'button', id: 'oih-add-medicine' }, what: 'to Add a medicine' });
  await press('Enter', { focus: { tag: 'input', id: /^oih-find-/ }, rows: [{ ...none, drug: '' }], what: 'add a row' });
  let typed = '';
  for (const ch of 'Endone') {
    typed += ch;
    await press(ch === ch.toUpperCase() ? `Shift+${ch}` : ch, { focus: { id: /^oih-find-/, value: typed }, what: `filter "${typed}"` });
  }
  const w = widget(page);
  assert.equal(await w.locator('[id^="oih-find-count-"]').innerText(), '1 medicine matches.');
  await press('Tab', { focus: { tag: 'select', id: /^oih-drug-/ }, what: 'to the list' });
  const endone = { drug: 'b:Endone', strength: '', amount: null, perDose: '1', times: '' };
  await press('ArrowDown', { focus: { tag: 'select', value: 'b:Endone' }, rows: [endone], what: 'choose Endone' });
  assert.equal(await w.locator('[id^="oih-brand-"]').innerText(), 'Endone is oxycodone.');
  await press('Tab', { focus: { tag: 'select', id: /^oih-strength-/ }, what: 'to the strength' });
  await press('ArrowDown', { focus: { tag: 'select', value: '5 mg' }, rows: [{ ...endone, strength: '5 mg' }], what: 'the 5 mg tablet' });
  assert.equal(await w.locator('.oih-error').count(), 0, 'no message');
  await press('Tab', { focus: { tag: 'select', id: /^oih-per-dose-/ }, what: 'to how many at a time' });
  await press('2', { focus: { tag: 'select', value: '2' }, what: 'two tablets' });
  await press('Tab', { focus: { tag: 'select', id: /^oih-times-/ }, what: 'to doses a day' });
  await press('3', { focus: { tag: 'select', value: '3' }, rows: [{ ...endone, strength: '5 mg', perDose: '2', times: '3' }], what: 'three a day' });
  assert.equal(await w.locator('.oih-row-mme').innerText(), '= 45 MME a day');
  // Back to the list: a patch brand clears strength and doses, focus stays.
  await press('Shift+Tab', { focus: { id: /^oih-per-dose-/ }, what: 'back to how many' });
  await press('Shift+Tab', { focus: { id: /^oih-strength-/ }, what: 'back to the strength' });
  await press('Shift+Tab', { focus: { tag: 'select', id: /^oih-drug-/ }, what: 'back to the list' });
  // The list shows what matches "Endone" and the current choice only; clear the filter first.
  await press('Shift+Tab', { focus: { id: /^oih-find-/ }, what: 'back to the filter' });
  await press('Control+A', { focus: { id: /^oih-find-/, value: 'Endone' }, what: 'select the filter text' });
  await press('Backspace', { focus: { id: /^oih-find-/, value: '' }, what: 'clear the filter' });
  typed = '';
  for (const ch of 'durog') {
    typed += ch;
    await press(ch, { focus: { id: /^oih-find-/, value: typed }, what: `filter "${typed}"` });
  }
  await press('Tab', { focus: { tag: 'select' }, what: 'to the list again' });
  // The current choice (Endone) stays first in the brand group; Durogesic follows.
  const patch = { drug: 'b:Durogesic', strength: '', amount: null, perDose: '1', times: null };
  await press('ArrowDown', { focus: { tag: 'select', value: 'b:Durogesic' }, rows: [patch], what: 'choose Durogesic' });
  assert.match(await w.locator('.oih-medicine .oih-note').first().innerText(), /^Fentanyl patch is measured in mcg\/hr, so the amount and doses were cleared/);
  await press('Tab', { focus: { id: /^oih-strength-/ }, what: 'to the patch strength' });
  await press('ArrowDown', { focus: { value: '12 mcg/hr' }, what: 'the 12' });
  await press('ArrowDown', { focus: { value: '25 mcg/hr' }, what: 'the 25' });
  await press('Tab', { focus: { id: /^oih-per-dose-/ }, what: 'to patches worn together' });
  await press('Tab', { focus: { tag: 'button', label: /^Remove Durogesic \(medicine 1\)$/ }, rows: [{ ...patch, strength: '25 mcg/hr' }], what: 'to Remove' });
  assert.equal(await w.locator('.oih-row-mme').innerText(), '= 60 MME a day');
  await press('Tab', { focus: { id: 'oih-add-medicine' }, what: 'to Add again' });

  await lastQuestions(press, checked);
  const section = w.locator('section.oih-result');
  assert.equal(await section.getAttribute('data-level'), 'several_signs');
  assert.match(await w.locator('.oih-progress span').innerText(), /^13 of 13 /);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a visible focus ring goes around the whole answer, not just the small circle', async () => {
  const { page, context } = await openPage(browser, server.url + '/');
  // (Past the page's language switch.)
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const root = document.querySelector('oih-checklist').shadowRoot;
    const input = root.activeElement;
    const box = input.closest('.oih-option');
    const style = getComputedStyle(box);
    const r = box.getBoundingClientRect();
    const label = box.querySelector('label').getBoundingClientRect();
    return { outline: style.outlineStyle, width: parseFloat(style.outlineWidth), coversLabel: r.right >= label.right && r.left <= label.left };
  });
  assert.equal(ring.outline, 'solid');
  assert.ok(ring.width >= 2);
  assert.ok(ring.coversLabel);
  await context.close();
});

test('clicking an answer keeps focus on it, so the arrow keys go on from there', async () => {
  const { page, context } = await openPage(browser, server.url + '/', { viewport: { width: 1280, height: 900 } });
  const w = widget(page);
  // The seizure's "No" (by its value: the second answer is "Yes, and a
  // doctor has checked it" since content v3).
  const no = await w.locator('input[name="oih-seizure"][value="no"]').getAttribute('id');
  await w.locator(`label[for="${no}"]`).click();
  let now = await page.evaluate(where);
  assert.equal(now.focus.id, no);
  assert.equal(now.checked.seizure, 'no');
  await page.keyboard.press('ArrowRight');
  now = await page.evaluate(where);
  assert.equal(now.focus.value, 'unsure');
  assert.equal(now.checked.seizure, 'unsure');
  // Two ArrowRight presses on "How long..." end on "More than 3 months".
  await w.locator('label[for="oih-q-opioid_use-0"]').click();
  await w.locator('label[for="oih-q-duration-0"]').click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  now = await page.evaluate(where);
  assert.equal(now.checked.duration, 'over_3_months');
  assert.equal(now.focus.value, 'over_3_months');
  await context.close();
});
