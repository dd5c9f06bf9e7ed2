// Host pages that enforce Trusted Types (CSP `require-trusted-types-for
// 'script'`), as some publishers do: the embed snippet as the README gives
// it, with the policy name `oih-checklist` allowed and with no policy
// allowed (`trusted-types 'none'`). The widget writes no HTML string
// (www/element.js, setHTML), so both must work in full, with no violation
// reported. Only Chromium enforces Trusted Types among the engines here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, DIST, LIVE, ENGINE, answer, addMedicine, downloads, grantClipboard, widget } from './harness.mjs';
import { assess } from './core.mjs';

const chromiumOnly = ENGINE === 'chromium' ? false : 'only Chromium enforces Trusted Types here';

let widgetServer, browser, hostDir;

before(async () => {
  if (chromiumOnly) return;
  hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oih-tt-'));
  widgetServer = await serve(DIST, { headers: { 'access-control-allow-origin': '*' } });
  fs.writeFileSync(path.join(hostDir, 'article.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>Article</title>
<script type="module" src="${widgetServer.url}/oih-checklist.js"></script></head>
<body><h1>When pain medicine makes pain worse</h1><oih-checklist></oih-checklist></body></html>`);
  browser = await launch();
});
after(async () => {
  await browser?.close(); await widgetServer?.close();
  if (hostDir) fs.rmSync(hostDir, { recursive: true, force: true });
});

const INPUT = {
  answers: { seizure: 'no', opioid_use: 'current', duration: 'over_3_months', allodynia: 'yes', pain_spread: 'yes' },
  medications: [{ drug: 'morphine', amount: 30, per_dose: 1, times_per_day: 2 }],
};

/** A host page under the strict CSP of the embed tests plus Trusted Types
 * with `allowed` as its policy list; every violation and every console
 * message about Trusted Types is recorded. */
async function openHost(t, allowed) {
  const origin = widgetServer.url;
  const csp = `default-src 'none'; script-src ${origin} 'wasm-unsafe-eval'; connect-src ${origin}; style-src 'self'; img-src 'self' data:; `
    + `require-trusted-types-for 'script'; trusted-types ${allowed}`;
  const host = await serve(hostDir, { headers: { 'content-security-policy': csp } });
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  await grantClipboard(context);
  t.after(async () => { await context.close(); await host.close(); });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`), true);
  });
  const page = await context.newPage();
  page.messages = [];
  page.on('console', (m) => { if (m.type() === 'error' || /trusted ?type/i.test(m.text())) page.messages.push(m.text()); });
  page.on('pageerror', (e) => page.messages.push(String(e)));
  // The wasm waits until the test lets it go, so the first screen (made
  // before it) can be seen.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  const response = await page.goto(`${host.url}/article.html`);
  assert.equal(response.headers()['content-security-policy'], csp);
  return { page, release, host };
}

for (const allowed of ['oih-checklist', "'none'"]) {
  test(`Trusted Types enforced, \`trusted-types ${allowed}\`: first screen, answers, result with safety items and disclaimer, print, copy, FHIR file; no violation`, { skip: chromiumOnly }, async (t) => {
    const { page, release, host } = await openHost(t, allowed);
    const w = widget(page);
    // The first screen, built before the wasm: its first question answers.
    const early = w.locator('.oih-host[data-early] > .oih');
    await early.waitFor();
    await w.locator('input[name="oih-seizure"][value="no"]').check();
    assert.equal(await early.locator('.oih-question').count() > 5, true, 'the first screen shows the questions');
    release();
    await w.locator(LIVE).waitFor();
    // The answer given on the first screen was carried over.
    assert.equal(await w.locator('input[name="oih-seizure"][value="no"]').isChecked(), true);
    for (const [q, a] of Object.entries(INPUT.answers)) if (q !== 'seizure') await answer(w, q, a);
    await addMedicine(w, INPUT.medications[0]);
    const core = assess(INPUT);
    const result = w.locator('section.oih-result');
    assert.equal(await result.getAttribute('data-level'), core.level);
    // The parts made as one string (src/web/markup.rs) are there.
    const safety = await w.locator('.oih-safety li').allInnerTexts();
    assert.ok(safety.length >= core.safety.length && safety.length > 2, `safety items: ${safety.length}`);
    assert.match(safety.join(' '), /naloxone/i);
    assert.match(await w.locator('.oih-disclaimer').innerText(), /not a diagnosis/i);
    assert.match(await w.locator('.oih-mme').innerText(), /60 MME a day/);
    // The drug list's options (also one string) are real options.
    assert.equal(await w.locator('select[id^="oih-drug-"]').inputValue(), 'morphine');

    // Print: the summary is built in the page (window.print recorded).
    await page.evaluate(() => {
      window.__prints = 0;
      window.print = () => { window.__prints += 1; window.dispatchEvent(new Event('beforeprint')); };
    });
    await w.getByRole('button', { name: 'Print a summary for your doctor' }).click();
    await page.waitForFunction(() => window.__prints > 0);
    const printed = await page.evaluate(() => document.querySelector('body > [data-oih-print]').shadowRoot.textContent);
    assert.match(printed, /Morphine/);
    assert.match(printed, /60 MME/);
    assert.match(printed, /not a diagnosis/i);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

    // Copy.
    await w.getByRole('button', { name: /Copy summary as text/ }).click();
    await w.getByText(/copied/i).first().waitFor();
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /60 MME/);

    // The FHIR file.
    const files = downloads(page);
    const file = await files.next(() => w.getByRole('button', { name: 'Save the answers as a FHIR file' }).click());
    assert.equal(JSON.parse(file.text).resourceType, 'QuestionnaireResponse');

    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(page.messages, []);
    // Only the widget's own files were requested from its origin.
    assert.ok(host.requests.length >= 1);
  });
}

