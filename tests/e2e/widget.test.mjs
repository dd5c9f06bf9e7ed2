// The checklist as a patient uses it: answers, medicines, the result.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, DIST, answer, widget, addMedicine, LIVE } from './harness.mjs';
import { assess } from './core.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function fresh() {
  return openPage(browser, server.url + '/', { viewport: { width: 1280, height: 900 } });
}


async function result(w) {
  const section = w.locator('section.oih-result');
  const safety = section.locator('.oih-safety li strong');
  return {
    level: await section.getAttribute('data-level'),
    action: await section.getAttribute('data-action'),
    pattern: await section.getAttribute('data-pattern'),
    headline: (await section.locator('.oih-headline').innerText()).trim(),
    safety: (await safety.allInnerTexts()).map((s) => s.replace(/:\s*$/, '')),
    text: await section.innerText(),
  };
}

const SAFETY_TITLES = {
  overdose_signs: 'Signs of an overdose',
  naloxone: 'Naloxone',
  lost_tolerance: 'After a break, the old dose can be too much',
};

// The four patients of the clinical review (issue 9), and more, clicked
// through; each result is checked against oih-assess.
const ALL_NO = { seizure: 'no', kidney: 'no', liver: 'no', pain_worse_despite_dose: 'no', more_sensitive: 'no',
  pain_spread: 'no', allodynia: 'no', pain_different: 'no', myoclonus: 'no' };
const VIGNETTES = [
  {
    name: 'patient 1: oxycodone plus a patch, spreading pain and touch sensitivity',
    answers: { ...ALL_NO, opioid_use: 'current', duration: 'over_3_months', dose_increased: 'yes', response_to_increase: 'worse',
      pain_worse_despite_dose: 'yes', pain_spread: 'yes', allodynia: 'yes' },
    medications: [{ drug: 'oxycodone', amount: 20, times_per_day: 3 }, { drug: 'fentanyl_patch', amount: 25 }],
    headline: 'See or call your doctor in the next few days',
    mme: '150 MME a day',
    says: [/several of the signs doctors look for in OIH/, /Switching to a different opioid, chosen and dosed by the doctor/],
    never: [/fentanyl or methadone/i, /So far/],
  },
  {
    name: 'patient 2: stopped two weeks ago',
    answers: { ...ALL_NO, opioid_use: 'stopped_recently', dose_increased: 'no', more_sensitive: 'yes', pain_spread: 'yes' },
    medications: [{ drug: 'oxycodone', amount: 10, times_per_day: 2 }],
    headline: "Talk about this at your next doctor's appointment",
    says: [/more pain sensitivity after stopping opioids/, /Going back to your old dose can slow your breathing/,
      /Help with withdrawal symptoms/, /Whether any opioid is started again, and at what dose/],
    never: [/lowering or stopping the opioid/i, /Switching to a different opioid/],
  },
  {
    name: 'patient 3: never took opioids',
    answers: { seizure: 'no', opioid_use: 'never' },
    headline: 'This checklist is for people who take opioids',
    says: [/it is still worth talking to a doctor/],
    never: [/Signs of an overdose/, /What your doctor may consider/],
  },
  {
    name: 'patient 4: a new seizure',
    answers: { seizure: 'yes', opioid_use: 'current' },
    headline: 'Get emergency help now',
    says: [/A new seizure needs urgent care/],
    never: [],
  },
  {
    name: 'twitching with kidney failure: within days, with the warning',
    answers: { ...ALL_NO, opioid_use: 'current', duration: '1_to_3_months', dose_increased: 'no', kidney: 'yes', myoclonus: 'yes' },
    headline: 'See or call your doctor in the next few days',
    says: [/Muscle twitching can mean the opioid is building up/, /If you are confused, contact a doctor today/,
      /With morphine, its breakdown products can build up when the kidneys are weak/],
    never: [],
  },
  {
    name: 'tolerance: pain better after an increase, no other sign, every question answered',
    answers: { ...ALL_NO, opioid_use: 'current', duration: '1_to_3_months', dose_increased: 'yes', response_to_increase: 'better' },
    medications: [{ drug: 'hydrocodone', amount: 5, times_per_day: 4 }],
    headline: 'Keep an eye on your pain',
    mme: '20 MME a day',
    says: [/points more to tolerance/, /Talk to a doctor if your pain gets worse or changes/, /If your pain gets worse: other common reasons/],
    never: [/So far/, /keeps getting worse/, /Other common reasons pain gets worse/],
  },
];

