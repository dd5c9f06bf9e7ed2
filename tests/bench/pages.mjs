// The pages the benchmark compares, all asking the questions of the
// published Questionnaire (dist/fhir/Questionnaire-oih-checklist.json, which
// the build copies from www/fhir/ and tests/fhir.rs keeps equal to the Rust
// tables):
//   plain     a plain HTML form generated from the Questionnaire: radio groups,
//             the medicine fields, and a few lines of script that apply
//             enableWhen and update a result line on change;
//   widget    dist/index.html as it is;
//   plain-embed  the plain page's form and script as an embed: a small host
//             page with one module script in the head that puts them into an
//             element in the body (the embed's baseline: one more file, run
//             after the host page is parsed, and nothing else);
//   embed     the same host page with the README's snippet (one module
//             script in the head, the element with its fallback text in the
//             body);
//   lhc       LHC-Forms 40.1.3 (npm lforms, served from node_modules) with the
//             files its README lists, rendering the same Questionnaire, fetched
//             from our server.
// Each page has an adapter: in-page functions (serialized into the page, so
// they must not use anything from this module) that find an answer's label
// and input, and read the page's own sign that it took an answer.
//
//   node tests/bench/pages.mjs plain > /tmp/plain.html   (to look at one)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
export const LFORMS = path.join(ROOT, 'node_modules/lforms/dist/lforms');
export const QUESTIONNAIRE_PATH = '/fhir/Questionnaire-oih-checklist.json';

export function questionnaire() {
  const file = path.join(DIST, QUESTIONNAIRE_PATH);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run make build first`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

const choices = (q) => q.item.filter((i) => i.type === 'choice');
const codes = (item) => item.answerOption.map((o) => o.valueCoding.code);

/** The first question and its first answer: the radio "first usable" waits for. */
export function firstAnswer(q) {
  const item = choices(q)[0];
  return [item.linkId, codes(item)[0]];
}

/** The answers clicked for "click to updated DOM", after the first one: every
 * other question in order, each answered so the questions after it stay
 * shown (the answer another question's enableWhen names, else "no", else the
 * first), so every click answers a new question. */
export function clickSteps(q) {
  const named = (id) => q.item.flatMap((i) => i.enableWhen ?? [])
    .filter((w) => w.question === id && w.operator === '=').map((w) => w.answerCoding?.code);
  return choices(q).slice(1).map((item) => {
    const all = codes(item);
    const code = named(item.linkId).find((c) => all.includes(c)) ?? (all.includes('no') ? 'no' : all[0]);
    return [item.linkId, code];
  });
}

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const hint = (item) => (item.item ?? []).filter((i) => i.type === 'display').map((i) => `<p class="hint">${escape(i.text)}</p>`).join('');

/** The plain checklist's parts: its stylesheet, the Questionnaire as a form
 * with a result line, and the few lines of script that apply enableWhen and
 * update the result line on change. */
function plainParts(q) {
  const rules = {};
  for (const item of q.item) {
    if (!item.enableWhen) continue;
    rules[item.linkId] = [item.enableBehavior ?? 'all', item.enableWhen.map((w) =>
      [w.question, w.operator, w.operator === 'exists' ? w.answerBoolean : w.answerCoding.code])];
  }
  const radios = (item) => item.answerOption.map((o) =>
    `<label><input type="radio" name="${item.linkId}" value="${o.valueCoding.code}"> ${escape(o.valueCoding.display)}</label>`).join('\n');
  const field = (item) => {
    const id = `f-${item.linkId}`;
    if (item.type === 'choice') {
      const options = item.answerOption.map((o) => `<option value="${o.valueCoding.code}">${escape(o.valueCoding.display)}</option>`).join('');
      return `<label for="${id}">${escape(item.text)}</label> <select id="${id}" name="${item.linkId}"><option value=""></option>${options}</select>`;
    }
    return `<label for="${id}">${escape(item.text)}</label> <input id="${id}" name="${item.linkId}" type="number" inputmode="decimal">`;
  };
  const items = q.item.map((item) => item.type === 'group'
    ? `<fieldset><legend>${escape(item.text)}</legend>\n${item.item.map((i) => `<p>${field(i)}</p>`).join('\n')}\n</fieldset>`
    : `<fieldset data-q="${item.linkId}"><legend>${escape(item.text)}</legend>${hint(item)}\n${radios(item)}\n</fieldset>`).join('\n');
  return {
    style: 'fieldset{margin:0 0 1rem}label{display:block;padding:.25rem 0}.hint{color:#555;margin:0}',
    form: `<form>\n${items}\n</form>\n<p id="result" role="status">Loading</p>`,
    script: `const form = document.querySelector('form'), result = document.getElementById('result');
const rules = ${JSON.stringify(rules)};
const value = (id) => form.elements[id]?.value ?? '';
function update() {
  let answered = 0, shown = 0;
  for (const set of form.querySelectorAll('fieldset[data-q]')) {
    const rule = rules[set.dataset.q];
    const on = !rule || rule[1][rule[0] === 'any' ? 'some' : 'every'](([q, op, v]) => op === 'exists' ? (value(q) !== '') === v : value(q) === v);
    set.hidden = !on;
    if (on) { shown++; if (value(set.dataset.q)) answered++; }
  }
  result.textContent = answered + ' of ' + shown + ' questions answered';
}
form.addEventListener('change', update);
update();`,
  };
}

/** The plain page: the Questionnaire as a form, and a result line. */
export function plainPage(q) {
  const { style, form, script } = plainParts(q);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(q.title)}</title><link rel="icon" href="data:,">
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:auto;padding:1rem}${style}</style>
</head><body><main>
<h1>${escape(q.title)}</h1>
${form}
</main>
<script>
${script}
</script>
</body></html>
`;
}

