// oih-checklist: the embed entry. On any page:
//   <script type="module" src="https://YOUR-CDN/oih-checklist.js"></script>
//   <oih-checklist></oih-checklist>
// It loads the widget's files relative to its own URL and defines the
// <oih-checklist> element. It adds no global, sets no cookie and makes no
// request beyond its own files. (Generated from www/embed.js at build time.)

// A browser without WebAssembly (turned off, as in iOS Lockdown Mode) is
// not sent a wasm it cannot run.
const hasWasm = typeof WebAssembly === 'object';

// The language: each element's `lang`, else its nearest ancestor's, else
// the page's <html lang>. English is the widget's own wasm; a page with an
// element in Spanish loads the Spanish one instead, so an English page never
// requests a Spanish file (and a page in both gets the English one from
// element.js, for its English elements).
const primary = (el) => (el.getAttribute('lang') || el.closest('[lang]')?.getAttribute('lang') || '')
  .trim().toLowerCase().split(/[-_]/)[0];
const spanish = [...document.querySelectorAll('oih-checklist')].some((el) => primary(el) === 'es');

// The widget's first screen, prerendered at build time (scripts/prerender.mjs)
// for the default settings, shown in each element already on the page so
// its first question can be answered before the wasm runs (www/early.js,
// below, shows it and counts the answers; element.js takes them over). The
// heading levels follow the element's heading-level, as the widget's do.
// Its stylesheet is adopted, not a <style> (a strict CSP allows that), and
// its nodes are built by `setHTML` (from www/element.js), not written as an
// HTML string (a page that enforces Trusted Types allows that too). Where
// the first screen cannot be made (no constructable stylesheets), the
// element waits for the widget.
// The Spanish first screen is its own small file (so an English page
// carries none of it), fetched at once where an element is in Spanish and
// put into those elements when it comes, unless the widget came first.
const FIRST_SCREEN_CSS = %FIRST_SCREEN_CSS%;
const FIRST_SCREEN = %FIRST_SCREEN%;
%SET_HTML%
/** Puts the first screen (`css`, `html`) into `el`'s new shadow root. */
function firstScreen(el, css, html) {
  if (el.shadowRoot) return;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const level = (el.getAttribute('heading-level') || '').trim();
    const shift = (/^[1-6]$/.test(level) ? Number(level) : 2) - 2;
    const root = el.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    setHTML(root, html.replace(/(<\/?h)([1-6])/g, (_, tag, n) => tag + Math.min(6, Number(n) + shift)));
    if (el.hasAttribute('compact')) root.querySelector('.oih').setAttribute('data-compact', '');
  } catch {
    el.shadowRoot?.replaceChildren(document.createElement('slot'));
  }
}
const elements = [...document.querySelectorAll('oih-checklist')];
if (hasWasm) {
  for (const el of elements) if (primary(el) !== 'es') firstScreen(el, FIRST_SCREEN_CSS, FIRST_SCREEN);
}
%EARLY%
if (hasWasm && spanish) {
  import('./%FIRST_ES%').then(({ words }) => {
    // The English markup in other words: [step, text, ...] over its tags
    // and texts, as scripts/post-build.mjs (step 5) split it (each step
    // from the piece changed before).
    const pieces = FIRST_SCREEN.match(/<[^>]*>|[^<]+/g);
    for (let i = 0, at = 0; i < words.length; i += 2) pieces[(at += words[i])] = words[i + 1];
    const html = pieces.join('');
    for (const el of elements) {
      if (primary(el) !== 'es' || el.shadowRoot || !el.isConnected) continue;
      firstScreen(el, FIRST_SCREEN_CSS, html);
      showEarly(el);
    }
  }, () => {});
}

// The wasm and the glue are fetched side by side once the first screen is
// painted (early.js's `firstFrame`; ARCHITECTURE.md says why).
// (With its Subresource Integrity: an entry pinned by an import map's
// integrity pins the wasm too.)
const wasm = !hasWasm ? null : firstFrame.then(() => (spanish
  ? fetch(new URL('./%ES_WASM%', import.meta.url), { integrity: '%ES_WASM_SRI%' })
  : fetch(new URL('./%WASM%', import.meta.url), { integrity: '%WASM_SRI%' })));
const glue = firstFrame.then(() => (spanish ? import('./%ES_GLUE%') : import('./%GLUE%')));

/** Resolves once the element is defined (the wasm's start function does it).
 * If the widget cannot start, the first screens give way to the elements'
 * own fallback text. */
export const ready = glue.then(async (module) => {
  if (!wasm) throw new Error('oih-checklist needs WebAssembly, which this browser has turned off or lacks');
  // The widget's stylesheet is the first screen's (the wasm carries none);
  // element.js is already loaded, by the glue.
  (await import('%ELEMENT%')).useStyles(FIRST_SCREEN_CSS);
  return module.default({ module_or_path: wasm });
}).then(() => undefined, (error) => {
  for (const el of document.querySelectorAll('oih-checklist')) {
    if (el.shadowRoot?.querySelector('[data-early]')) el.shadowRoot.replaceChildren(document.createElement('slot'));
  }
  throw error;
});

let contract = null;

/** The contract-only wasm, loaded on first use. */
async function contractModule() {
  contract ??= import('./%EVAL_GLUE%').then(async (module) => {
    await module.default({ module_or_path: new URL('./%EVAL_WASM%', import.meta.url) });
    return module;
  });
  return contract;
}

/** Runs `call`, turning the wasm's error into an Error with `field`. */
function withField(call) {
  try {
    return call();
  } catch (error) {
    const message = String(error?.message ?? error);
    throw Object.assign(new Error(message), { field: message.slice(0, message.indexOf(':')) });
  }
}

/**
 * The JSON contract of `oih-assess`, for hosts with their own interface.
 * `input` is a plain object or a JSON string (kept as it is, for exact
 * decimals), or a FHIR R4 QuestionnaireResponse for the published
 * Questionnaire (read as `oih-assess --from-fhir` reads it), either way. An
 * object goes to the wasm as it is (serde-wasm-bindgen reads it; each
 * number as the decimal it prints as, so 7.5 is exactly 7.5). Resolves to
 * the output as a plain object; rejects with an Error whose message starts
 * with the field's path and whose `field` property holds it.
 */
export async function evaluate(input) {
  const module = await contractModule();
  return withField(() => module.evaluate(input));
}

/**
 * The same input (an object or JSON text, as for `evaluate`) as a FHIR R4
 * QuestionnaireResponse, as the text of a JSON file: byte for byte what
 * `oih-assess --to-fhir --authored AUTHORED` writes.
 * `authored` is a dateTime with a time zone (default: now). Rejects like
 * `evaluate` (field `authored` for a bad time).
 */
export async function toFhir(input, authored = new Date().toISOString()) {
  const module = await contractModule();
  return withField(() => module.to_fhir(input, String(authored)));
}
