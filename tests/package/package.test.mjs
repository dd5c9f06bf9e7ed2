// The npm package `make package` writes (target/package/oih-checklist-<version>.tgz,
// or OIH_PACKAGE_TGZ): its files, its package.json and exports (resolved by
// Node itself), and custom-elements.json: valid against the published
// schema (custom-elements-manifest), with exactly the attributes the element
// reads (www/element.js) and the CSS custom properties its stylesheet reads
// (www/widget.css). Run: make package && node --test tests/package/package.test.mjs
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import Ajv from 'ajv';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const VERSION = /^\[package\][\s\S]*?^version\s*=\s*"([^"]+)"/m.exec(fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8'))[1];
const TARBALL = path.resolve(process.env.OIH_PACKAGE_TGZ || path.join(ROOT, `target/package/oih-checklist-${VERSION}.tgz`));

if (!fs.existsSync(TARBALL)) throw new Error(`${TARBALL} is missing: run \`make package\` first`);

// The tarball, unpacked once.
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'oih-package-'));
execFileSync('tar', ['-xzf', TARBALL, '-C', TMP]);
const PKG = path.join(TMP, 'package');
process.on('exit', () => fs.rmSync(TMP, { recursive: true, force: true }));

const listed = execFileSync('tar', ['-tzf', TARBALL], { encoding: 'utf8' }).split('\n').filter(Boolean).sort();
const files = listed.map((f) => f.replace(/^package\//, ''));
const read = (f) => fs.readFileSync(path.join(PKG, f), 'utf8');
const manifest = JSON.parse(read('package.json'));
const cem = JSON.parse(read('custom-elements.json'));
const elementJs = fs.readFileSync(path.join(ROOT, 'www/element.js'), 'utf8');
const widgetCss = fs.readFileSync(path.join(ROOT, 'www/widget.css'), 'utf8');

/** `const OBSERVED = [...]` of www/element.js. */
function observed() {
  const list = /const OBSERVED = \[([^\]]*)\]/.exec(elementJs)?.[1];
  assert.ok(list, 'www/element.js declares OBSERVED');
  return [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

/** The custom properties www/widget.css reads, each with its first (light scheme) fallback. */
function cssProperties() {
  const found = new Map();
  for (const [, name, fallback] of widgetCss.matchAll(/var\((--oih-[a-z-]+)\s*(?:,\s*([^;]*?))?\)\s*;/g)) {
    if (!found.has(name)) found.set(name, fallback?.trim());
  }
  // Every --oih-* name in it, even one read without a fallback.
  for (const [name] of widgetCss.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/--oih-[a-z-]+/g)) {
    if (!found.has(name)) found.set(name, undefined);
  }
  return found;
}

const element = () => cem.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement);

test('the tarball holds the widget, its types and manifest, and nothing else', () => {
  assert.ok(listed.every((f) => f.startsWith('package/')), 'every file under package/');
  const one = (re) => {
    const found = files.filter((f) => re.test(f));
    assert.equal(found.length, 1, `one file matching ${re}: ${found.join(', ')}`);
    return found[0];
  };
  const expected = [
    'package.json', 'README.md',
    'oih-checklist.js', 'index.d.ts', 'react.d.ts', 'react.js', 'vue.d.ts', 'vue.js', 'custom-elements.json', 'integrity.json',
    // Every published FHIR resource (www/fhir/, as the build copies it).
    ...fs.readdirSync(path.join(ROOT, 'www/fhir')).filter((f) => f.endsWith('.json')).map((f) => `fhir/${f}`),
    'frame.html', 'frame.js', 'frame.css',
    one(/^oih-checklist-[0-9a-f]+\.js$/),
    one(/^oih-checklist-[0-9a-f]+_bg\.wasm$/),
    one(/^oih-evaluate-[0-9a-f]+\.js$/),
    one(/^oih-evaluate-[0-9a-f]+_bg\.wasm$/),
    one(/^snippets\/oih-checklist-[0-9a-f]+\/www\/element\.js$/),
    one(/^snippets\/oih-checklist-[0-9a-f]+\/www\/on-demand\.js$/),
    one(/^snippets\/oih-checklist-[0-9a-f]+\/www\/summary-actions\.js$/),
    one(/^oih-diary-[0-9a-f]+\.js$/),
    one(/^oih-diary-[0-9a-f]+_bg\.wasm$/),
    one(/^snippets\/oih-checklist-[0-9a-f]+\/www\/diary-store\.js$/),
    // Spanish: the widget, its first screen for the embed, the contract and
    // the diary, each loaded only where an element is in Spanish.
    one(/^oih-checklist-es-[0-9a-f]+\.js$/),
    one(/^oih-checklist-es-[0-9a-f]+_bg\.wasm$/),
    one(/^oih-first-es-[0-9a-f]+\.js$/),
    one(/^oih-evaluate-es-[0-9a-f]+\.js$/),
    one(/^oih-evaluate-es-[0-9a-f]+_bg\.wasm$/),
    one(/^oih-diary-es-[0-9a-f]+\.js$/),
    one(/^oih-diary-es-[0-9a-f]+_bg\.wasm$/),
  ].sort();
  assert.deepEqual(files, expected);
  assert.ok(!files.some((f) => /index\.html$|demo|test/.test(f)), 'no page of the site, no demo, no test page');
});

test('the widget files are complete: the entry loads the hashed files it has, no placeholder is left', () => {
  const entry = read('oih-checklist.js');
  for (const f of files.filter((f) => /^oih-(checklist|evaluate|checklist-es|first-es)-[0-9a-f]{16}(_bg)?\.(js|wasm)$/.test(f))) {
    assert.ok(entry.includes(`./${f}`), `the entry loads ./${f}`);
  }
  for (const f of files.filter((f) => f.endsWith('.js'))) {
    assert.doesNotMatch(read(f), /%[A-Z_]{3,}%/, `${f}: a placeholder of scripts/post-build.mjs is left`);
  }
  // element.js loads each language's widget (the English one where an
  // element in English joins a Spanish page or the page switches back).
  const element = read(files.find((f) => f.endsWith('/www/element.js')));
  for (const f of files.filter((f) => /^oih-checklist(-es)?-[0-9a-f]{16}(_bg)?\.(js|wasm)$/.test(f))) {
    assert.ok(element.includes(`/${f}`), `element.js loads ${f}`);
  }
  // on-demand.js (which element.js loads when first asked) loads each
  // language's contract (the summary, the FHIR file) and pain diary.
  assert.match(element, /import\("\.\/on-demand\.js"\)/);
  const onDemand = read(files.find((f) => f.endsWith('/www/on-demand.js')));
  for (const f of files.filter((f) => /^oih-(diary|diary-es|evaluate|evaluate-es)-[0-9a-f]{16}(_bg)?\.(js|wasm)$/.test(f))) {
    assert.ok(onDemand.includes(`/${f}`), `on-demand.js loads ${f}`);
  }
  // What the entry exports is what the types and the manifest say.
  // (The entry is minified: its exports are declarations anywhere on a line.)
  const exported = [...entry.matchAll(/(?:^|[;}\s])export\s+(?:async\s+)?(?:function|const|let)\s+([A-Za-z_$][\w$]*)/g)].map((m) => m[1]).sort();
  assert.deepEqual(exported, ['evaluate', 'ready', 'toFhir']);
  const types = read('index.d.ts');
  for (const name of exported) assert.match(types, new RegExp(`export (?:function|const) ${name}\\b`), `index.d.ts declares ${name}`);
});

