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
