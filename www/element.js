// The <oih-checklist> element class. Rust (src/web/element.rs) calls
// defineElement once; mount and unmount render and destroy the Yew app.
// Nothing here reads or sends the user's answers.

const hosts = new Set();
const handles = new WeakMap();
let sheet = null;

const OBSERVED = ['heading-level', 'compact', 'lang'];

/** What the Rust side reads from the element: heading level, compact, lang. */
function options(el) {
  return [el.getAttribute('heading-level') || '', el.hasAttribute('compact'), langOf(el)];
}

// <set-html> (scripts/post-build.mjs copies this function into the embed
// entry, for the first screen, and points the wasm-bindgen glue's
// `innerHTML` setter, which Yew uses for the parts made as one string
// (src/web/markup.rs), at it.)
/**
 * Puts the nodes that `html` describes into `parent`, in place of its
 * children, without handing an HTML string to the browser: a host page that
 * enforces Trusted Types (CSP `require-trusted-types-for 'script'`) blocks
 * every `innerHTML` assignment of a string, and this way the widget needs no
 * policy, whatever the page's `trusted-types` list allows, even `'none'`.
 * `html` is only ever markup this widget made (src/web/markup.rs,
 * src/summary.rs, the prerendered first screen): elements with
 * double-quoted attributes, escaped text and character references; no
 * comments, scripts or raw text. Elements inside <svg> are SVG elements.
 */
export function setHTML(parent, html) {
  const SVG = 'http://www.w3.org/2000/svg';
  const doc = parent.ownerDocument;
  const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  const text = (s) => s.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (ref, name) => name[0] !== '#' ? named[name] ?? ref
    : String.fromCodePoint(/x/i.test(name[1]) ? parseInt(name.slice(2), 16) : Number(name.slice(1))));
  const open = [doc.createDocumentFragment()];
  const inSvg = [parent.namespaceURI === SVG];
  let at = 0;
  for (const { 0: all, 1: end, 2: tag, 3: attributes, 4: closed, 5: words, index } of html.matchAll(/<(\/?)([a-z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/gi)) {
    // (Markup it cannot read is a bug of ours, found by the tests.)
    if (index !== at) throw new Error(`oih-checklist: cannot build the markup at ${at}`);
    at += all.length;
    if (words) {
      open.at(-1).append(text(words));
    } else if (end) {
      if (open.length > 1) { open.pop(); inSvg.pop(); }
    } else {
      const svg = inSvg.at(-1) || tag === 'svg';
      const el = svg ? doc.createElementNS(SVG, tag) : doc.createElement(tag);
      for (const [, name, value] of attributes.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)) el.setAttribute(name, text(value ?? ''));
      open.at(-1).append(el);
      if (!closed && !/^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i.test(tag)) {
        open.push(el);
        inSvg.push(svg);
      }
    }
  }
  if (at !== html.length) throw new Error(`oih-checklist: cannot build the markup at ${at}`);
  parent.replaceChildren(open[0]);
}
// </set-html>

/** The crash screen's words in each language of the wasm, from Rust:
 * { tag: [title, text, button] }, English first. */
let crashWords = null;

/** A wasm-bindgen module, once its wasm (at `url`) has run. (Each glue's
 * path is written out at its import, for bundlers.) */
async function started(module, url) {
  await module.default({ module_or_path: url });
  return module;
}

/** The primary language subtag of a BCP 47 tag ('es' for 'es-MX'). */
function primary(tag) {
  return (tag || '').trim().toLowerCase().split(/[-_]/)[0];
}

/** The element's language: its `lang`, else its nearest ancestor's (the
 * page's <html lang> last). */
function langOf(el) {
  return el.getAttribute('lang') || el.closest('[lang]')?.getAttribute('lang') || '';
}

/** The wasm that renders the widgets: { speaks, mount, update, unmount,
 * snapshot }. The English widget's at first; the Spanish one's (which
 * speaks English too) once an element is in Spanish. */
let widgetWasm = null;
/** The Spanish widget, loading (see `needsSpanish`). */
let spanishLoading = null;

/** An element asks for a language the loaded wasm does not speak: the
 * Spanish widget is loaded from the widget's own files (only then), and
 * takes over every element when it runs (defineElement). */