/** The plain checklist as an embed: a module script that puts the plain
 * page's stylesheet, form and script into the element of a host page. It is
 * what the embed would cost with no widget at all (one more file, run
 * after the host page is parsed), the baseline for the embed. */
export function plainEmbedScript(q) {
  const { style, form, script } = plainParts(q);
  return `const host = document.querySelector('plain-checklist');
host.innerHTML = ${JSON.stringify(`<style>plain-checklist{display:block}plain-checklist ${style.replace(/}(?=.)/g, '}plain-checklist ')}</style>${form}`)};
${script}
`;
}

/** A host page with an embed snippet: one module script in the head, the
 * element with its fallback text in the body. */
const hostPage = (script, element, attributes) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Check your signs | Example Health News</title><link rel="icon" href="data:,">
<script type="module" src="${script}"></script>
</head><body><main>
<h1>When pain medicine makes pain worse</h1>
<p>The checklist runs entirely in your browser.</p>
<${element}${attributes}>
  <p>This checklist needs JavaScript. If your pain is getting worse on opioids, talk to your doctor.</p>
</${element}>
</main></body></html>
`;

/** The host page with the README's snippet. */
export const EMBED_PAGE = hostPage('/oih-checklist.js', 'oih-checklist', ' heading-level="2"');
/** The same with the widget in Spanish (lang="es"). */
export const EMBED_ES_PAGE = hostPage('/oih-checklist.js', 'oih-checklist', ' heading-level="2" lang="es"');
/** The same host page with the plain checklist's embed. */
export const PLAIN_EMBED_PAGE = hostPage('/bench/plain-embed.js', 'plain-checklist', '');

/** LHC-Forms with the files its README lists (webcomponent/styles.css,
 * assets/lib/zone.min.js, runtime.js, polyfills.js, main.js, then the R4
 * FHIR support library); the Questionnaire is fetched while they load. */
export const LHC_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>LHC-Forms</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/lforms/webcomponent/styles.css">
</head><body><main><div id="form"></div></main>
<script>const questionnaire = fetch('${QUESTIONNAIRE_PATH}').then((r) => r.json());</script>
<script src="/lforms/webcomponent/assets/lib/zone.min.js"></script>
<script src="/lforms/webcomponent/runtime.js"></script>
<script src="/lforms/webcomponent/polyfills.js"></script>
<script src="/lforms/webcomponent/main.js"></script>
<script src="/lforms/fhir/R4/lformsFHIR.min.js"></script>
<script>questionnaire.then((q) => LForms.Util.addFormToPage(q, document.getElementById('form')));</script>
</body></html>
`;

