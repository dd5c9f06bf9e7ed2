// The contract wasm behind the embed's evaluate() and toFhir(), whose
// `to_fhir` the widget's download calls: built here for wasm32 (as
// scripts/post-build.mjs builds it, in debug) and run in Node. Its output is
// byte for byte oih-assess --to-fhir, and its evaluate() reads a
// QuestionnaireResponse as --from-fhir does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { AUTHORED, ROOT, cases, oihAssess } from './fhir.mjs';

const TARGET = process.env.CARGO_TARGET_DIR ? path.resolve(ROOT, process.env.CARGO_TARGET_DIR) : path.join(ROOT, 'target');
const OUT = path.join(TARGET, 'fhir-wasm');
execFileSync('cargo', ['build', '--quiet', '--lib', '--target', 'wasm32-unknown-unknown', '--no-default-features', '--features', 'wasm-api'],
  { cwd: ROOT, stdio: 'inherit' });
execFileSync('wasm-bindgen', ['--target', 'nodejs', '--no-typescript', '--out-dir', OUT,
  path.join(TARGET, 'wasm32-unknown-unknown/debug/oih_checklist.wasm')], { cwd: ROOT, stdio: 'inherit' });
// wasm-bindgen's nodejs output is CommonJS; the repository's package.json says ESM.
fs.writeFileSync(path.join(OUT, 'package.json'), '{"type": "commonjs"}\n');
const api = createRequire(import.meta.url)(path.join(OUT, 'oih_checklist.js'));

test('to_fhir in wasm is byte for byte oih-assess --to-fhir, and evaluate() reads it as --from-fhir', () => {
  const all = cases();
  for (const { name, input } of all) {
    const text = JSON.stringify(input);
    const cli = oihAssess(['--to-fhir', '--authored', AUTHORED], text);
    assert.equal(cli.code, 0, name);
    const qr = api.to_fhir(text, AUTHORED);
    assert.equal(qr, cli.stdout, name);
    assert.deepEqual(api.evaluate(qr), JSON.parse(oihAssess(['--from-fhir'], qr).stdout), name);
    assert.deepEqual(api.evaluate(text), JSON.parse(oihAssess([], text).stdout), name);
  }
  console.log(`# ${all.length} responses byte-identical between wasm and the CLI`);
});

test('the wasm functions name the field of an error', () => {
  const field = (call) => {
    try { call(); } catch (e) { return e.message.slice(0, e.message.indexOf(':')); }
    return null;
  };
  assert.equal(field(() => api.to_fhir('{"answers":{}}', '2026-11-25')), 'authored');
  assert.equal(field(() => api.to_fhir('{"answers":{"kidney":"maybe"}}', AUTHORED)), 'answers.kidney');
  const qr = JSON.parse(api.to_fhir('{"answers":{"seizure":"no"}}', AUTHORED));
  qr.item[0].answer[0].valueCoding.code = 'maybe';
  assert.equal(field(() => api.evaluate(JSON.stringify(qr))), 'item[0].answer[0].valueCoding.code');
});

// evaluate() and to_fhir() with a JavaScript object (serde-wasm-bindgen, no
// JSON text): the same as for the text JSON.stringify would make of it, the
// output a plain object, numbers read as the decimals they print as.
const outcome = (call) => {
  try { return { output: call() }; } catch (e) { return { error: e.message }; }
};
const cli = (input) => {
  const text = JSON.stringify(input);
  const { code, stdout } = oihAssess([], text);
  const parsed = JSON.parse(stdout);
  return code === 0 ? { output: parsed } : { error: `${parsed.error.field}: ${parsed.error.message}` };
};
const LISTS = ['red_flags', 'signs', 'risk_factors', 'safety', 'mme_unconverted', 'mme_excluded', 'unsure', 'unanswered'];

test('evaluate() with an object gives a plain object with arrays, as oih-assess gives for its JSON text', () => {
  const all = cases();
  for (const { name, input } of all) {
    const output = api.evaluate(structuredClone(input));
    assert.equal(Object.getPrototypeOf(output), Object.prototype, name);
    for (const key of LISTS) assert.ok(Array.isArray(output[key]), `${name}: ${key}`);
    // Strict deepEqual also compares prototypes: no Map, no null-prototype object.
    assert.deepEqual(output, JSON.parse(oihAssess([], JSON.stringify(input)).stdout), name);
    assert.equal(api.to_fhir(structuredClone(input), AUTHORED), api.to_fhir(JSON.stringify(input), AUTHORED), name);
  }
  assert.equal(api.evaluate({ answers: {} }).mme_per_day, null, 'no total is null, as in JSON');
});

