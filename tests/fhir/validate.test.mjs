// Every published resource and the response for every vignette, checked by
// the official R4 JSON schema (ajv), by @medplum/core's R4 validator with its
// invariants, and by our own checks against the Questionnaire. Each checker
// is shown to reject a broken resource first, so a pass means something.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CODE_SYSTEM, QUESTIONNAIRE, cases, fhirCase, oihAssess, toFhir, assess, fromFhir } from './fhir.mjs';
import { medplumIssues, responseProblems, schemaErrors } from './validators.mjs';

const valid = (resource, what) => {
  assert.deepEqual(schemaErrors(resource), [], `R4 JSON schema: ${what}`);
  assert.deepEqual(medplumIssues(resource), [], `@medplum/core: ${what}`);
};

test('the published files are what oih-assess prints', () => {
  assert.deepEqual(JSON.parse(oihAssess(['--fhir-questionnaire']).stdout), QUESTIONNAIRE);
  assert.deepEqual(JSON.parse(oihAssess(['--fhir-code-system']).stdout), CODE_SYSTEM);
});

test('each checker rejects a broken resource', () => {
  const badStatus = { ...structuredClone(QUESTIONNAIRE), status: 'done' };
  assert.notDeepEqual(schemaErrors(badStatus), []);
  const noBehavior = structuredClone(QUESTIONNAIRE);
  delete noBehavior.item.find((i) => i.linkId === 'kidney').enableBehavior;
  assert.match(medplumIssues(noBehavior).join(), /que-12/);
  const qr = toFhir(fhirCase('Worked example 5').input);
  const wrong = structuredClone(qr);
  wrong.item.splice(2, 0, { linkId: 'duration', text: QUESTIONNAIRE.item[2].text, answer: [structuredClone(QUESTIONNAIRE.item[2].answerOption[0])] });
  assert.match(responseProblems(QUESTIONNAIRE, wrong).join(), /duration answered where its enableWhen does not hold/);
  const unordered = structuredClone(qr);
  unordered.item.reverse();
  assert.match(responseProblems(QUESTIONNAIRE, unordered).join(), /out of order/);
  const offList = structuredClone(qr);
  offList.item[0].answer[0].valueCoding.code = 'maybe';
  assert.match(responseProblems(QUESTIONNAIRE, offList).join(), /is not an answerOption/);
  assert.match(responseProblems(QUESTIONNAIRE, { ...qr, status: 'completed' }).join(), /status completed/);
});

test('the Questionnaire and the CodeSystem are valid R4', () => {
  valid(QUESTIONNAIRE, 'Questionnaire');
  valid(CODE_SYSTEM, 'CodeSystem');
});

test('the Questionnaire: question ids in order, options from the CodeSystem, only exists and =', () => {
  const ids = QUESTIONNAIRE.item.map((i) => i.linkId);
  assert.deepEqual(ids, ['seizure', 'opioid_use', 'duration', 'dose_increased', 'response_to_increase', 'medications',
    'kidney', 'liver', 'pain_worse_despite_dose', 'more_sensitive', 'pain_spread', 'allodynia', 'pain_different', 'myoclonus']);
  assert.equal(QUESTIONNAIRE.url, 'https://oih-checklist.org/fhir/Questionnaire/oih-checklist');
  assert.equal(QUESTIONNAIRE.version, '3');
  assert.equal(QUESTIONNAIRE.status, 'active');
  const concepts = new Map(CODE_SYSTEM.concept.map((c) => [c.code, c.display]));
  assert.equal(CODE_SYSTEM.count, CODE_SYSTEM.concept.length);
  const walk = (items) => items.flatMap((i) => [i, ...walk(i.item ?? [])]);
  for (const item of walk(QUESTIONNAIRE.item)) {
    for (const o of item.answerOption ?? []) {
      assert.equal(o.valueCoding.system, CODE_SYSTEM.url, item.linkId);
      assert.equal(concepts.get(o.valueCoding.code), o.valueCoding.display, `${item.linkId} ${o.valueCoding.code}`);
    }
    for (const c of item.enableWhen ?? []) assert.ok(['exists', '='].includes(c.operator), item.linkId);
    if (item.type === 'choice' && item.linkId !== 'drug') {
      assert.equal(item.extension[0].valueCodeableConcept.coding[0].code, 'radio-button', item.linkId);
    }
  }
  const group = QUESTIONNAIRE.item.find((i) => i.linkId === 'medications');
  assert.equal(group.repeats, true);
  assert.equal(group.extension.find((e) => e.url.endsWith('questionnaire-maxOccurs')).valueInteger, 10);
  assert.deepEqual(group.item.map((i) => [i.linkId, i.type]),
    [['drug', 'choice'], ['amount', 'decimal'], ['per_dose', 'integer'], ['times_per_day', 'integer'], ['purpose', 'choice']]);
  const times = group.item[3];
  assert.deepEqual(times.enableWhen.map((c) => c.answerCoding.code).sort(),
    group.item[0].answerOption.map((o) => o.valueCoding.code).filter((c) => c !== 'fentanyl_patch').sort());
  assert.equal(group.item[2].enableWhen, undefined);
  assert.deepEqual(group.item[4].enableWhen.map((c) => c.answerCoding.code), ['methadone', 'buprenorphine']);
});

test('the response for every vignette is valid R4, matches the Questionnaire, and reads back as the same assessment', () => {
  const all = cases();
  assert.ok(all.length >= 40, `${all.length} cases`);
  let checked = 0;
  for (const { name, input } of all) {
    const qr = toFhir(input);
    valid(qr, name);
    assert.deepEqual(responseProblems(QUESTIONNAIRE, qr), [], name);
    assert.deepEqual(fromFhir(qr), assess(input), name);
    checked += 1;
  }
  console.log(`# ${checked} QuestionnaireResponses and 2 definitional resources validated`);
});