test('integrity.json holds the sha384 of each script and wasm', () => {
  const integrity = JSON.parse(read('integrity.json'));
  const scripts = files.filter((f) => /\.(js|wasm)$/.test(f) && !/^(frame|react|vue)\.js$/.test(f)).sort();
  assert.deepEqual(Object.keys(integrity).sort(), scripts);
  for (const [f, hash] of Object.entries(integrity)) {
    const digest = createHash('sha384').update(fs.readFileSync(path.join(PKG, f))).digest('base64');
    assert.equal(hash, `sha384-${digest}`, f);
  }
});

test('package.json: name, version from Cargo.toml, ESM, no dependencies or scripts, files that exist', () => {
  assert.equal(manifest.name, 'oih-checklist');
  assert.equal(manifest.version, VERSION);
  assert.equal(manifest.license, 'MIT OR Apache-2.0');
  assert.equal(manifest.type, 'module');
  assert.ok(manifest.description?.length > 20, 'a description');
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies', 'scripts', 'bin']) {
    assert.equal(manifest[field], undefined, `no ${field}`);
  }
  assert.equal(manifest.customElements, 'custom-elements.json');
  assert.ok(files.includes(manifest.customElements));
  assert.ok(files.includes(manifest.types.replace(/^\.\//, '')), 'types');
  assert.ok(files.includes(manifest.main.replace(/^\.\//, '')), 'main');
  // The entry defines the element: a bundler must keep its import.
  assert.ok(manifest.sideEffects.includes('./oih-checklist.js'), 'sideEffects lists the entry');
  for (const f of manifest.sideEffects) assert.ok(files.includes(f.replace(/^\.\//, '')), `sideEffects: ${f}`);
  for (const f of manifest.files) assert.ok(files.includes(f), `files: ${f}`);
});

test('every export resolves to a file in the package; nothing else is exported', () => {
  const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));
  for (const [key, value] of Object.entries(manifest.exports)) {
    for (const target of targets(value)) {
      if (target.includes('*')) {
        const re = new RegExp(`^${target.replace(/^\.\//, '').replace('*', '.+')}$`);
        assert.ok(files.filter((f) => re.test(f)).length >= 2, `${key}: ${target} matches files`);
      } else {
        assert.ok(files.includes(target.replace(/^\.\//, '')), `${key}: ${target}`);
      }
    }
  }
  assert.deepEqual(manifest.exports['.'], { types: './index.d.ts', default: './oih-checklist.js' });
  assert.deepEqual(manifest.exports['./react'], { types: './react.d.ts', default: './react.js' });
  assert.deepEqual(manifest.exports['./vue'], { types: './vue.d.ts', default: './vue.js' });
  // Node resolves them as a bundler would, from an app that installed the package.
  const app = path.join(TMP, 'app');
  fs.mkdirSync(path.join(app, 'node_modules'), { recursive: true });
  fs.symlinkSync(PKG, path.join(app, 'node_modules/oih-checklist'));
  fs.writeFileSync(path.join(app, 'package.json'), '{"type":"module"}');
  const resolve = (specifier) => {
    const code = `try { console.log(import.meta.resolve(${JSON.stringify(specifier)})) } catch (e) { console.log(e.code) }`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: app, encoding: 'utf8' }).trim();
    return out.startsWith('file:') ? path.relative(PKG, fs.realpathSync(new URL(out))) : out;
  };
  assert.equal(resolve('oih-checklist'), 'oih-checklist.js');
  assert.equal(resolve('oih-checklist/react'), 'react.js');
  assert.equal(resolve('oih-checklist/vue'), 'vue.js');
  assert.equal(resolve('oih-checklist/fhir/Questionnaire-oih-checklist.json'), 'fhir/Questionnaire-oih-checklist.json');
  assert.equal(resolve('oih-checklist/fhir/CodeSystem-oih-checklist.json'), 'fhir/CodeSystem-oih-checklist.json');
  assert.equal(resolve('oih-checklist/custom-elements.json'), 'custom-elements.json');
  assert.equal(resolve('oih-checklist/package.json'), 'package.json');
  for (const hidden of ['oih-checklist/frame.html', 'oih-checklist/index.d.ts', 'oih-checklist/oih-checklist.js']) {
    assert.equal(resolve(hidden), 'ERR_PACKAGE_PATH_NOT_EXPORTED', hidden);
  }
});

test('the React JSX and Vue template types are separate entries: the main types never mention React or Vue', () => {
  const code = (f) => read(f).replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
  assert.doesNotMatch(code('index.d.ts'), /react|JSX|vue/i);
  assert.match(read('react.d.ts'), /declare module 'react'[\s\S]*namespace JSX[\s\S]*interface IntrinsicElements[\s\S]*'oih-checklist'/);
  assert.match(read('vue.d.ts'), /declare module 'vue'[\s\S]*interface GlobalComponents[\s\S]*'oih-checklist'/);
  // Each names only its own framework; the runtime entries are empty.
  assert.doesNotMatch(code('react.d.ts'), /vue/i);
  assert.doesNotMatch(code('vue.d.ts'), /react|JSX/i);
  for (const f of ['react.js', 'vue.js']) assert.equal(code(f).trim(), 'export {};', `${f} holds nothing to run`);
});

test('custom-elements.json validates against the published schema (custom-elements-manifest)', () => {
  const schemaPath = path.join(ROOT, 'node_modules/custom-elements-manifest/schema.json');
  const schemaPackage = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/custom-elements-manifest/package.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
  assert.ok(validate(cem), ajv.errorsText(validate.errors));
  assert.equal(cem.schemaVersion.split('.')[0], schemaPackage.version.split('.')[0], 'the schema\'s major version');
  // And a manifest that is not one fails it (the validator is really on).
  assert.equal(validate({ schemaVersion: '2.1.0', modules: [{ kind: 'javascript-module' }] }), false);
});

test('custom-elements.json: one module, the entry, defining <oih-checklist> and exporting evaluate, toFhir, ready', () => {
  assert.equal(cem.modules.length, 1);
  const [module] = cem.modules;
  assert.equal(module.path, 'oih-checklist.js');
  assert.ok(files.includes(module.path));
  assert.equal(cem.readme, 'README.md');
  const el = element();
  assert.equal(el.name, 'OihChecklist');
  assert.equal(el.tagName, 'oih-checklist');
  const exports = module.exports.map((e) => `${e.kind} ${e.name} ${e.declaration.name} ${e.declaration.module}`).sort();
  assert.deepEqual(exports, [
    'custom-element-definition oih-checklist OihChecklist oih-checklist.js',
    'js evaluate evaluate oih-checklist.js',
    'js ready ready oih-checklist.js',
    'js toFhir toFhir oih-checklist.js',
  ]);
  const names = module.declarations.map((d) => d.name).sort();
  assert.deepEqual(names, ['OihChecklist', 'evaluate', 'ready', 'toFhir']);
});

test('custom-elements.json: the attributes are exactly those the element reads', () => {
  const attributes = element().attributes.map((a) => a.name).sort();
  assert.deepEqual(attributes, [...observed()].sort(), 'the attributes = OBSERVED of www/element.js');
  // options() reads exactly the observed attributes (so a change there shows
  // here), the language through langOf().
  const options = [/function options\(el\) \{([\s\S]*?)\n\}/, /function langOf\(el\) \{([\s\S]*?)\n\}/]
    .map((re) => re.exec(elementJs)?.[1]).join('\n');
  assert.ok(/langOf\(el\)/.test(options), 'www/element.js has options(el), which reads the language through langOf(el)');
  const read = [...options.matchAll(/el\.(?:getAttribute|hasAttribute)\('([^']+)'\)/g)].map((m) => m[1]);
  assert.deepEqual([...new Set(read)].sort(), [...observed()].sort(), 'options() reads OBSERVED');
  const byName = Object.fromEntries(element().attributes.map((a) => [a.name, a]));
  assert.equal(byName['heading-level'].default, '2');
  assert.equal(byName.compact.type.text, 'boolean');
});

test('custom-elements.json: the CSS custom properties are those www/widget.css reads, with its defaults', () => {
  const inCss = cssProperties();
  const declared = element().cssProperties;
  assert.deepEqual(declared.map((p) => p.name).sort(), [...inCss.keys()].sort());
  for (const p of declared) {
    assert.equal(p.default, inCss.get(p.name), `${p.name}'s default (light scheme)`);
    assert.ok(p.description, `${p.name} is described`);
  }
});

test('custom-elements.json: no CSS parts and no events, as the widget has none', () => {
  const el = element();
  assert.deepEqual(el.cssParts ?? [], []);
  assert.deepEqual(el.events ?? [], []);
  assert.match(el.description, /no events/);
  const sources = [
    ...fs.readdirSync(path.join(ROOT, 'www')).filter((f) => f.endsWith('.js')).map((f) => path.join(ROOT, 'www', f)),
    ...execFileSync('git', ['ls-files', 'src'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.rs')).map((f) => path.join(ROOT, f)),
  ];
  for (const file of sources) {
    const text = fs.readFileSync(file, 'utf8');
    assert.doesNotMatch(text, /\bpart=|\.part\b|"part"/, `${path.relative(ROOT, file)} sets a part: list it in custom-elements.json`);
    assert.doesNotMatch(text, /dispatchEvent|new CustomEvent|dispatch_event/, `${path.relative(ROOT, file)} dispatches an event: list it in custom-elements.json and index.d.ts`);
  }
});

// The README's "Use it from npm" snippets are the code the framework tests
// run: each, marked with its file, is found there line by line.
test('every snippet of the README\'s "Use it from npm" is in the test file it names', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## Use it from npm');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const marked = [...section.matchAll(/<!-- snippet: (\S+) -->\n```\w*\n([\s\S]*?)```/g)];
  const blocks = section.match(/```\w*\n/g).length / 2;
  // Every code block but the two shell commands (install, publish) is marked.
  assert.equal(marked.length, blocks - 2, 'a code block of the section has no snippet marker');
  for (const [, file, code] of marked) {
    const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n').map((l) => l.trim());
    const want = code.trim().split('\n').map((l) => l.trim());
    const at = lines.findIndex((_, i) => want.every((w, j) => lines[i + j] === w));
    assert.ok(at >= 0, `${file} does not hold the README's snippet:\n${code}`);
  }
});
