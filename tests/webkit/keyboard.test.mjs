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
  await press('Tab', { focus: { tag: 'button', id: 'oih-add-medicine' }, what: 'to Add a medicine' });
  await press('Enter', { focus: { tag: 'input', id: /^oih-find-/ }, rows: [{ drug: '', amount: null, times: null }], what: 'add a row' });
  let typed = '';
  for (const ch of 'Endone') {
    typed += ch;
    await press(ch === ch.toUpperCase() ? `Shift+${ch}` : ch, { focus: { id: /^oih-find-/, value: typed }, what: `filter "${typed}"` });
  }
  assert.equal(await text(driver, '[id^="oih-find-count-"]'), '1 medicine matches.');
  await press('Tab', { focus: { tag: 'select', id: /^oih-drug-/ }, what: 'to the list' });
  await press('ArrowDown', { focus: { tag: 'select', value: 'b:Endone' }, rows: [{ drug: 'b:Endone', amount: '', times: '' }], what: 'choose Endone' });
  await press('Tab', { focus: { tag: 'input', id: /^oih-amount-/ }, what: 'to the amount' });
  typed = '';
  for (const ch of '10mg') {
    typed += ch;
    await press(ch, { focus: { id: /^oih-amount-/, value: typed }, what: `amount "${typed}"` });
  }
  await press('Tab', { focus: { tag: 'select', id: /^oih-times-/ }, what: 'to doses a day' });
  await press('3', { focus: { tag: 'select', value: '3' }, rows: [{ drug: 'b:Endone', amount: '10mg', times: '3' }], what: 'three a day' });
  assert.equal(await text(driver, '.oih-row-mme'), '= 45 MME a day');
  await press('Tab', { focus: { tag: 'button', label: /^Remove Endone \(medicine 1\)$/ }, what: 'to Remove' });
  await press('Tab', { focus: { id: 'oih-add-medicine' }, what: 'to Add again' });
  await lastQuestions(press, checked);
  assert.equal((await result(driver)).level, 'several_signs');
  assert.match(await text(driver, '.oih-progress span'), /^13 of 13 /);
  assert.deepEqual(await errors(driver), []);
});
