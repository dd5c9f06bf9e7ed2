// The widget in Spanish in WebKit (Safari's engine): es.html from its first
// screen, and the standalone page's language switch, which keeps the
// answers, the medicines and the focus and loads only the Spanish widget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST } from '../e2e/harness.mjs';
import { assess } from '../e2e/core.mjs';
import { VIGNETTES, inOrder } from '../e2e/vignettes.mjs';
import { serve, launch, open, exists, answer, addMedicine, inWidget, pressKey, result, text, errors } from './webkit.mjs';
import { where, presser, firstQuestions, lastQuestions, WORDS } from '../e2e/keys.mjs';

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

test('WebKit: es.html by keyboard, key by key: every question, focus where the user is', async () => {
  const server = await serve(DIST);
  const driver = await launch();
  try {
    await open(driver, `${server.url}/es.html`);
    const press = presser((key) => pressKey(driver, key), () => driver.executeScript(where));
    const checked = await firstQuestions(press, WORDS.es);
    await press('Tab', { focus: { tag: 'button', id: 'oih-add-medicine' }, what: 'to Agregar un medicamento' });
    await lastQuestions(press, checked, WORDS.es);
    assert.deepEqual(await errors(driver), []);
  } finally {
    await driver.stop(); await server.close();
  }
});

test('WebKit: every vignette clicked through in Spanish agrees with the core', async () => {
  const server = await serve(DIST);
  const driver = await launch();
  try {
    for (const { name, input } of VIGNETTES) {
      await open(driver, `${server.url}/es.html`);
      for (const [q, a] of inOrder(input.answers)) {
        if (await exists(driver, `input[name="oih-${q}"]`)) await answer(driver, q, a);
      }
      for (const m of input.medications || []) await addMedicine(driver, m);
      const core = assess(input);
      assert.deepEqual(await result(driver), { level: core.level, action: core.action, pattern: core.pattern }, name);
      const figure = (await text(driver, '.oih-mme-figure'))?.match(/([\d,]+) MME al día/)?.[1];
      assert.equal(figure === undefined ? null : Number(figure.replace(',', '.')), core.mme_per_day ?? null, `${name}: the daily MME shown`);
      assert.deepEqual(await errors(driver), [], name);
    }
  } finally {
    await driver.stop(); await server.close();
  }
});
