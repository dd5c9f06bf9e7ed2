// Trunk post_build hook (see Trunk.toml). In trunk's staging directory:
//  1. builds the contract-only wasm behind `evaluate()` (feature wasm-api),
//     content-hashed, beside the widget's own files;
//  1b. shortens the wasm-bindgen names in the widget's wasm and glue, and
//     guards the glue's calls into the wasm for the crash screen
//     (scripts/wasm-glue.mjs);
//  2. writes the stable embed entry `oih-checklist.js` from www/embed.js,
//     naming the hashed files it loads (relative to its own URL);
//  3. in release builds, minifies the JavaScript the widget loads (the
//     wasm-bindgen glue and its snippets) and updates the subresource
//     integrity hashes trunk wrote into index.html to match;
//  4. copies the published FHIR resources (www/fhir/, which tests/fhir.rs
//     keeps equal to the Rust tables) to fhir/;
//  5. prerenders the widget's first screen into index.html
//     (scripts/prerender.mjs, www/early.js).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';
import { guardCrashes, noHtmlStrings, shortenNames } from './wasm-glue.mjs';
import { prerender } from './prerender.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const release = process.env.TRUNK_PROFILE === 'release';
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });

const profile = release ? 'release' : 'debug';
const hash = (file) => createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 16);
// wasm-bindgen's default wasm path (used only when init() is given none)
// names the unhashed file, which does not exist: a bundler taking the npm
// package warns about it on every build. It names the hashed file instead.
const defaultWasm = (text, name, file) => {
  const before = `new URL('${name}', import.meta.url)`;
  if (!text.includes(before)) throw new Error(`the glue's default wasm path ${before} is gone; update post-build.mjs`);
  return text.replace(before, `new URL('${file}', import.meta.url)`);
};

/**
 * Builds one of the wasms loaded only when asked (`feature`), as `name`:
 * cargo in its own target folder, wasm-bindgen, wasm-opt at `opt` (a
 * level, or the level and more options) in release builds; writes `name-HASH_bg.wasm` and `name-HASH.js` into the
 * staging folder (the glue passed through `editGlue` first, with its
 * default wasm path naming the hashed file) and its snippets beside the
 * widget's. Returns [glue, wasm] file names.
 */
function lazyWasm(feature, name, opt, editGlue = (text) => text, shortNames = false) {
  // A language's build shares the English one's folder (only this crate is
  // built again, not its dependencies); the widget's is trunk's.
  const english = name.replace(/-es$/, '');
  const target = english === 'oih-checklist'
    ? (process.env.CARGO_TARGET_DIR || path.join(root, 'target'))
    : path.join(root, `target/${english.replace('oih-', '')}`);
  run('cargo', ['build', '--quiet', '--lib', '--target', 'wasm32-unknown-unknown', '--no-default-features', '--features', feature,
    ...(release ? ['--release'] : [])], { CARGO_TARGET_DIR: target });
  fs.mkdirSync(path.join(root, 'target/evaluate'), { recursive: true });
  const tmp = fs.mkdtempSync(path.join(root, `target/evaluate/${name}-`));
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-name', name, '--out-dir', tmp,
    path.join(target, `wasm32-unknown-unknown/${profile}/oih_checklist.wasm`)]);
  const wasmIn = path.join(tmp, `${name}_bg.wasm`);
  if (release) {
    run('wasm-opt', [...[opt].flat(), '--enable-bulk-memory', '--enable-bulk-memory-opt', '--enable-nontrapping-float-to-int',
      '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue', wasmIn, '-o', wasmIn]);
  }
  let glueIn = fs.readFileSync(path.join(tmp, `${name}.js`), 'utf8');
  if (shortNames) {
    // (As step 1b does for the widget's own wasm.)
    const renamed = shortenNames(fs.readFileSync(wasmIn), glueIn);
    fs.writeFileSync(wasmIn, renamed.wasm);
    glueIn = renamed.glue;
  }
  const wasmFile = `${name}-${hash(wasmIn)}_bg.wasm`;
  fs.copyFileSync(wasmIn, path.join(staging, wasmFile));
  if (fs.existsSync(path.join(tmp, 'snippets'))) {
    fs.cpSync(path.join(tmp, 'snippets'), path.join(staging, 'snippets'), { recursive: true });
  }
  const glueText = defaultWasm(editGlue(glueIn), `${name}_bg.wasm`, wasmFile);
  const glueFile = `${name}-${createHash('sha256').update(glueText).digest('hex').slice(0, 16)}.js`;
  fs.writeFileSync(path.join(staging, glueFile), glueText);
  fs.rmSync(tmp, { recursive: true, force: true });
  return [glueFile, wasmFile];
}

