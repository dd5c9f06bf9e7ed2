// Saved answers: opt-in only, brought back with a notice (focused, in view)
// that says when they were saved and when they will be erased, "Start
// fresh", gone 30 days after the last change; answers about the last 4
// weeks from a copy over a day old are asked again. "Undo" after "Clear all
// answers" lasts 20 seconds. The clock is Playwright's, so the days pass in
// the test, not on the wall.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, DIST, answer, widget, LIVE } from './harness.mjs';
import { axeViolations } from './axe.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SAVED = new Date('2026-11-01T10:00:00Z').getTime();
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
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

/** Answers a few questions with saving on (and `answers` on top), then
 * leaves: Endone 5 mg, 2 at a time, 3 a day (45 MME); methadone 80 mg once
 * a day for opioid use disorder (not counted). */
async function saveSome(context, answers = {}) {
  const page = await visit(context, SAVED);
  const w = widget(page);
  const optIn = w.getByRole('checkbox', { name: 'Remember my answers on this device' });
  assert.equal(await optIn.isChecked(), false, 'off by default');
  await optIn.check();
  await answer(w, 'opioid_use', 'current');
  await answer(w, 'kidney', 'yes');
  for (const [q, a] of Object.entries(answers)) await answer(w, q, a);
  await w.getByRole('button', { name: 'Add a medicine' }).click();
  const endone = w.locator('li.oih-medicine').last();
  await endone.locator('input[id^="oih-find-"]').fill('endone');
  await endone.locator('select[id^="oih-drug-"]').selectOption('b:Endone');
  await endone.locator('select[id^="oih-strength-"]').selectOption('5 mg');
  await endone.locator('select[id^="oih-per-dose-"]').selectOption('2');
  await endone.locator('select[id^="oih-times-"]').selectOption('3');
  await w.getByRole('button', { name: 'Add a medicine' }).click();
  const methadone = w.locator('li.oih-medicine').last();
  await methadone.locator('select[id^="oih-drug-"]').selectOption('methadone');
  await methadone.locator('input[name^="oih-purpose-"]').nth(1).check();
  await methadone.locator('input[id^="oih-amount-"]').fill('80');
  await methadone.locator('select[id^="oih-times-"]').selectOption('1');
  assert.match(await w.locator('.oih-mme-figure').innerText(), /45 MME a day/);
  await page.close();
}

const notice = (page) => widget(page).locator('.oih-restored');
/** The notice's words for a copy saved on `saved`, erased 30 days later. */
const noticeText = (saved, erased) => `These are answers saved in this browser on ${saved}. They will be erased on ${erased} unless you change them. If they are not yours, or you want a new start, choose Start fresh: it also erases them from this browser.`;
/** The id of the element focused inside the widget. */
const focusedId = (page) => page.evaluate(() => document.querySelector('oih-checklist').shadowRoot.activeElement?.id);

test('the opt-in warns about shared devices and says nothing is sent', async () => {
  const context = await profile();
  const page = await visit(context, SAVED);
  const hint = await widget(page).locator('#oih-remember-hint').innerText();
  assert.match(hint, /Do not turn this on if other people use this device/);
  assert.match(hint, /They are erased when you erase them, or 30 days after your last change\./);
  assert.match(hint, /This checklist does not send them anywhere/);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], 'nothing stored before opting in');
  await context.close();
});

