// The keyboard in WebKit, key by key (the checks of tests/e2e/keys.mjs):
// Tab, Space and the arrow keys through every question, focus staying on
// the answer just chosen as the widget re-renders; the medicine editor.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DIST } from '../e2e/harness.mjs';
import { where, presser, firstQuestions, lastQuestions } from '../e2e/keys.mjs';
import { serve, launch, open, pressKey, result, text, errors } from './webkit.mjs';

let server, driver;
before(async () => { server = await serve(DIST); driver = await launch(); });
after(async () => { await driver?.stop(); await server?.close(); });

test('WebKit: every question and the medicine editor, key by key: focus stays where the user is', async () => {
  await open(driver, server.url + '/');
  const press = presser((key) => pressKey(driver, key), () => driver.executeScript(where));
  const checked = await firstQuestions(press);
  // The medicine editor (content v3): a brand's strength from its list, how
  // many at a time, doses a day; then a generic with two numbers typed,
  // which asks which one is the opioid (a button), the focus back on the field.
  await press('Tab', { focus: { tag: 'button', id: 'oih-add-medicine' }, what: 'to Add a medicine' });
  await press('Enter', { focus: { tag: 'input', id: /^oih-find-/ }, rows: [{ drug: '', strength: null, amount: null, perDose: null, times: null }], what: 'add a row' });
  let typed = '';
  for (const ch of 'Endone') {
    typed += ch;
    await press(ch === ch.toUpperCase() ? `Shift+${ch}` : ch, { focus: { id: /^oih-find-/, value: typed }, what: `filter "${typed}"` });
  }
  assert.equal(await text(driver, '[id^="oih-find-count-"]'), '1 medicine matches.');
  await press('Tab', { focus: { tag: 'select', id: /^oih-drug-/ }, what: 'to the list' });
  const endone = { drug: 'b:Endone', strength: '', amount: null, perDose: '1', times: '' };
  await press('ArrowDown', { focus: { tag: 'select', value: 'b:Endone' }, rows: [endone], what: 'choose Endone' });
  await press('Tab', { focus: { tag: 'select', id: /^oih-strength-/ }, what: 'to the strength' });
  await press('ArrowDown', { focus: { tag: 'select', value: '5 mg' }, rows: [{ ...endone, strength: '5 mg' }], what: 'the 5 mg tablet' });
  await press('Tab', { focus: { tag: 'select', id: /^oih-per-dose-/ }, what: 'to how many at a time' });
  await press('2', { focus: { tag: 'select', value: '2' }, what: 'two tablets' });
  await press('Tab', { focus: { tag: 'select', id: /^oih-times-/ }, what: 'to doses a day' });
  await press('3', { focus: { tag: 'select', value: '3' }, rows: [{ ...endone, strength: '5 mg', perDose: '2', times: '3' }], what: 'three a day' });
  assert.equal(await text(driver, '.oih-row-mme'), '= 45 MME a day');
  await press('Tab', { focus: { tag: 'button', label: /^Remove Endone \(medicine 1\)$/ }, what: 'to Remove' });
  await press('Tab', { focus: { id: 'oih-add-medicine' }, what: 'to Add again' });
  // A generic typed as "5/325": two buttons ask which is the oxycodone.
  await press('Enter', { focus: { tag: 'input', id: /^oih-find-/ }, what: 'a second row' });
  for (const ch of 'oxyc') await press(ch, { focus: { id: /^oih-find-/ }, what: `filter "${ch}"` });
  await press('Tab', { focus: { tag: 'select', id: /^oih-drug-/ }, what: 'to the list' });
  await press('ArrowDown', { focus: { tag: 'select', value: 'oxycodone' }, what: 'choose oxycodone' });
  await press('Tab', { focus: { tag: 'input', id: /^oih-amount-/ }, what: 'to the strength typed' });
  for (const ch of '5/325') await press(ch, { focus: { id: /^oih-amount-/ }, what: `amount "${ch}"` });
  await press('Tab', { focus: { tag: 'button', label: '5 mg' }, what: 'to the first number' });
  await press('Enter', { focus: { id: /^oih-amount-/, value: '5' }, what: 'the 5 is the oxycodone' });
  await press('Tab', { focus: { id: /^oih-per-dose-/ }, what: 'to how many' });
  await press('Tab', { focus: { id: /^oih-times-/ }, what: 'to doses a day' });
  await press('2', { focus: { tag: 'select', value: '2' }, what: 'twice a day' });
  await press('Tab', { focus: { tag: 'button', label: /^Remove Oxycodone \(medicine 2\)$/ }, what: 'to Remove' });
  await press('Tab', { focus: { id: 'oih-add-medicine' }, what: 'to Add again' });
  await lastQuestions(press, checked);
  assert.equal((await result(driver)).level, 'several_signs');
  assert.match(await text(driver, '.oih-progress span'), /^13 of 13 /);
  assert.deepEqual(await errors(driver), []);
});
