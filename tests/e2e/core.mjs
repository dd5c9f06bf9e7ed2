// Runs the native `oih-assess` on an input, so the browser's result can be
// checked against the core (the UI must never decide a rule itself).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './harness.mjs';

const BIN = path.join(ROOT, 'target/debug/oih-assess');

export function assess(input) {
  if (!fs.existsSync(BIN)) execFileSync('cargo', ['build', '--quiet', '--bin', 'oih-assess'], { cwd: ROOT, stdio: 'inherit' });
  try {
    return JSON.parse(execFileSync(BIN, [], { input: JSON.stringify(input) }).toString());
  } catch (e) {
    if (e.stdout) return JSON.parse(e.stdout.toString());
    throw e;
  }
}