for (const v of VIGNETTES) {
  test(`vignette agrees with the core: ${v.name}`, async () => {
    const { page, context } = await fresh();
    const w = widget(page);
    for (const [q, a] of Object.entries(v.answers)) await answer(w, q, a);
    for (const m of v.medications || []) await addMedicine(w, m);
    const core = assess({ answers: v.answers, ...(v.medications ? { medications: v.medications } : {}) });
    const shown = await result(w);
    assert.equal(shown.level, core.level);
    assert.equal(shown.action, core.action);
    assert.equal(shown.pattern, core.pattern);
    assert.deepEqual(shown.safety, core.safety.map((s) => SAFETY_TITLES[s]));
    assert.equal(shown.headline, v.headline);
    for (const re of v.says) assert.match(shown.text, re);
    for (const re of v.never) assert.doesNotMatch(shown.text, re);
    if (v.mme) assert.match(await w.locator('.oih-mme-figure').innerText(), new RegExp(v.mme));
    // The disclaimer is always visible with the result.
    assert.ok(await w.locator('.oih-result .oih-disclaimer').isVisible());
    if (core.level === 'urgent') {
      // Emergency advice is the first thing in the widget after its title.
      const alert = w.getByRole('alert');
      await assert.doesNotReject(alert.waitFor());
      const [alertTop, formTop] = await Promise.all([alert.boundingBox(), w.locator('form').boundingBox()]);
      assert.ok(alertTop.y < formTop.y, 'emergency advice sits above the questions');
    }
    assert.doesNotMatch(shown.text, /\bstop taking\b/i);
    // Each sentence of the panel once (the kidney and liver paragraph, too).
    const sentences = shown.text.split(/(?<=\.)\s+|\n+/).map((s) => s.trim()).filter((s) => s.length > 30);
    assert.deepEqual(sentences.filter((s, i) => sentences.indexOf(s) !== i), []);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

test('the seizure question comes first, and never/past leave only it and the opioid question', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  const names = async () => [...new Set(await w.locator('input[type="radio"]').evaluateAll((els) => els.map((e) => e.name)))];
  assert.deepEqual((await names()).slice(0, 2), ['oih-seizure', 'oih-opioid_use']);
  await answer(w, 'kidney', 'yes');
  for (const use of ['never', 'past']) {
    await answer(w, 'opioid_use', use);
    assert.deepEqual(await names(), ['oih-seizure', 'oih-opioid_use']);
    assert.equal(await w.getByRole('button', { name: 'Add a medicine' }).count(), 0);
    assert.match(await w.locator('.oih-progress span').innerText(), /^1 of 2 /);
    assert.equal(await w.locator('section.oih-result').getAttribute('data-level'), 'not_applicable');
  }
  await answer(w, 'opioid_use', 'current');
  assert.ok(await w.locator('input[name="oih-kidney"][value="yes"]').isChecked(), 'the earlier answer comes back');
  assert.match(await w.locator('.oih-progress span').innerText(), /^2 of 12 /);
  await context.close();
});

test('"so far" until every question is answered, and no reassuring headline before the last answer', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  await answer(w, 'opioid_use', 'current');
  let shown = await result(w);
  assert.equal(shown.action, 'if_worse');
  assert.equal(shown.headline, 'Answer the other questions to see your result');
  assert.match(shown.text, /This is your result so far\. 11 questions are left\./);
  await answer(w, 'allodynia', 'yes');
  shown = await result(w);
  assert.equal(shown.headline, "So far: Talk about this at your next doctor's appointment");
  assert.match(shown.text, /10 questions are left/);
  for (const [q, a] of Object.entries({ ...ALL_NO, allodynia: 'yes', duration: 'under_1_month', dose_increased: 'no' })) await answer(w, q, a);
  shown = await result(w);
  assert.equal(shown.headline, "Talk about this at your next doctor's appointment");
  assert.doesNotMatch(shown.text, /so far/i);
  await answer(w, 'seizure', 'unsure');
  shown = await result(w);
  assert.equal(shown.headline, 'Contact a doctor today');
  await context.close();
});

test('"so far" looks neutral and says no "no yes"; green only for a finished result with no sign and no "not sure"', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  const section = w.locator('section.oih-result');
  const look = () => section.evaluate((e) => { const s = getComputedStyle(e); return [s.backgroundColor, s.borderTopStyle]; });
  await answer(w, 'opioid_use', 'current');
  const entries = Object.entries({ ...ALL_NO, duration: 'under_1_month', dose_increased: 'no' });
  for (const [q, a] of entries.slice(0, -1)) await answer(w, q, a);
  assert.equal(await section.getAttribute('data-so-far'), '');
  const soFar = await look();
  assert.equal(soFar[1], 'dashed');
  assert.match(await section.innerText(), /1 question is left\. Your result may change when you answer it\./);
  assert.doesNotMatch(await section.innerText(), /no "yes"|did not answer yes|Why you got this result/);
  await answer(w, ...entries.at(-1));
  assert.equal(await section.getAttribute('data-so-far'), null);
  const done = await look();
  assert.equal(done[1], 'solid');
  assert.notDeepEqual(done, soFar, 'the finished result has its colour');
  assert.equal((await result(w)).headline, 'Keep an eye on your pain');
  assert.match(await section.innerText(), /Your answers show no "yes" to any of the signs doctors look for in OIH\./);
  // Not sure about a sign: something to ask about, not green.
  await answer(w, 'allodynia', 'unsure');
  assert.equal((await result(w)).headline, "Talk about this at your next doctor's appointment");
  assert.match(await section.innerText(), /and you were not sure about 1 of them\./);
  assert.equal((await look())[0], soFar[0]);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the banner at the top: a doctor today when not sure about a seizure, nothing once a doctor has checked it', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  const banner = w.locator('.oih-emergency');
  await answer(w, 'seizure', 'unsure');
  await banner.waitFor();
  assert.equal(await banner.getAttribute('role'), 'alert');
  assert.equal(await banner.getAttribute('data-action'), 'doctor_today');
  assert.match(await banner.innerText(), /^Contact a doctor today\s/);
  assert.match(await banner.innerText(), /If it happens again, call your local emergency number/);
  const [bannerBox, formBox] = await Promise.all([banner.boundingBox(), w.locator('form').boundingBox()]);
  assert.ok(bannerBox.y < formBox.y, 'above the questions');
  await answer(w, 'seizure', 'yes');
  assert.equal(await banner.getAttribute('data-action'), 'emergency_now');
  await answer(w, 'seizure', 'yes_checked');
  assert.equal(await banner.count(), 0);
  assert.equal((await result(w)).headline, 'Tell your doctor about the seizure in the next few days');
  assert.match((await result(w)).text, /tramadol most of all/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('after a recent stop, the medicines asked for are those taken before it', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  await answer(w, 'opioid_use', 'current');
  assert.doesNotMatch(await w.locator('.oih-medicines .oih-hint').first().innerText(), /before you stopped/);
  await answer(w, 'opioid_use', 'stopped_recently');
  assert.match(await w.locator('.oih-medicines .oih-hint').first().innerText(), /^Add each opioid you took before you stopped/);
  await context.close();
});

test('conditional questions appear only when they apply', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  assert.equal(await w.locator('input[name="oih-duration"]').count(), 0);
  assert.equal(await w.locator('input[name="oih-response_to_increase"]').count(), 0);
  await answer(w, 'opioid_use', 'current');
  assert.equal(await w.locator('input[name="oih-duration"]').count(), 3);
  await answer(w, 'dose_increased', 'yes');
  assert.equal(await w.locator('input[name="oih-response_to_increase"]').count(), 4);
  await answer(w, 'dose_increased', 'no');
  assert.equal(await w.locator('input[name="oih-response_to_increase"]').count(), 0);
  await context.close();
});

test('an answer can be changed and cleared, and progress follows', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  const progress = w.locator('.oih-progress span');
  assert.match(await progress.innerText(), /^0 of 11 /);
  await answer(w, 'kidney', 'yes');
  await answer(w, 'kidney', 'no');
  assert.ok(await w.locator('input[name="oih-kidney"][value="no"]').isChecked());
  assert.match(await progress.innerText(), /^1 of 11 /);
  await w.getByRole('button', { name: /Clear answer: Do you have kidney/ }).click();
  assert.equal(await w.locator('input[name="oih-kidney"]:checked').count(), 0);
  assert.match(await progress.innerText(), /^0 of 11 /);
  await answer(w, 'opioid_use', 'current');
  assert.match(await progress.innerText(), /^1 of 12 /, 'duration applies to current use');
  await context.close();
});

