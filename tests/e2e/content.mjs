// The brand table and the drug table, read from the content files the
// widget is built from (src/content/brands.rs, src/content/drugs.rs), so the
// browser tests follow the content. The tables are Rust constant
// expressions: they are read by a small parser of that expression language
// (string and number literals, `&[...]` lists, calls, `.method(...)`
// chains, `Path::Name` and struct literals), evaluated with the meaning of
// each constructor function of the file. Layout and line breaks (rustfmt)
// do not matter; a constructor this file does not know fails loudly, so a
// change to the table's language is noticed, not silently skipped.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './harness.mjs';

// Exact decimals (the widget's `Decimal`): { m: BigInt mantissa, s: scale }.
export const dec = (m, s = 0) => ({ m: BigInt(m), s });
export const mul = (a, b) => ({ m: a.m * b.m, s: a.s + b.s });
/** As the widget writes an MME figure (`texts::en::mme_figure`): plain
 * digits, no ".0", at most 2 decimals (cut, not rounded). */
export function figure(x) {
  let { m, s } = x;
  while (s > 0 && m % 10n === 0n) { m /= 10n; s -= 1; }
  const digits = m.toString().padStart(s + 1, '0');
  const int = digits.slice(0, digits.length - s);
  const frac = digits.slice(digits.length - s);
  return frac ? `${int}.${frac.slice(0, 2)}` : int;
}

function tokenize(src, from) {
  const tokens = [];
  let i = from;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) { i += 1; continue; }
    if (src.startsWith('//', i)) { i = src.indexOf('\n', i); if (i < 0) break; continue; }
    if (src.startsWith('/*', i)) { i = src.indexOf('*/', i) + 2; continue; }
    if (c === '"') {
      let j = i + 1;
      let text = '';
      while (src[j] !== '"') {
        if (src[j] === '\\') {
          const e = src[j + 1];
          if (e === 'u') { const end = src.indexOf('}', j); text += String.fromCodePoint(parseInt(src.slice(j + 3, end), 16)); j = end + 1; continue; }
          text += { n: '\n', t: '\t', '\\': '\\', '"': '"', "'": "'", '0': '\0' }[e];
          j += 2;
          continue;
        }
        text += src[j];
        j += 1;
      }
      tokens.push({ kind: 'string', value: text });
      i = j + 1;
      continue;
    }
    const number = /^[0-9][0-9_]*/.exec(src.slice(i, i + 40));
    if (number) { tokens.push({ kind: 'number', value: number[0].replaceAll('_', '') }); i += number[0].length; continue; }
    const ident = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i, i + 200));
    if (ident) { tokens.push({ kind: 'ident', value: ident[0] }); i += ident[0].length; continue; }
    if (src.startsWith('::', i) || src.startsWith('..', i)) { tokens.push({ kind: 'punct', value: src.slice(i, i + 2) }); i += 2; continue; }
    tokens.push({ kind: 'punct', value: c });
    i += 1;
    // The end of the constant.
    if (c === ';') break;
  }
  return tokens;
}

/** Parses the expression of `const NAME: TYPE = EXPR;` in `src`. */
function parseConst(src, name) {
  const decl = new RegExp(`(?:pub )?const ${name}\\b[^=]*=`).exec(src);
  if (!decl) throw new Error(`no const ${name}`);
  const tokens = tokenize(src, decl.index + decl[0].length);
  let at = 0;
  const peek = (value) => tokens[at] && tokens[at].value === value && tokens[at].kind !== 'string';
  const take = (value) => {
    if (!peek(value)) throw new Error(`${name}: expected "${value}", found ${JSON.stringify(tokens[at])}`);
    at += 1;
  };
  const list = (close) => {
    const items = [];
    while (!peek(close)) {
      items.push(expr());
      if (!peek(close)) take(',');
    }
    take(close);
    return items;
  };
  const primary = () => {
    const t = tokens[at++];
    if (!t) throw new Error(`${name}: the expression ends early`);
    if (t.kind === 'string') return { kind: 'string', value: t.value };
    if (t.kind === 'number') return { kind: 'number', value: t.value };
    if (t.value === '&') return expr();
    if (t.value === '[') return { kind: 'list', items: list(']') };
    if (t.kind !== 'ident') throw new Error(`${name}: unexpected ${JSON.stringify(t)}`);
    let id = t.value;
    while (peek('::')) { take('::'); id += `::${tokens[at++].value}`; }
    if (peek('(')) { take('('); return { kind: 'call', name: id, args: list(')') }; }
    if (peek('{') && /^[A-Z]/.test(id)) {
      take('{');
      const fields = {};
      while (!peek('}')) {
        const field = tokens[at++].value;
        take(':');
        fields[field] = expr();
        if (!peek('}')) take(',');
      }
      take('}');
      return { kind: 'struct', name: id, fields };
    }
    return { kind: 'ident', name: id };
  };
  const expr = () => {
    let e = primary();
    while (peek('.')) {
      take('.');
      const method = tokens[at++].value;
      take('(');
      e = { kind: 'method', name: method, target: e, args: list(')') };
    }
    return e;
  };
  const e = expr();
  take(';');
  return e;
}

