// Every vignette of tests/vignettes/*.jsonl ({ name, input }), for the
// browser suites that click each one through and compare with the core.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './harness.mjs';
import { QUESTIONS } from './questions.mjs';

const dir = path.join(ROOT, 'tests/vignettes');
export const VIGNETTES = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().flatMap((file) =>
  fs.readFileSync(path.join(dir, file), 'utf8').split('\n').filter((line) => line.trim()).map((line, i) => {
    const { why, input } = JSON.parse(line);
    return { name: `${file}:${i + 1} ${why.slice(0, 60)}`, input };
  }));
if (VIGNETTES.length < 40) throw new Error(`expected the vignettes of tests/vignettes, found ${VIGNETTES.length}`);

/** The input's answers in the order the widget asks them (a question shown
 * only after an earlier answer comes after it). */
export const inOrder = (answers) => QUESTIONS.map(([id]) => id).filter((id) => id in answers).map((id) => [id, answers[id]]);