/** The widget's www/element.js snippet, as the glue imports it. */
function elementSnippet(dir) {
  const found = fs.readdirSync(path.join(dir, 'snippets'), { withFileTypes: true }).filter((e) => e.isDirectory())
    .map((e) => `./snippets/${e.name}/www/element.js`).filter((f) => fs.existsSync(path.join(dir, f)));
  if (found.length !== 1) throw new Error(`post-build: no single www/element.js snippet in ${dir}`);
  return found[0];
}

// 1. The evaluate() wasm (the JSON contract, FHIR, the summary): -Oz.
const [evalGlue, evalWasm] = lazyWasm('wasm-api', 'oih-evaluate', '-Oz');

// 1c. The pain diary's wasm (feature diary-ui): Yew, the diary's rules, its
// file and FHIR Bundle, loaded by element.js only when a patient opens the
// diary. Its glue's innerHTML setter goes through element.js's setHTML, as
// the widget's does (scripts/wasm-glue.mjs); its snippets (the IndexedDB
// store) join the widget's.
const [diaryGlue, diaryWasm] = lazyWasm('diary-ui', 'oih-diary', '-Os', (text) => noHtmlStrings(text, elementSnippet(staging)));

// 1d. Spanish: the widget, the contract and the diary, each its own wasm,
// loaded only where an element is in Spanish (www/embed.js, es.html below,
// element.js). The widget's speaks Spanish alone (feature lang-es without
// lang-en: no English texts, 14 KB less gzipped); an English element on the
// same page gets the English widget (element.js). The contract and the
// diary keep the English beside the Spanish (the FHIR file is English in
// every language). The widget's is built as trunk builds the English one,
// with its names shortened and its crash guard (1b).
const [esGlue, esWasm] = lazyWasm('widget,lang-es', 'oih-checklist-es', ['-Os', '--converge', '--low-memory-unused'], (text) => noHtmlStrings(guardCrashes(text)), true);
const [evalEsGlue, evalEsWasm] = lazyWasm('wasm-api,lang-es', 'oih-evaluate-es', '-Oz');
const [diaryEsGlue, diaryEsWasm] = lazyWasm('diary-ui,lang-es', 'oih-diary-es', '-Os', (text) => noHtmlStrings(text, elementSnippet(staging)));

// 2. The stable entry.
const files = fs.readdirSync(staging);
const glue = files.find((f) => /^oih-checklist-[0-9a-f]+\.js$/.test(f));
const wasm = files.find((f) => /^oih-checklist-[0-9a-f]+_bg\.wasm$/.test(f));
if (!glue || !wasm) throw new Error(`widget files not found in ${staging}: ${files.join(', ')}`);

