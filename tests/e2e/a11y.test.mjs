// Accessibility: axe-core's WCAG 2.x A/AA rules, keyboard-only completion,
// visible focus, reflow at 320 px and 200 % zoom, reduced motion.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { serve, launch, openPage, DIST, answer, widget } from './harness.mjs';
import { QUESTIONS } from './questions.mjs';

const VALUES = Object.fromEntries(QUESTIONS);

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function axe(page) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3), help: v.help }));
  }, TAGS);
  return result;
}

const STATES = {
  empty: {},
  'half filled': { opioid_use: 'current', duration: 'over_3_months', dose_increased: 'unsure', kidney: 'no' },
  urgent: { opioid_use: 'current', seizure: 'yes' },
  incomplete: { kidney: 'yes' },
  not_applicable: { opioid_use: 'past' },
  several_signs: { opioid_use: 'current', pain_worse_despite_dose: 'yes', more_sensitive: 'yes', pain_spread: 'yes' },
  some_signs: { opioid_use: 'current', allodynia: 'yes', liver: 'unsure' },
  few_signs: { opioid_use: 'current', pain_spread: 'no' },
};

for (const [pageName, file] of [['standalone', '/'], ['embed demo', '/embed-demo.html']]) for (const scheme of ['light', 'dark']) {
  for (const [name, answers] of Object.entries(STATES)) {
    test(`axe finds no WCAG A/AA violation: ${pageName}, ${name}, ${scheme}`, async () => {
      const { page, context } = await openPage(browser, server.url + file, { colorScheme: scheme });
      const w = widget(page);
      for (const [q, a] of Object.entries(answers)) await answer(w, q, a);
      if (name === 'half filled') {
        await w.getByRole('button', { name: 'Add a medicine' }).click();
        await w.locator('select[id^="oih-drug-"]').selectOption('tramadol');
        await w.locator('input[id^="oih-amount-"]').fill('abc');
        await w.locator('input[id^="oih-amount-"]').blur();
      }
      if (name in { urgent: 1, several_signs: 1 }) {
        assert.equal(await w.locator('section.oih-result').getAttribute('data-level'), name);
      }
      assert.deepEqual(await axe(page), []);
      await context.close();
    });
  }
}

/** The element focused inside the widget's shadow root, described. */
async function focused(page) {
  return page.evaluate(() => {
    const el = document.querySelector('oih-checklist').shadowRoot.activeElement;
    if (!el) return null;
    // A radio button's ring goes around its whole answer (the option box).
    const style = getComputedStyle(el.type === 'radio' ? el.closest('.oih-option') : el);
    return { tag: el.tagName.toLowerCase(), id: el.id, name: el.name || '', value: el.value || '', text: el.textContent.trim().slice(0, 40),
      checked: !!el.checked, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
  });
}

async function tabTo(page, match, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f && match(f)) return f;
  }
  throw new Error('focus never reached the expected control');
}

