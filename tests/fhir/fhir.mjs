// Shared pieces of the FHIR tests: the native oih-assess (built once, from
// this tree), the published resources, and the inputs to export.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TARGET = process.env.CARGO_TARGET_DIR ? path.resolve(ROOT, process.env.CARGO_TARGET_DIR) : path.join(ROOT, 'target');
const BIN = path.join(TARGET, 'debug/oih-assess');
// Always build: an old binary would test old code. (Fast when up to date.)
execFileSync('cargo', ['build', '--quiet', '--bin', 'oih-assess'], { cwd: ROOT, stdio: 'inherit' });

export const AUTHORED = '2026-11-25T09:30:00Z';

/** Runs oih-assess with `args` on `stdin`; { code, stdout }. */
export function oihAssess(args, stdin = '') {
  try {
    return { code: 0, stdout: execFileSync(BIN, args, { input: stdin }).toString() };
  } catch (e) {
    if (e.status === undefined || e.stdout === undefined) throw e;
    return { code: e.status, stdout: e.stdout.toString() };
  }
}

export function toFhir(input) {
  const { code, stdout } = oihAssess(['--to-fhir', '--authored', AUTHORED], JSON.stringify(input));
  if (code !== 0) throw new Error(`--to-fhir failed for ${JSON.stringify(input)}: ${stdout}`);
  return JSON.parse(stdout);
}

export function assess(input) {
  return JSON.parse(oihAssess([], JSON.stringify(input)).stdout);
}

export function fromFhir(qr) {
  return JSON.parse(oihAssess(['--from-fhir'], JSON.stringify(qr)).stdout);
}

const published = (file) => JSON.parse(fs.readFileSync(path.join(ROOT, 'www/fhir', file), 'utf8'));
export const QUESTIONNAIRE = published('Questionnaire-oih-checklist.json');
export const CODE_SYSTEM = published('CodeSystem-oih-checklist.json');

/** Every input of tests/vignettes/*.jsonl and tests/fhir/cases.jsonl as
 * { name, input }. */
export function cases() {
  const dir = path.join(ROOT, 'tests/vignettes');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(dir, f));
  files.push(path.join(ROOT, 'tests/fhir/cases.jsonl'));
  return files.flatMap((file) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim())
    .map((line, n) => {
      const c = JSON.parse(line);
      return { name: `${path.basename(file)}:${n + 1} ${c.why}`, input: c.input };
    }));
}

/** The case from tests/fhir/cases.jsonl whose `why` starts with `prefix`. */
export function fhirCase(prefix) {
  const found = cases().find((c) => c.name.startsWith('cases.jsonl') && c.name.includes(` ${prefix}`));
  if (!found) throw new Error(`no case ${prefix}`);
  return found;
}