// 1b. Short import and export names in the widget's wasm and glue, and the
// glue's crash guard (scripts/wasm-glue.mjs).
{
  const renamed = shortenNames(fs.readFileSync(path.join(staging, wasm)), fs.readFileSync(path.join(staging, glue), 'utf8'));
  fs.writeFileSync(path.join(staging, wasm), renamed.wasm);
  fs.writeFileSync(path.join(staging, glue), defaultWasm(noHtmlStrings(guardCrashes(renamed.glue)), 'oih-checklist_bg.wasm', wasm));
}
// The embed builds its first screen with element.js's setHTML (no HTML
// string, for pages that enforce Trusted Types): the same function, copied.
const setHtml = /\/\/ <set-html>[^\n]*\n(?:\/\/[^\n]*\n)*([\s\S]*?)\/\/ <\/set-html>/.exec(fs.readFileSync(path.join(root, 'www/element.js'), 'utf8'))?.[1];
if (!setHtml?.includes('export function setHTML(')) throw new Error('www/element.js: the <set-html> part is gone; update post-build.mjs');
const setHtmlCode = (await minify(setHtml.replace('export function', 'function'), { ecma: 2020, compress: { passes: 2 } })).code;
const entry = fs.readFileSync(path.join(root, 'www/embed.js'), 'utf8')
  .replace('%SET_HTML%', () => setHtmlCode)
  .replaceAll('%GLUE%', glue).replaceAll('%WASM%', wasm).replaceAll('%ELEMENT%', elementSnippet(staging))
  .replace('%WASM_SRI%', `sha384-${createHash('sha384').update(fs.readFileSync(path.join(staging, wasm))).digest('base64')}`)
  .replaceAll('%ES_GLUE%', esGlue).replaceAll('%ES_WASM%', esWasm)
  .replace('%ES_WASM_SRI%', `sha384-${createHash('sha384').update(fs.readFileSync(path.join(staging, esWasm))).digest('base64')}`)
  .replaceAll('%EVAL_GLUE%', evalGlue).replaceAll('%EVAL_WASM%', evalWasm);
fs.writeFileSync(path.join(staging, 'oih-checklist.js'), entry);

// 2b. The widget's snippet (element.js) loads each language's widget, and
// www/on-demand.js from beside itself, which loads the contract wasm for the
// summary and the FHIR download and the diary's wasm: their paths, relative
// to the snippet, are filled in here.
const snippets = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
  const file = path.join(dir, e.name);
  if (e.isDirectory()) return snippets(file);
  return e.name === 'element.js' ? [file] : [];
});
for (const element of fs.existsSync(path.join(staging, 'snippets')) ? snippets(path.join(staging, 'snippets')) : []) {
  // What loads when first asked (the summary, the FHIR file, the diary).
  fs.copyFileSync(path.join(root, 'www/on-demand.js'), path.join(path.dirname(element), 'on-demand.js'));
  for (const file of [element, path.join(path.dirname(element), 'on-demand.js')]) fillPaths(file);
  // What prints, copies and saves, loaded by on-demand.js when first asked.
  fs.copyFileSync(path.join(root, 'www/summary-actions.js'), path.join(path.dirname(element), 'summary-actions.js'));
  // The pain diary's store (IndexedDB), loaded with the diary.
  fs.copyFileSync(path.join(root, 'www/diary-store.js'), path.join(path.dirname(element), 'diary-store.js'));
}

/** Fills in the paths of the wasms and their glue in `file` (a snippet). */
function fillPaths(file) {
  const up = path.relative(path.dirname(file), staging) || '.';
  const text = fs.readFileSync(file, 'utf8')
    .replaceAll('%CONTRACT_GLUE%', `${up}/${evalGlue}`).replaceAll('%CONTRACT_WASM%', `${up}/${evalWasm}`)
    .replaceAll('%DIARY_GLUE%', `${up}/${diaryGlue}`).replaceAll('%DIARY_WASM%', `${up}/${diaryWasm}`)
    .replaceAll('%WIDGET_GLUE%', `${up}/${glue}`).replaceAll('%WIDGET_WASM%', `${up}/${wasm}`)
    .replaceAll('%WIDGET_ES_GLUE%', `${up}/${esGlue}`).replaceAll('%WIDGET_ES_WASM%', `${up}/${esWasm}`)
    .replaceAll('%CONTRACT_ES_GLUE%', `${up}/${evalEsGlue}`).replaceAll('%CONTRACT_ES_WASM%', `${up}/${evalEsWasm}`)
    .replaceAll('%DIARY_ES_GLUE%', `${up}/${diaryEsGlue}`).replaceAll('%DIARY_ES_WASM%', `${up}/${diaryEsWasm}`);
  if (/%[A-Z_]+%/.test(text)) throw new Error(`post-build: ${file} has a path not filled in: ${/%[A-Z_]+%/.exec(text)[0]}`);
  fs.writeFileSync(file, text);
}

