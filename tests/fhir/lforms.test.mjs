// A round trip through an independent FHIR client: LHC-Forms (npm lforms,
// served by the test's own loopback server, never a CDN) loads the published
// Questionnaire and our QuestionnaireResponse in headless Chromium, shows
// every answer, hides exactly the questions that do not apply, and its own
// getFormFHIRData('QuestionnaireResponse', 'R4') gives back the same answers,
// which --from-fhir reads as the same assessment.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from '../e2e/harness.mjs';
import { QUESTIONNAIRE, assess, fhirCase, fromFhir, toFhir } from './fhir.mjs';
import { serveLForms } from './lforms-page.mjs';

const VIGNETTES = [
  'Worked example 3', // medicines, with a patch (no doses a day)
  'Worked example 4', // never: only two questions shown
  'Worked example 5', // stopped recently: no duration question
  'Worked example 8', // past, with answers that do not apply (left out)
  'Every question answered', // complete
  'Medicines only', // unconverted medicines, amounts left out
  'Ten medicines', // the most there can be, exact decimals
  'Partly answered', // opioid use unanswered: every opioid question shown
  'Nothing at all',
  'Version 3 medicines', // per_dose, purpose (methadone for opioid use disorder), yes_checked
  'Version 3: buprenorphine', // purpose on buprenorphine, ten at a time
];

const QUESTION_IDS = QUESTIONNAIRE.item.filter((i) => i.type === 'choice').map((i) => i.linkId);
const display = (linkId, code, items = QUESTIONNAIRE.item) =>
  items.find((i) => i.linkId === linkId).answerOption.find((o) => o.valueCoding.code === code).valueCoding.display;
const DRUG_ITEMS = QUESTIONNAIRE.item.find((i) => i.linkId === 'medications').item;

/** What a response says: [linkId, code] per question, and per medicine
 * [drug, amount, times_per_day, per_dose, purpose] (numbers as numbers). */
function answers(qr) {
  const items = qr.item ?? [];
  return {
    questions: items.filter((i) => i.linkId !== 'medications').map((i) => [i.linkId, i.answer[0].valueCoding.code]),
    medicines: items.filter((i) => i.linkId === 'medications').map((g) => {
      const value = (id) => g.item.find((c) => c.linkId === id)?.answer[0];
      return [value('drug').valueCoding.code, value('amount')?.valueDecimal ?? null, value('times_per_day')?.valueInteger ?? null,
        value('per_dose')?.valueInteger ?? null, value('purpose')?.valueCoding.code ?? null];
    }),
  };
}

let server;
let browser;
before(async () => {
  server = await serveLForms();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const prefix of VIGNETTES) {
  test(`LHC-Forms round trip: ${prefix}`, async () => {
    const { name, input } = fhirCase(prefix);
    const qr = toFhir(input);
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) errors.push(`request to ${r.url()}`); });
    await page.goto(server.url);
    const shown = await page.evaluate(async ([q, response]) => {
      const el = document.getElementById('form');
      await LForms.Util.addFormToPage(q, el, { questionnaireResponse: response });
      const rows = [...el.querySelectorAll('lhc-item[id^="item-"]')].map((e) => e.id.replace(/^item-/, '').split('/')[0]);
      const checked = Object.fromEntries([...el.querySelectorAll('input[type=radio]:checked')]
        .map((r) => [r.name.replace(/^radiogroup_/, '').split('/')[0], r.closest('label')?.innerText.trim()]));
      const fields = Object.fromEntries([...el.querySelectorAll('input:not([type=radio])')].map((i) => [i.id, i.value]));
      // Radio buttons inside the medicines group (purpose), by group: "purpose/2/1".
      for (const r of el.querySelectorAll('input[type=radio]:checked')) {
        const id = r.name.replace(/^radiogroup_/, '');
        if (id.split('/').length === 3) fields[id] = r.closest('label')?.innerText.trim();
      }
      const back = LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', el);
      return { rows, checked, fields, back };
    }, [QUESTIONNAIRE, qr]);
    await page.close();
    assert.deepEqual(errors, [], name);

    // Shown: exactly the questions that apply (answered ones and those the
    // assessment lists as unanswered), in the Questionnaire's order.
    const expected = answers(qr);
    const applicable = new Set([...expected.questions.map(([id]) => id), ...assess(input).unanswered]);
    assert.deepEqual(shown.rows.filter((id) => QUESTION_IDS.includes(id)), QUESTION_IDS.filter((id) => applicable.has(id)), name);
    // Every answer is on screen.
    const checkedQuestions = Object.fromEntries(Object.entries(shown.checked).filter(([id]) => QUESTION_IDS.includes(id)));
    assert.deepEqual(checkedQuestions, Object.fromEntries(expected.questions.map(([id, code]) => [id, display(id, code)])), name);
    expected.medicines.forEach(([drug, amount, times, perDose, purpose], g) => {
      const at = (id) => shown.fields[`${id}/${g + 1}/1`];
      assert.equal(at('drug'), display('drug', drug, DRUG_ITEMS), `${name}: medicine ${g + 1}`);
      assert.equal(at('amount'), amount === null ? '' : String(amount), `${name}: amount ${g + 1}`);
      assert.equal(at('per_dose') ?? '', perDose === null ? '' : String(perDose), `${name}: how many at a time ${g + 1}`);
      // What it is taken for: asked (enableWhen) only for methadone and buprenorphine.
      if (drug !== 'methadone' && drug !== 'buprenorphine') assert.equal(at('purpose'), undefined, `${name}: no purpose for ${drug}`);
      else if (purpose !== null) assert.equal(at('purpose'), display('purpose', purpose, DRUG_ITEMS), `${name}: purpose ${g + 1}`);
      if (drug === 'fentanyl_patch') assert.equal(at('times_per_day'), undefined, `${name}: no doses a day for the patch`);
      else assert.equal(at('times_per_day') ?? '', times === null ? '' : String(times), `${name}: doses ${g + 1}`);
    });
    const rowsOfMedicines = Object.entries(shown.fields).filter(([id, value]) => id.startsWith('drug/') && value !== '');
    assert.equal(rowsOfMedicines.length, expected.medicines.length, name);

    // LHC-Forms' own export says the same, and reads back the same.
    assert.equal(shown.back.resourceType, 'QuestionnaireResponse');
    assert.equal(shown.back.questionnaire, qr.questionnaire);
    assert.deepEqual(answers(shown.back), expected, name);
    assert.deepEqual(fromFhir(shown.back), assess(input), name);
  });
}
