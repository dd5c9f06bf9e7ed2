// The keyboard checks shared by the Playwright suite (keyboard.test.mjs) and
// the WebKit suite (tests/webkit/): after every key press, where focus is
// (the deep active element, through the shadow root) and what is chosen.
import assert from 'node:assert/strict';
import { QUESTIONS } from './questions.mjs';

/** In the page (page.evaluate or executeScript): the focused element,
 * through shadow roots, and what the widget shows as chosen: every checked
 * radio, and each medicine row's fields. Self-contained: it is serialized. */
export function where() {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  const root = document.querySelector('oih-checklist').shadowRoot;
  const checked = {};
  for (const r of root.querySelectorAll('input[type="radio"]:checked')) checked[r.name.replace(/^oih-/, '')] = r.value;
  const rows = [...root.querySelectorAll('li.oih-medicine')].map((li) => ({
    drug: li.querySelector('select[id^="oih-drug-"]')?.value ?? null,
    strength: li.querySelector('select[id^="oih-strength-"]')?.value ?? null,
    amount: li.querySelector('input[id^="oih-amount-"]')?.value ?? null,
    perDose: li.querySelector('select[id^="oih-per-dose-"]')?.value ?? null,
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
}

/** A `press(key, { focus, checked, rows, what })` that sends `key` (in
 * Playwright's names: 'Tab', 'Shift+Tab', 'Space', 'ArrowRight', 'a') with
 * `send`, reads the page with `read` (which runs `where`), then checks focus
 * against `focus` (a subset of fields) and, when given, the checked answers
 * and medicine rows. Resolves to what `read` gave. */
export function presser(send, read) {
  return async (key, { focus, checked, rows, what }) => {
    await send(key);
    const now = await read();
    const label = `${what}: after ${key}`;
    const inWidget = focus.inWidget ?? true;
    assert.equal(now.focus.inWidget, inWidget, `${label}, focus is ${inWidget ? 'in' : 'outside'} the widget (it is on <${now.focus.tag}>)`);
    for (const [k, v] of Object.entries(focus)) {
      if (v instanceof RegExp) assert.match(now.focus[k], v, `${label}, focus ${k}`);
      else assert.equal(now.focus[k], v, `${label}, focus ${k}`);
    }
    if (checked) assert.deepEqual(now.checked, checked, `${label}, checked`);
    if (rows) assert.deepEqual(now.rows, rows, `${label}, medicines`);
    return now;
  };
}

export const values = Object.fromEntries(QUESTIONS);

/** What the walk reads, in each language of the page: the language switch
 * (named in the other language) and the "Clear answer" buttons. */
export const WORDS = {
  en: { otherLanguage: 'Español', clearAnswer: /^Clear answer: / },
  es: { otherLanguage: 'English', clearAnswer: /^Borrar la respuesta: / },
};
export const radio = (q, v) => ({ tag: 'input', name: `oih-${q}`, value: v });

/** Walks a radio group: Space chooses the first answer, ArrowRight visits
 * every other one, ArrowLeft comes back to `target`. Each press is checked:
 * focus stays on the answer just chosen, and only that answer is checked. */
export async function walkGroup(press, q, target, checked, words = WORDS.en) {
  const all = values[q];
  const visit = async (key, v) => {
    // Choosing "past" or "never" hides the opioid questions and their answers.
    const shown = { ...checked, [q]: v };
    if (q === 'opioid_use' && v !== 'current') delete shown.duration;
    if (q === 'opioid_use' && (v === 'past' || v === 'never')) {
      for (const k of Object.keys(shown)) if (k !== 'seizure' && k !== 'opioid_use') delete shown[k];
    }
    await press(key, { focus: radio(q, v), checked: shown, what: `${q} = ${v}` });
  };
  await visit('Space', all[0]);
  for (let i = 1; i < all.length; i++) await visit('ArrowRight', all[i]);
  for (let i = all.length - 2; i >= all.indexOf(target); i--) await visit('ArrowLeft', all[i]);
  checked[q] = target;
  // Tab leaves the group by its "Clear answer" button.
  await press('Tab', { focus: { tag: 'button', label: words.clearAnswer }, what: `leaving ${q}` });
}

/** From the top of the page: every question before the medicine editor,
 * key by key. Resolves to the answers chosen. */
export async function firstQuestions(press, words = WORDS.en) {
  const checked = {};
  // From the top of the page, Tab reaches the language switch, named in
  // its own language, then the first answer of the first question.
  await press('Tab', { focus: { inWidget: false, tag: 'a', label: words.otherLanguage }, checked: {}, what: 'first Tab' });
  await press('Tab', { focus: radio('seizure', 'yes'), checked: {}, what: 'second Tab' });
  await walkGroup(press, 'seizure', 'no', checked, words);
  const targets = { opioid_use: 'current', duration: 'over_3_months', dose_increased: 'yes', response_to_increase: 'worse' };
  for (const [q, target] of Object.entries(targets)) {
    await press('Tab', { focus: radio(q, values[q][0]), checked: { ...checked }, what: `entering ${q}` });
    await walkGroup(press, q, target, checked, words);
  }
  return checked;
}

/** After the medicine editor: the remaining questions, key by key. */
export async function lastQuestions(press, checked, words = WORDS.en) {
  for (const q of ['kidney', 'liver', 'pain_worse_despite_dose', 'more_sensitive', 'pain_spread', 'allodynia', 'pain_different', 'myoclonus']) {
    await press('Tab', { focus: radio(q, 'yes'), what: `entering ${q}` });
    await walkGroup(press, q, q === 'myoclonus' ? 'no' : 'yes', checked, words);
  }
}