test('an invalid medicine entry shows a message next to the field and loses nothing', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  await answer(w, 'opioid_use', 'current');
  await addMedicine(w, { drug: 'morphine', amount: 30, times_per_day: 2 });
  const bad = await addMedicine(w, { drug: 'oxycodone', amount: 'ten', times_per_day: 2 });
  const amount = bad.locator('input[id^="oih-amount-"]');
  await amount.blur();
  const error = bad.locator('.oih-error');
  assert.equal(await error.innerText(), 'Enter a number, like 7.5.');
  assert.equal(await amount.getAttribute('aria-invalid'), 'true');
  assert.equal(await amount.getAttribute('aria-describedby'), await error.getAttribute('id'));
  assert.equal(await amount.inputValue(), 'ten', 'what was typed is kept for correction');
  // The valid medicine still counts; the invalid one is named as not counted.
  assert.match(await w.locator('.oih-mme-figure').innerText(), /60 MME a day/);
  assert.match(await w.locator('.oih-mme').innerText(), /1 medicine is not counted/);
  await amount.fill('10');
  assert.equal(await bad.locator('.oih-error').count(), 0);
  assert.match(await w.locator('.oih-mme-figure').innerText(), /90 MME a day/);
  assert.equal(await w.locator('section.oih-result').getAttribute('data-level'), 'few_signs');
  assert.match(await w.locator('section.oih-result').innerText(), /High daily dose/);
  await context.close();
});

