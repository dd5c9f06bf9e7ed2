// Every vignette of tests/vignettes/ clicked through in WebKit: the result
// panel (its level, action and pattern) and the daily MME figure must be what
// the core (oih-assess) says, as in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DIST } from '../e2e/harness.mjs';
import { assess } from '../e2e/core.mjs';
import { VIGNETTES, inOrder } from '../e2e/vignettes.mjs';
import { serve, launch, open, exists, answer, addMedicine, result, text, errors } from './webkit.mjs';

let server, driver;
before(async () => { server = await serve(DIST); driver = await launch(); });
after(async () => { await driver?.stop(); await server?.close(); });

for (const { name, input } of VIGNETTES) {
  test(`WebKit agrees with the core: ${name}`, async () => {
    await open(driver, server.url + '/');
    for (const [q, a] of inOrder(input.answers)) {
      // An answer to a question the earlier answers hide is not asked (the core ignores it too).
      if (await exists(driver, `input[name="oih-${q}"]`)) await answer(driver, q, a);
    }
    for (const m of input.medications || []) await addMedicine(driver, m);
    const core = assess(input);
    assert.deepEqual(await result(driver), { level: core.level, action: core.action, pattern: core.pattern });
    const figure = (await text(driver, '.oih-mme-figure'))?.match(/([\d.]+) MME a day/)?.[1];
    assert.equal(figure === undefined ? null : Number(figure), core.mme_per_day ?? null, 'the daily MME shown');
    assert.deepEqual(await errors(driver), []);
  });
}
