// Two rewrites of the widget's wasm and its wasm-bindgen glue (`--target
// web`, before minifying), run by scripts/post-build.mjs on trunk's output
// and by scripts/build-crash-test.sh:
//
//  1. Short names. wasm-bindgen names every import and export after its Rust
//     path plus a hash (`__wbg_createElement_8c9931a732ee2fea`, closure
//     shims over 100 characters), and the wasm and the glue each spell every
//     name out. Here every name the glue owns becomes one to three letters,
//     in both files: about 4 KB gzipped less. Names the glue does not own
//     (the snippets' own exports, which the wasm imports directly) stay.
//     The `producers` and `target_features` notes go too.
//  2. The crash screen. The widget is built with `-Cpanic=immediate-abort`
//     (Makefile): a panic is a wasm trap, with no Rust panic hook to run. So
//     the glue's view of the wasm's exports is wrapped: a WebAssembly
//     RuntimeError thrown by any call into the widget's wasm (from an event,
//     a timer or a render) calls the snippet's `crashed()`, which replaces
//     every widget with the polite message and "Start again". Errors of
//     other scripts on the page are never taken for ours.
//  3. No HTML strings. Yew writes the parts the widget makes as one string
//     (src/web/markup.rs) with the glue's `innerHTML` setter, which a host
//     page enforcing Trusted Types blocks. The setter calls the snippet's
//     `setHTML` instead, which builds the same nodes with DOM calls (no
//     policy needed, whatever the page's `trusted-types` list).
//
// CLI: node scripts/wasm-glue.mjs GLUE.js WASM.wasm  (rewrites both in place)
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------- wasm binary

