// The keyboard, key by key: after every key press, where focus is (the deep
// active element, through the shadow root) and what is chosen. Every
// question, in the order shown, then the medicine editor.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, DIST, widget } from './harness.mjs';
import { QUESTIONS } from './questions.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The focused element, through shadow roots, and what the widget shows as
 * chosen: every checked radio, and each medicine row's fields. */
async function where(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const root = document.querySelector('oih-checklist').shadowRoot;
    const checked = {};
    for (const r of root.querySelectorAll('input[type="radio"]:checked')) checked[r.name.replace(/^oih-/, '')] = r.value;
    const rows = [...root.querySelectorAll('li.oih-medicine')].map((li) => ({
      drug: li.querySelector('select[id^="oih-drug-"]')?.value ?? null,
      amount: li.querySelector('input[id^="oih-amount-"]')?.value ?? null,
      times: li.querySelector('select[id^="oih-times-"]')?.value ?? null,
    }));
    return {
      focus: {
        tag: el.tagName.toLowerCase(),
        id: el.id || '',
        name: el.getAttribute('name') || '',
        value: el.value ?? '',
        label: el.getAttribute('aria-label') || el.textContent.trim().slice(0, 40),
        inWidget: el.getRootNode() === root,
      },
      checked,
      rows,
    };
  });
}

/** Presses `key`, then checks focus against `focus` (a subset of fields) and,
 * when given, the checked answers and medicine rows. */
async function press(page, key, { focus, checked, rows, what }) {
  await page.keyboard.press(key);
  const now = await where(page);
  const label = `${what}: after ${key}`;
  assert.ok(now.focus.inWidget, `${label}, focus is in the widget (it is on <${now.focus.tag}>)`);
  for (const [k, v] of Object.entries(focus)) {
    if (v instanceof RegExp) assert.match(now.focus[k], v, `${label}, focus ${k}`);
    else assert.equal(now.focus[k], v, `${label}, focus ${k}`);
  }
  if (checked) assert.deepEqual(now.checked, checked, `${label}, checked`);
  if (rows) assert.deepEqual(now.rows, rows, `${label}, medicines`);
  return now;
}

const values = Object.fromEntries(QUESTIONS);
const radio = (q, v) => ({ tag: 'input', name: `oih-${q}`, value: v });

/** Walks a radio group: Space chooses the first answer, ArrowRight visits
 * every other one, ArrowLeft comes back to `target`. Each press is checked:
 * focus stays on the answer just chosen, and only that answer is checked. */
async function walkGroup(page, q, target, checked) {
  const all = values[q];
  const visit = async (key, v) => {
    // Choosing "past" or "never" hides the opioid questions and their answers.
    const shown = { ...checked, [q]: v };
    if (q === 'opioid_use' && v !== 'current') delete shown.duration;
    if (q === 'opioid_use' && (v === 'past' || v === 'never')) {
      for (const k of Object.keys(shown)) if (k !== 'seizure' && k !== 'opioid_use') delete shown[k];
    }
    await press(page, key, { focus: radio(q, v), checked: shown, what: `${q} = ${v}` });
  };
  await visit('Space', all[0]);
  for (let i = 1; i < all.length; i++) await visit('ArrowRight', all[i]);
  for (let i = all.length - 2; i >= all.indexOf(target); i--) await visit('ArrowLeft', all[i]);
  checked[q] = target;
  // Tab leaves the group by its "Clear answer" button.
  await press(page, 'Tab', { focus: { tag: 'button', label: /^Clear answer: / }, what: `leaving ${q}` });
}

