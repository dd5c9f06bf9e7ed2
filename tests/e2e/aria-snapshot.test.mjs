// The accessibility tree of the questions, the medicine editor and the
// saving option, in three states, against reviewed snapshots in
// tests/e2e/snapshots/: every control with its role, name and state. And
// the live regions: the result and the daily total are announced once per
// change, not at every key press.
//
// After an intended change: UPDATE_SNAPSHOTS=1 node --test tests/e2e/aria-snapshot.test.mjs,
// then read the diff of tests/e2e/snapshots/ before committing it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openPage, DIST, ROOT, answer, widget } from './harness.mjs';
import { axeViolations } from './axe.mjs';

const SNAPSHOTS = path.join(ROOT, 'tests/e2e/snapshots');
let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PARTLY = { seizure: 'no', opioid_use: 'current', duration: 'over_3_months', dose_increased: 'unsure', kidney: 'no' };
const COMPLETE = {
  seizure: 'no', opioid_use: 'current', duration: 'over_3_months', dose_increased: 'yes', response_to_increase: 'worse',
  kidney: 'no', liver: 'no', pain_worse_despite_dose: 'yes', more_sensitive: 'no', pain_spread: 'yes', allodynia: 'unsure',
  pain_different: 'no', myoclonus: 'no',
};

/** Each language's page, the name of its "Add a medicine" button and the
 * prefix of its snapshots. */
const LANGUAGES = [
  { page: '/', add: 'Add a medicine', prefix: '' },
  { page: '/es.html', add: 'Agregar un medicamento', prefix: 'es-' },
];
let add = LANGUAGES[0].add;

async function addMedicine(w, { find, choice, strength, amount, perDose, times, purpose }) {
  await w.getByRole('button', { name: add }).click();
  const row = w.locator('li.oih-medicine').last();
  if (find) await row.locator('input[id^="oih-find-"]').fill(find);
  await row.locator('select[id^="oih-drug-"]').selectOption(choice);
  if (purpose !== undefined) await row.locator('input[name^="oih-purpose-"]').nth(purpose).check();
  if (strength) await row.locator('select[id^="oih-strength-"]').selectOption(strength);
  if (amount) await row.locator('input[id^="oih-amount-"]').fill(amount);
  if (perDose) await row.locator('select[id^="oih-per-dose-"]').selectOption(perDose);
  if (times) await row.locator('select[id^="oih-times-"]').selectOption(times);
  if (amount) await row.locator('input[id^="oih-amount-"]').blur();
}

const STATES = {
  empty: async () => {},
  'partly-answered': async (w) => { for (const [q, a] of Object.entries(PARTLY)) await answer(w, q, a); },
  // The medicine editor of content v3: a brand's strength from its box with
  // how many at a time; two numbers typed for a generic, and the question
  // of which one is the opioid; a patch typed with its unit; buprenorphine
  // and what it is taken for.
  'complete-with-medicines': async (w) => {
    for (const [q, a] of Object.entries(COMPLETE)) await answer(w, q, a);
    await addMedicine(w, { find: 'percocet', choice: 'b:Percocet', strength: '5 mg/325 mg', perDose: '2', times: '4' });
    await addMedicine(w, { choice: 'hydrocodone', amount: '5/325' });
    await addMedicine(w, { choice: 'fentanyl_patch', amount: '25 mcg/hr' });
    await addMedicine(w, { choice: 'buprenorphine', purpose: 0 });
  },
};

for (const language of LANGUAGES) for (const [state, fill] of Object.entries(STATES)) {
  const name = language.prefix + state;
  test(`accessibility tree, ${name}`, async () => {
    add = language.add;
    const { page, context } = await openPage(browser, server.url + language.page, { viewport: { width: 1280, height: 900 } });
    const w = widget(page);
    await fill(w);
    // The snapshot leaves out a <select>'s chosen option when it sits in an
    // <optgroup>: list every select's choice after the tree.
    const choices = await w.locator('select').evaluateAll((selects) => selects.map((s) =>
      `# ${s.labels[0]?.textContent.trim()} (${s.id}): ${s.selectedOptions[0]?.textContent.trim()}`));
    const tree = [await w.locator('form.oih-form').ariaSnapshot(), await w.locator('.oih-save').ariaSnapshot(), ...choices].join('\n') + '\n';
    const file = path.join(SNAPSHOTS, `${name}.aria.yml`);
    if (process.env.UPDATE_SNAPSHOTS || !fs.existsSync(file)) {
      fs.mkdirSync(SNAPSHOTS, { recursive: true });
      fs.writeFileSync(file, tree);
    }
    assert.equal(tree, fs.readFileSync(file, 'utf8'), `${name}: the tree changed; review and update tests/e2e/snapshots/`);
    // Every radio button, field and list has a name; every group a legend.
    const unnamed = await page.evaluate(() => {
      const root = document.querySelector('oih-checklist').shadowRoot;
      const named = (el) => (el.labels && el.labels.length) || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
      return [...root.querySelectorAll('input, select, button, fieldset')].filter((el) => {
        if (el.tagName === 'FIELDSET') return !el.querySelector('legend')?.textContent.trim();
        if (el.tagName === 'BUTTON') return !el.textContent.trim() && !el.getAttribute('aria-label');
        return !named(el);
      }).map((el) => el.outerHTML.slice(0, 80));
    });
    assert.deepEqual(unnamed, []);
    assert.deepEqual(await axeViolations(page), [], `axe: ${name}`);
    await context.close();
  });
}

/** Counts changes to the text of each live region, from now on. */
async function watchLiveRegions(page) {
  await page.evaluate(() => {
    const root = document.querySelector('oih-checklist').shadowRoot;
    window.__live = [];
    const regions = root.querySelectorAll('[role="status"], [role="alert"], [aria-live]');
    for (const region of regions) {
      let last = region.textContent;
      new MutationObserver(() => {
        if (region.textContent !== last) {
          last = region.textContent;
          window.__live.push({ cls: region.className, text: last.trim().slice(0, 60) });
        }
      }).observe(region, { subtree: true, childList: true, characterData: true });
    }
  });
}
const announced = (page, cls) => page.evaluate((cls) => window.__live.filter((c) => c.cls.includes(cls)), cls);

test('the result and the daily total are announced once per change, not at every key press', async () => {
  const { page, context } = await openPage(browser, server.url + '/', { viewport: { width: 1280, height: 900 } });
  const w = widget(page);
  await answer(w, 'opioid_use', 'current');
  await w.getByRole('button', { name: 'Add a medicine' }).click();
  await w.locator('select[id^="oih-drug-"]').selectOption('morphine');
  await w.locator('select[id^="oih-times-"]').selectOption('2');
  await watchLiveRegions(page);
  await w.locator('input[id^="oih-amount-"]').pressSequentially('15 mg', { delay: 20 });
  assert.match(await w.locator('.oih-mme-figure').innerText(), /30 MME a day/, 'the figure on screen follows the typing');
  assert.deepEqual(await announced(page, 'oih-visually-hidden'), [], 'nothing announced while typing');
  assert.deepEqual(await announced(page, 'oih-status'), []);
  await w.locator('input[id^="oih-amount-"]').blur();
  assert.deepEqual(await announced(page, 'oih-visually-hidden'), [{ cls: 'oih-visually-hidden', text: 'Estimated daily dose: 30 MME a day' }]);
  // One answer, one change of the result's status at most.
  await answer(w, 'allodynia', 'yes');
  assert.ok((await announced(page, 'oih-status')).length <= 1);
  await context.close();
});
