// Printing, copying and saving the summary and the FHIR file: loaded by
// www/element.js with the contract wasm, the first time a patient asks
// (scripts/post-build.mjs puts this file beside element.js). Nothing here
// sends anything.

// (Built without an HTML string, for pages that enforce Trusted Types.)
import { setHTML } from './element.js';

const DONE = 0, BLOCKED = 1, NOT_MADE = 2;

/** Hides everything of the host page when printing, except the summary. */
const PAGE_PRINT_CSS = `
@media screen { body > [data-oih-print] { display: none !important; } }
@media print {
  html, body { background: #fff !important; margin: 0 !important; padding: 0 !important;
    height: auto !important; min-height: 0 !important; overflow: visible !important; }
  body::before, body::after { content: none !important; display: none !important; }
  body > :not([data-oih-print]) { display: none !important; }
  body > [data-oih-print] { display: block !important; position: static !important; }
}
@page { margin: 8mm 10mm; }`;
let pageSheet = null;

/**
 * Prints the summary on its own: it goes into a shadow root of a new child
 * of <body>, and a constructed stylesheet (allowed under a strict style-src)
 * hides the rest of the page in print. Everything is removed after printing.
 */
export function printSummary(contract, inputJson, names, lang, notCounted, diary, done) {
  let html;
  try {
    html = contract.summary(inputJson, names, lang, notCounted, true, diary);
  } catch {
    done(NOT_MADE);
    return;
  }
  printHtml(html, contract.summary_css(), done);
}

function printHtml(html, css, done) {
  document.querySelector('body > [data-oih-print]')?.remove();
  const host = document.createElement('div');
  host.setAttribute('data-oih-print', '');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  setHTML(root, html);
  if (!pageSheet) {
    pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync(PAGE_PRINT_CSS);
  }
  if (!document.adoptedStyleSheets.includes(pageSheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
  }
  document.body.append(host);
  const cleanUp = () => {
    host.remove();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== pageSheet);
  };
  window.addEventListener('afterprint', cleanUp, { once: true });
  // Feature detection by the browser's own signal: a page allowed to print
  // fires `beforeprint`; a sandboxed frame without allow-modals ignores
  // print() silently. BLOCKED lets the widget say so plainly.
  let started = false;
  const onBefore = () => { started = true; };
  window.addEventListener('beforeprint', onBefore, { once: true });
  window.print();
  const settle = () => {
    window.removeEventListener('beforeprint', onBefore);
    if (!started) {
      window.removeEventListener('afterprint', cleanUp);
      cleanUp();
    }
    done(started ? DONE : BLOCKED);
  };
  if (started) settle(); else setTimeout(settle, 1000);
}

/** The old way to copy, for pages that turn the Clipboard API off. */
function execCopy(text) {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:-9999px;opacity:0';
  document.body.append(area);
  area.select();
  let ok = false;
  try { ok = document.execCommand('copy'); } catch { ok = false; }
  area.remove();
  return ok;
}

/**
 * Settles a copy started by element.js: `text` is the promise of the
 * summary's text, `written` the clipboard's promise (or null where the
 * Clipboard API is missing). `done` gets DONE, BLOCKED or NOT_MADE, once.
 */
export function copySummary(text, written, done) {
  let settled = false;
  const finish = (status) => { if (!settled) { settled = true; done(status); } };
  const fallback = () => text.then((t) => finish(execCopy(t) ? DONE : BLOCKED), () => finish(NOT_MADE));
  text.catch(() => finish(NOT_MADE));
  if (!written) {
    fallback();
    return;
  }
  // A browser that neither writes nor refuses within 3 s of the text being
  // ready (a permission prompt left open) gets the fallback too.
  let timer = 0;
  text.then(() => { timer = setTimeout(fallback, 3000); }, () => {});
  written.then(() => finish(DONE), fallback).finally(() => clearTimeout(timer));
}

/** Makes the QuestionnaireResponse now and saves it through a Blob URL. (The
 * Blob and its URL are made here: made in the contract wasm with gloo-file
 * they cost 2.6 KB of wasm and 1.5 KB of glue for 111 bytes less here;
 * ARCHITECTURE.md, "The named stack".) */
export function downloadFhir(contract, inputJson, done) {
  let fileName, text;
  try {
    [fileName, text] = contract.fhir_file(inputJson);
  } catch {
    done(null);
    return;
  }
  saveFile(fileName, text, 'application/fhir+json');
  done(fileName);
}

/** Saves `text` as a download named `fileName` (also the diary's files,
 * src/web/diary/store.rs). Returns `true` once the download was started. */
export function saveFile(fileName, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return true;
}
