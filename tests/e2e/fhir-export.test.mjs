// The built embed's FHIR export: `toFhir()` (the contract wasm's `to_fhir`,
// which the widget's download uses) writes byte for byte what
// `oih-assess --to-fhir` writes, `evaluate()` reads a QuestionnaireResponse
// as `--from-fhir` does, and the build publishes the FHIR resources.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, newPage, DIST, ROOT } from './harness.mjs';
import { AUTHORED, cases, oihAssess } from '../fhir/fhir.mjs';

let server;
let browser;
before(async () => {
  server = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the build publishes the Questionnaire and the CodeSystem under fhir/', () => {
  for (const file of ['Questionnaire-oih-checklist.json', 'CodeSystem-oih-checklist.json']) {
    assert.equal(fs.readFileSync(path.join(DIST, 'fhir', file), 'utf8'), fs.readFileSync(path.join(ROOT, 'www/fhir', file), 'utf8'), file);
  }
});

test('toFhir() in the browser is byte for byte oih-assess --to-fhir, and evaluate() reads it back as --from-fhir', async () => {
  const { context, page } = await newPage(browser, `${server.url}/index.html`);
  const src = `${server.url}/oih-checklist.js`;
  const all = cases();
  for (const { name, input } of all) {
    const text = JSON.stringify(input);
    const cli = oihAssess(['--to-fhir', '--authored', AUTHORED], text);
    assert.equal(cli.code, 0, name);
    // The same from the input as an object, and the response read back as
    // an object (serde-wasm-bindgen, no JSON text).
    const [browserText, assessment, fromObject, objectRead] = await page.evaluate(async ([src, text, authored]) => {
      const api = await import(src);
      const qr = await api.toFhir(text, authored);
      return [qr, await api.evaluate(qr), await api.toFhir(JSON.parse(text), authored), await api.evaluate(JSON.parse(qr))];
    }, [src, text, AUTHORED]);
    assert.equal(browserText, cli.stdout, name);
    assert.equal(fromObject, cli.stdout, name);
    assert.deepEqual(assessment, JSON.parse(oihAssess(['--from-fhir'], cli.stdout).stdout), name);
    assert.deepEqual(objectRead, assessment, name);
  }
  // Without `authored`: now, and nothing else changes.
  const now = await page.evaluate(async (src) => (await import(src)).toFhir({ answers: { opioid_use: 'past' } }), src);
  const authored = JSON.parse(now).authored;
  assert.match(authored, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  assert.equal(now, oihAssess(['--to-fhir', '--authored', authored], '{"answers":{"opioid_use":"past"}}').stdout);
  // Errors name the field, as for evaluate().
  const failures = await page.evaluate(async (src) => {
    const api = await import(src);
    const fail = async (call) => { try { await call(); return null; } catch (e) { return e.field; } };
    return [
      await fail(() => api.toFhir({ answers: {} }, '2026-11-25')),
      await fail(() => api.toFhir({ answers: { kidney: 'maybe' } }, '2026-11-25T09:30:00Z')),
      await fail(() => api.evaluate({ resourceType: 'QuestionnaireResponse', questionnaire: 'x', status: 'completed' })),
      await fail(() => api.toFhir({ answers: {}, medications: [{ drug: 'morphine', amount: 10, times_per_day: 1 }, { drug: 'morphine', amount: NaN }] }, '2026-11-25T09:30:00Z')),
      await fail(() => api.toFhir({ answers: { kidney: ['no'] } }, '2026-11-25T09:30:00Z')),
    ];
  }, src);
  assert.deepEqual(failures, ['authored', 'answers.kidney', 'questionnaire', 'medications[1].amount', 'answers.kidney']);
  assert.deepEqual(page.errors, []);
  console.log(`# ${all.length} responses byte-identical between the browser and the CLI`);
  await context.close();
});