test('the nodes setHTML builds are the nodes the HTML parser makes of the same markup (widget, result, printed summary)', { skip: chromiumOnly }, async (t) => {
  const server = await serve(DIST);
  const context = await browser.newContext();
  t.after(async () => { await context.close(); await server.close(); });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  const w = widget(page);
  await w.locator(LIVE).waitFor();
  for (const [q, a] of Object.entries(INPUT.answers)) await answer(w, q, a);
  await addMedicine(w, INPUT.medications[0]);
  await answer(w, 'seizure', 'yes');
  await w.locator('.oih-emergency').waitFor();
  await page.evaluate(() => { window.print = () => window.dispatchEvent(new Event('beforeprint')); });
  await w.getByRole('button', { name: 'Print a summary for your doctor' }).click();
  await page.locator('body > [data-oih-print]').waitFor({ state: 'attached' });
  // Serialized, then parsed by the browser, each tree must come back equal.
  const differ = await page.evaluate(() => {
    const roots = [document.querySelector('oih-checklist').shadowRoot.querySelector('.oih-host'),
      document.querySelector('body > [data-oih-print]').shadowRoot];
    return roots.map((root) => {
      const again = document.createElement('template');
      again.innerHTML = root.innerHTML;
      const built = document.createElement('template');
      built.content.append(...[...root.childNodes].map((n) => n.cloneNode(true)));
      // (Yew puts a sentence's parts in text nodes side by side.)
      built.content.normalize();
      // The first node that differs, for the message.
      const first = (a, b) => {
        if (a.isEqualNode(b)) return null;
        const [ka, kb] = [[...a.childNodes], [...b.childNodes]];
        for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
          if (!ka[i] || !kb[i]) return `${a.nodeName}: ${ka.length} children built, ${kb.length} parsed`;
          const inner = first(ka[i], kb[i]);
          if (inner) return inner;
        }
        return `built ${a.outerHTML?.slice(0, 300) ?? a.textContent} / parsed ${b.outerHTML?.slice(0, 300) ?? b.textContent}`;
      };
      return first(built.content, again.content);
    }).filter(Boolean);
  });
  assert.deepEqual(differ, []);

  // setHTML itself, on markup with every kind of thing it reads, and on the
  // whole widget and the printed summary as the browser writes them out:
  // the same nodes as the browser's own parser makes.
  const mismatches = await page.evaluate(async () => {
    const url = performance.getEntriesByType('resource').map((e) => e.name).find((n) => /\/www\/element\.js$/.test(n));
    const { setHTML } = await import(url);
    const samples = [
      '<p class="a b">x &amp; y &lt;z&gt; &quot;q&quot; &#39;s&#39; &#x27;h&#x27; a&nbsp;b</p><ul><li>1</li><li>2 <strong>two</strong></li></ul>',
      '<select><option value="" selected>Choose</option><optgroup label="A &amp; B &quot;C&quot;"><option value="1">One</option></optgroup></select>',
      '<p>a<br>b<input type="radio" checked name="n" aria-label="x &gt; y"></p>text after',
      '<svg viewBox="0 0 10 10" role="img"><title>Chart</title><path d="M0 0L10 10"/><text x="1">t &amp; u</text></svg><p>after</p>',
      document.querySelector('oih-checklist').shadowRoot.querySelector('.oih-host').innerHTML,
      document.querySelector('body > [data-oih-print]').shadowRoot.innerHTML,
    ];
    return samples.map((html) => {
      const built = document.createElement('div');
      setHTML(built, html);
      const parsed = document.createElement('template');
      parsed.innerHTML = html;
      built.normalize();
      const fragment = document.createDocumentFragment();
      fragment.append(...built.childNodes);
      return fragment.isEqualNode(parsed.content) ? null : html.slice(0, 120);
    }).filter(Boolean);
  });
  assert.deepEqual(mismatches, []);
});
