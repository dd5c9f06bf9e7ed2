// The embed, as a web editor uses it: the widget's files on one origin, the
// host page on another, with hostile CSS and a strict Content-Security-Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, newPage, DIST, answer, LIVE } from './harness.mjs';
import { assess } from './core.mjs';

const HOSTILE_CSS = `
  * { font-size: 8px !important; color: red !important; background: yellow !important; margin: 0 !important; }
  input { display: none !important; } label { display: none; } button { visibility: hidden; }
  fieldset, legend, h1, h2, h3, p, li { all: unset !important; }
  .oih, .oih-result, .oih-title { display: none !important; }
`;

let widgetServer, hostServer, browser, hostDir;
const pages = {};

function hostPage(name, { css = '', body, head = '' }) {
  pages[name] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>${name}</title>${head}${css ? `<style>${css}</style>` : ''}</head><body>${body}</body></html>`;
  fs.writeFileSync(path.join(hostDir, `${name}.html`), pages[name]);
  return `${hostServer.url}/${name}.html`;
}

const snippet = () => `<script type="module" src="${widgetServer.url}/oih-checklist.js"></script>`;

before(async () => {
  hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oih-host-'));
  widgetServer = await serve(DIST, { headers: { 'access-control-allow-origin': '*' } });
  hostServer = await serve(hostDir);
  browser = await launch();
});
after(async () => {
  await browser?.close(); await widgetServer?.close(); await hostServer?.close();
  fs.rmSync(hostDir, { recursive: true, force: true });
});

const open = (url, options) => newPage(browser, url, options);

/** Size and font of the widget's parts, to compare a hostile host with a neutral one. */
async function looks(page, index = 0) {
  return page.evaluate((i) => {
    const root = document.querySelectorAll('oih-checklist')[i].shadowRoot;
    const pick = (sel) => {
      const el = root.querySelector(sel);
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return { w: Math.round(r.width), h: Math.round(r.height), font: s.fontSize, color: s.color, display: s.display, bg: s.backgroundColor };
    };
    return { title: pick('.oih-title'), radio: pick('input[type=radio]'), legend: pick('legend'), result: pick('.oih-result'), button: pick('.oih-button') };
  }, index);
}

test('from another origin, two instances render, answer independently, and hostile host CSS changes nothing', async () => {
  // Same room for the widget on both pages (the hostile `*` rule also zeroes the body's margin).
  const neutral = hostPage('neutral', { css: 'body { margin: 0 }', body: `${snippet()}<oih-checklist></oih-checklist><oih-checklist></oih-checklist>` });
  const hostile = hostPage('hostile', { css: HOSTILE_CSS, body: `${snippet()}<oih-checklist></oih-checklist><oih-checklist></oih-checklist>` });
  const { context: c1, page: calm } = await open(neutral, { viewport: { width: 1000, height: 800 } });
  const { context: c2, page } = await open(hostile, { viewport: { width: 1000, height: 800 } });
  for (const p of [calm, page]) await p.locator(`oih-checklist ${LIVE}`).nth(1).waitFor();
  assert.deepEqual(await looks(page), await looks(calm), 'the host CSS does not reach into the widget');
  assert.equal((await looks(page)).radio.display, 'block');
  const [first, second] = [page.locator('oih-checklist').nth(0), page.locator('oih-checklist').nth(1)];
  await answer(first, 'opioid_use', 'current');
  await answer(first, 'allodynia', 'yes');
  await answer(second, 'opioid_use', 'never');
  assert.equal(await first.locator('section.oih-result').getAttribute('data-level'), 'some_signs');
  assert.equal(await second.locator('section.oih-result').getAttribute('data-level'), 'not_applicable');
  assert.equal(await second.locator('input[name="oih-allodynia"]:checked').count(), 0);
  // The widget's CSS does not leak out either.
  assert.equal(await calm.evaluate(() => getComputedStyle(document.body).fontFamily), await calm.evaluate(() => {
    const probe = document.createElement('div'); document.body.append(probe); return getComputedStyle(probe).fontFamily;
  }));
  assert.deepEqual(page.errors, []);
  await c1.close(); await c2.close();
});

test('the module adds no global besides the custom element', async () => {
  const url = hostPage('globals', { body: '<oih-checklist></oih-checklist>' });
  const { context, page } = await open(url);
  const before = await page.evaluate(() => Object.getOwnPropertyNames(window));
  await page.evaluate(async (src) => { await import(src).then((m) => m.ready); }, `${widgetServer.url}/oih-checklist.js`);
  await page.locator(`oih-checklist ${LIVE}`).waitFor();
  const afterNames = await page.evaluate(() => Object.getOwnPropertyNames(window));
  // Playwright's Firefox driver (WebDriver BiDi) adds its own `__pw_*` helpers.
  assert.deepEqual(afterNames.filter((n) => !before.includes(n) && !n.startsWith('__pw_')), []);
  assert.ok(await page.evaluate(() => !!customElements.get('oih-checklist')));
  assert.deepEqual(await context.cookies(), []);
  await context.close();
});

test('under a strict Content-Security-Policy the widget works with zero violations', async () => {
  const origin = widgetServer.url;
  const csp = `default-src 'none'; script-src ${origin} 'wasm-unsafe-eval'; connect-src ${origin}; style-src 'self'; img-src 'self' data:`;
  const name = 'csp';
  hostPage(name, { body: `${snippet()}<oih-checklist></oih-checklist>` });
  const cspServer = await serve(hostDir, { headers: { 'content-security-policy': csp } });
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
  });
  const page = await context.newPage();
  const consoleCsp = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text()); });
  const response = await page.goto(`${cspServer.url}/${name}.html`);
  assert.equal(response.headers()['content-security-policy'], csp);
  const w = page.locator('oih-checklist');
  await w.locator(LIVE).waitFor();
  await answer(w, 'opioid_use', 'current');
  await answer(w, 'seizure', 'yes');
  assert.equal(await w.locator('section.oih-result').getAttribute('data-level'), 'urgent');
  await w.getByRole('button', { name: 'Add a medicine' }).click();
  await w.locator('select[id^="oih-drug-"]').selectOption('morphine');
  // Styles apply (adopted stylesheets are not blocked by style-src).
  assert.equal(await w.locator('.oih-emergency').evaluate((e) => getComputedStyle(e).borderTopStyle), 'solid');
  const result = await page.evaluate(async (src) => (await import(src)).evaluate({ answers: { opioid_use: 'past' } }), `${origin}/oih-checklist.js`);
  assert.equal(result.level, 'not_applicable');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(consoleCsp, []);
  await context.close(); await cspServer.close();
});

test('the iframe embed works with sandbox="allow-scripts" only, and reports only its height', async () => {
  const url = hostPage('frame-host', {
    body: `<iframe id="oih" title="Opioid pain checklist" sandbox="allow-scripts" src="${widgetServer.url}/frame.html" style="width:100%;border:0;height:200px"></iframe>
<script>
  window.__messages = [];
  addEventListener('message', (e) => {
    if (e.data && e.data.source === 'oih-checklist') {
      window.__messages.push(e.data);
      document.getElementById('oih').style.height = e.data.height + 'px';
    }
  });
</script>`,
  });
  const { context, page } = await open(url, { viewport: { width: 800, height: 900 } });
  const frame = page.frameLocator('#oih');
  const w = frame.locator('oih-checklist');
  await w.locator(LIVE).waitFor();
  await answer(w, 'opioid_use', 'current');
  await answer(w, 'more_sensitive', 'yes');
  assert.equal(await w.locator('section.oih-result').getAttribute('data-level'), 'some_signs');
  assert.equal(await w.locator('#oih-remember').count(), 0, 'no save option where storage is blocked');
  await page.waitForFunction(() => parseInt(document.getElementById('oih').style.height, 10) > 1000);
  const messages = await page.evaluate(() => window.__messages);
  assert.ok(messages.length > 0);
  for (const m of messages) assert.deepEqual(Object.keys(m).sort(), ['height', 'source']);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('evaluate() agrees with oih-assess on the worked examples and names the field of a bad input', async () => {
  const url = hostPage('api', { body: '<p>API host</p>' });
  const { context, page } = await open(url);
  const inputs = [
    { answers: {}, medications: [{ drug: 'hydrocodone', amount: 5, times_per_day: 4 }] },
    { answers: {}, medications: [{ drug: 'oxycodone', amount: 10, times_per_day: 2 }] },
    { answers: { opioid_use: 'current', duration: 'over_3_months', dose_increased: 'yes', response_to_increase: 'worse', allodynia: 'yes', seizure: 'no' },
      medications: [{ drug: 'oxycodone', amount: 20, times_per_day: 3 }, { drug: 'fentanyl_patch', amount: 25 }] },
    { answers: { opioid_use: 'never', seizure: 'yes' } },
  ];
  const src = `${widgetServer.url}/oih-checklist.js`;
  for (const input of inputs) {
    const fromObject = await page.evaluate(async ([src, input]) => (await import(src)).evaluate(input), [src, input]);
    const fromText = await page.evaluate(async ([src, input]) => (await import(src)).evaluate(JSON.stringify(input)), [src, input]);
    assert.deepEqual(fromObject, assess(input));
    assert.deepEqual(fromText, assess(input));
  }
  const exact = await page.evaluate(async (src) => (await import(src)).evaluate('{"answers":{},"medications":[{"drug":"tramadol","amount":249.99999999999999999,"times_per_day":1}]}'), src);
  assert.equal(exact.dose_band, 'under_50', 'a JSON string keeps exact decimals');
  const failure = await page.evaluate(async (src) => {
    try { await (await import(src)).evaluate({ answers: {}, medications: [{ drug: 'morphine', amount: 10, times_per_day: 2 }, { drug: 'morphine', amount: -1, times_per_day: 2 }] }); return null; }
    catch (e) { return { isError: e instanceof Error, message: e.message, field: e.field }; }
  }, src);
  assert.equal(failure.isError, true);
  assert.equal(failure.field, 'medications[1].amount');
  assert.match(failure.message, /^medications\[1\]\.amount: /);
  assert.equal(failure.message.replace(/^[^:]+: /, ''), assess({ answers: {}, medications: [{ drug: 'morphine', amount: 10, times_per_day: 2 }, { drug: 'morphine', amount: -1, times_per_day: 2 }] }).error.message);
  await context.close();
});

test('evaluate() takes and gives plain objects: exact numbers, field paths, a FHIR object', async () => {
  const url = hostPage('api-objects', { body: '<p>API host</p>' });
  const { context, page } = await open(url);
  const src = `${widgetServer.url}/oih-checklist.js`;
  const LISTS = ['red_flags', 'signs', 'risk_factors', 'safety', 'mme_unconverted', 'mme_excluded', 'unsure', 'unanswered'];
  // The shape is checked in the page: playwright's copy would hide it.
  const shape = await page.evaluate(async ([src, lists]) => {
    const output = await (await import(src)).evaluate({ answers: { opioid_use: 'current', seizure: 'no' } });
    return { plain: Object.getPrototypeOf(output) === Object.prototype, map: output instanceof Map,
      arrays: lists.filter((key) => Array.isArray(output[key])), total: output.mme_per_day };
  }, [src, LISTS]);
  assert.deepEqual(shape, { plain: true, map: false, arrays: LISTS, total: null });
  const medicines = (list) => ({ answers: { opioid_use: 'current' }, medications: list });
  const inputs = [
    // 7.5 mg of oxycodone three times a day: 33.75 MME.
    medicines([{ drug: 'oxycodone', amount: 7.5, times_per_day: 3 }]),
    // Exactly 50, which doubles make 49.99999999999999.
    medicines([{ drug: 'hydrocodone', amount: 0.8, times_per_day: 1 }, { drug: 'oxycodone', amount: 32.8, times_per_day: 1 }]),
    // 0.3, which doubles make 0.30000000000000004.
    medicines([{ drug: 'hydrocodone', amount: 0.1, times_per_day: 3 }]),
  ];
  const outputs = await page.evaluate(async ([src, inputs]) => {
    const api = await import(src);
    return Promise.all(inputs.map((input) => api.evaluate(input)));
  }, [src, inputs]);
  assert.deepEqual(outputs.map((o) => [o.mme_per_day, o.dose_band]), [[33.75, 'under_50'], [50, '50_to_89'], [0.3, 'under_50']]);
  outputs.forEach((output, i) => assert.deepEqual(output, assess(inputs[i])));
  // Errors name the field for an object as for its JSON text; values JSON
  // cannot hold (NaN, a function) get the message of null.
  const failures = await page.evaluate(async (src) => {
    const api = await import(src);
    const fail = async (input) => { try { await api.evaluate(input); return null; } catch (e) { return [e instanceof Error, e.field, e.message]; } };
    const medicine = (amount) => ({ answers: {}, medications: [{ drug: 'morphine', amount: 10, times_per_day: 2 }, { drug: 'morphine', amount, times_per_day: 2 }] });
    return Promise.all([fail({ answers: { kidney: 1 } }), fail({ answers: { kidney: 'maybe' } }), fail({ answers: [] }),
      fail(medicine(-1)), fail(medicine('10')), fail(medicine(NaN)), fail(medicine(Infinity)), fail(medicine(() => 10))]);
  }, src);
  const expected = (input) => { const { error } = assess(input); return [true, error.field, `${error.field}: ${error.message}`]; };
  const medicine = (amount) => ({ answers: {}, medications: [{ drug: 'morphine', amount: 10, times_per_day: 2 }, { drug: 'morphine', amount, times_per_day: 2 }] });
  assert.deepEqual(failures, [expected({ answers: { kidney: 1 } }), expected({ answers: { kidney: 'maybe' } }), expected({ answers: [] }),
    expected(medicine(-1)), expected(medicine('10')), expected(medicine(null)), expected(medicine(null)), expected(medicine(null))]);
  assert.deepEqual(failures.map((f) => f[1]), ['answers.kidney', 'answers.kidney', 'answers', ...Array(5).fill('medications[1].amount')]);
  // A QuestionnaireResponse as an object, as its text.
  const fhir = await page.evaluate(async ([src, input]) => {
    const api = await import(src);
    const qr = JSON.parse(await api.toFhir(input, '2026-11-25T09:30:00Z'));
    const fromObject = await api.evaluate(qr);
    return { plain: Object.getPrototypeOf(fromObject) === Object.prototype, fromObject, fromText: await api.evaluate(JSON.stringify(qr)) };
  }, [src, inputs[1]]);
  assert.equal(fhir.plain, true);
  assert.deepEqual(fhir.fromObject, fhir.fromText);
  assert.deepEqual(fhir.fromObject, assess(inputs[1]));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('removing an embedded element mid-use and adding it back, and twenty instances, keep working', async () => {
  const url = hostPage('many', { body: `${snippet()}${'<oih-checklist compact></oih-checklist>'.repeat(20)}` });
  const { context, page } = await open(url, { viewport: { width: 1000, height: 800 } });
  const all = page.locator('oih-checklist');
  await all.nth(19).locator(LIVE).waitFor();
  for (let i = 0; i < 20; i += 1) await answer(all.nth(i), 'opioid_use', i % 2 ? 'current' : 'past');
  for (let i = 0; i < 20; i += 1) {
    assert.equal(await all.nth(i).locator('section.oih-result').getAttribute('data-level'), i % 2 ? 'few_signs' : 'not_applicable');
  }
  await answer(all.nth(3), 'allodynia', 'yes');
  await page.evaluate(() => { window.__kept = document.querySelectorAll('oih-checklist')[3]; window.__kept.remove(); });
  await page.waitForFunction(() => window.__kept.shadowRoot.childElementCount === 0);
  await page.evaluate(() => document.body.append(window.__kept));
  const back = all.nth(19);
  await back.locator(LIVE).waitFor();
  assert.equal(await back.locator('section.oih-result').getAttribute('data-level'), 'incomplete');
  await answer(back, 'opioid_use', 'current');
  assert.equal(await back.locator('section.oih-result').getAttribute('data-level'), 'few_signs');
  // Moving an element within the page keeps its answers.
  await page.evaluate(() => { const el = document.querySelectorAll('oih-checklist')[1]; document.body.prepend(el); });
  assert.equal(await all.nth(0).locator('section.oih-result').getAttribute('data-level'), 'few_signs');
  assert.deepEqual(page.errors, []);
  await context.close();
});
