// oih-checklist: the embed entry. On any page:
//   <script type="module" src="https://YOUR-CDN/oih-checklist.js"></script>
//   <oih-checklist></oih-checklist>
// It loads the widget's files relative to its own URL and defines the
// <oih-checklist> element. It adds no global, sets no cookie and makes no
// request beyond its own files. (Generated from www/embed.js at build time.)
import init from './%GLUE%';

/** Resolves once the element is defined (the wasm's start function does it). */
export const ready = init({ module_or_path: new URL('./%WASM%', import.meta.url) }).then(() => undefined);

let contract = null;

/** The contract-only wasm, loaded on first use. */
async function contractModule() {
  contract ??= import('./%EVAL_GLUE%').then(async (module) => {
    await module.default({ module_or_path: new URL('./%EVAL_WASM%', import.meta.url) });
    return module;
  });
  return contract;
}

/** Input as JSON text (a string is kept as it is, for exact decimals). */
function jsonText(input) {
  const text = typeof input === 'string' ? input : JSON.stringify(input);
  if (text === undefined) throw Object.assign(new Error('input: The input is not valid JSON.'), { field: 'input' });
  return text;
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
 * `input` is a JSON string (exact decimals) or a plain object, or a FHIR R4
 * QuestionnaireResponse for the published Questionnaire (read as
 * `oih-assess --from-fhir` reads it). Resolves to the output object; rejects
 * with an Error whose message starts with the field's path and whose `field`
 * property holds it.
 */
export async function evaluate(input) {
  const module = await contractModule();
  const text = jsonText(input);
  return withField(() => module.evaluate(text));
}

/**
 * The same input as a FHIR R4 QuestionnaireResponse, as the text of a JSON
 * file: byte for byte what `oih-assess --to-fhir --authored AUTHORED` writes.
 * `authored` is a dateTime with a time zone (default: now). Rejects like
 * `evaluate` (field `authored` for a bad time).
 */
export async function toFhir(input, authored = new Date().toISOString()) {
  const module = await contractModule();
  const text = jsonText(input);
  return withField(() => module.to_fhir(text, String(authored)));
}
