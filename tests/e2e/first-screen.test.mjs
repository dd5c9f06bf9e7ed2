// The prerendered first screen (scripts/prerender.mjs, www/early.js): the
// questions can be answered as soon as index.html has arrived, before the
// widget's wasm; the live widget then keeps what was chosen and where the
// focus was, and presses again a button pressed before it ran. The wasm is held back by the test server until the test lets
// it go (or fails it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, newContext, DIST, widget, LIVE } from './harness.mjs';
import { where } from './keys.mjs';
import { axeViolations } from './axe.mjs';

let server, browser;
// The wasm's response waits for `gate`; `open(true)` sends it, `open(false)` fails it.
let gate, open;
const hold = () => { gate = new Promise((resolve) => { open = resolve; }); };
before(async () => {
  hold();
  server = await serve(DIST, { hold: (p) => (p.endsWith('.wasm') ? gate : true) });
  browser = await launch();
});
after(async () => { open?.(true); await browser?.close(); await server?.close(); });

/** A page (index.html by default) with its wasm held back: resolves once
 * the first screen shows. */
async function early(file = '/', viewport = { width: 1280, height: 900 }, options = {}) {
  hold();
  const opened = await newPage(browser, server.url + file, { viewport, ...options });
  await widget(opened.page).locator('[data-early] input[name="oih-seizure"]').first().waitFor();
  return opened;
}

const progress = (w) => w.locator('.oih-progress span').innerText();
/** Lets the wasm go, and waits for the live widget. */
async function goLive(w) {
  open(true);
  await w.locator(LIVE).waitFor();
}