// 2c. The standalone page in Spanish, es.html: index.html as trunk wrote it,
// with the Spanish wasm and glue, <html lang="es">, and the page's own
// words from www/page-es.json. Its first screen is prerendered (step 5),
// and its start script made as index.html's (step 6).
const PAGES = ['index.html', 'es.html'];
{
  const words = JSON.parse(fs.readFileSync(path.join(root, 'www/page-es.json'), 'utf8'));
  const html = fs.readFileSync(path.join(staging, 'index.html'), 'utf8');
  const swap = (text, from, to, what) => {
    if (!text.includes(from)) throw new Error(`es.html: ${what} not found in index.html; update post-build.mjs`);
    return text.replaceAll(from, to);
  };
  let es = swap(html, `/${glue}`, `/${esGlue}`, 'the glue');
  es = swap(es, `/${wasm}`, `/${esWasm}`, 'the wasm');
  es = swap(es, '<html lang="en">', '<html lang="es">', '<html lang="en">');
  es = es.replace(/<title>[^<]*<\/title>/, () => `<title>${words.title}</title>`);
  es = es.replace(/(<meta name="description" content=")[^"]*(")/, (_, a, b) => `${a}${words.description}${b}`);
  es = es.replace(/<div class="fallback">[\s\S]*?<\/div>/, () => `<div class="fallback">\n        ${words.fallback}\n      </div>`);
  es = swap(es, words.switch.from, words.switch.to, 'the language switch');
  // (Nothing of index.html's own language choice: this page is the choice.)
  es = es.replace(/<script>\/\* oih-lang \*\/[\s\S]*?<\/script>\n?/, '');
  fs.writeFileSync(path.join(staging, 'es.html'), es);
}

// 3. Minified JavaScript, with the pages' integrity hashes to match.
if (release) {
  const scripts = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return scripts(file);
    return /\.js$/.test(e.name) && e.name !== 'oih-checklist.js' && e.name !== 'frame.js' ? [file] : [];
  });
  for (const file of scripts(staging)) {
    const result = await minify(fs.readFileSync(file, 'utf8'), { module: true, ecma: 2020, compress: { passes: 2 }, format: { ascii_only: true } });
    fs.writeFileSync(file, result.code);
  }
  for (const name of PAGES) {
    const page = path.join(staging, name);
    const html = fs.readFileSync(page, 'utf8').replace(/<[^>]*\bintegrity="[^"]*"[^>]*>/g, (tag) => {
      const url = /\b(?:href|src)="([^"]+)"/.exec(tag)?.[1];
      if (!url) throw new Error(`no file for the integrity hash in ${tag}`);
      const body = fs.readFileSync(path.join(staging, decodeURI(url.replace(/^\//, ''))));
      const digest = createHash('sha384').update(body).digest('base64');
      return tag.replace(/\bintegrity="[^"]*"/, `integrity="sha384-${digest}"`);
    });
    fs.writeFileSync(page, html);
  }
}

