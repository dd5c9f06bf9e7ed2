// The crash screen belongs to the widget's own wasm only. Built with
// panic=immediate-abort, a Rust panic is a wasm trap; the glue's guard
// (scripts/wasm-glue.mjs) shows the crash screen when a call into the
// widget's wasm traps (tests/e2e/robustness.test.mjs). A trap in another
// wasm module of the host page must leave the widget and its answers alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, DIST, answer, widget } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test("a trap in the host page's own wasm is not taken for the widget's", async () => {
  const { page, context } = await openPage(browser, server.url + '/');
  const w = widget(page);
  await answer(w, 'opioid_use', 'current');
  // A module of the host page whose one function traps (`unreachable`),
  // called from a timer and left uncaught, as a broken host script would.
  await page.evaluate(async () => {
    const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0,
      7, 7, 1, 3, 98, 111, 109, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
    const { instance } = await WebAssembly.instantiate(bytes);
    await new Promise((resolve) => {
      window.addEventListener('error', (e) => { window.__hostTrap = e.error instanceof WebAssembly.RuntimeError; resolve(); }, { once: true });
      setTimeout(() => instance.exports.bom(), 0);
    });
  });
  assert.equal(await page.evaluate(() => window.__hostTrap), true, "the host page's module did trap");
  assert.equal(await w.getByRole('alert').count(), 0, 'no crash screen');
  await answer(w, 'allodynia', 'yes');
  assert.equal(await w.locator('input[name="oih-opioid_use"][value="current"]').isChecked(), true, 'the answers are kept');
  assert.match(await w.locator('.oih-status').innerText(), /So far/);
  await context.close();
});