function needsSpanish(el) {
  if (primary(langOf(el)) !== 'es' || widgetWasm.speaks.has('es')) return;
  spanishLoading ??= import('%WIDGET_ES_GLUE%').then((m) => started(m, new URL('%WIDGET_ES_WASM%', import.meta.url)));
  // A failed load (the page went offline) is tried again on the next change.
  spanishLoading.catch(() => { spanishLoading = null; });
}

/**
 * The Spanish widget takes over from the English one: each element's
 * answers and medicines (and whether they are remembered) go from the old
 * app to a new one, in the same shadow root, and the focus goes back to the
 * control with the same id. Nothing leaves the page.
 */
function handOver(from, to) {
  for (const host of hosts) {
    const root = host.shadowRoot;
    const focused = root.activeElement?.id;
    const state = from.snapshot(handles.get(host));
    from.unmount(handles.get(host));
    // (The diary, its own wasm, is closed: reopened, it speaks the new language.)
    closeDiary(root);
    const container = document.createElement('div');
    container.className = 'oih-host';
    root.replaceChildren(container);
    handles.set(host, to.mount(container, ...options(host), state));
    if (focused) queueMicrotask(() => takeOver(root, [], focused, undefined, 20));
  }
}

export function defineElement(tag, css, crash, mount, update, unmount, snapshot) {
  crashWords = new Map();
  for (let i = 0; i + 3 < crash.length; i += 4) crashWords.set(crash[i], crash.slice(i + 1, i + 4));
  const wasm = { speaks: new Set(crashWords.keys()), mount, update, unmount, snapshot };
  if (widgetWasm) {
    handOver(widgetWasm, wasm);
    widgetWasm = wasm;
    return;
  }
  widgetWasm = wasm;
  if (customElements.get(tag)) return;
  customElements.define(tag, class extends HTMLElement {
    static get observedAttributes() { return OBSERVED; }

    attributeChangedCallback() {
      // Re-render with the new settings; the answers stay. A language the
      // wasm does not speak shows English until its widget has loaded.
      if (!handles.has(this)) return;
      widgetWasm.update(handles.get(this), ...options(this));
      needsSpanish(this);
    }

    connectedCallback() {
      if (handles.has(this)) return;
      const root = this.shadowRoot || this.attachShadow({ mode: 'open' });
      // The prerendered first screen (www/early.js): what was chosen on it
      // before the wasm ran, and where the focus was.
      const early = root.querySelector('[data-early]');
      const chosen = early ? [...early.querySelectorAll('input:checked')].map((input) => input.id) : [];
      const focused = early && root.activeElement?.id;
      const pressed = early?.dataset.pressed;
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
        const near = (e) => { if (e.target.closest?.('.oih-summary-actions')) prepareContract(langOf(this)); };
        root.addEventListener('pointerover', near);
        root.addEventListener('focusin', near);
      }
      hosts.add(this);
      handles.set(this, widgetWasm.mount(container, ...options(this)));
      if (early) queueMicrotask(() => takeOver(root, chosen, focused, pressed, 20));
      needsSpanish(this);
    }

    disconnectedCallback() {
      // A move within the page (disconnect then connect in one task) keeps
      // the answers; a real removal destroys the app.
      queueMicrotask(() => {
        if (this.isConnected || !handles.has(this)) return;
        widgetWasm.unmount(handles.get(this));
        closeDiary(this.shadowRoot);
        handles.delete(this);
        hosts.delete(this);
        this.shadowRoot.replaceChildren();
      });
    }
  });
}

/**
 * Once the live widget has rendered (Yew renders in a microtask), the
 * answers chosen on the prerendered first screen are chosen again, as the
 * user's clicks were, the focus goes back to the same control, and the
 * button last pressed there (early.js) is pressed again.
 */
function takeOver(root, chosen, focused, pressed, tries) {
  if (!root.querySelector('.oih')) {
    if (tries) setTimeout(() => takeOver(root, chosen, focused, pressed, tries - 1));
    return;
  }
  for (const id of chosen) {
    const input = root.getElementById(id);
    if (input && !input.checked) input.click();
  }
  if (focused) root.getElementById(focused)?.focus();
  if (pressed) root.getElementById(pressed)?.click();
}

/**
 * The widget's wasm trapped (a Rust panic): its state can no longer be
 * trusted, so every instance shows a polite message and "Start again"
 * instead. Called by the glue (scripts/wasm-glue.mjs); calls nothing of the
 * wasm.
 */