// 3b. WebKit never matches the glue's own fetch() of the wasm to trunk's
// <link rel="preload" as="fetch">, so it downloaded the wasm twice. Instead
// the page's script starts that one fetch itself (with the preload's
// integrity) before it imports the glue, and hands the response to init().
// It starts them once the first screen is painted (`firstFrame`, from
// www/early.js, which step 5 puts after the element; this script runs once
// the page is parsed). Started at once, the fetch and the glue's compiling
// came before that paint: first usable 1.19 to 1.11 times the plain page
// on a desktop (15 loads); on the mobile profile the live widget comes at
// 995 instead of 961 ms, the wasm starting one frame later. A browser
// without WebAssembly fetches no wasm. (Step 6 applies it.)
function wasmFetchedOnce(html) {
  const preload = /<link rel="preload" href="([^"]+_bg\.wasm)" crossorigin="anonymous" integrity="([^"]+)" as="fetch" type="application\/wasm">/;
  const start = /<script type="module">\s*import init from '([^']+)';\s*const wasm = await init\(\{ module_or_path: '([^']+)' \}\);[^<]*<\/script>/;
  const [link, href, integrity] = preload.exec(html) ?? [];
  const [script, glueUrl, wasmUrl] = start.exec(html) ?? [];
  if (!link || !script || href !== wasmUrl) throw new Error('index.html: trunk\'s wasm preload or start script changed; update post-build.mjs');
  // (Trunk's `TrunkApplicationStarted` event goes: nothing listens to it.)
  // If the widget cannot start, the prerendered first screen (step 5) gives
  // way to the element's fallback text.
  return html.replace(link, '').replace(script, `<script type="module">
try {
  if (typeof WebAssembly !== 'object') throw new Error('oih-checklist needs WebAssembly, which this browser has turned off or lacks');
  await firstFrame;
  const response = fetch('${wasmUrl}', { integrity: '${integrity}' });
  await (await import('${glueUrl}')).default({ module_or_path: response });
} catch (error) {
  document.documentElement.setAttribute('data-oih-failed', '');
  for (const el of document.querySelectorAll('oih-checklist')) {
    if (el.shadowRoot?.querySelector('[data-early]')) el.shadowRoot.replaceChildren(document.createElement('slot'));
  }
  throw error;
}
</script>`);
}

// 3c. No <link rel="modulepreload"> for the glue and element.js: fetched and
// compiled while the page was still being parsed, they made the first
// question usable about 6 ms later on the desktop benchmark (1.39 against
// 1.13 times the plain page, 15 loads each). The start script imports the
// glue itself; element.js, which the glue imports, comes one round
// trip later, still long before the wasm. Their integrity hashes go into an
// import map, which checks them on import as the preloads did (browsers
// without import map integrity ignore it).
function modulesNotPreloaded(html) {
  const links = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)" crossorigin="anonymous" integrity="([^"]+)">/g)];
  const start = '<script type="module">';
  if (links.length !== 2 || html.split(start).length !== 2) throw new Error('index.html: trunk\'s module preloads changed; update post-build.mjs');
  const integrity = Object.fromEntries(links.map(([, href, hash]) => [href, hash]));
  for (const [link] of links) html = html.replace(link, '');
  return html.replace(start, `<script type="importmap">${JSON.stringify({ integrity })}</script>\n${start}`);
}

// 4. The FHIR Questionnaire and CodeSystem.
fs.mkdirSync(path.join(staging, 'fhir'), { recursive: true });
for (const file of fs.readdirSync(path.join(root, 'www/fhir'))) {
  if (file.endsWith('.json')) fs.copyFileSync(path.join(root, 'www/fhir', file), path.join(staging, 'fhir', file));
}

