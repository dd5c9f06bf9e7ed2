// Each language is its own wasm: the Spanish widget carries no English
// texts, the English none in Spanish; a page in both languages shows each
// element in its own, from its own files; and switching the standalone page
// from Spanish to English loads the English widget's two files, keeping the
// answers and the focus. Runs in Chromium and Firefox (OIH_BROWSER=firefox).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { crossOrigin, launch, newPage, DIST, answer, LIVE } from './harness.mjs';

let hosts, widgetServer, browser;

before(async () => {
  hosts = await crossOrigin();
  ({ widgetServer } = hosts);
  browser = await launch();
});
after(async () => { await browser?.close(); await hosts?.close(); });

/** The widget's glue and wasm files a load requested (not the embed
 * entry), by name without the hash. */
const names = (requests, from = 0) => requests.slice(from)
  .map((u) => path.basename(new URL(u).pathname))
  .filter((n) => /^oih-checklist(-es)?-[0-9a-f]{16}(_bg\.wasm|\.js)$/.test(n))
  .map((n) => n.replace(/-[0-9a-f]{16}/, ''))
  .sort();

test('the Spanish widget\'s wasm carries no English text, and the English one no Spanish', () => {
  const wasm = (re) => fs.readFileSync(path.join(DIST, fs.readdirSync(DIST).find((f) => re.test(f))), 'latin1');
  const es = wasm(/^oih-checklist-es-[0-9a-f]+_bg\.wasm$/);
  const en = wasm(/^oih-checklist-[0-9a-f]+_bg\.wasm$/);
  // The title, the disclaimer's rule and a question, in each language.
  for (const english of ['Could your opioid medicine be making your pain worse?', 'Do you take opioid pain medicine?', 'Remember my answers on this device']) {
    assert.ok(en.includes(english), `the English wasm says "${english}"`);
    assert.ok(!es.includes(english), `the Spanish wasm says "${english}"`);
  }
  const spanish = Buffer.from('Recordar mis respuestas en este dispositivo').toString('latin1');
  assert.ok(es.includes(spanish));
  assert.ok(!en.includes(spanish));
});

test('a page in both languages shows each element in its own, from its own wasm, and never the other', async () => {
  const url = hosts.page('both', `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>both</title>
<script type="module" src="${widgetServer.url}/oih-checklist.js"></script></head>
<body><oih-checklist id="en"></oih-checklist><div lang="es-MX"><oih-checklist id="es"></oih-checklist></div></body></html>`);
  const requests = [];
  const { context, page } = await newPage(browser, 'about:blank');
  page.on('request', (r) => requests.push(r.url()));
  // Every language each element's shadow root showed, from its first node.
  await page.addInitScript(() => {
    window.shown = { en: new Set(), es: new Set() };
    const watch = () => {
      for (const id of ['en', 'es']) {
        const root = document.getElementById(id)?.shadowRoot;
        if (!root || root.watched) continue;
        root.watched = true;
        const note = () => root.querySelectorAll('.oih[lang]').forEach((el) => window.shown[id].add(el.getAttribute('lang')));
        note();
        new MutationObserver(note).observe(root, { childList: true, subtree: true });
      }
      if (!document.getElementById('en')?.shadowRoot?.watched || !document.getElementById('es')?.shadowRoot?.watched) requestAnimationFrame(watch);
    };
    document.addEventListener('DOMContentLoaded', watch);
  });
  await page.goto(url);
  const en = page.locator('#en');
  const es = page.locator('#es');
  await en.locator(`${LIVE}[lang="en"]`).waitFor();
  await es.locator(`${LIVE}[lang="es"]`).waitFor();
  assert.equal(await en.getByRole('heading', { level: 2 }).first().innerText(), 'Could your opioid medicine be making your pain worse?');
  assert.match(await es.getByRole('heading', { level: 2 }).first().innerText(), /^¿Su medicamento opioide/);
  // Each answered in its own: the other keeps its own answers.
  await answer(en, 'opioid_use', 'current');
  await answer(es, 'opioid_use', 'past');
  assert.equal(await en.locator('input[name="oih-opioid_use"][value="current"]').isChecked(), true);
  assert.equal(await es.locator('input[name="oih-opioid_use"][value="past"]').isChecked(), true);
  assert.equal(await en.locator('input[name="oih-opioid_use"][value="past"]').isChecked(), false);
  assert.deepEqual(names(requests), ['oih-checklist-es.js', 'oih-checklist-es_bg.wasm', 'oih-checklist.js', 'oih-checklist_bg.wasm']);
  // The English element kept its English first screen while the English
  // widget loaded: it never showed the Spanish one (loaded first here).
  assert.deepEqual(await page.evaluate(() => ({ en: [...window.shown.en], es: [...window.shown.es] })), { en: ['en'], es: ['es'] });
  for (const u of requests) assert.ok(u.startsWith(widgetServer.url) || u.startsWith(hosts.hostServer.url), u);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('from es.html to English: the English widget\'s two files, the answers and the focus kept; and back with no request', async () => {
  const requests = [];
  const { context, page } = await newPage(browser, 'about:blank');
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${widgetServer.url}/es.html`);
  const w = page.locator('oih-checklist');
  await w.locator(`${LIVE}[lang="es"]`).waitFor();
  await answer(w, 'seizure', 'no');
  await answer(w, 'opioid_use', 'current');
  assert.deepEqual(names(requests), ['oih-checklist-es.js', 'oih-checklist-es_bg.wasm'], 'the Spanish widget alone');
  const before = requests.length;
  await page.getByRole('link', { name: 'English' }).focus();
  await page.keyboard.press('Enter');
  await w.locator(`${LIVE}[lang="en"]`).waitFor();
  assert.deepEqual(names(requests, before), ['oih-checklist.js', 'oih-checklist_bg.wasm']);
  const checked = () => w.locator('input[type="radio"]:checked').evaluateAll((is) => is.map((i) => `${i.name}=${i.value}`));
  assert.deepEqual(await checked(), ['oih-seizure=no', 'oih-opioid_use=current']);
  assert.equal(await w.getByRole('heading', { level: 2 }).first().innerText(), 'Could your opioid medicine be making your pain worse?');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Español');
  // Back to Spanish: both widgets are loaded, so nothing more is asked for.
  const again = requests.length;
  await page.keyboard.press('Enter');
  await w.locator(`${LIVE}[lang="es"]`).waitFor();
  assert.equal(requests.length, again);
  assert.deepEqual(await checked(), ['oih-seizure=no', 'oih-opioid_use=current']);
  assert.deepEqual(page.errors, []);
  await context.close();
});