test('before the wasm: the first screen shows, answers count, and the live widget keeps the answer and the focus', async () => {
  const { page, context } = await early();
  const w = widget(page);
  // The first screen is shown and the element's fallback text is not.
  assert.ok(await w.getByRole('radio', { name: 'Yes, not checked by a doctor yet', exact: true }).isVisible());
  assert.equal(await page.locator('oih-checklist > .fallback').isVisible(), false);
  assert.equal(await progress(w), '0 of 11 questions answered');
  assert.equal(await w.locator(LIVE).count(), 0, 'the wasm has not run yet');

  // The seizure's radios by answer value (the second is "Yes, and a doctor
  // has checked it" since content v3).
  const seizureId = (value) => w.locator(`input[name="oih-seizure"][value="${value}"]`).first().getAttribute('id');
  const [checkedId, noId, unsureId] = [await seizureId('yes_checked'), await seizureId('no'), await seizureId('unsure')];
  // By keyboard: focus the first answer of the first question, then move to
  // "Yes, and a doctor has checked it" and on to "No".
  await w.locator('#oih-q-seizure-0').focus();
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await page.evaluate(where).then((f) => [f.focus.id, f.checked]), [checkedId, { seizure: 'yes_checked' }]);
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await page.evaluate(where).then((f) => [f.focus.id, f.checked]), [noId, { seizure: 'no' }]);
  assert.equal(await progress(w), '1 of 11 questions answered');
  assert.equal(await w.getByRole('button', { name: /^Clear answer/ }).count(), 0, 'no rules run before the wasm');

  await goLive(w);
  // The live widget: "No" chosen (its own "Clear answer" for the question
  // shows it took the answer), the same count, focus on the same radio.
  await w.getByRole('button', { name: /^Clear answer: In the last 4 weeks, have you had a seizure/ }).waitFor();
  assert.deepEqual(await w.locator('input:checked').evaluateAll((l) => l.map((i) => [i.id, i.value])), [[noId, 'no']]);
  assert.equal(await progress(w), '1 of 11 questions answered');
  assert.deepEqual(await page.evaluate(where).then((f) => [f.focus.id, f.focus.inWidget, f.checked]), [noId, true, { seizure: 'no' }]);
  // The keyboard goes on from there in the live widget.
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await page.evaluate(where).then((f) => [f.focus.id, f.checked]), [unsureId, { seizure: 'unsure' }]);
  assert.equal(await w.locator('input[name="oih-seizure"]:checked').getAttribute('value'), 'unsure');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a seizure chosen before the wasm leads to the emergency advice once the widget runs', async () => {
  const { page, context } = await early();
  const w = widget(page);
  await w.getByText('Yes, not checked by a doctor yet', { exact: true }).click();
  assert.equal(await progress(w), '1 of 11 questions answered');
  await goLive(w);
  const alert = w.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /emergency/i);
  assert.equal(await w.locator('.oih-headline').innerText(), 'Get emergency help now');
  // The emergency advice comes before the questions.
  assert.ok(await alert.evaluate((a) => !!(a.compareDocumentPosition(a.getRootNode().querySelector('form')) & Node.DOCUMENT_POSITION_FOLLOWING)));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('"Add a medicine" pressed before the wasm is pressed again when it runs: a row, with the focus in it', async () => {
  const { page, context } = await early();
  const w = widget(page);
  await w.locator('[data-early] #oih-add-medicine').focus();
  await page.keyboard.press('Enter');
  assert.equal(await w.locator('.oih-medicine').count(), 0, 'nothing happens before the wasm');
  await goLive(w);
  await w.locator('.oih-medicine').first().waitFor();
  assert.equal(await w.locator('.oih-medicine').count(), 1, 'pressed once, one row');
  await page.waitForFunction(() => document.querySelector('oih-checklist').shadowRoot.activeElement?.id?.startsWith('oih-find-'));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('embed, on a phone: "See your result" pressed before the wasm takes the focus to the result when it runs', async () => {
  // (On a wide screen the result is beside the questions and the button is not shown.)
  const { page, context } = await early('/embed-demo.html', { width: 390, height: 844 });
  const w = widget(page);
  await w.locator('[data-early]').getByRole('button', { name: 'See your result' }).click();
  await goLive(w);
  await page.waitForFunction(() => document.querySelector('oih-checklist').shadowRoot.activeElement?.id === 'oih-result-title');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('when the wasm cannot load, the first screen gives way to the fallback text', async () => {
  const { page, context } = await early();
  const w = widget(page);
  await w.getByText('No', { exact: true }).first().click();
  open(false);
  const fallback = page.locator('oih-checklist > .fallback');
  await fallback.waitFor({ state: 'visible' });
  assert.match(await fallback.innerText(), /could not start[\s\S]*seizure, call your local emergency number/);
  assert.equal(await page.getByRole('radio').count(), 0, 'no question is left that nothing would answer');
  await context.close();
});

// index.html's first screen is its declarative shadow root; the embed's
// comes from oih-checklist.js (at heading-level 3 on the demo page).
for (const file of ['/', '/embed-demo.html']) {
  test(`${file}: the first screen is the live widget's first render: the same text, headings and controls`, async () => {
    const { page, context } = await early(file);
    const w = widget(page);
    // The embed's first screen has its Sources and About empty (the test
    // below): their text is compared there, the rest here.
    const summaryOnly = file !== '/';
    const read = (host) => w.locator(host).evaluate((el, summaryOnly) => {
      const copy = el.cloneNode(true);
      if (summaryOnly) for (const d of copy.querySelectorAll('details')) d.replaceChildren(d.querySelector('summary'));
      return {
        text: copy.textContent,
        headings: [...el.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.tagName} ${h.textContent}`),
        controls: [...el.querySelectorAll('input, button, select, textarea, a, [tabindex]')].map((c) => `${c.tagName}#${c.id}[${c.getAttribute('name') ?? ''}=${c.getAttribute('value') ?? ''}]`),
      };
    }, summaryOnly);
    const first = await read('[data-early]');
    await goLive(w);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const live = await read('.oih-host');
    assert.ok(first.controls.length > 30, `${first.controls.length} controls`);
    assert.deepEqual(first.controls, live.controls);
    assert.deepEqual(first.headings, live.headings);
    assert.equal(first.text, live.text);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

test('embed: an answer chosen on the first screen is kept by the live widget', async () => {
  const { page, context } = await early('/embed-demo.html');
  const w = widget(page);
  await w.locator('[data-early]').getByText('Not sure', { exact: true }).first().click();
  assert.equal(await progress(w), '1 of 11 questions answered');
  await goLive(w);
  await w.getByRole('button', { name: /^Clear answer: In the last 4 weeks, have you had a seizure/ }).waitFor();
  assert.deepEqual(await w.locator('input:checked').evaluateAll((l) => l.map((i) => [i.name, i.value])), [['oih-seizure', 'unsure']]);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('embed: when the wasm cannot load, the first screen gives way to the fallback text', async () => {
  const { page, context } = await early('/embed-demo.html');
  open(false);
  const fallback = page.locator('oih-checklist > :not(template)').first();
  await page.getByRole('radio').first().waitFor({ state: 'detached' });
  assert.ok(await fallback.isVisible());
  assert.match(await fallback.innerText(), /JavaScript and WebAssembly/);
  await context.close();
});

test('the first screen passes axe (WCAG 2.x A and AA), light and dark, before the wasm', async () => {
  for (const colorScheme of ['light', 'dark']) {
    // Dark from the start: switched after load, the answers' colours would
    // still be in their 120 ms transition when axe reads them.
    const { page, context } = await early('/', undefined, { colorScheme });
    assert.equal(await widget(page).locator(LIVE).count(), 0, 'the wasm has not run yet');
    assert.deepEqual(await axeViolations(page), [], colorScheme);
    await context.close();
  }
});

// In its first frame the first screen lays out only what is on screen
// (www/first-screen.css, data-defer): on a screen up to 56em high, the sections
// from the third on and the footer, and on a phone the result, wait for the
// next frame. This checks that they were below the fold then, that the first
// question and (on a wide screen) the result were not held back, that a
// taller screen holds nothing back, and that everything shows after.
for (const [file, viewport, held] of [
  ['/', { width: 1280, height: 720 }, { health: true, footer: true, result: false }],
  ['/', { width: 412, height: 915 }, { health: true, footer: true, result: true }],
  ['/embed-demo.html', { width: 412, height: 915 }, { health: true, footer: true, result: true }],
  ['/', { width: 1280, height: 1000 }, { health: false, footer: false, result: false }],
]) {
  test(`${file} at ${viewport.width}x${viewport.height}: the first frame lays out what is on screen, the rest follows`, async () => {
    hold();
    const context = await newContext(browser, { viewport });
    await context.addInitScript(() => {
      const look = () => {
        const root = document.querySelector('oih-checklist')?.shadowRoot;
        const host = root?.querySelector('[data-early]');
        if (!host) return null;
        const shown = (selector) => root.querySelector(selector).checkVisibility();
        return {
          deferred: host.hasAttribute('data-defer'),
          first: shown('#oih-q-seizure-0'),
          health: shown('#oih-q-kidney-0'),
          footer: shown('.oih-footer summary'),
          result: shown('#oih-result-title'),
          healthTop: Math.round(root.querySelector('#oih-q-kidney-0').closest('section').getBoundingClientRect().top - innerHeight),
          resultTop: Math.round(root.querySelector('.oih-result').getBoundingClientRect().top - innerHeight),
        };
      };
      // Every frame until the first that shows the first screen: it is
      // looked at there, before that frame is painted.
      const watch = () => {
        const seen = look();
        if (seen && !document.querySelector('oih-checklist').shadowRoot.querySelector('[data-early]').hidden) window.firstFrame = seen;
        else requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
      window.look = look;
    });
    const page = await context.newPage();
    await page.goto(server.url + file);
    await page.waitForFunction(() => window.firstFrame !== undefined);
    const first = await page.evaluate(() => window.firstFrame);
    assert.ok(first, 'the first screen was there in the first frame');
    assert.deepEqual(
      { deferred: first.deferred, first: first.first, health: first.health, footer: first.footer, result: first.result },
      { deferred: true, first: true, health: !held.health, footer: !held.footer, result: !held.result },
    );
    if (held.health) assert.ok(first.healthTop >= 0, `the held-back questions start ${first.healthTop} px below the fold`);
    if (held.result) assert.ok(first.resultTop >= 0, `the held-back result starts ${first.resultTop} px below the fold`);
    await page.waitForFunction(() => window.look()?.deferred === false);
    const then = await page.evaluate(() => window.look());
    assert.deepEqual([then.first, then.health, then.footer, then.result], [true, true, true, true]);
    assert.equal(await widget(page).locator(LIVE).count(), 0, 'still the first screen');
    await context.close();
  });
}

// A tab in the background gets no animation frames: what waits for the
// first frame (the held-back parts; in the embed, the wasm and the glue)
// comes by a timer instead, so the widget still starts there.
for (const file of ['/', '/embed-demo.html']) {
  test(`${file} in a tab that gets no frames: everything shows and the live widget starts`, async () => {
    hold();
    const context = await newContext(browser, { viewport: { width: 1280, height: 720 } });
    await context.addInitScript(() => { window.requestAnimationFrame = () => 0; });
    const page = await context.newPage();
    await page.goto(server.url + file);
    const w = widget(page);
    await w.locator('[data-early]:not([data-defer])').waitFor({ state: 'attached' });
    assert.ok(await w.locator('#oih-q-kidney-0').isVisible(), 'the held-back questions show');
    open(true);
    await w.locator(LIVE).waitFor();
    await w.getByText('Yes, not checked by a doctor yet', { exact: true }).click();
    assert.equal(await w.locator('.oih-headline').innerText(), 'Get emergency help now');
    await context.close();
  });
}

// index.html's import map carries the integrity of the glue and element.js
// (scripts/post-build.mjs): a changed file is refused, and the page shows
// the fallback text rather than running it.
for (const changed of ['glue', 'element.js']) {
  test(`index.html: a changed ${changed} is refused by its integrity hash, and the fallback text shows`, async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    const pattern = changed === 'glue' ? /\/oih-checklist-[0-9a-f]+\.js$/ : /\/www\/element\.js$/;
    let served = 0;
    await context.route(pattern, async (route) => {
      const response = await route.fetch();
      served += 1;
      await route.fulfill({ response, body: `${await response.text()}\n;globalThis.changed = true;\n` });
    });
    open(true);
    const page = await context.newPage();
    await page.goto(server.url + '/');
    await page.locator('html[data-oih-failed]').waitFor({ state: 'attached' });
    assert.equal(served, 1, `the ${changed} was requested`);
    assert.ok(await page.locator('oih-checklist > .fallback').isVisible());
    assert.equal(await widget(page).locator('[data-early], .oih-host').count(), 0);
    assert.equal(await page.evaluate(() => globalThis.changed), undefined, 'the changed file did not run');
    await context.close();
  });
}

// The embed's first screen keeps the Sources and the About at the foot,
// closed, empty and inert until the widget runs (their words are in the
// wasm: scripts/prerender.mjs, `closedAndEmpty`), so nothing empty can be
// opened; the standalone page keeps them whole. Once the widget runs, both
// open onto their text.
test('the embed\'s first screen: the Sources and the About wait, inert, for the widget; the page\'s are whole', async () => {
  const details = (w) => w.locator('details').evaluateAll((all) => all.map((d) => ({
    summary: d.querySelector('summary').textContent, inert: d.inert, text: d.textContent.length,
  })));
  {
    const { page, context } = await early('/embed-demo.html');
    const w = widget(page).first();
    const before = await details(w);
    assert.deepEqual(before.map((d) => [d.summary, d.inert, d.text === d.summary.length]),
      [['Sources', true, true], ['About this checklist', true, true]]);
    // A click on an inert summary opens nothing.
    await w.getByText('Sources', { exact: true }).click({ force: true });
    assert.equal(await w.locator('details[open]').count(), 0);
    await goLive(w);
    const after = await details(w);
    assert.deepEqual(after.map((d) => d.inert), [false, false]);
    assert.ok(after.every((d) => d.text > d.summary.length + 100), JSON.stringify(after));
    await w.getByText('Sources', { exact: true }).click();
    await w.getByText(/Angst MS, Clark JD/).waitFor();
    assert.deepEqual(page.errors, []);
    await context.close();
  }
  {
    const { page, context } = await early('/');
    const whole = await details(widget(page));
    assert.deepEqual(whole.map((d) => d.inert), [false, false]);
    assert.ok(whole.every((d) => d.text > d.summary.length + 100), JSON.stringify(whole));
    open(true);
    await context.close();
  }
});
