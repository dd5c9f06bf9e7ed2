// The prerendered first screen in WebKit (see tests/e2e/first-screen.test.mjs):
// with the wasm held back by the test server, the first question is
// answered by keyboard on the first screen; once the wasm runs, the live
// widget keeps the answer and the focus, and the keyboard goes on from there;
// "Add a medicine" pressed before the wasm is pressed again once it runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DIST, LIVE } from '../e2e/harness.mjs';
import { where } from '../e2e/keys.mjs';
import { serve, launch, inWidget, pressKey, text, errors } from './webkit.mjs';

let server, driver, gate, open;
// The wasm's response waits for `gate`; `open(true)` sends it.
const hold = () => { gate = new Promise((resolve) => { open = resolve; }); };
before(async () => {
  hold();
  server = await serve(DIST, { hold: (p) => (p.endsWith('.wasm') ? gate : true) });
  driver = await launch();
});
after(async () => { open(true); await driver?.stop(); await server?.close(); });

const live = (driver) => inWidget(driver, (root, live) => !!root.querySelector(live), LIVE);

test('WebKit: an answer chosen on the first screen, before the wasm, is kept with the focus', async () => {
  await driver.get(server.url + '/');
  await driver.wait(() => inWidget(driver, (root) => !!root?.querySelector('[data-early] #oih-q-seizure-0')), 10000, 'no first screen');
  assert.equal(await live(driver), false, 'the wasm has not run yet');
  assert.equal(await driver.executeScript("return document.querySelector('oih-checklist > .fallback').getClientRects().length"), 0, 'the fallback text is hidden');
  await inWidget(driver, (root) => root.getElementById('oih-q-seizure-0').focus());
  // Yes, Yes and a doctor has checked it, No: two steps right to "No".
  await pressKey(driver, 'ArrowRight');
  await pressKey(driver, 'ArrowRight');
  let now = await driver.executeScript(where);
  assert.deepEqual([now.focus.id, now.checked], ['oih-q-seizure-2', { seizure: 'no' }]);
  assert.equal(await text(driver, '.oih-progress span'), '1 of 11 questions answered');

  open(true);
  await driver.wait(() => live(driver), 10000, 'the widget did not start');
  await driver.wait(() => inWidget(driver, (root) => [...root.querySelectorAll('button')].some((b) => /^Clear answer: In the last 4 weeks/.test(b.getAttribute('aria-label') ?? ''))), 5000,
    'the live widget did not take the answer');
  now = await driver.executeScript(where);
  assert.deepEqual([now.focus.id, now.focus.inWidget, now.checked], ['oih-q-seizure-2', true, { seizure: 'no' }]);
  await pressKey(driver, 'ArrowRight');
  now = await driver.executeScript(where);
  assert.deepEqual([now.focus.id, now.checked], ['oih-q-seizure-3', { seizure: 'unsure' }]);
  assert.deepEqual(await errors(driver), []);
});

test('WebKit: "Add a medicine" pressed before the wasm adds one row, with the focus in it, once the wasm runs', async () => {
  hold();
  await driver.get(server.url + '/');
  await driver.wait(() => inWidget(driver, (root) => !!root?.querySelector('[data-early] #oih-add-medicine')), 10000, 'no first screen');
  await inWidget(driver, (root) => root.getElementById('oih-add-medicine').focus());
  await pressKey(driver, 'Enter');
  assert.equal(await live(driver), false, 'the wasm has not run yet');
  open(true);
  await driver.wait(() => live(driver), 10000, 'the widget did not start');
  await driver.wait(() => inWidget(driver, (root) => /^oih-find-/.test(root.activeElement?.id ?? '')), 5000, 'the focus is not in a new row');
  assert.equal(await inWidget(driver, (root) => root.querySelectorAll('.oih-medicine').length), 1);
  assert.deepEqual(await errors(driver), []);
});

test('WebKit: what waited for the first frame below the fold shows after it', async () => {
  hold();
  await driver.get(server.url + '/');
  await driver.wait(() => inWidget(driver, (root) => !!root?.querySelector('[data-early] #oih-q-seizure-0')), 10000, 'no first screen');
  await driver.wait(() => inWidget(driver, (root) => !root.querySelector('[data-early]').hasAttribute('data-defer')), 5000, 'data-defer was not removed');
  assert.equal(await live(driver), false, 'the wasm has not run yet');
  const shown = () => inWidget(driver, (root) => ['#oih-q-kidney-0', '.oih-footer summary', '#oih-result-title'].map((s) => root.querySelector(s).checkVisibility()));
  assert.deepEqual(await shown(), [true, true, true]);
  // WebKit applies the rule (www/first-screen.css) where the window is low enough.
  const held = await inWidget(driver, (root) => {
    const host = root.querySelector('[data-early]');
    host.setAttribute('data-defer', '');
    const style = getComputedStyle(root.querySelector('.oih-footer')).contentVisibility;
    host.removeAttribute('data-defer');
    return [style, matchMedia('(max-height: 56em)').matches];
  });
  assert.deepEqual(held, [held[1] ? 'hidden' : 'visible', held[1]]);
  assert.deepEqual(await shown(), [true, true, true]);
  open(true);
  await driver.wait(() => live(driver), 10000, 'the widget did not start');
  assert.deepEqual(await errors(driver), []);
});
