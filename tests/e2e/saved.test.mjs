// Saved answers: opt-in only, brought back with a notice and the date they
// were saved, "Start fresh", and gone after 30 days. The clock is Playwright's,
// so the days pass in the test, not on the wall.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, DIST, answer, widget, LIVE } from './harness.mjs';
import { axeViolations } from './axe.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SAVED = new Date('2026-11-01T10:00:00Z').getTime();
const DAY = 24 * 60 * 60 * 1000;
const KEY = 'oih-checklist:v1';

/** A browser profile whose clock starts at the time of saving. */
async function profile() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
  await context.clock.install({ time: SAVED });
  return context;
}

/** Opens the checklist in `context` at `time`. */
async function visit(context, time) {
  await context.clock.setSystemTime(time);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(server.url + '/');
  await widget(page).locator(LIVE).waitFor();
  return page;
}

/** Answers a few questions with saving on, then leaves. */
async function saveSome(context) {
  const page = await visit(context, SAVED);
  const w = widget(page);
  const optIn = w.getByRole('checkbox', { name: 'Remember my answers on this device' });
  assert.equal(await optIn.isChecked(), false, 'off by default');
  await optIn.check();
  await answer(w, 'opioid_use', 'current');
  await answer(w, 'kidney', 'yes');
  await w.getByRole('button', { name: 'Add a medicine' }).click();
  await w.locator('input[id^="oih-find-"]').fill('endone');
  await w.locator('select[id^="oih-drug-"]').selectOption('b:Endone');
  await w.locator('input[id^="oih-amount-"]').fill('5 mg');
  await page.close();
}

const notice = (page) => widget(page).locator('.oih-restored');

test('the opt-in warns about shared devices and says nothing is sent', async () => {
  const context = await profile();
  const page = await visit(context, SAVED);
  const hint = await widget(page).locator('#oih-remember-hint').innerText();
  assert.match(hint, /Do not turn this on if other people use this device/);
  assert.match(hint, /for up to 30 days/);
  assert.match(hint, /This checklist does not send them anywhere/);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], 'nothing stored before opting in');
  await context.close();
});

test('restored answers come with the date they were saved and "Start fresh"', async () => {
  const context = await profile();
  await saveSome(context);
  let page = await visit(context, SAVED + 2 * DAY);
  let w = widget(page);
  assert.equal(await notice(page).count(), 1);
  assert.match(await notice(page).innerText(), /These are answers saved in this browser on November 1, 2026\./);
  assert.equal(await w.locator('input[name="oih-kidney"][value="yes"]').isChecked(), true);
  assert.equal(await w.locator('select[id^="oih-drug-"]').inputValue(), 'b:Endone');
  assert.equal(await w.locator('input[id^="oih-amount-"]').inputValue(), '5 mg');
  assert.deepEqual(await axeViolations(page), [], 'axe: the restore notice');
  // Opening them again without a change keeps the date of saving.
  await page.close();
  page = await visit(context, SAVED + 3 * DAY);
  w = widget(page);
  assert.match(await notice(page).innerText(), /on November 1, 2026\./);
  // Start fresh: nothing on screen, nothing stored, saving off, focus on the first question.
  await notice(page).getByRole('button', { name: 'Start fresh' }).click();
  assert.equal(await notice(page).count(), 0);
  assert.equal(await w.locator('input[type="radio"]:checked').count(), 0);
  assert.equal(await w.locator('li.oih-medicine').count(), 0);
  assert.equal(await w.getByRole('checkbox', { name: 'Remember my answers on this device' }).isChecked(), false);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
  assert.equal(await page.evaluate(() => document.querySelector('oih-checklist').shadowRoot.activeElement?.id), 'oih-q-seizure-0');
  await page.close();
  page = await visit(context, SAVED + 3 * DAY);
  assert.equal(await notice(page).count(), 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('saved answers expire 30 days after they were last changed', async () => {
  const context = await profile();
  await saveSome(context);
  let page = await visit(context, SAVED + 29 * DAY);
  assert.equal(await notice(page).count(), 1, 'day 29: still there');
  // A change saves again, with the new date.
  await answer(widget(page), 'liver', 'no');
  await page.close();
  page = await visit(context, SAVED + 40 * DAY);
  assert.match(await notice(page).innerText(), /on November 30, 2026\./, 'kept 30 days from the last change');
  await page.close();
  page = await visit(context, SAVED + 29 * DAY + 30 * DAY + 60 * 1000);
  assert.equal(await notice(page).count(), 0, 'over 30 days: not restored');
  assert.equal(await widget(page).locator('input[type="radio"]:checked').count(), 0);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], 'and erased from the browser');
  await context.close();
});

test('a copy from before dates were saved is not restored, and is erased', async () => {
  const context = await profile();
  const page = await visit(context, SAVED);
  await page.evaluate((key) => localStorage.setItem(key, 'opioid_use=current&kidney=yes'), KEY);
  await page.reload();
  await widget(page).locator(LIVE).waitFor();
  assert.equal(await notice(page).count(), 0);
  assert.equal(await widget(page).locator('input[type="radio"]:checked').count(), 0);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
  await context.close();
});

test('erasing saved answers also takes the notice away, and the answers stay on screen', async () => {
  const context = await profile();
  await saveSome(context);
  const page = await visit(context, SAVED + DAY);
  const w = widget(page);
  await w.getByRole('button', { name: 'Erase saved answers' }).click();
  assert.equal(await notice(page).count(), 0);
  assert.equal(await w.locator('input[name="oih-kidney"][value="yes"]').isChecked(), true);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
  await context.close();
});