test('numbers from JavaScript are the decimals they print as, never arithmetic in doubles', () => {
  // 0.8 + 32.8 x 1.5 is exactly 50; in doubles it is 49.99999999999999.
  assert.ok(0.8 + 32.8 * 1.5 < 50);
  const fifty = api.evaluate({ answers: {}, medications: [
    { drug: 'hydrocodone', amount: 0.8, times_per_day: 1 }, { drug: 'oxycodone', amount: 32.8, times_per_day: 1 }] });
  assert.equal(fifty.mme_per_day, 50);
  assert.equal(fifty.dose_band, '50_to_89');
  // 0.1 x 3 is 0.30000000000000004 in doubles.
  assert.equal(api.evaluate({ answers: {}, medications: [{ drug: 'hydrocodone', amount: 0.1, times_per_day: 3 }] }).mme_per_day, 0.3);
  // A host's own sum is read as it prints (0.30000000000000004), as in its JSON text.
  const sum = { answers: {}, medications: [{ drug: 'hydrocodone', amount: 0.1 + 0.2, times_per_day: 1 }] };
  assert.equal(api.evaluate(sum).mme_per_day, 0.30000000000000004);
  assert.deepEqual(api.evaluate(sum), cli(sum).output);
  // 7.5 mg of methadone once a day: 7.5 x 4.7 = 35.25.
  assert.equal(api.evaluate({ answers: {}, medications: [{ drug: 'methadone', amount: 7.5, times_per_day: 1, purpose: 'pain' }] }).mme_per_day, 35.25);
  // Exactly 90 from an object is in the top band: 0.2 x 0.15 + 599.8 x 0.15
  // is 89.99999999999999 in doubles.
  assert.ok(0.2 * 0.15 + 599.8 * 0.15 < 90);
  const ninety = api.evaluate({ answers: {}, medications: [
    { drug: 'codeine', amount: 0.2, times_per_day: 1 }, { drug: 'codeine', amount: 599.8, times_per_day: 1 }] });
  assert.deepEqual([ninety.mme_per_day, ninety.dose_band], [90, '90_or_more']);
  // A BigInt is its integer (JSON.stringify would throw).
  assert.deepEqual(api.evaluate({ answers: {}, medications: [{ drug: 'morphine', amount: 10n, times_per_day: 2n }] }),
    api.evaluate({ answers: {}, medications: [{ drug: 'morphine', amount: 10, times_per_day: 2 }] }));
});