// 5. The first screen, prerendered into index.html (scripts/prerender.mjs),
// with www/early.js (minified) after the element.
{
  const early = await minify(fs.readFileSync(path.join(root, 'www/early.js'), 'utf8'), { ecma: 2020, compress: { passes: 2 } });
  const en = await prerender(staging, early.code, 'oih-checklist.js');
  const es = await prerender(staging, early.code, null, 'es.html');
  // The embed's Spanish first screen: its own module, fetched only where an
  // element is in Spanish (www/embed.js). It is the same markup as the
  // English one in the entry, in other words: so the module holds only the
  // words, as [step, text, ...] over the English markup's tags and texts
  // (www/embed.js puts them back; 2.3 KB gzipped, the whole markup was 5.0).
  // The stylesheet is the entry's, the same in every language.
  const pieces = (html) => html.match(/<[^>]*>|[^<]+/g);
  const [enPieces, esPieces] = [pieces(en.html), pieces(es.html)];
  if (enPieces.length !== esPieces.length) throw new Error('post-build: the Spanish first screen is not the English one\'s markup; update post-build.mjs');
  // (Each index as the step from the one before: fewer digits.)
  let last = 0;
  const changes = enPieces.flatMap((piece, i) => (piece === esPieces[i] ? [] : [i - last, esPieces[(last = i)]]));
  const rebuilt = [...enPieces];
  for (let i = 0, at = 0; i < changes.length; i += 2) rebuilt[(at += changes[i])] = changes[i + 1];
  if (rebuilt.join('') !== es.html) throw new Error('post-build: the Spanish first screen cannot be rebuilt from its words');
  const text = `export const words = ${JSON.stringify(changes)};\n`;
  const file = `oih-first-es-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.js`;
  fs.writeFileSync(path.join(staging, file), text);
  const entryPath = path.join(staging, 'oih-checklist.js');
  const entryText = fs.readFileSync(entryPath, 'utf8');
  if (!entryText.includes('%FIRST_ES%')) throw new Error('oih-checklist.js lacks %FIRST_ES%; update post-build.mjs');
  fs.writeFileSync(entryPath, entryText.replaceAll('%FIRST_ES%', file));
}

// 5b. In release builds, the embed entry minified too, once the prerender
// has filled it in (the embed's first load 10.3 to 9.0 KiB gzipped), with a
// short header for whoever opens the file. ASCII only, like step 3's files,
// whatever charset a server announces.
if (release) {
  const entryPath = path.join(staging, 'oih-checklist.js');
  const version = /^version\s*=\s*"([^"]+)"/m.exec(fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8'))[1];
  const preamble = `// oih-checklist ${version}: the embed entry (www/embed.js, minified). On any page:\n`
    + '//   <script type="module" src="https://YOUR-CDN/oih-checklist.js"></script>\n'
    + '//   <oih-checklist></oih-checklist>\n'
    + '// It loads the widget\'s files relative to its own URL, adds no global, sets no cookie\n'
    + '// and sends nothing. README.md ("Embedding the widget") says more.';
  const result = await minify(fs.readFileSync(entryPath, 'utf8'), { module: true, ecma: 2020, compress: { passes: 2 }, format: { preamble, ascii_only: true } });
  fs.writeFileSync(entryPath, result.code);
}

// 6. index.html's own start script (3b, 3c), once the page has early.js,
// whose `firstFrame` it waits for (the prerender ran trunk's).
if (release) {
  for (const name of PAGES) {
    const page = path.join(staging, name);
    fs.writeFileSync(page, modulesNotPreloaded(wasmFetchedOnce(fs.readFileSync(page, 'utf8'))));
  }
}

// 6b. The pages' own small scripts (the language choice in index.html's
// head, the language switch), minified as the rest: 0.6 KB less gzipped.
if (release) {
  for (const name of PAGES) {
    const page = path.join(staging, name);
    let html = fs.readFileSync(page, 'utf8');
    for (const [all, code] of [...html.matchAll(/<script>(\/\* oih-lang(?:-switch)? \*\/[\s\S]*?)<\/script>/g)]) {
      const small = (await minify(code, { ecma: 2020, compress: { passes: 2 } })).code;
      html = html.replace(all, () => `<script>${small}</script>`);
    }
    fs.writeFileSync(page, html);
  }
}

// 7. No HTML string reaches the browser's parser: a host page enforcing
// Trusted Types would block it (www/element.js, setHTML).
{
  const scripts = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return scripts(file);
    return e.name.endsWith('.js') ? [file] : [];
  });
  const sink = /\.(?:innerHTML|outerHTML)\s*=(?!=)|insertAdjacentHTML|document\.write\(|\.srcdoc\s*=|setHTMLUnsafe|parseHTMLUnsafe|createContextualFragment|DOMParser/;
  for (const file of scripts(staging)) {
    const found = sink.exec(fs.readFileSync(file, 'utf8'));
    if (found) throw new Error(`${path.relative(staging, file)}: writes an HTML string (${found[0]}); build the nodes with setHTML`);
  }
}
