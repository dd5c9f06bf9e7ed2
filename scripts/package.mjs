// `make package`: the `oih-checklist` npm package, from `make build`'s dist/.
//
// Assembles target/package/oih-checklist/ and packs it with `npm pack` into
// target/package/oih-checklist-<version>.tgz (version from Cargo.toml).
// The package holds:
//  - the widget's own files as dist/ has them (the stable entry
//    oih-checklist.js, the hashed glue and wasm files, snippets/, fhir/,
//    and frame.* for the iframe alternative); not index.html nor the demo;
//  - the hand-written types and manifest of www/package/ (index.d.ts,
//    react.d.ts with react.js, vue.d.ts with vue.js, custom-elements.json);
//  - integrity.json: the sha384 of every file, for a CDN import map;
//  - package.json, written here; README.md, the project's.
// Nothing is published: `npm publish target/package/oih-checklist-<v>.tgz`
// does that, by hand.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');
const out = path.join(root, 'target/package');
const dir = path.join(out, 'oih-checklist');

/** `version = "..."` of Cargo.toml's [package] table. */
function cargoVersion() {
  const toml = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
  const table = /^\[package\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(toml)?.[1] ?? '';
  const version = /^version\s*=\s*"([^"]+)"/m.exec(table)?.[1];
  if (!version) throw new Error('Cargo.toml: no version in [package]');
  return version;
}

/** Every file under `base`, as paths relative to it with '/', but for
 * hidden ones (trunk's staging directory, dist/.stage, during a build). */
function walk(base, sub = '') {
  return fs.readdirSync(path.join(base, sub), { withFileTypes: true }).filter((e) => !e.name.startsWith('.')).flatMap((e) => {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    return e.isDirectory() ? walk(base, rel) : [rel];
  }).sort();
}

// Which of dist/'s files go into the package. Every file of dist/ must match
// one rule, so a new kind of file is a decision, never silently dropped.
// (`n`: how many dist/ must have, `+` one or more, `*` any number.)
const INCLUDE = [
  [/^oih-checklist\.js$/, 1], // the stable entry (www/embed.js)
  [/^oih-checklist-[0-9a-f]+\.js$/, 1], // the widget's glue
  [/^oih-checklist-[0-9a-f]+_bg\.wasm$/, 1], // the widget
  [/^oih-evaluate-[0-9a-f]+\.js$/, 1], // evaluate()'s glue
  [/^oih-evaluate-[0-9a-f]+_bg\.wasm$/, 1], // evaluate(), the summary, the FHIR file
  [/^oih-diary-[0-9a-f]+\.js$/, 1], // the pain diary's glue (loaded when the diary is opened)
  [/^oih-diary-[0-9a-f]+_bg\.wasm$/, 1], // the pain diary
  [/^oih-checklist-es-[0-9a-f]+\.js$/, 1], // the widget in Spanish: its glue
  [/^oih-checklist-es-[0-9a-f]+_bg\.wasm$/, 1], // loaded instead where an element is in Spanish
  [/^oih-evaluate-es-[0-9a-f]+\.js$/, 1], // the Spanish summary's contract: glue
  [/^oih-evaluate-es-[0-9a-f]+_bg\.wasm$/, 1], // and wasm
  [/^oih-diary-es-[0-9a-f]+\.js$/, 1], // the pain diary in Spanish: glue
  [/^oih-diary-es-[0-9a-f]+_bg\.wasm$/, 1], // and wasm
  [/^oih-first-es-[0-9a-f]+\.js$/, 1], // the embed's first screen in Spanish
  [/^snippets\/oih-checklist-[0-9a-f]+\/www\/(element|on-demand|summary-actions|diary-store)\.js$/, 4],
  [/^fhir\/[A-Za-z-]+\.json$/, '+'], // the published Questionnaire and CodeSystem
  [/^frame\.(html|js|css)$/, '*'], // the iframe alternative (README)
];
const EXCLUDE = [
  /^(index|es)\.html$/, // the standalone pages (their own deployment, absolute paths)
  /^embed-demo\.html$/, // the demo page
];