function readLeb(bytes, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

const utf8 = new TextDecoder();
const encodeName = (name) => { const b = Buffer.from(name, 'utf8'); return [...leb(b.length), ...b]; };

function readName(bytes, at) {
  const [length, start] = readLeb(bytes, at);
  return [utf8.decode(bytes.subarray(start, start + length)), start + length];
}

/** The end of an import's descriptor that starts at `at` (kind byte first). */
function skipImportDesc(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = readLeb(bytes, p);
    if (flags & 1) [, p] = readLeb(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: return readLeb(bytes, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: reftype, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: valtype, mutability
    case 4: return readLeb(bytes, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`wasm-glue: unknown import kind ${kind}`);
  }
}

/** Splits a module into its sections: [{ id, body }]. */
function sections(bytes) {
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error('wasm-glue: not a wasm module');
  const out = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readLeb(bytes, at + 1);
    out.push({ id, body: bytes.subarray(start, start + size) });
    at = start + size;
  }
  return out;
}

function assemble(header, parts) {
  const chunks = [header];
  for (const { id, body } of parts) chunks.push(Buffer.from([id, ...leb(body.length)]), body);
  return Buffer.concat(chunks);
}

/** Imports as { module, name, desc } and exports as { name, rest }. */
function readImports(body) {
  const [count, first] = readLeb(body, 0);
  const imports = [];
  let at = first;
  for (let i = 0; i < count; i++) {
    let module, name;
    [module, at] = readName(body, at);
    [name, at] = readName(body, at);
    const end = skipImportDesc(body, at);
    imports.push({ module, name, desc: body.subarray(at, end) });
    at = end;
  }
  return imports;
}

function readExports(body) {
  const [count, first] = readLeb(body, 0);
  const exports = [];
  let at = first;
  for (let i = 0; i < count; i++) {
    let name;
    [name, at] = readName(body, at);
    const end = readLeb(body, at + 1)[1];
    exports.push({ name, rest: body.subarray(at, end) });
    at = end;
  }
  return exports;
}

// ---------------------------------------------------------- names

/** a..z, A..Z, then two letters and more: valid JS identifiers, no keyword. */
function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  do {
    name = letters[n % letters.length] + name;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return ['do', 'if', 'in'].includes(name) ? '$' + name : name;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function replaceAll(text, pattern, replacement, what) {
  const before = text;
  const after = text.replace(pattern, replacement);
  if (after === before) throw new Error(`wasm-glue: ${what} not found in the glue (has wasm-bindgen's output changed?)`);
  return after;
}

/** Returns { wasm, glue } with short names in both. */
export function shortenNames(wasm, glue) {
  const parts = sections(wasm);
  const importSection = parts.find((s) => s.id === 2);
  const exportSection = parts.find((s) => s.id === 7);
  const imports = readImports(importSection.body);
  const exports = readExports(exportSection.body);

  // Modules: the glue's own import object and the snippets, by their keys in
  // the object `__wbg_get_imports` returns (`"./x": importN,`).
  const modules = new Map();
  for (const { module } of imports) if (!modules.has(module)) modules.set(module, shortName(modules.size));
  for (const [long, short] of modules) {
    glue = replaceAll(glue, new RegExp(`"${escape(long)}"(\\s*:\\s*import\\d+)`, 'g'), `"${short}"$1`, `the import module ${long}`);
  }
  // Functions of the glue's own object (`import0`): `name: function`.
  const own = [...modules.keys()].find((m) => !m.startsWith('./snippets/'));
  let n = 0;
  const renamed = imports.map((entry) => {
    if (entry.module !== own) return { ...entry, module: modules.get(entry.module) };
    const short = shortName(n++);
    glue = replaceAll(glue, new RegExp(`(^|[\\s{,])${escape(entry.name)}(\\s*:)`, 'gm'), `$1${short}$2`, `the import ${entry.name}`);
    return { ...entry, module: modules.get(entry.module), name: short };
  });
  // Exports: the glue reads them as `wasm.name`.
  const shortExports = exports.map((entry, i) => {
    const short = shortName(i);
    // (An export the glue never reads is renamed all the same.)
    glue = glue.replace(new RegExp(`\\bwasm\\.${escape(entry.name)}\\b`, 'g'), `wasm.${short}`);
    return { ...entry, name: short };
  });

  const importBody = Buffer.from([...leb(renamed.length),
    ...renamed.flatMap((e) => [...encodeName(e.module), ...encodeName(e.name), ...e.desc])]);
  const exportBody = Buffer.from([...leb(shortExports.length),
    ...shortExports.flatMap((e) => [...encodeName(e.name), ...e.rest])]);
  // The toolchain's own notes (custom sections `producers` and
  // `target_features`) are of no use to a browser.
  const kept = parts.filter((s) => s.id !== 0 || !['producers', 'target_features'].includes(readName(s.body, 0)[0]));
  const out = kept.map((s) => (s.id === 2 ? { id: 2, body: importBody } : s.id === 7 ? { id: 7, body: exportBody } : s));
  return { wasm: assemble(wasm.subarray(0, 8), out), glue };
}

// ---------------------------------------------------------- the crash guard

/** Returns the glue with every call into the wasm guarded (see the top). */
export function guardCrashes(glue) {
  const snippet = /from ['"](\.\/snippets\/[^'"]+\/www\/element\.js)['"]/.exec(glue)?.[1];
  if (!snippet) throw new Error('wasm-glue: the glue does not import www/element.js');
  glue = replaceAll(glue, /\bwasm = instance\.exports;/, 'wasm = guardExports(instance.exports);', 'wasm = instance.exports');
  return `import { crashed as widgetCrashed } from '${snippet}';\n${glue}
// A trap in the widget's wasm (a panic, under panic=immediate-abort) shows
// the crash screen; the error goes on as it was (scripts/wasm-glue.mjs).
function guardExports(exports) {
    const guarded = {};
    for (const [name, value] of Object.entries(exports)) {
        guarded[name] = typeof value !== 'function' ? value : function (...args) {
            try {
                return value.apply(this, args);
            } catch (error) {
                if (error instanceof WebAssembly.RuntimeError) widgetCrashed();
                throw error;
            }
        };
    }
    return guarded;
}
`;
}

/** The glue with its one `innerHTML` assignment made a call of the
 * snippet's `setHTML` (3. above); `elementSnippet` is its path, for a glue
 * that does not import www/element.js itself (the diary's). */
export function noHtmlStrings(glue, elementSnippet) {
  const snippet = elementSnippet ?? /from ['"](\.\/snippets\/[^'"]+\/www\/element\.js)['"]/.exec(glue)?.[1];
  if (!snippet) throw new Error('wasm-glue: the glue does not import www/element.js');
  glue = replaceAll(glue, /\b(\w+)\.innerHTML = (getStringFromWasm0\(\w+, \w+\));/, 'widgetSetHTML($1, $2);', 'the innerHTML setter');
  if (/\.(?:innerHTML|outerHTML)\s*=(?!=)|insertAdjacentHTML\(|document\.write\(/.test(glue)) {
    throw new Error('wasm-glue: the glue writes HTML strings in another way too; make it call setHTML');
  }
  return `import { setHTML as widgetSetHTML } from '${snippet}';\n${glue}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [gluePath, wasmPath] = process.argv.slice(2);
  const result = shortenNames(fs.readFileSync(wasmPath), fs.readFileSync(gluePath, 'utf8'));
  fs.writeFileSync(wasmPath, result.wasm);
  fs.writeFileSync(gluePath, noHtmlStrings(guardCrashes(result.glue)));
}
