// What the widget loads only when a patient first asks for it: the
// contract wasm with www/summary-actions.js (the summary for the doctor,
// printed or copied, and the FHIR file), and the pain diary's wasm. Loaded by
// element.js (beside which scripts/post-build.mjs puts it, with the paths of
// each language's files filled in relative to it), from the widget's own
// files. Nothing here reads more than it is given, or sends anything.
import { started, primary, diaries, diaryForSummary } from './element.js';

// Each language's contract is its own file (English, and Spanish with the
// Spanish summary), loaded for the first summary in that language.
const loaded = new Map();

/** Resolves to [contract module, summary-actions module] for `lang`. */
export function loadContract(lang) {
  const es = primary(lang) === 'es';
  if (!loaded.has(es)) {
    const contract = es
      ? import('%CONTRACT_ES_GLUE%').then((m) => started(m, new URL('%CONTRACT_ES_WASM%', import.meta.url)))
      : import('%CONTRACT_GLUE%').then((m) => started(m, new URL('%CONTRACT_WASM%', import.meta.url)));
    const both = Promise.all([contract, import('./summary-actions.js')]);
    // A failed load (the page went offline) is tried again on the next click.
    both.catch(() => loaded.delete(es));
    loaded.set(es, both);
  }
  return loaded.get(es);
}

// What printSummary reports when the summary could not be made.
const NOT_MADE = 2;

/** element.js's printSummary, once this module has loaded. */
export function printSummary(inputJson, names, lang, notCounted, done) {
  loadContract(lang).then(([contract, actions]) => actions.printSummary(contract, inputJson, names, lang, notCounted, diaryForSummary, done),
    () => done(NOT_MADE));
}

/** element.js's downloadFhir (with the contract of `lang`, the one the
 * summary buttons already loaded). */
export function downloadFhir(inputJson, lang, done) {
  loadContract(lang).then(([contract, actions]) => actions.downloadFhir(contract, inputJson, done), () => done(null));
}

// The diary is its own wasm (feature diary-ui). It adopts its own
// stylesheet into the widget's shadow root. Each language's diary is its
// own file, as the contract is.
const diary = new Map();

/**
 * Opens the diary below the widget that `from` (its button) is in: in a box
 * of its own beside the widget's, in the same shadow root (so it has the
 * widget's styles), never inside the widget's Yew tree (two Yew apps, one in
 * the other, would take each other's events). `done(1)` once it is mounted
 * (or was already), `done(0)` if it could not load (the widget says so).
 */
export function openDiary(from, lang, headingLevel, medicines, done) {
  const root = from.getRootNode();
  if (diaries.has(root)) {
    root.getElementById('oih-diary-title')?.focus();
    done(1);
    return;
  }
  const es = primary(lang) === 'es';
  if (!diary.has(es)) {
    const module = es
      ? import('%DIARY_ES_GLUE%').then((m) => started(m, new URL('%DIARY_ES_WASM%', import.meta.url)))
      : import('%DIARY_GLUE%').then((m) => started(m, new URL('%DIARY_WASM%', import.meta.url)));
    // A failed load (the page went offline) is tried again on the next click.
    module.catch(() => diary.delete(es));
    diary.set(es, module);
  }
  diary.get(es).then((module) => {
    if (diaries.has(root) || !from.isConnected) return done(1);
    const box = document.createElement('div');
    box.className = 'oih-host oih-diary-host';
    box.id = 'oih-diary';
    root.append(box);
    diaries.set(root, { module, id: module.mount_diary(box, lang, headingLevel, medicines) });
    done(1);
  }, () => done(0));
}
