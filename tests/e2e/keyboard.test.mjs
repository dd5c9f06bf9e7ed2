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

  // The medicine editor.
  const none = { drug: null, amount: null, times: null };
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
  await press('ArrowDown', { focus: { tag: 'select', value: 'b:Endone' }, rows: [{ drug: 'b:Endone', amount: '', times: '' }], what: 'choose Endone' });
  assert.equal(await w.locator('[id^="oih-brand-"]').innerText(), 'Endone is oxycodone.');
  await press('Tab', { focus: { tag: 'input', id: /^oih-amount-/ }, what: 'to the amount' });
  typed = '';
  for (const ch of ['1', '0', 'm', 'g']) {
    typed += ch;
    await press(ch, { focus: { id: /^oih-amount-/, value: typed }, what: `amount "${typed}"` });
    // "10m" is a unit on its way: no message while typing it.
    assert.equal(await w.locator('.oih-error').count(), 0, `no message at "${typed}"`);
  }
  await press('Tab', { focus: { tag: 'select', id: /^oih-times-/ }, what: 'to doses a day' });
  await press('3', { focus: { tag: 'select', value: '3' }, rows: [{ drug: 'b:Endone', amount: '10mg', times: '3' }], what: 'three a day' });
  assert.equal(await w.locator('.oih-row-mme').innerText(), '= 45 MME a day');
  // Back to the list: a patch brand clears amount and doses, focus stays.
  await press('Shift+Tab', { focus: { id: /^oih-amount-/ }, what: 'back to the amount' });
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
  // Durogesic comes before Endone (kept as the current choice) in the brand group.
  await press('ArrowUp', { focus: { tag: 'select', value: 'b:Durogesic' }, rows: [{ drug: 'b:Durogesic', amount: '', times: null }], what: 'choose Durogesic' });
  assert.match(await w.locator('.oih-medicine .oih-note').first().innerText(), /^Fentanyl patch is measured in mcg\/hr, so the amount and doses were cleared/);
  await press('Tab', { focus: { id: /^oih-amount-/ }, what: 'to the patch strength' });
  for (const ch of ['2', '5']) await press(ch, { focus: { id: /^oih-amount-/ }, what: `patch "${ch}"` });
  await press('Tab', { focus: { tag: 'button', label: /^Remove Durogesic \(medicine 1\)$/ }, rows: [{ drug: 'b:Durogesic', amount: '25', times: null }], what: 'to Remove' });
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
  await w.locator('label[for="oih-q-seizure-1"]').click();
  let now = await page.evaluate(where);
  assert.equal(now.focus.id, 'oih-q-seizure-1');
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