test('the whole checklist can be completed with the keyboard alone, focus always visible', async () => {
  const { page, context } = await openPage(browser, server.url + '/');
  // Radio groups: Tab enters a group on its first answer; Space chooses it,
  // ArrowRight moves on and chooses. Focus must stay on the answer chosen.
  const choose = async (question, value) => {
    const f = await tabTo(page, (f) => f.name === `oih-${question}`);
    assert.ok(f.outline, `focus is visible on ${question}`);
    const arrows = VALUES[question].indexOf(value);
    assert.ok(arrows >= 0, `${question} has the answer ${value}`);
    if (arrows === 0) await page.keyboard.press('Space');
    for (let i = 0; i < arrows; i++) await page.keyboard.press('ArrowRight');
    const now = await focused(page);
    assert.deepEqual([now.name, now.value, now.checked], [`oih-${question}`, value, true], `${question}: focus on the answer chosen`);
    assert.ok(now.outline, `${question}: focus still visible`);
  };
  await choose('seizure', 'no'); // the safety question comes first (content v2)
  await choose('opioid_use', 'current');
  await choose('duration', 'over_3_months');
  await choose('dose_increased', 'yes');
  await choose('response_to_increase', 'worse');
  // A medicine, by keyboard (content v3 editor): the new row's first field
  // (the filter) gets focus; a generic takes a typed strength, then how
  // many at a time and doses a day. Each field shows its focus.
  const add = await tabTo(page, (f) => f.id === 'oih-add-medicine');
  assert.ok(add.outline);
  await page.keyboard.press('Enter');
  let f = await focused(page);
  assert.match(f.id, /^oih-find-/);
  assert.ok(f.outline, 'focus is visible on the filter');
  await page.keyboard.type('oxy');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // the first match in the list
  f = await focused(page);
  assert.deepEqual([f.tag, f.value, f.outline], ['select', 'oxycodone', true]);
  await page.keyboard.press('Tab');
  f = await focused(page);
  assert.match(f.id, /^oih-amount-/);
  assert.ok(f.outline, 'focus is visible on the amount');
  await page.keyboard.type('10');
  await page.keyboard.press('Tab');
  f = await focused(page);
  assert.match(f.id, /^oih-per-dose-/);
  assert.deepEqual([f.value, f.outline], ['1', true], 'how many at a time, 1 unless changed');
  await page.keyboard.type('2');
  f = await focused(page);
  assert.equal(f.value, '2');
  await page.keyboard.press('Tab');
  f = await focused(page);
  assert.match(f.id, /^oih-times-/);
  assert.ok(f.outline, 'focus is visible on doses a day');
  await page.keyboard.type('3');
  f = await focused(page);
  assert.equal(f.value, '3');
  for (const q of ['kidney', 'liver']) await choose(q, 'no');
  for (const q of ['pain_worse_despite_dose', 'more_sensitive', 'pain_spread', 'allodynia', 'pain_different']) await choose(q, 'yes');
  await choose('myoclonus', 'no');
  const w = widget(page);
  assert.equal(await w.locator('section.oih-result').getAttribute('data-level'), 'several_signs');
  assert.match(await w.locator('.oih-progress span').innerText(), /^13 of 13 /);
  assert.match(await w.locator('.oih-mme-figure').innerText(), /90 MME a day/);
  // The sources open from the keyboard too.
  await tabTo(page, (f) => f.tag === 'summary' && f.text === 'Sources');
  await page.keyboard.press('Enter');
  assert.ok(await w.locator('details.oih-details').first().evaluate((d) => d.open));
  await context.close();
});

for (const [label, options] of [
  ['320 px wide', { viewport: { width: 320, height: 700 } }],
  ['200 % zoom of a 1280 px window', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }],
]) {
  test(`nothing is cut off or scrolls sideways at ${label}`, async () => {
    const { page, context } = await openPage(browser, server.url + '/', options);
    const w = widget(page);
    await answer(w, 'opioid_use', 'current');
    await answer(w, 'seizure', 'yes');
    await w.getByRole('button', { name: 'Add a medicine' }).click();
    await w.locator('select[id^="oih-drug-"]').selectOption('fentanyl_patch');
    await w.locator('input[id^="oih-amount-"]').fill('x'.repeat(300));
    await w.locator('input[id^="oih-amount-"]').blur();
    await w.getByText('Sources', { exact: true }).click();
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const out = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && (r.right > width + 1 || r.left < -1)) out.push(`${el.tagName}.${el.className}`);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return { scroll: document.documentElement.scrollWidth, width, out: out.slice(0, 5) };
    });
    assert.equal(overflow.scroll, overflow.width, 'no horizontal scrolling');
    assert.deepEqual(overflow.out, []);
    await context.close();
  });
}

test('prefers-reduced-motion turns transitions off', async () => {
  for (const [motion, expectNone] of [['reduce', true], ['no-preference', false]]) {
    const { page, context } = await openPage(browser, server.url + '/', { reducedMotion: motion });
    const durations = await page.evaluate(() => {
      const root = document.querySelector('oih-checklist').shadowRoot;
      return [...root.querySelectorAll('.oih-option, .oih-button, .oih-question')].map((e) => getComputedStyle(e).transitionDuration);
    });
    assert.ok(durations.length > 10);
    assert.equal(durations.every((d) => d.split(',').every((x) => parseFloat(x) === 0)), expectNone, `${motion}: ${durations[0]}`);
    await context.close();
  }
});
