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

/**
 * The JSON contract of `oih-assess`, for hosts with their own interface.
 * `input` is a JSON string (exact decimals) or a plain object. Resolves to
 * the output object; rejects with an Error whose message starts with the
 * field's path and whose `field` property holds it.
 */
export async function evaluate(input) {
  contract ??= import('./%EVAL_GLUE%').then(async (module) => {
    await module.default({ module_or_path: new URL('./%EVAL_WASM%', import.meta.url) });
    return module;
  });
  const module = await contract;
  const text = typeof input === 'string' ? input : JSON.stringify(input);
  if (text === undefined) throw Object.assign(new Error('input: The input is not valid JSON.'), { field: 'input' });
  try {
    return module.evaluate(text);
  } catch (error) {
    const message = String(error?.message ?? error);
    throw Object.assign(new Error(message), { field: message.slice(0, message.indexOf(':')) });
  }
}