// ------------------------------------------------------------- adapters
// option(id, code) -> { label, input } or null; signal(id, code) -> a string
// that changes when the page's own code has taken the answer.

const plainAdapter = {
  option(id, code) {
    const input = document.querySelector(`input[name="${id}"][value="${code}"]`);
    return input && { input, label: input.closest('label') };
  },
  // The result line the page's script writes.
  signal() { return document.getElementById('result')?.textContent ?? ''; },
};

const widgetAdapter = {
  option(id, code) {
    const input = document.querySelector('oih-checklist')?.shadowRoot?.querySelector(`input[name="oih-${id}"][value="${code}"]`);
    return input && { input, label: input.labels?.[0] ?? input };
  },
  // The widget's text (its progress count and result change with each answer).
  signal() { return document.querySelector('oih-checklist')?.shadowRoot?.textContent ?? ''; },
};

const lhcAdapter = {
  option(id, code) {
    const label = document.querySelector(`label.ant-radio-wrapper[id^="${id}/1|"][id$="|${code}"]`);
    return label && { label, input: label.querySelector('input') };
  },
  // LHC-Forms shows no count or result: its sign is the class its Angular
  // code puts on the chosen answer (ng-zorro's ant-radio-wrapper-checked).
  signal(id, code) {
    const label = document.querySelector(`label.ant-radio-wrapper[id^="${id}/1|"][id$="|${code}"]`);
    return String(label?.classList.contains('ant-radio-wrapper-checked'));
  },
};

/** The pages, in table order. `lhc` is left out when npm lforms is not installed. */
export function benchPages() {
  const pages = [
    { key: 'plain', name: 'plain script', path: '/bench/plain.html', adapter: plainAdapter },
    { key: 'widget', name: 'widget (index.html)', path: '/', adapter: widgetAdapter },
    { key: 'plainEmbed', name: 'plain script, embedded', path: '/bench/plain-embed.html', adapter: plainAdapter },
    { key: 'embed', name: 'widget (embed snippet)', path: '/bench/embed.html', adapter: widgetAdapter, hostPage: true, baseline: 'plainEmbed' },
    { key: 'widgetEs', name: 'widget in Spanish (es.html)', path: '/es.html', adapter: widgetAdapter, baseline: 'plain' },
    { key: 'embedEs', name: 'widget in Spanish (embed snippet, lang="es")', path: '/bench/embed-es.html', adapter: widgetAdapter, hostPage: true, baseline: 'plainEmbed' },
  ];
  if (fs.existsSync(path.join(LFORMS, 'webcomponent/main.js'))) {
    pages.push({ key: 'lhc', name: `LHC-Forms ${lformsVersion()}`, path: '/bench/lhc.html', adapter: lhcAdapter });
  }
  return pages;
}

export function lformsVersion() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/lforms/package.json'), 'utf8')).version;
}

/** What serveBench() needs to serve them all. */
export function benchRoutes(q) {
  return {
    pages: {
      '/bench/plain.html': plainPage(q),
      '/bench/plain-embed.html': PLAIN_EMBED_PAGE,
      '/bench/plain-embed.js': plainEmbedScript(q),
      '/bench/embed.html': EMBED_PAGE,
      '/bench/embed-es.html': EMBED_ES_PAGE,
      '/bench/lhc.html': LHC_PAGE,
    },
    dirs: [['/lforms/', LFORMS], ['/', DIST]],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const which = process.argv[2];
  const page = benchRoutes(questionnaire()).pages[`/bench/${which}.html`];
  if (!page) { console.error('usage: node tests/bench/pages.mjs plain|plain-embed|embed|lhc'); process.exit(2); }
  process.stdout.write(page);
}
