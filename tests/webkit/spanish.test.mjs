// The widget in Spanish in WebKit (Safari's engine): es.html from its first
// screen, and the standalone page's language switch, which keeps the
// answers, the medicines and the focus and loads only the Spanish widget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST } from '../e2e/harness.mjs';
import { serve, launch, open, answer, addMedicine, inWidget, pressKey, errors } from './webkit.mjs';

const hashless = (paths) => paths.map((p) => p.replace(/-[0-9a-f]{16}/, '-HASH')).sort();
const checked = (driver) => inWidget(driver, (root) => [...root.querySelectorAll('input[type="radio"]:checked')].map((i) => `${i.name}=${i.value}`));
const rootLang = (driver) => inWidget(driver, (root) => root.querySelector('.oih')?.getAttribute('lang'));

test('WebKit: es.html is Spanish, from the Spanish widget alone', async () => {
  const server = await serve(DIST);
  const driver = await launch();
  try {
    await open(driver, `${server.url}/es.html`);
    assert.equal(await driver.executeScript('return document.documentElement.lang'), 'es');
    assert.equal(await rootLang(driver), 'es');
    await answer(driver, 'seizure', 'no');
    await answer(driver, 'opioid_use', 'current');
    await addMedicine(driver, { drug: 'oxycodone', amount: '7,5', times_per_day: 4 });
    const text = await inWidget(driver, (root) => root.querySelector('.oih').innerText);
    assert.match(text, /¿Su medicamento opioide podría estar empeorando su dolor\?/);
    assert.match(text, /45 MME al día/);
    assert.doesNotMatch(text, /Add a medicine|Your result|questions answered/);
    const widgets = server.requests.filter((p) => /\/oih-checklist-/.test(p) && !p.includes('/snippets/'));
    assert.deepEqual(hashless(widgets), ['/oih-checklist-es-HASH.js', '/oih-checklist-es-HASH_bg.wasm']);
    assert.deepEqual(await errors(driver), []);
  } finally {
    await driver.stop(); await server.close();
  }
});

test('WebKit: the switch keeps the answers, the medicines and the focus', async () => {
  const server = await serve(DIST);
  const driver = await launch();
  try {
    await open(driver, `${server.url}/`);
    await answer(driver, 'seizure', 'no');
    await answer(driver, 'opioid_use', 'current');
    await answer(driver, 'liver', 'yes');
    await addMedicine(driver, { drug: 'morphine', amount: 15, times_per_day: 2 });
    const before = server.requests.length;
    await driver.executeScript("document.querySelector('.lang-switch a').focus()");
    await pressKey(driver, 'Enter');
    await driver.wait(async () => (await rootLang(driver)) === 'es', 15000, 'the widget did not switch to Spanish');
    assert.deepEqual(await checked(driver), ['oih-seizure=no', 'oih-opioid_use=current', 'oih-liver=yes']);
    const medicine = await inWidget(driver, (root) => [root.querySelector('select[id^="oih-drug-"]').value, root.querySelector('input[id^="oih-amount-"]').value]);
    assert.deepEqual(medicine, ['morphine', '15']);
    assert.match(await inWidget(driver, (root) => root.querySelector('.oih').innerText), /30 MME al día/);
    assert.equal(await driver.executeScript('return document.activeElement.textContent'), 'English');
    assert.match(await driver.getCurrentUrl(), /\/es\.html$/);
    const asked = server.requests.slice(before).filter((p) => !p.includes('/snippets/'));
    assert.deepEqual(hashless(asked), ['/oih-checklist-es-HASH.js', '/oih-checklist-es-HASH_bg.wasm']);
    assert.deepEqual(await errors(driver), []);
  } finally {
    await driver.stop(); await server.close();
  }
});