test('a bad object is the error of its JSON text, field path first; nothing JSON cannot hold crashes the wasm', () => {
  const medicine = (amount) => ({ answers: {}, medications: [{ drug: 'morphine', amount: 10, times_per_day: 2 }, { drug: 'morphine', amount, times_per_day: 2 }] });
  const inputs = {
    'medications[1].amount': [medicine(-1), medicine(0), medicine(NaN), medicine(Infinity), medicine(-Infinity), medicine('10'),
      medicine(null), medicine([10]), medicine({}), medicine(true), medicine(1e21), medicine(10001), medicine(5e-324),
      medicine(0.1 + 0.2 - 0.3), medicine(undefined)],
    'answers.kidney': [{ answers: { kidney: 'maybe' } }, { answers: { kidney: 1 } }, { answers: { kidney: null } }, { answers: { kidney: ['no'] } },
      { answers: { kidney: NaN } }, { answers: { kidney: { no: true } } }],
    answers: [{ answers: [] }, { answers: null }, { answers: 'no' }, { answers: undefined }, {}],
    medications: [{ answers: {}, medications: {} }, { answers: {}, medications: null }, { answers: {}, medications: 'morphine' },
      { answers: {}, medications: Array(11).fill({ drug: 'morphine', amount: 1, times_per_day: 1 }) }],
    'medications[0]': [{ answers: {}, medications: [null] }, { answers: {}, medications: [undefined] }, { answers: {}, medications: [[]] }],
    'medications[0].drug': [{ answers: {}, medications: [{ drug: 5, amount: 1 }] }, { answers: {}, medications: [{ drug: 'Morphine', amount: 1 }] }],
    'medications[0].per_dose': [{ answers: {}, medications: [{ drug: 'morphine', amount: 1, per_dose: 1.5, times_per_day: 1 }] }],
    'medications[0].times_per_day': [{ answers: {}, medications: [{ drug: 'morphine', amount: 1, times_per_day: 0.5 }] }],
    'medications[0].purpose': [{ answers: {}, medications: [{ drug: 'methadone', amount: 1, times_per_day: 1, purpose: 7 }] }],
    'answers["my key"]': [{ answers: { 'my key': 'no' } }],
    extra: [{ answers: {}, extra: 1 }],
    input: [[], null, 5, true],
  };
  for (const [field, list] of Object.entries(inputs)) {
    for (const input of list) {
      const got = outcome(() => api.evaluate(input));
      assert.ok(got.error?.startsWith(`${field}: `), `${field}: ${got.error ?? JSON.stringify(got.output)}`);
      assert.deepEqual(got, cli(input), `${field}: ${got.error}`);
      assert.deepEqual(outcome(() => api.to_fhir(input, AUTHORED)), got, field);
    }
  }
  // What JSON cannot hold at all: the field's own message, as for null.
  for (const odd of [() => 10, Symbol('ten'), new Uint8Array([1]), new Map([[1, 2]])]) {
    assert.equal(outcome(() => api.evaluate(medicine(odd))).error, cli(medicine(null)).error, String(odd?.toString?.()));
  }
  assert.equal(outcome(() => api.evaluate({ answers: { kidney: () => 'no' } })).error, cli({ answers: { kidney: null } }).error);
  // A Map with string keys reads as its object.
  assert.deepEqual(api.evaluate(new Map([['answers', new Map([['kidney', 'yes']])]])), api.evaluate({ answers: { kidney: 'yes' } }));
  // A cycle, or nesting deeper than JSON text may: an error naming where, and the wasm still works.
  const cycle = { answers: {} };
  cycle.answers.self = cycle;
  assert.match(outcome(() => api.evaluate(cycle)).error, /^answers\.self\.answers\.self\.[\w.]*: The input is not valid JSON \(nested more than 128 levels deep\)\.$/);
  let deep = {};
  for (let i = 0; i < 100000; i += 1) deep = { a: deep };
  assert.match(outcome(() => api.evaluate({ answers: {}, medications: [deep] })).error, /^medications\[0\]\.a\.a\./);
  assert.equal(api.evaluate({ answers: { seizure: 'yes' } }).level, 'urgent');
});

test('a QuestionnaireResponse as an object is read as oih-assess --from-fhir reads its text', () => {
  for (const { name, input } of cases()) {
    const qr = api.to_fhir(JSON.stringify(input), AUTHORED);
    const output = api.evaluate(JSON.parse(qr));
    assert.equal(Object.getPrototypeOf(output), Object.prototype, name);
    assert.deepEqual(output, JSON.parse(oihAssess(['--from-fhir'], qr).stdout), name);
  }
  const qr = JSON.parse(api.to_fhir('{"answers":{"seizure":"no"},"medications":[{"drug":"morphine","amount":7.5,"times_per_day":2}]}', AUTHORED));
  const text = JSON.stringify(qr);
  assert.equal(api.evaluate(qr).mme_per_day, 15);
  const broken = (change) => { const copy = structuredClone(qr); change(copy); return copy; };
  for (const [change, field] of [
    [(r) => { r.item[0].answer[0].valueCoding.code = 'maybe'; }, 'item[0].answer[0].valueCoding.code'],
    [(r) => { r.item[0].answer[0].valueCoding.code = 1; }, 'item[0].answer[0].valueCoding.code'],
    [(r) => { r.questionnaire = 'x'; }, 'questionnaire'],
    [(r) => { r.status = undefined; }, 'status'],
    [(r) => { r.item = {}; }, 'item'],
    [(r) => { r.resourceType = 'Patient'; }, 'resourceType'],
  ]) {
    const bad = broken(change);
    const got = outcome(() => api.evaluate(bad));
    assert.ok(got.error?.startsWith(`${field}: `), `${field}: ${got.error}`);
    assert.deepEqual(got, outcome(() => api.evaluate(JSON.stringify(bad))), field);
  }
  assert.equal(text, JSON.stringify(qr), 'the object given is not changed');
});