const version = cargoVersion();
if (!fs.existsSync(path.join(dist, 'oih-checklist.js'))) {
  throw new Error('dist/oih-checklist.js is missing: run `make build` first (or `make package`, which does)');
}
const distFiles = walk(dist);
const unknown = distFiles.filter((f) => !INCLUDE.some(([re]) => re.test(f)) && !EXCLUDE.some((re) => re.test(f)));
if (unknown.length) {
  throw new Error(`dist/ has files scripts/package.mjs does not know; add each to INCLUDE or EXCLUDE: ${unknown.join(', ')}`);
}
const widgetFiles = distFiles.filter((f) => INCLUDE.some(([re]) => re.test(f)));
for (const [re, n] of INCLUDE) {
  const found = widgetFiles.filter((f) => re.test(f)).length;
  if (n === '+' ? found === 0 : n !== '*' && found !== n) throw new Error(`dist/: expected ${n} file(s) matching ${re}, found ${found}`);
}
// The entry names the hashed files it loads: they must be these.
const entry = fs.readFileSync(path.join(dist, 'oih-checklist.js'), 'utf8');
if (/%[A-Z_]+%/.test(entry)) throw new Error('dist/oih-checklist.js still has a placeholder: the build did not finish');
for (const f of widgetFiles.filter((f) => /^oih-(checklist|evaluate)-(?!es-)/.test(f) || /^oih-(checklist|first)-es-/.test(f))) {
  if (!entry.includes(`./${f}`)) throw new Error(`dist/oih-checklist.js does not load ${f}: is dist/ from one build?`);
}

// The package's directory, from scratch.
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
const copy = (from, to) => {
  fs.mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
  fs.copyFileSync(from, path.join(dir, to));
};
for (const f of widgetFiles) copy(path.join(dist, f), f);
const OWN = ['index.d.ts', 'react.d.ts', 'react.js', 'vue.d.ts', 'vue.js', 'custom-elements.json'];
for (const f of OWN) copy(path.join(root, 'www/package', f), f);
copy(path.join(root, 'README.md'), 'README.md');

// integrity.json: what a page puts in its import map (README, "Use it from npm").
const sri = (f) => `sha384-${createHash('sha384').update(fs.readFileSync(path.join(dir, f))).digest('base64')}`;
const integrity = Object.fromEntries(widgetFiles.filter((f) => /\.(js|wasm)$/.test(f) && !f.startsWith('frame.')).map((f) => [f, sri(f)]));
fs.writeFileSync(path.join(dir, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);

const manifest = {
  name: 'oih-checklist',
  version,
  description: 'A private, in-browser checklist for signs of opioid-induced hyperalgesia: the <oih-checklist> web component (Rust and WebAssembly) and evaluate(), its assessment as a function.',
  keywords: ['web-component', 'custom-element', 'opioid', 'hyperalgesia', 'checklist', 'fhir', 'webassembly'],
  license: 'MIT OR Apache-2.0',
  type: 'module',
  main: './oih-checklist.js',
  types: './index.d.ts',
  exports: {
    '.': { types: './index.d.ts', default: './oih-checklist.js' },
    './react': { types: './react.d.ts', default: './react.js' },
    './vue': { types: './vue.d.ts', default: './vue.js' },
    './fhir/*': './fhir/*',
    './custom-elements.json': './custom-elements.json',
    './integrity.json': './integrity.json',
    './package.json': './package.json',
  },
  // Importing the entry defines the element; frame.js runs in frame.html.
  sideEffects: ['./oih-checklist.js', './frame.js'],
  customElements: 'custom-elements.json',
  files: [...widgetFiles, ...OWN, 'integrity.json'],
};
fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

// npm pack: the tarball beside the directory. (No scripts run: it has none.)
const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], {
  cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
}))[0];
const tarball = path.join(out, packed.filename);
if (packed.filename !== `oih-checklist-${version}.tgz`) throw new Error(`npm pack wrote ${packed.filename}`);
console.log(`${path.relative(root, tarball)}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} KiB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KiB unpacked`);
for (const f of packed.files) console.log(`  ${f.path} (${f.size} B)`);
