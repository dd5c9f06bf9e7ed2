// Question ids and answer values, read from the content file the core uses
// (src/content/questions.rs), so the browser tests follow the content.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './harness.mjs';

const source = fs.readFileSync(path.join(ROOT, 'src/content/questions.rs'), 'utf8');
const consts = Object.fromEntries([...source.matchAll(/pub const ([A-Z_0-9]+): &str = "([^"]+)";/g)].map((m) => [m[1], m[2]]));
const yesNo = ['yes', 'no', 'unsure'];

/** [id, [values...]] in table order. */
export const QUESTIONS = [...source.matchAll(/key: "([a-z_]+)",\s*options: (?:&\[([^\]]*)\]|YES_NO_UNSURE)|yes_no\([A-Za-z]+, "([a-z_]+)"/g)].map((m) => {
  if (m[3]) return [m[3], yesNo];
  if (m[2] === undefined) return [m[1], yesNo];
  const values = m[2].split(',').map((s) => s.trim()).filter(Boolean).map((s) => (s.startsWith('"') ? s.slice(1, -1) : consts[s]));
  return [m[1], values];
});
if (QUESTIONS.length !== 13) throw new Error(`expected 13 questions in questions.rs, found ${QUESTIONS.length}`);
