// The <oih-checklist> element class. Rust (src/web/element.rs) calls
// defineElement once; mount and unmount render and destroy the Yew app.
// Nothing here reads or sends the user's answers.

const hosts = new Set();
const handles = new WeakMap();
let sheet = null;

const OBSERVED = ['heading-level', 'compact', 'lang'];

/** What the Rust side reads from the element: heading level, compact, lang. */
function options(el) {
  const lang = el.getAttribute('lang') || el.closest('[lang]')?.getAttribute('lang') || '';
  return [el.getAttribute('heading-level') || '', el.hasAttribute('compact'), lang];
}

/** The crash screen's words (title, text, button), from Rust. */
let crashWords = null;

export function defineElement(tag, css, crash, mount, update, unmount) {
  crashWords = crash;
  if (customElements.get(tag)) return;
  customElements.define(tag, class extends HTMLElement {
    static get observedAttributes() { return OBSERVED; }

    attributeChangedCallback() {
      // Re-render with the new settings; the answers stay.
      if (handles.has(this)) update(handles.get(this), ...options(this));
    }

    connectedCallback() {
      if (handles.has(this)) return;
      const root = this.shadowRoot || this.attachShadow({ mode: 'open' });
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
      }
      root.adoptedStyleSheets = [sheet];
      const container = document.createElement('div');
      container.className = 'oih-host';
      root.replaceChildren(container);
      if (!this.shadowRoot.oihListening) {
        this.shadowRoot.oihListening = true;
        // The form is never submitted (Enter in its only text field would
        // reload the page and lose the answers).
        root.addEventListener('submit', (e) => e.preventDefault());
        // The contract wasm starts loading when a pointer or the keyboard
        // comes near the summary buttons, so it is usually there by the click.
        const near = (e) => { if (e.target.closest?.('.oih-summary-actions')) prepareContract(); };
        root.addEventListener('pointerover', near);
        root.addEventListener('focusin', near);
      }
      hosts.add(this);
      handles.set(this, mount(container, ...options(this)));
    }

    disconnectedCallback() {
      // A move within the page (disconnect then connect in one task) keeps
      // the answers; a real removal destroys the app.
      queueMicrotask(() => {
        if (this.isConnected || !handles.has(this)) return;
        unmount(handles.get(this));
        handles.delete(this);
        hosts.delete(this);
        this.shadowRoot.replaceChildren();
      });
    }
  });
}

/**
 * The widget's wasm trapped (a Rust panic): its state can no longer be
 * trusted, so every instance shows a polite message and "Start again"
 * instead. Called by the glue (scripts/wasm-glue.mjs); calls nothing of the
 * wasm.
 */
export function crashed() {
  if (crashWords) showCrash(...crashWords);
}

function showCrash(title, text, button) {
  for (const host of hosts) {
    const root = host.shadowRoot;
    if (!root) continue;
    const box = document.createElement('div');
    box.className = 'oih-host';
    const panel = document.createElement('div');
    panel.className = 'oih oih-crash';
    panel.setAttribute('role', 'alert');
    const heading = document.createElement('p');
    heading.className = 'oih-crash-title';
    heading.textContent = title;
    const body = document.createElement('p');
    body.textContent = text;
    const restart = document.createElement('button');
    restart.type = 'button';
    restart.className = 'oih-button';
    restart.textContent = button;
    restart.addEventListener('click', () => location.reload());
    panel.append(heading, body, restart);
    box.append(panel);
    root.replaceChildren(box);
  }
}

// ------------------------------------------------ the summary for the doctor

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
@page { margin: 14mm 12mm; }`;
let pageSheet = null;

// The summary and the FHIR file are made by the contract wasm (JSON and
// FHIR, like evaluate()), loaded only when asked: scripts/post-build.mjs
// fills in its files' paths relative to this snippet. Its own files, from
// its own origin; nothing is sent.
const CONTRACT_GLUE = '%CONTRACT_GLUE%';
const CONTRACT_WASM = '%CONTRACT_WASM%';
let contract = null;

function loadContract() {
  contract ??= import(new URL(CONTRACT_GLUE, import.meta.url).href).then(async (module) => {
    await module.default({ module_or_path: new URL(CONTRACT_WASM, import.meta.url) });
    return module;
  });
  // A failed load (the page went offline) is tried again on the next click.
  contract.catch(() => { contract = null; });
  return contract;
}

/** Starts loading the contract wasm before a click needs it. */
function prepareContract() {
  loadContract().catch(() => {});
}

// What printSummary and copySummary report to the widget.
const DONE = 0, BLOCKED = 1, NOT_MADE = 2;

/**
 * Prints the summary for `inputJson` (the contract's input) on its own: it
 * goes into a shadow root of a new child of <body>, and a constructed
 * stylesheet (allowed under a strict style-src) hides the rest of the page
 * in print. Everything is removed after printing.
 */
export function printSummary(inputJson, lang, notCounted, done) {
  loadContract().then((m) => {
    const html = m.summary(inputJson, lang, notCounted, true);
    printHtml(html, m.summary_css(), done);
  }).catch(() => done(NOT_MADE));
}

function printHtml(html, css, done) {
  document.querySelector('body > [data-oih-print]')?.remove();
  const host = document.createElement('div');
  host.setAttribute('data-oih-print', '');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  root.innerHTML = html;
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

/** `true` in a document with an opaque origin (a sandboxed frame without
 * allow-same-origin), where the browser may block downloads without a sign. */
export function opaqueOrigin() {
  return self.origin === 'null';
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
 * Puts the summary's text for `inputJson` on the clipboard; `done` gets
 * DONE, BLOCKED or NOT_MADE, once. The text is handed to the clipboard as a
 * promise (a ClipboardItem), so the click's permission to copy holds while
 * the text is made, in every browser.
 */
export function copySummary(inputJson, lang, notCounted, done) {
  const text = loadContract().then((m) => m.summary(inputJson, lang, notCounted, false));
  let settled = false;
  const finish = (status) => { if (!settled) { settled = true; done(status); } };
  const fallback = () => text.then((t) => finish(execCopy(t) ? DONE : BLOCKED), () => finish(NOT_MADE));
  text.catch(() => finish(NOT_MADE));
  if (!navigator.clipboard?.write || typeof ClipboardItem !== 'function') {
    fallback();
    return;
  }
  // A browser that neither writes nor refuses within 3 s of the text being
  // ready (a permission prompt left open) gets the fallback too.
  let timer = 0;
  text.then(() => { timer = setTimeout(fallback, 3000); }, () => {});
  const blob = text.then((t) => new Blob([t], { type: 'text/plain' }));
  navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })])
    .then(() => finish(DONE), fallback)
    .finally(() => clearTimeout(timer));
}

// ------------------------------------- the FHIR file for the doctor's system

/**
 * Makes the QuestionnaireResponse for `inputJson` (the contract's input) in
 * the browser, now, and saves it through a Blob URL. Calls `done(fileName)`
 * once the download was started, `done(null)` if the file could not be made.
 */
export function downloadFhir(inputJson, done) {
  loadContract().then((module) => {
    const [fileName, text] = module.fhir_file(inputJson);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/fhir+json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    done(fileName);
  }).catch(() => done(null));
}
