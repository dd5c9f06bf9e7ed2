// The <oih-checklist> element class. Rust (src/web/element.rs) calls
// defineElement once; mount and unmount render and destroy the Yew app.
// Nothing here reads or sends the user's answers.

const hosts = new Set();
const handles = new WeakMap();

/** The widget's stylesheet (www/widget.css after www/first-screen.css),
 * adopted by every shadow root. It is not in the wasm: each page that loads
 * the widget has it already, for the first screen. The embed entry hands it
 * over (`useStyles`); on the standalone page it is the prerendered shadow
 * root's <style>. */
let sheet = null;

/** The stylesheet for every element, once (www/embed.js calls it before the wasm runs). */
export function useStyles(css) {
  if (sheet) return;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
}

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

/** The crash screen's words in each language of the wasms that ran, from
 * Rust: { tag: [title, text, button] }. */
const crashWords = new Map();

/** A wasm-bindgen module, once its wasm (at `url`) has run. (Each glue's
 * path is written out at its import, for bundlers.) */
export async function started(module, url) {
  await module.default({ module_or_path: url });
  return module;
}

/** The primary language subtag of a BCP 47 tag ('es' for 'es-MX'). */
export function primary(tag) {
  return (tag || '').trim().toLowerCase().split(/[-_]/)[0];
}

/** The element's language: its `lang`, else its nearest ancestor's (the
 * page's <html lang> last). */
function langOf(el) {
  return el.getAttribute('lang') || el.closest('[lang]')?.getAttribute('lang') || '';
}

/** The language an element is shown in: its own if the widget has one for
 * it, else English. */
function wanted(el) {
  return primary(langOf(el)) === 'es' ? 'es' : 'en';
}

/** The widget wasms that have run, by the language each speaks: { speaks,
 * mount, update, unmount, snapshot }. Each language is its own wasm (the
 * Spanish one carries no English), so a page loads only the languages its
 * elements are in. */
const wasms = new Map();
/** The wasm that rendered each element. */
const mountedBy = new WeakMap();
/** The widget wasms loading, by language (see `ask`). */
const loading = new Map();
/** Elements on their first screen while their language's wasm loads (a
 * page in two languages): it works as it is, and no other language shows
 * in between. */
const waiting = new Set();
/** The first wasm that ran: it renders an element whose own cannot load. */
let firstWasm = null;

/** An element is in a language no wasm that ran speaks: that language's
 * widget is loaded from the widget's own files (only then), and takes the
 * element over when it runs (defineElement). */
function ask(lang) {
  if (wasms.has(lang) || loading.has(lang)) return;
  const module = lang === 'es'
    ? import('%WIDGET_ES_GLUE%').then((m) => started(m, new URL('%WIDGET_ES_WASM%', import.meta.url)))
    : import('%WIDGET_GLUE%').then((m) => started(m, new URL('%WIDGET_WASM%', import.meta.url)));
  loading.set(lang, module);
  // A failed load (the page went offline) is tried again on the next change;
  // meanwhile an element waiting for it is shown by the wasm there is.
  module.catch(() => {
    loading.delete(lang);
    for (const el of [...waiting]) if (wanted(el) === lang) connect(el, firstWasm);
  });
}

/** Mounts the widget into `el`'s shadow root with `wasm`, in a new box;
 * `state` is what another wasm's app handed over (its snapshot), if any. */
function mountWith(el, wasm, state) {
  const container = document.createElement('div');
  container.className = 'oih-host';
  el.shadowRoot.replaceChildren(container);
  handles.set(el, wasm.mount(container, ...options(el), state));
  mountedBy.set(el, wasm);
}

/**
 * The wasm of `el`'s language takes over from the one that rendered it:
 * the old app's answers and medicines (and whether they are remembered) go
 * to a new app, in the same shadow root, and the focus goes back to the
 * control with the same id. Nothing leaves the page.
 */
function handOver(el, to) {
  const root = el.shadowRoot;
  const focused = root.activeElement?.id;
  const from = mountedBy.get(el);
  const state = from.snapshot(handles.get(el));
  from.unmount(handles.get(el));
  // (The diary, its own wasm, is closed: reopened, it speaks the new language.)
  closeDiary(root);
  mountWith(el, to, state);
  if (focused) queueMicrotask(() => takeOver(root, [], focused, undefined, 20));
}

/** Shows `el` in its language: handed over to that language's wasm if it
 * has run, else asked for (until then the element keeps the one it has). */
function inItsLanguage(el) {
  const lang = wanted(el);
  if (mountedBy.get(el).speaks.has(lang)) return;
  if (wasms.has(lang)) handOver(el, wasms.get(lang));
  else ask(lang);
}

