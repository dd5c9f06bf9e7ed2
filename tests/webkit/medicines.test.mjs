// The medicine editor in WebKit: a medicine added from the list with its
// amount and doses shows its daily MME; a bad amount gets its message next
// to the field and keeps what was typed, for correction.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DIST } from '../e2e/harness.mjs';
import { serve, launch, open, inWidget, answer, addMedicine, pressKey, result, text, type, errors } from './webkit.mjs';

let server, driver;
before(async () => { server = await serve(DIST); driver = await launch(); });
after(async () => { await driver?.stop(); await server?.close(); });

const LAST = 'li.oih-medicine:last-of-type';

/** The last row's amount field: what it holds, its message and how the two are tied. */
const amountField = () => inWidget(driver, (root, row) => {
  const input = root.querySelector(`${row} input[id^="oih-amount-"]`);
  const error = root.querySelector(`${row} .oih-error`);
  return { value: input.value, invalid: input.getAttribute('aria-invalid'), describedBy: input.getAttribute('aria-describedby'),
    error: error?.innerText.trim() ?? null, errorId: error?.id ?? null };
}, LAST);

test('WebKit: medicines add up to a daily MME; a bad amount is named next to the field and kept', async () => {
  await open(driver, server.url + '/');
  await answer(driver, 'opioid_use', 'current');
  await addMedicine(driver, { drug: 'morphine', amount: 30, times_per_day: 2 });
  assert.equal(await text(driver, `${LAST} .oih-row-mme`), '= 60 MME a day');
  assert.match(await text(driver, '.oih-mme-figure'), /\b60 MME a day/);

  await addMedicine(driver, { drug: 'oxycodone', amount: 'ten', times_per_day: 2 });
  await pressKey(driver, 'Tab'); // leave the field: its message shows
  const { describedBy, errorId, ...bad } = await amountField();
  assert.deepEqual(bad, { value: 'ten', invalid: 'true', error: 'Enter a number, like 7.5.' });
  assert.equal(describedBy, errorId, 'the field is described by its message');
  assert.match(await text(driver, '.oih-mme-figure'), /\b60 MME a day/, 'the valid medicine still counts');
  assert.match(await text(driver, '.oih-mme'), /1 medicine is not counted/);

  await type(driver, `${LAST} input[id^="oih-amount-"]`, '10');
  assert.equal((await amountField()).error, null);
  assert.match(await text(driver, '.oih-mme-figure'), /\b90 MME a day/);
  assert.equal((await result(driver)).level, 'few_signs');
  assert.match(await text(driver, 'section.oih-result'), /High daily dose/);
  assert.deepEqual(await errors(driver), []);
});
