// What WebKit fetches, by the test server's own log and by the page's
// resource timing entries: each file of the page once on a first load (the
// wasm too: it used to come twice, see scripts/post-build.mjs), and while
// the checklist is used nothing but the widget's own on-demand.js, contract
// wasm and summary-actions.js (which make and print the summary, loaded on
// first use), once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST, fetchedTwice } from '../e2e/harness.mjs';
import { QUESTIONS } from '../e2e/questions.mjs';
import { serve, launch, open, exists, clickButton, answer, addMedicine, errors } from './webkit.mjs';

/** Every resource the page has loaded, by its timing entries (any origin). */
const entries = (driver) => driver.executeScript("return performance.getEntriesByType('resource').map((e) => e.name)");

/** The files that make and print the summary (on-demand.js, the contract
 * wasm and summary-actions.js), as paths without their hashes. */
const CONTRACT = ['/oih-evaluate-HASH.js', '/oih-evaluate-HASH_bg.wasm', '/snippets/oih-checklist-HASH/www/on-demand.js',
  '/snippets/oih-checklist-HASH/www/summary-actions.js'];
const hashless = (paths) => paths.map((p) => p.replace(/-[0-9a-f]{16}/, '-HASH')).sort();

/** Uses every part of the widget: each answer of each question shown, medicines, details, print, copy, clear and undo. */
async function session(driver) {
  for (const [q, values] of QUESTIONS) {
    for (const v of values) if (await exists(driver, `input[name="oih-${q}"][value="${v}"]`)) await answer(driver, q, v);
  }
  await answer(driver, 'opioid_use', 'current');
  await addMedicine(driver, { drug: 'oxycodone', amount: 10, times_per_day: 3 });
  await addMedicine(driver, { drug: 'fentanyl_patch', amount: 25 });
  await addMedicine(driver, { drug: 'tramadol', amount: 'junk', times_per_day: 2 });
  await driver.executeScript("document.querySelector('oih-checklist').shadowRoot.querySelectorAll('summary').forEach((s) => s.click())");
  // The print dialog would block WebDriver: record the call instead.
  await driver.executeScript("window.print = () => { dispatchEvent(new Event('beforeprint')); dispatchEvent(new Event('afterprint')); }");
  for (const name of ['Print a summary for your doctor', 'Copy summary as text', 'Clear all answers', 'Undo']) await clickButton(driver, name);
}

for (const file of ['/', '/embed-demo.html']) {
  test(`WebKit fetches each file once and nothing after load (${file})`, async () => {
    const server = await serve(DIST); // its own origin: nothing cached
    const driver = await launch();
    try {
      await open(driver, server.url + file);
      await driver.wait(() => driver.executeScript("return document.readyState === 'complete'"), 10000);
      const served = [...server.requests];
      assert.ok(served.some((p) => p.endsWith('_bg.wasm')), `the wasm was fetched: ${served}`);
      assert.deepEqual(fetchedTwice(served), [], 'the server was asked for these more than once');
      const loaded = await entries(driver);
      assert.deepEqual(fetchedTwice(loaded), [], 'the page loaded these more than once');
      for (const url of loaded) assert.equal(new URL(url).origin, server.url, `only its own origin: ${url}`);
      await session(driver);
      assert.deepEqual(hashless(server.requests.slice(served.length)), CONTRACT, 'asked of the server while the checklist is used');
      const later = (await entries(driver)).slice(loaded.length);
      assert.deepEqual(hashless(later.map((url) => new URL(url).pathname)), CONTRACT, 'loaded while the checklist is used');
      for (const url of later) assert.equal(new URL(url).origin, server.url, `only its own origin: ${url}`);
      assert.deepEqual(await errors(driver), []);
    } finally {
      await driver.stop(); await server.close();
    }
  });
}
