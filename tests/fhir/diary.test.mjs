// The pain diary in FHIR R4: the published diary Questionnaire and the
// Bundle of QuestionnaireResponses that `oih-assess --to-fhir-diary` writes,
// checked by the official R4 JSON schema (ajv) and @medplum/core's R4
// validator (each shown to reject a broken resource first), their items
// against the Questionnaire, and `--from-fhir-diary` reading the Bundle back
// to the same entries and MME.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, oihAssess } from './fhir.mjs';
import { medplumIssues, schemaErrors } from './validators.mjs';

const QUESTIONNAIRE = JSON.parse(fs.readFileSync(path.join(ROOT, 'www/fhir/Questionnaire-oih-diary.json'), 'utf8'));

const valid = (resource, what) => {
  assert.deepEqual(schemaErrors(resource), [], `R4 JSON schema: ${what}`);
  assert.deepEqual(medplumIssues(resource), [], `@medplum/core: ${what}`);
};

const oxycodone = (mg, times = 1) => ({ drug: 'oxycodone', amount: mg, times_per_day: times });

/** A diary file: weekly entries, every kind of medicine, notes. */
function diaryFile() {
  const medicines = [
    [oxycodone(10, 2)],
    [oxycodone(10, 2), { drug: 'fentanyl_patch', amount: 12.5, per_dose: 2 }],
    [{ drug: 'methadone', amount: 60, times_per_day: 1, purpose: 'opioid_use_disorder' }, { drug: 'codeine', amount: 30, per_dose: 2, times_per_day: 4 }],
    [{ drug: 'buprenorphine' }, { drug: 'tramadol', amount: 50, times_per_day: 3 }],
    [],
    [{ drug: 'hydromorphone', amount: 2.5, times_per_day: 4 }, { drug: 'other' }],
  ];
  const entries = [];
  for (let week = 0; week < 30; week += 1) {
    const day = new Date(Date.UTC(2026, 0, 5 + 7 * week)).toISOString().slice(0, 10);
    const entry = { date: day, pain: week % 11, enjoyment: (week * 3) % 11, activity: (week * 7) % 11 };
    const meds = medicines[week % medicines.length];
    if (meds.length) entry.medications = meds;
    if (week % 4 === 0) entry.note = `Week ${week}: "quoted", ünïcode, 💊`;
    entries.push(entry);
  }
  return { format: 'oih-diary', version: 1, entries };
}

function toBundle(file) {
  const { code, stdout } = oihAssess(['--to-fhir-diary'], JSON.stringify(file));
  assert.equal(code, 0, stdout);
  return JSON.parse(stdout);
}

test('the published diary Questionnaire is what oih-assess prints', () => {
  assert.deepEqual(JSON.parse(oihAssess(['--fhir-diary-questionnaire']).stdout), QUESTIONNAIRE);
});

test('each checker rejects a broken diary resource', () => {
  assert.notDeepEqual(schemaErrors({ ...structuredClone(QUESTIONNAIRE), status: 'done' }), []);
  const noType = structuredClone(QUESTIONNAIRE);
  delete noType.item[1].type;
  assert.notDeepEqual(medplumIssues(noType), []);
  const bundle = toBundle(diaryFile());
  assert.notDeepEqual(schemaErrors({ ...bundle, type: 'pile' }), []);
  const badDate = structuredClone(bundle);
  badDate.entry[0].resource.item[0].answer[0].valueDate = '5 January';
  assert.notDeepEqual(schemaErrors(badDate), []);
  const noBundleType = structuredClone(bundle);
  delete noBundleType.type;
  assert.match(medplumIssues(noBundleType).join(), /type/);
  const noLinkId = structuredClone(bundle);
  delete noLinkId.entry[0].resource.item[1].linkId;
  assert.match(medplumIssues(noLinkId).join(), /linkId/);
});