/** `const NAME: &str = "...";` of `src`. */
function stringConsts(src) {
  return Object.fromEntries([...src.matchAll(/const ([A-Z_0-9]+): &str = "([^"]*)";/g)].map((m) => [m[1], m[2]]));
}

function evaluate(node, env, file) {
  const ev = (n) => evaluate(n, env, file);
  switch (node.kind) {
    case 'string': return node.value;
    case 'number': return Number(node.value);
    case 'list': return node.items.map(ev);
    case 'ident':
      if (!(node.name in env.names)) throw new Error(`${file}: unknown name ${node.name}`);
      return env.names[node.name];
    case 'call':
      if (!(node.name in env.calls)) throw new Error(`${file}: unknown function ${node.name}`);
      return env.calls[node.name](...node.args.map(ev));
    case 'method':
      if (!(node.name in env.methods)) throw new Error(`${file}: unknown method .${node.name}()`);
      return env.methods[node.name](ev(node.target), ...node.args.map(ev));
    case 'struct':
      if (!(node.name in env.structs)) throw new Error(`${file}: unknown struct ${node.name}`);
      return env.structs[node.name](Object.fromEntries(Object.entries(node.fields).map(([k, v]) => [k, ev(v)])));
    default: throw new Error(`${file}: ${node.kind}`);
  }
}

const brandsRs = fs.readFileSync(path.join(ROOT, 'src/content/brands.rs'), 'utf8');
const drugsRs = fs.readFileSync(path.join(ROOT, 'src/content/drugs.rs'), 'utf8');

const common = {
  Some: (x) => x,
  n: (v) => dec(v),
  d: (m, s) => dec(m, s),
  'Decimal::new': (m, s) => dec(m, s),
  'Decimal::from_int': (v) => dec(v),
};
const FORMS = ['Tablet', 'Capsule', 'Patch', 'Liquid', 'Film', 'Sublingual'];

const drugEnv = {
  names: { ...stringConsts(drugsRs), 'Unit::Mg': 'mg', 'Unit::McgPerHour': 'mcg/hr', true: true, false: false, None: null },
  calls: {
    ...common,
    mg: (id, m, s) => ({ id, unit: 'mg', factor: dec(m, s), treatsOud: false }),
    unconverted: (id) => ({ id, unit: 'mg', factor: null, treatsOud: false }),
    oud: (drug) => ({ ...drug, treatsOud: true }),
  },
  methods: {},
  structs: { Drug: ({ id, unit, factor, treats_oud: treatsOud }) => ({ id, unit, factor, treatsOud }) },
};

/** The drugs of src/content/drugs.rs: { id, unit ('mg' or 'mcg/hr'),
 * factor (a `dec`, or null when not converted), treatsOud }. */
export const DRUGS = evaluate(parseConst(drugsRs, 'DRUGS'), drugEnv, 'drugs.rs');

const brandEnv = {
  names: {
    ...stringConsts(brandsRs),
    None: null, true: true, false: false,
    Us: 'US', Uk: 'UK', Au: 'AU', Ca: 'CA',
    ...Object.fromEntries(FORMS.map((f) => [f, f])),
  },
  calls: {
    ...common,
    brand: (name, drug, form, countries, strengths) => ({ name, drug, form, countries, with: null, strengths, naloxone: false, aliases: [], unitLabel: null }),
    combo: (name, drug, form, countries, withOthers, strengths) => ({ name, drug, form, countries, with: withOthers, strengths, naloxone: false, aliases: [], unitLabel: null }),
    at: (label, amount, countries, source) => ({ label, amount, countries, source, form: null }),
    not_in_table: (name, contains, withOthers, countries) => ({ name, contains, with: withOthers, countries }),
  },
  methods: {
    aka: (brand, aliases) => ({ ...brand, aliases }),
    with_naloxone: (brand) => ({ ...brand, naloxone: true }),
    in_unit: (brand, unit) => ({ ...brand, unitLabel: unit }),
    as_form: (strength, form) => ({ ...strength, form }),
  },
  structs: {},
};

/** The brands of src/content/brands.rs: { name, drug, form, countries
 * ('US', 'UK', 'AU', 'CA'), with (the other ingredients, or null),
 * strengths: [{ label, amount (a `dec`), countries, source, form (null:
 * the brand's) }], naloxone, aliases, unitLabel }. */
export const BRANDS = evaluate(parseConst(brandsRs, 'BRANDS'), brandEnv, 'brands.rs');
/** The names outside the CDC table: { name, contains, with, countries }. */
export const NOT_IN_TABLE = evaluate(parseConst(brandsRs, 'NOT_IN_TABLE'), brandEnv, 'brands.rs');

/** The form of one of a brand's strengths (`Brand::form_of`). */
export const formOf = (brand, strength) => strength.form ?? brand.form;

if (DRUGS.length < 10 || !DRUGS.some((d) => d.id === 'fentanyl_patch' && d.unit === 'mcg/hr')) throw new Error(`drugs.rs: ${DRUGS.length} drugs`);
if (BRANDS.length < 50) throw new Error(`expected the brand table in brands.rs, found ${BRANDS.length}`);
for (const b of BRANDS) {
  if (!DRUGS.some((d) => d.id === b.drug)) throw new Error(`brands.rs: ${b.name} names no drug of drugs.rs: ${b.drug}`);
  if (!b.countries.length || !b.countries.every((c) => ['US', 'UK', 'AU', 'CA'].includes(c))) throw new Error(`brands.rs: ${b.name}: countries ${b.countries}`);
  for (const s of b.strengths) {
    if (typeof s.label !== 'string' || !s.amount || !s.countries.every((c) => b.countries.includes(c))) throw new Error(`brands.rs: ${b.name}: ${JSON.stringify(s)}`);
  }
}