export function crashed() {
  if (crashWords) showCrash();
}

function showCrash() {
  for (const host of hosts) {
    const root = host.shadowRoot;
    if (!root) continue;
    const [title, text, button] = crashWords.get(primary(langOf(host))) ?? crashWords.values().next().value;
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

// ------------------------------------ the summary and the file for the doctor

// The summary and the FHIR file are made by the contract wasm (JSON and
// FHIR, like evaluate()), and printed, copied or saved by
// www/summary-actions.js: both are loaded only when asked, from the
// widget's own files (scripts/post-build.mjs fills in the contract's paths
// relative to this snippet and puts summary-actions.js beside it). Nothing
// is sent. The paths are written out (literal `import()` and `new URL()`),
// so that a bundler (Vite, Rollup, webpack) taking the npm package into an
// app follows them and emits the files.
// Each language's contract is its own file (English, and Spanish with the
// Spanish summary), loaded for the first summary in that language.
const loaded = new Map();

/** Resolves to [contract module, summary-actions module] for `lang`. */
function loadContract(lang) {
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

/** Starts loading before a click needs it. */
function prepareContract(lang) {
  loadContract(lang).catch(() => {});
}

// What printSummary and copySummary report to the widget.
const NOT_MADE = 2;

/** Prints the summary for `inputJson` (the contract's input) on its own;
 * `done` gets 0 (printed), 1 (the page blocks printing) or 2 (not made). */
export function printSummary(inputJson, names, lang, notCounted, done) {
  loadContract(lang).then(([contract, actions]) => actions.printSummary(contract, inputJson, names, lang, notCounted, diaryForSummary, done),
    () => done(NOT_MADE));
}

/** `true` in a document with an opaque origin (a sandboxed frame without
 * allow-same-origin), where the browser may block downloads without a sign. */
export function opaqueOrigin() {
  return self.origin === 'null';
}

/**
 * Puts the summary's text for `inputJson` on the clipboard; `done` gets 0
 * (copied), 1 (the page blocks copying) or 2 (not made), once. The text is
 * handed to the clipboard here, in the click, as a promise (a
 * ClipboardItem), so the click's permission to copy holds while the text is
 * made, in every browser.
 */
export function copySummary(inputJson, names, lang, notCounted, done) {
  const modules = loadContract(lang);
  const text = modules.then(([contract]) => contract.summary(inputJson, names, lang, notCounted, false, diaryForSummary));
  const item = navigator.clipboard?.write && typeof ClipboardItem === 'function'
    ? navigator.clipboard.write([new ClipboardItem({ 'text/plain': text.then((t) => new Blob([t], { type: 'text/plain' })) })])
    : null;
  // (Handled here too, so a failed load is no unhandled rejection.)
  text.catch(() => {});
  item?.catch(() => {});
  modules.then(([, actions]) => actions.copySummary(text, item, done), () => done(NOT_MADE));
}

/** Makes the QuestionnaireResponse for `inputJson` now and saves it (the
 * same file in every language; the contract of `lang`, the one the summary
 * buttons already loaded); calls `done(fileName)` once the download was
 * started, `done(null)` if not. */
export function downloadFhir(inputJson, lang, done) {
  loadContract(lang).then(([contract, actions]) => actions.downloadFhir(contract, inputJson, done), () => done(null));
}

// ------------------------------------------------------------ the pain diary

// The diary is its own wasm (feature diary-ui), loaded from the widget's
// own files only when a patient opens it (scripts/post-build.mjs fills in
// its paths relative to this snippet, written out for bundlers). It adopts
// its own stylesheet into the widget's shadow root.
const diary = new Map();
/** The diary file the patient chose to add to the summary for the doctor,
 * or '' (the diary, its own wasm, sets it: setDiaryForSummary). */
let diaryForSummary = '';

/** Adds the diary (its file's text) to the printed and copied summary, or
 * takes it out with ''. Kept in this page only, never stored. */
export function setDiaryForSummary(text) {
  diaryForSummary = text;
}

/** The mounted diary of each shadow root: { module, id }. */
const diaries = new WeakMap();

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
  // (Each language's diary is its own file, as the contract is.)
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

/** Removes the diary of a widget taken off the page. */
function closeDiary(root) {
  const mounted = diaries.get(root);
  if (!mounted) return;
  mounted.module.unmount_diary(mounted.id);
  diaries.delete(root);
}