export function defineElement(tag, crash, mount, update, unmount, snapshot) {
  const speaks = new Set();
  for (let i = 0; i + 3 < crash.length; i += 4) {
    crashWords.set(crash[i], crash.slice(i + 1, i + 4));
    speaks.add(crash[i]);
  }
  const wasm = { speaks, mount, update, unmount, snapshot };
  for (const lang of speaks) if (!wasms.has(lang)) wasms.set(lang, wasm);
  firstWasm ??= wasm;
  if (customElements.get(tag)) {
    for (const el of [...waiting]) if (wasms.has(wanted(el))) connect(el, wasms.get(wanted(el)));
    for (const host of hosts) inItsLanguage(host);
    return;
  }
  customElements.define(tag, class extends HTMLElement {
    static get observedAttributes() { return OBSERVED; }

    attributeChangedCallback() {
      if (waiting.has(this)) {
        if (wasms.has(wanted(this))) connect(this, wasms.get(wanted(this)));
        else ask(wanted(this));
        return;
      }
      // Re-render with the new settings; the answers stay. A language the
      // element's wasm does not speak comes with its own wasm; until then
      // the element stays in the language it was in.
      if (!handles.has(this)) return;
      mountedBy.get(this).update(handles.get(this), ...options(this));
      inItsLanguage(this);
    }

    connectedCallback() {
      if (handles.has(this) || waiting.has(this)) return;
      const own = wasms.get(wanted(this));
      // On a page in two languages, an element on its first screen keeps
      // it until its own language's wasm has run; any other is rendered by
      // the first wasm meanwhile, and handed over (inItsLanguage).
      if (!own && this.shadowRoot?.querySelector('[data-early]')) {
        waiting.add(this);
        ask(wanted(this));
        return;
      }
      connect(this, own ?? firstWasm);
    }

    disconnectedCallback() {
      // A move within the page (disconnect then connect in one task) keeps
      // the answers; a real removal destroys the app.
      queueMicrotask(() => {
        if (!this.isConnected) waiting.delete(this);
        if (this.isConnected || !handles.has(this)) return;
        mountedBy.get(this).unmount(handles.get(this));
        closeDiary(this.shadowRoot);
        handles.delete(this);
        hosts.delete(this);
        this.shadowRoot.replaceChildren();
      });
    }
  });
}

/** Renders the widget in `el` (connected, its shadow root made) with
 * `wasm`, taking over what was chosen on its first screen. */
function connect(el, wasm) {
  waiting.delete(el);
  const root = el.shadowRoot || el.attachShadow({ mode: 'open' });
  // The prerendered first screen (www/early.js): what was chosen on it
  // before the wasm ran, and where the focus was.
  const early = root.querySelector('[data-early]');
  const chosen = early ? [...early.querySelectorAll('input:checked')].map((input) => input.id) : [];
  const focused = early && root.activeElement?.id;
  const pressed = early?.dataset.pressed;
  // (The standalone page's first screen brings the stylesheet as a <style>.)
  const style = root.querySelector('style');
  if (style) useStyles(style.textContent);
  root.adoptedStyleSheets = sheet ? [sheet] : [];
  if (!el.shadowRoot.oihListening) {
    el.shadowRoot.oihListening = true;
    // The form is never submitted (Enter in its only text field would
    // reload the page and lose the answers).
    root.addEventListener('submit', (e) => e.preventDefault());
    // The contract wasm starts loading when a pointer or the keyboard
    // comes near the summary buttons, so it is usually there by the click.
    const near = (e) => { if (e.target.closest?.('.oih-summary-actions')) prepareContract(langOf(el)); };
    root.addEventListener('pointerover', near);
    root.addEventListener('focusin', near);
  }
  hosts.add(el);
  mountWith(el, wasm, undefined);
  if (early) queueMicrotask(() => takeOver(root, chosen, focused, pressed, 20));
  inItsLanguage(el);
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
  if (crashWords.size) showCrash();
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

// ------------------- the summary, the file for the doctor and the pain diary

// The summary and the FHIR file are made by the contract wasm (JSON and
// FHIR, like evaluate()), printed, copied or saved by
// www/summary-actions.js; the pain diary is its own wasm. All of them, and
// www/on-demand.js, which loads them, load only when first asked, from the
// widget's own files (so a page that never asks loads none of it). Nothing
// is sent. The paths are written out (literal `import()`), so that a bundler
// (Vite, Rollup, webpack) taking the npm package into an app follows them
// and emits the files.
const onDemand = () => import('./on-demand.js');

// What printSummary and copySummary report to the widget.
const NOT_MADE = 2;

/** Starts loading the contract for `lang` before a click needs it. */
function prepareContract(lang) {
  onDemand().then((m) => m.loadContract(lang)).catch(() => {});
}

/** Prints the summary for `inputJson` (the contract's input) on its own;
 * `done` gets 0 (printed), 1 (the page blocks printing) or 2 (not made). */
export function printSummary(inputJson, names, lang, notCounted, done) {
  onDemand().then((m) => m.printSummary(inputJson, names, lang, notCounted, done), () => done(NOT_MADE));
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
  const modules = onDemand().then((m) => m.loadContract(lang));
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
 * same file in every language); calls `done(fileName)` once the download
 * was started, `done(null)` if not. */
export function downloadFhir(inputJson, lang, done) {
  onDemand().then((m) => m.downloadFhir(inputJson, lang, done), () => done(null));
}

/** The diary file the patient chose to add to the summary for the doctor,
 * or '' (the diary, its own wasm, sets it: setDiaryForSummary). Kept in
 * this page only, never stored. */
export let diaryForSummary = '';

/** Adds the diary (its file's text) to the printed and copied summary, or
 * takes it out with ''. */
export function setDiaryForSummary(text) {
  diaryForSummary = text;
}

/** The mounted diary of each shadow root: { module, id } (on-demand.js
 * mounts it). */
export const diaries = new WeakMap();

/**
 * Opens the diary below the widget that `from` (its button) is in
 * (on-demand.js); `done(1)` once it is mounted (or was already), `done(0)`
 * if it could not load (the widget says so).
 */
export function openDiary(from, lang, headingLevel, medicines, done) {
  onDemand().then((m) => m.openDiary(from, lang, headingLevel, medicines, done), () => done(0));
}

/** Removes the diary of a widget taken off the page. */
function closeDiary(root) {
  const mounted = diaries.get(root);
  if (!mounted) return;
  mounted.module.unmount_diary(mounted.id);
  diaries.delete(root);
}
