// Failures and hostile input: a panic inside the widget, junk typed into
// medicine fields, and browsers without JavaScript or WebAssembly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, launch, newContext, openPage, DIST, ROOT, answer, widget, LIVE } from './harness.mjs';

const CRASH_DIST = path.join(ROOT, 'target/crash-test-dist');
let server, crashServer, browser;
before(async () => {
  if (!fs.existsSync(path.join(CRASH_DIST, 'index.html'))) execFileSync(path.join(ROOT, 'scripts/build-crash-test.sh'), { stdio: 'inherit' });
  server = await serve(DIST);
  crashServer = await serve(CRASH_DIST);
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); await crashServer?.close(); });

test('a panic inside the widget shows a polite error with a way to start again', async () => {
  const { page, context } = await openPage(browser, crashServer.url + '/');
  const [first, second] = [widget(page, 0), widget(page, 1)];
  await answer(first, 'opioid_use', 'current');
  await first.getByRole('button', { name: 'Add a medicine' }).click();
  await first.locator('select[id^="oih-drug-"]').selectOption('morphine');
  await first.locator('input[id^="oih-amount-"]').fill('__panic__');
  // Every widget of the page, each in its language (the second is Spanish).
  for (const [w, words] of [[first, [/Sorry, something went wrong/, /None of your answers were sent anywhere/]],
    [second, [/Lo sentimos, algo salió mal/, /No se envió ninguna de sus respuestas a ninguna parte/]]]) {
    const alert = w.getByRole('alert');
    await alert.waitFor();
    for (const said of words) assert.match(await alert.innerText(), said);
  }
  // Built with panic=immediate-abort, as shipped: the panic is a wasm trap,
  // which goes on to the console for developers.
  assert.ok(page.errors.some((e) => /unreachable/i.test(e)), `the trap itself reaches the console: ${page.errors}`);
  // "Start again" reloads: a fresh, working widget.
  await Promise.all([page.waitForEvent('load'), first.getByRole('button', { name: 'Start again' }).click()]);
  await widget(page).locator(LIVE).waitFor();
  await answer(widget(page), 'opioid_use', 'never');
  assert.equal(await widget(page).locator('section.oih-result').getAttribute('data-level'), 'not_applicable');
  await context.close();
});

const JUNK = [
  ['letters', 'ten mg', 'Enter a number, like 7.5.'],
  ['an overflowing exponent', '1e309', 'Enter a number, like 7.5.'],
  ['minus zero', '-0', 'Enter an amount above 0 and up to 10000 mg.'],
  ['a 30-digit number', '123456789012345678901234567890', 'Enter an amount above 0 and up to 10000 mg.'],
  ['pasted emoji', '💊💊', 'Enter a number, like 7.5.'],
  ['10 000 characters', '9'.repeat(10000), 'Enter an amount above 0 and up to 10000 mg.'],
  ['a comma that could group thousands', '1,500', 'Write the number without a comma (1500) or with a point (1.5): a comma before three digits could mean either.'],
  ['two commas', '1,000,000', 'Write the number without a comma (1500) or with a point (1.5): a comma before three digits could mean either.'],
  ['zero', '0', 'Enter an amount above 0 and up to 10000 mg.'],
  ['too many decimals', '0.' + '1'.repeat(40), 'Use at most 28 digits after the decimal point.'],
];

test('medicine fields survive typed junk with a clear message and no lost entries', async () => {
  const { page, context } = await openPage(browser, server.url + '/');
  const w = widget(page);
  await answer(w, 'opioid_use', 'current');
  const add = w.getByRole('button', { name: 'Add a medicine' });
  await add.click();
  const good = w.locator('li.oih-medicine').first();
  await good.locator('select[id^="oih-drug-"]').selectOption('morphine');
  await good.locator('input[id^="oih-amount-"]').fill('15');
  await good.locator('select[id^="oih-times-"]').selectOption('2');
  await add.click();
  const row = w.locator('li.oih-medicine').nth(1);
  await row.locator('select[id^="oih-drug-"]').selectOption('morphine');
  await row.locator('select[id^="oih-times-"]').selectOption('1');
  const amount = row.locator('input[id^="oih-amount-"]');
  for (const [what, typed, message] of JUNK) {
    await amount.fill(typed);
    await amount.blur();
    assert.equal(await row.locator('.oih-error').innerText(), message, what);
    assert.equal(await amount.inputValue(), typed, `${what}: the text is kept`);
    assert.equal(await w.locator('li.oih-medicine').count(), 2, `${what}: no entry lost`);
    assert.match(await w.locator('.oih-mme-figure').innerText(), /30 MME a day/, `${what}: the good entry still counts`);
  }
  // A decimal comma is a decimal point: 7,5 mg once a day is 7.5 MME.
  await amount.fill('7,5');
  await amount.blur();
  assert.equal(await row.locator('.oih-error').count(), 0, 'a decimal comma is no error');
  assert.equal(await amount.inputValue(), '7,5', 'the text is kept as typed');
  assert.equal(await row.locator('.oih-row-mme').innerText(), '= 7.5 MME a day');
  assert.match(await w.locator('.oih-mme-figure').innerText(), /37\.5 MME a day/);
  await amount.fill('60');
  assert.equal(await row.locator('.oih-error').count(), 0);
  assert.match(await w.locator('.oih-mme-figure').innerText(), /90 MME a day/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

for (const [what, options, init] of [
  ['with scripts disabled', { javaScriptEnabled: false }, null],
  ['without WebAssembly', {}, () => { delete globalThis.WebAssembly; }],
]) {
  for (const file of ['index.html', 'embed-demo.html']) {
    test(`${file} ${what} shows a short fallback message, not an empty box, and fetches no wasm`, async () => {
      const context = await newContext(browser, options);
      if (init) await context.addInitScript(init);
      const page = await context.newPage();
      const asked = server.requests.length;
      await page.goto(`${server.url}/${file}`);
      await page.waitForTimeout(500);
      assert.deepEqual(server.requests.slice(asked).filter((p) => p.endsWith('.wasm')), [], 'no wasm fetched that cannot run');
      // The element's own text shows (index.html's prerendered first
      // screen keeps a <slot> for it); no question does.
      const fallback = page.locator('oih-checklist > :not(template)').first();
      assert.ok(await fallback.isVisible());
      assert.match(await fallback.innerText(), /JavaScript and WebAssembly/);
      assert.equal(await page.getByRole('radio').count(), 0);
      await context.close();
    });
  }
}