test('every question and the medicine editor, key by key: focus stays where the user is', async () => {
  const { page, context } = await openPage(browser, server.url + '/', { viewport: { width: 1280, height: 900 } });
  const checked = {};
  // From the top of the page, Tab reaches the first answer of the first question.
  await press(page, 'Tab', { focus: radio('seizure', 'yes'), checked: {}, what: 'first Tab' });
  await walkGroup(page, 'seizure', 'no', checked);

  const order = ['opioid_use', 'duration', 'dose_increased', 'response_to_increase'];
  const targets = { opioid_use: 'current', duration: 'over_3_months', dose_increased: 'yes', response_to_increase: 'worse' };
  for (const q of order) {
    await press(page, 'Tab', { focus: radio(q, values[q][0]), checked: { ...checked }, what: `entering ${q}` });
    await walkGroup(page, q, targets[q], checked);
  }

  // The medicine editor.
  const none = { drug: null, amount: null, times: null };
  await press(page, 'Tab', { focus: { tag: 'button', id: 'oih-add-medicine' }, what: 'to Add a medicine' });
  await press(page, 'Enter', { focus: { tag: 'input', id: /^oih-find-/ }, rows: [{ ...none, drug: '' }], what: 'add a row' });
  let typed = '';
  for (const ch of 'Endone') {
    typed += ch;
    await press(page, ch === ch.toUpperCase() ? `Shift+${ch}` : ch, { focus: { id: /^oih-find-/, value: typed }, what: `filter "${typed}"` });
  }
  const w = widget(page);
  assert.equal(await w.locator('[id^="oih-find-count-"]').innerText(), '1 medicine matches.');
  await press(page, 'Tab', { focus: { tag: 'select', id: /^oih-drug-/ }, what: 'to the list' });
  await press(page, 'ArrowDown', { focus: { tag: 'select', value: 'b:Endone' }, rows: [{ drug: 'b:Endone', amount: '', times: '' }], what: 'choose Endone' });
  assert.equal(await w.locator('[id^="oih-brand-"]').innerText(), 'Endone is oxycodone.');
  await press(page, 'Tab', { focus: { tag: 'input', id: /^oih-amount-/ }, what: 'to the amount' });
  typed = '';
  for (const ch of ['1', '0', 'm', 'g']) {
    typed += ch;
    await press(page, ch, { focus: { id: /^oih-amount-/, value: typed }, what: `amount "${typed}"` });
    // "10m" is a unit on its way: no message while typing it.
    assert.equal(await w.locator('.oih-error').count(), 0, `no message at "${typed}"`);
  }
  await press(page, 'Tab', { focus: { tag: 'select', id: /^oih-times-/ }, what: 'to doses a day' });
  await press(page, '3', { focus: { tag: 'select', value: '3' }, rows: [{ drug: 'b:Endone', amount: '10mg', times: '3' }], what: 'three a day' });
  assert.equal(await w.locator('.oih-row-mme').innerText(), '= 45 MME a day');
  // Back to the list: a patch brand clears amount and doses, focus stays.
  await press(page, 'Shift+Tab', { focus: { id: /^oih-amount-/ }, what: 'back to the amount' });
  await press(page, 'Shift+Tab', { focus: { tag: 'select', id: /^oih-drug-/ }, what: 'back to the list' });
  // The list shows what matches "Endone" and the current choice only; clear the filter first.
  await press(page, 'Shift+Tab', { focus: { id: /^oih-find-/ }, what: 'back to the filter' });
  await press(page, 'Control+A', { focus: { id: /^oih-find-/, value: 'Endone' }, what: 'select the filter text' });
  await press(page, 'Backspace', { focus: { id: /^oih-find-/, value: '' }, what: 'clear the filter' });
  typed = '';
  for (const ch of 'durog') {
    typed += ch;
    await press(page, ch, { focus: { id: /^oih-find-/, value: typed }, what: `filter "${typed}"` });
  }
  await press(page, 'Tab', { focus: { tag: 'select' }, what: 'to the list again' });
  // Durogesic comes before Endone (kept as the current choice) in the brand group.
  await press(page, 'ArrowUp', { focus: { tag: 'select', value: 'b:Durogesic' }, rows: [{ drug: 'b:Durogesic', amount: '', times: null }], what: 'choose Durogesic' });
  assert.match(await w.locator('.oih-medicine .oih-note').first().innerText(), /^Fentanyl patch is measured in mcg\/hr, so the amount and doses were cleared/);
  await press(page, 'Tab', { focus: { id: /^oih-amount-/ }, what: 'to the patch strength' });
  for (const ch of ['2', '5']) await press(page, ch, { focus: { id: /^oih-amount-/ }, what: `patch "${ch}"` });
  await press(page, 'Tab', { focus: { tag: 'button', label: /^Remove Durogesic \(medicine 1\)$/ }, rows: [{ drug: 'b:Durogesic', amount: '25', times: null }], what: 'to Remove' });
  assert.equal(await w.locator('.oih-row-mme').innerText(), '= 60 MME a day');
  await press(page, 'Tab', { focus: { id: 'oih-add-medicine' }, what: 'to Add again' });

  for (const q of ['kidney', 'liver', 'pain_worse_despite_dose', 'more_sensitive', 'pain_spread', 'allodynia', 'pain_different', 'myoclonus']) {
    await press(page, 'Tab', { focus: radio(q, 'yes'), what: `entering ${q}` });
    await walkGroup(page, q, q === 'myoclonus' ? 'no' : 'yes', checked);
  }
  const section = w.locator('section.oih-result');
  assert.equal(await section.getAttribute('data-level'), 'several_signs');
  assert.match(await w.locator('.oih-progress span').innerText(), /^13 of 13 /);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a visible focus ring goes around the whole answer, not just the small circle', async () => {
  const { page, context } = await openPage(browser, server.url + '/');
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const root = document.querySelector('oih-checklist').shadowRoot;
    const input = root.activeElement;
    const box = input.closest('.oih-option');
    const style = getComputedStyle(box);
    const r = box.getBoundingClientRect();
    const label = box.querySelector('label').getBoundingClientRect();
    return { outline: style.outlineStyle, width: parseFloat(style.outlineWidth), coversLabel: r.right >= label.right && r.left <= label.left };
  });
  assert.equal(ring.outline, 'solid');
  assert.ok(ring.width >= 2);
  assert.ok(ring.coversLabel);
  await context.close();
});

test('clicking an answer keeps focus on it, so the arrow keys go on from there', async () => {
  const { page, context } = await openPage(browser, server.url + '/', { viewport: { width: 1280, height: 900 } });
  const w = widget(page);
  await w.locator('label[for="oih-q-seizure-1"]').click();
  let now = await where(page);
  assert.equal(now.focus.id, 'oih-q-seizure-1');
  await page.keyboard.press('ArrowRight');
  now = await where(page);
  assert.equal(now.focus.value, 'unsure');
  assert.equal(now.checked.seizure, 'unsure');
  // Two ArrowRight presses on "How long..." end on "More than 3 months".
  await w.locator('label[for="oih-q-opioid_use-0"]').click();
  await w.locator('label[for="oih-q-duration-0"]').click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  now = await where(page);
  assert.equal(now.checked.duration, 'over_3_months');
  assert.equal(now.focus.value, 'over_3_months');
  await context.close();
});