test('a patch takes its strength in mcg/hr, how many are worn together and no doses a day; an unconverted drug is shown as not counted', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  const patch = await addMedicine(w, { drug: 'fentanyl_patch', amount: 1001 });
  await patch.locator('input[id^="oih-amount-"]').blur();
  assert.equal(await patch.locator('label[for^="oih-amount-"]').innerText(), 'Strength of one patch (mcg/hr)');
  assert.equal(await patch.locator('label[for^="oih-per-dose-"]').innerText(), 'Patches worn at the same time');
  assert.equal(await patch.locator('select[id^="oih-times-"]').count(), 0);
  assert.equal(await patch.locator('.oih-error').innerText(), 'Enter an amount above 0 and up to 1000 mcg/hr.');
  await patch.locator('input[id^="oih-amount-"]').fill('12.5');
  assert.match(await patch.innerText(), /= 30 MME a day/);
  // Two patches worn together count twice.
  await patch.locator('select[id^="oih-per-dose-"]').selectOption('2');
  assert.match(await patch.innerText(), /= 60 MME a day/);
  await patch.locator('select[id^="oih-per-dose-"]').selectOption('1');
  const other = await addMedicine(w, { drug: 'buprenorphine' });
  assert.match(await other.innerText(), /Not counted/);
  assert.match(await w.locator('.oih-mme-figure').innerText(), /30 MME a day/);
  await context.close();
});

test('removing a medicine keeps the others and moves focus to "Add a medicine"', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  await addMedicine(w, { drug: 'morphine', amount: 10, times_per_day: 1 });
  await addMedicine(w, { drug: 'codeine', amount: 30, times_per_day: 4 });
  await w.getByRole('button', { name: 'Remove Morphine (medicine 1)' }).click();
  assert.equal(await w.locator('li.oih-medicine').count(), 1);
  assert.equal(await w.locator('li.oih-medicine select[id^="oih-drug-"]').inputValue(), 'codeine');
  assert.equal(await page.evaluate(() => document.querySelector('oih-checklist').shadowRoot.activeElement?.id), 'oih-add-medicine');
  await context.close();
});