test('restored answers come with the date they were saved, the date they will be erased, and "Start fresh"', async () => {
  const context = await profile();
  await saveSome(context);
  let page = await visit(context, SAVED + 2 * DAY);
  let w = widget(page);
  assert.equal(await notice(page).count(), 1);
  assert.equal(await notice(page).locator('p').innerText(), noticeText('1 November 2026', '1 December 2026'));
  assert.equal(await focusedId(page), 'oih-restored', 'the notice is focused, so it is read out');
  assert.equal(await w.locator('input[name="oih-kidney"][value="yes"]').isChecked(), true);
  assert.equal(await w.locator('input[name="oih-opioid_use"][value="current"]').isChecked(), true, 'taking opioids now is no time window');
  // The medicines as entered: the brand's strength and how many at a
  // time, and what methadone is taken for.
  const rows = w.locator('li.oih-medicine');
  assert.equal(await rows.count(), 2);
  assert.equal(await rows.nth(0).locator('select[id^="oih-drug-"]').inputValue(), 'b:Endone');
  assert.equal(await rows.nth(0).locator('select[id^="oih-strength-"]').inputValue(), '5 mg');
  assert.equal(await rows.nth(0).locator('select[id^="oih-per-dose-"]').inputValue(), '2');
  assert.equal(await rows.nth(0).locator('select[id^="oih-times-"]').inputValue(), '3');
  assert.equal(await rows.nth(1).locator('select[id^="oih-drug-"]').inputValue(), 'methadone');
  assert.equal(await rows.nth(1).locator('input[name^="oih-purpose-"]').nth(1).isChecked(), true, 'for opioid use disorder');
  assert.equal(await rows.nth(1).locator('input[id^="oih-amount-"]').inputValue(), '80');
  assert.match(await w.locator('.oih-mme-figure').innerText(), /45 MME a day/);
  assert.deepEqual(await axeViolations(page), [], 'axe: the restore notice');
  // Opening them again without a change keeps the date of saving.
  await page.close();
  page = await visit(context, SAVED + 3 * DAY);
  w = widget(page);
  assert.equal(await notice(page).locator('p').innerText(), noticeText('1 November 2026', '1 December 2026'));
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
  assert.equal(await notice(page).locator('p').innerText(), noticeText('30 November 2026', '30 December 2026'), 'kept 30 days from the last change');
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

test('after a reload the restore notice is focused and in view, even when the page was scrolled down', async () => {
  const context = await profile();
  await saveSome(context);
  const page = await visit(context, SAVED + HOUR);
  await notice(page).waitFor();
  // Scrolled to the end, far below the notice, then reloaded: the browser
  // brings the old scroll position back.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const inView = () => notice(page).evaluate((n) => {
    const r = n.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  assert.ok(await page.evaluate(() => scrollY) > 500, 'the page was scrolled down');
  assert.equal(await inView(), false, 'the notice was out of view before the reload');
  await page.reload();
  await widget(page).locator(LIVE).waitFor();
  await page.waitForFunction(() => document.querySelector('oih-checklist').shadowRoot.activeElement?.id === 'oih-restored');
  // Whatever the browser restores after the first render.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(300);
  assert.equal(await focusedId(page), 'oih-restored', 'the notice keeps the focus');
  assert.equal(await inView(), true, 'the notice is in view');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('answers about the last 4 weeks from a copy over a day old are asked again, and the result does not use them until then', async () => {
  const seizure = (w) => w.locator('fieldset.oih-question:has(input[name="oih-seizure"])');
  const opioidUse = (w) => w.locator('fieldset.oih-question:has(input[name="oih-opioid_use"])');
  // Saved two days ago: a new seizure not checked by a doctor, and a stop
  // in the last 4 weeks.
  let context = await profile();
  await saveSome(context, { seizure: 'yes', opioid_use: 'stopped_recently' });
  let page = await visit(context, SAVED + 2 * DAY);
  let w = widget(page);
  await notice(page).waitFor();
  assert.equal(await w.getByText('Get emergency help now').count(), 0, 'no emergency from an answer not given again');
  assert.equal(await w.getByRole('alert').count(), 0);
  assert.notEqual(await w.locator('section.oih-result').getAttribute('data-level'), 'urgent');
  assert.equal(await w.locator('input[name="oih-seizure"]:checked').count(), 0, 'the old answer is not chosen');
  assert.equal(await seizure(w).locator('.oih-confirm').innerText(),
    'Your saved answer from 1 November 2026 was \u201cYes, not checked by a doctor yet\u201d. This question is about the last 4 weeks, so please answer it again. Until you do, your result does not use it.');
  assert.equal(await w.locator('input[name="oih-opioid_use"]:checked').count(), 0);
  assert.equal(await opioidUse(w).locator('.oih-confirm').innerText(),
    'Your saved answer from 1 November 2026 was \u201cI stopped or cut down a lot in the last 4 weeks\u201d. This question is about the last 4 weeks, so please answer it again. Until you do, your result does not use it.');
  // Answers that are no time window come back as they were.
  assert.equal(await w.locator('input[name="oih-kidney"][value="yes"]').isChecked(), true);
  assert.deepEqual(await axeViolations(page), [], 'axe: answers to give again');
  // Answered again: the note goes and the result uses the answer.
  await answer(w, 'seizure', 'yes');
  assert.equal(await seizure(w).locator('.oih-confirm').count(), 0);
  assert.equal(await w.locator('.oih-headline').innerText(), 'Get emergency help now');
  assert.equal(await w.locator('section.oih-result').getAttribute('data-level'), 'urgent');
  assert.equal(await opioidUse(w).locator('.oih-confirm').count(), 1, 'the other is still to give again');
  assert.deepEqual(page.errors, []);
  await context.close();

  // Saved two hours ago: the answers stand, the emergency shows at once.
  context = await profile();
  await saveSome(context, { seizure: 'yes', opioid_use: 'stopped_recently' });
  page = await visit(context, SAVED + 2 * HOUR);
  w = widget(page);
  await notice(page).waitFor();
  assert.equal(await w.locator('input[name="oih-seizure"][value="yes"]').isChecked(), true);
  assert.equal(await w.locator('input[name="oih-opioid_use"][value="stopped_recently"]').isChecked(), true);
  assert.equal(await w.locator('.oih-confirm').count(), 0);
  assert.equal(await w.locator('.oih-headline').innerText(), 'Get emergency help now');
  assert.equal(await w.locator('section.oih-result').getAttribute('data-level'), 'urgent');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('"Undo" after "Clear all answers" lasts 20 seconds, and says so', async () => {
  const context = await profile();
  const page = await visit(context, SAVED);
  const w = widget(page);
  await answer(w, 'opioid_use', 'current');
  await answer(w, 'kidney', 'yes');
  await w.getByRole('button', { name: 'Clear all answers' }).click();
  const status = w.locator('.oih-actions [role="status"]').filter({ hasText: 'All answers were cleared' });
  assert.equal(await status.innerText(), 'All answers were cleared. You can undo this for 20 seconds. Undo');
  const undo = w.getByRole('button', { name: 'Undo' });
  await context.clock.runFor(19_000);
  assert.ok(await undo.isVisible(), 'still there after 19 s');
  await context.clock.runFor(1_500);
  await undo.waitFor({ state: 'detached' });
  assert.equal(await status.count(), 0);
  assert.equal(await w.locator('input[type="radio"]:checked').count(), 0, 'the answers stay cleared');
  assert.ok(await w.getByRole('button', { name: 'Clear all answers' }).isDisabled());
  assert.deepEqual(page.errors, []);
  await context.close();
});