test('the diary Questionnaire is valid R4', () => {
  valid(QUESTIONNAIRE, 'Questionnaire-oih-diary');
  assert.deepEqual(QUESTIONNAIRE.item.map((i) => [i.linkId, i.type]), [
    ['date', 'date'], ['pain', 'integer'], ['enjoyment', 'integer'], ['activity', 'integer'],
    ['peg_score', 'decimal'], ['medications', 'group'], ['note', 'text']]);
  for (const peg of QUESTIONNAIRE.item.slice(1, 4)) {
    assert.deepEqual(peg.extension.map((e) => e.valueInteger), [0, 10], peg.linkId);
    assert.equal(peg.required, true);
  }
  assert.deepEqual(QUESTIONNAIRE.item[4].code, [{ system: 'http://loinc.org', code: '91147-9', display: 'Mean score [PEG]' }]);
  // The PEG questions' LOINC codes: enjoyment and activity as LOINC's own
  // PEG Questionnaire (panel 91148-7) codes them, average pain 75893-8.
  assert.deepEqual(QUESTIONNAIRE.item.slice(1, 4).map((i) => i.code.map((c) => `${c.system}|${c.code}`)),
    [['http://loinc.org|75893-8'], ['http://loinc.org|91145-3'], ['http://loinc.org|91146-1']]);
  assert.equal(QUESTIONNAIRE.item[4].readOnly, true);
  assert.equal(QUESTIONNAIRE.item[6].maxLength, 280);
  // The medicines group is the checklist Questionnaire's.
  const checklist = JSON.parse(fs.readFileSync(path.join(ROOT, 'www/fhir/Questionnaire-oih-checklist.json'), 'utf8'));
  assert.deepEqual(QUESTIONNAIRE.item[5].item, checklist.item.find((i) => i.linkId === 'medications').item);
});

test('the diary as a Bundle is valid R4, follows the Questionnaire, and reads back to the same entries and MME', () => {
  const file = diaryFile();
  const bundle = toBundle(file);
  valid(bundle, 'Bundle of 30 entries');
  assert.equal(bundle.type, 'collection');
  assert.equal(bundle.entry.length, file.entries.length);
  const byLinkId = new Map(QUESTIONNAIRE.item.map((q, n) => [q.linkId, { q, n }]));
  bundle.entry.forEach(({ resource }, k) => {
    valid(resource, `entry ${k}`);
    assert.equal(resource.questionnaire, `${QUESTIONNAIRE.url}|${QUESTIONNAIRE.version}`);
    assert.equal(resource.authored, file.entries[k].date);
    let place = -1;
    for (const item of resource.item) {
      const { q, n } = byLinkId.get(item.linkId);
      assert.ok(n > place || (n === place && q.repeats), `entry ${k}: ${item.linkId} in order`);
      place = n;
      assert.equal(item.text, q.text, `entry ${k}: ${item.linkId} text`);
      if (q.type === 'group') {
        for (const child of item.item) {
          assert.equal(child.text, q.item.find((c) => c.linkId === child.linkId).text);
        }
        continue;
      }
      const kind = { date: 'valueDate', integer: 'valueInteger', decimal: 'valueDecimal', text: 'valueString' }[q.type];
      assert.deepEqual(Object.keys(item.answer[0]), [kind], `entry ${k}: ${item.linkId}`);
    }
  });

  const { code, stdout } = oihAssess(['--from-fhir-diary'], JSON.stringify(bundle));
  assert.equal(code, 0, stdout);
  const report = JSON.parse(stdout);
  assert.equal(report.entries.length, file.entries.length);
  report.entries.forEach((read, k) => {
    const given = file.entries[k];
    for (const key of ['date', 'pain', 'enjoyment', 'activity', 'note']) assert.deepEqual(read[key], given[key], `${k} ${key}`);
    assert.deepEqual(read.medications, given.medications ?? [], `${k} medications`);
    assert.equal(read.peg_score, Math.round(((given.pain + given.enjoyment + given.activity) * 10) / 3) / 10, `${k} score`);
  });
  // The MME as the checklist computes it for the same medicines.
  const mme = (medications) => JSON.parse(oihAssess([], JSON.stringify({ answers: {}, medications })).stdout);
  report.entries.forEach((read, k) => {
    const checklist = mme(file.entries[k].medications ?? []);
    const known = checklist.mme_unconverted.length === 0 ? checklist.mme_per_day : null;
    assert.equal(read.mme_per_day, known, `${read.date} MME`);
    assert.deepEqual(read.mme_unconverted, checklist.mme_unconverted);
    assert.deepEqual(read.mme_excluded, checklist.mme_excluded);
  });
  console.log(`# 1 Bundle of ${bundle.entry.length} QuestionnaireResponses and the diary Questionnaire validated`);
});

test('a Bundle that is not a diary is refused with the path of the problem', () => {
  const bundle = toBundle(diaryFile());
  bundle.entry[3].resource.item[2].answer[0].valueInteger = 11;
  const { code, stdout } = oihAssess(['--from-fhir-diary'], JSON.stringify(bundle));
  assert.equal(code, 2);
  assert.equal(JSON.parse(stdout).error.field, 'entry[3].resource.item[2].answer[0].valueInteger');
});