test('at most 10 medicines can be added', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  const add = w.getByRole('button', { name: 'Add a medicine' });
  for (let i = 0; i < 10; i++) await add.click();
  assert.ok(await add.isDisabled());
  assert.match(await w.locator('#oih-medicines-full').innerText(), /up to 10/);
  await context.close();
});

test('clear all can be undone', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  await answer(w, 'opioid_use', 'current');
  await addMedicine(w, { drug: 'morphine', amount: 10, times_per_day: 1 });
  await w.getByRole('button', { name: 'Clear all answers' }).click();
  assert.equal(await w.locator('input[type="radio"]:checked').count(), 0);
  assert.equal(await w.locator('li.oih-medicine').count(), 0);
  await w.getByRole('button', { name: 'Undo' }).click();
  assert.ok(await w.locator('input[name="oih-opioid_use"][value="current"]').isChecked());
  assert.equal(await w.locator('li.oih-medicine input[id^="oih-amount-"]').inputValue(), '10');
  await context.close();
});

test('the result is announced: a polite live region holds the level', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  const live = w.locator('.oih-status');
  assert.equal(await live.getAttribute('aria-live'), 'polite');
  assert.equal(await live.getAttribute('role'), 'status');
  await answer(w, 'opioid_use', 'current');
  await answer(w, 'allodynia', 'yes');
  assert.match(await live.innerText(), /^So far: Talk about this at your next doctor's appointment/);
  assert.match(await live.innerText(), /some of the signs doctors look for in OIH/);
  await context.close();
});

test('references and the disclaimer are reachable from the widget', async () => {
  const { page, context } = await fresh();
  const w = widget(page);
  await w.getByText('Sources', { exact: true }).click();
  const refs = w.locator('.oih-references li');
  assert.equal(await refs.count(), 15);
  for (const id of ['S0', 'S1', 'S10', 'C1', 'F1', 'T1', 'L1']) assert.ok((await w.locator('.oih-references').innerText()).includes(id));
  await w.getByText('About this checklist').click();
  assert.match(await w.locator('.oih-details').nth(1).innerText(), /Content version 3 \(rules version 3\), reviewed December 2026/);
  // The disclaimer is not folded away: it is visible with the result.
  assert.match(await w.locator('.oih-result .oih-disclaimer').innerText(), /not a diagnosis/);
  assert.ok(await w.locator('.oih-result .oih-disclaimer').isVisible());
  await context.close();
});

test('on a phone, "See your result" takes focus to the result; beside it on a wide screen, it is not shown', async () => {
  const { page, context } = await openPage(browser, server.url + '/', { viewport: { width: 375, height: 700 } });
  const w = widget(page);
  await answer(w, 'opioid_use', 'current');
  const jump = w.getByRole('button', { name: 'See your result' });
  await jump.click();
  assert.equal(await page.evaluate(() => document.querySelector('oih-checklist').shadowRoot.activeElement?.id), 'oih-result-title');
  assert.ok(await w.locator('#oih-result-title').isVisible());
  const box = await w.locator('#oih-result-title').boundingBox();
  assert.ok(box.y >= 0 && box.y < 700, 'the result heading is in view');
  await context.close();
  const wide = await fresh();
  assert.equal(await widget(wide.page).getByRole('button', { name: 'See your result' }).isVisible(), false);
  await wide.context.close();
});

test('the standalone page adds no global to window besides what the browser defines', async () => {
  const context = await browser.newContext();
  // Kept under a symbol, which getOwnPropertyNames does not list.
  await context.addInitScript(() => { window[Symbol.for('oih-before')] = Object.getOwnPropertyNames(window); });
  const page = await context.newPage();
  await page.goto(server.url + '/');
  await widget(page).locator(LIVE).waitFor();
  const added = await page.evaluate(() => {
    const before = window[Symbol.for('oih-before')];
    return Object.getOwnPropertyNames(window).filter((n) => !before.includes(n) && !n.startsWith('__pw_'));
  });
  assert.deepEqual(added, []);
  await context.close();
});
