// Reading grade of the English the user reads (not a test: it reports, as
// `make size` reports size). Opens the built page in headless Chromium, walks
// through several patients, and takes the widget's visible text in each state
// plus the printed summary's text; then computes the Flesch-Kincaid grade
// level over all of it, and per state.
//   node tests/e2e/readability.mjs      (make readability)
// Source citations ("[S0, T1]"), the reference list and the drug names are
// left out: they are for the doctor, not sentences to read.
import { serve, launch, DIST, answer, widget, LIVE } from './harness.mjs';

const VOWELS = /[aeiouy]+/g;

/** Syllables in one English word, by the usual vowel-group heuristic. */
function syllables(word) {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (trimmed.match(VOWELS) || []).length);
}

/** Flesch-Kincaid grade, with the counts behind it. */
function grade(text) {
  const clean = text
    .replace(/\[[A-Z0-9, ]+\]/g, ' ')
    .replace(/Sources?: [A-Z0-9, ]+/g, ' ');
  // Prose only: lines without end punctuation (headings, labels, answer
  // choices like "Yes") would count as very short sentences and flatter the grade.
  const prose = clean.split('\n').filter((line) => /[.!?]["')]?\s*$/.test(line.trim())).join('\n');
  const sentences = prose.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter((s) => /[a-z]/i.test(s));
  const words = sentences.flatMap((s) => s.split(/\s+/).filter((w) => /[a-z]/i.test(w)));
  const syl = words.reduce((n, w) => n + syllables(w), 0);
  const g = 0.39 * (words.length / sentences.length) + 11.8 * (syl / words.length) - 15.59;
  return { grade: g, sentences: sentences.length, words: words.length };
}

const ALL_NO = { seizure: 'no', kidney: 'no', liver: 'no', pain_worse_despite_dose: 'no', more_sensitive: 'no',
  pain_spread: 'no', allodynia: 'no', pain_different: 'no', myoclonus: 'no' };
const STATES = {
  'empty page': {},
  'current use, several signs': { ...ALL_NO, opioid_use: 'current', duration: 'over_3_months', dose_increased: 'yes',
    response_to_increase: 'worse', pain_spread: 'yes', allodynia: 'yes', kidney: 'yes', more_sensitive: 'unsure' },
  'stopped recently, some signs': { ...ALL_NO, opioid_use: 'stopped_recently', dose_increased: 'no', more_sensitive: 'yes' },
  'never took opioids': { seizure: 'no', opioid_use: 'never' },
  'a seizure': { seizure: 'yes', opioid_use: 'current' },
  'twitching': { ...ALL_NO, opioid_use: 'current', duration: '1_to_3_months', dose_increased: 'no', myoclonus: 'yes' },
};

const server = await serve(DIST);
const browser = await launch();
const rows = [];
let everything = '';
for (const [name, answers] of Object.entries(STATES)) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url + '/');
  const w = widget(page);
  await w.locator(LIVE).waitFor();
  for (const [q, a] of Object.entries(answers)) await answer(w, q, a);
  for (const d of await w.locator('details').all()) await d.evaluate((e) => { if (!e.querySelector('.oih-references')) e.open = true; });
  const visible = await w.locator('.oih').innerText();
  const readable = visible.split('\n').filter((line) => !/^(S\d+|C1|F1|T1|L1)\b/.test(line)).join('\n');
  rows.push([name, grade(readable)]);
  everything += '\n' + readable;
  await page.close();
}
await browser.close(); await server.close();

console.log('Flesch-Kincaid grade of the text the user reads (target: 8 or lower)');
for (const [name, g] of rows) console.log(`  ${name.padEnd(32)} grade ${g.grade.toFixed(1).padStart(4)}  (${g.words} words, ${g.sentences} sentences)`);
const all = grade(everything);
console.log(`  ${'all states together'.padEnd(32)} grade ${all.grade.toFixed(1).padStart(4)}  (${all.words} words, ${all.sentences} sentences)`);
