// Layout as a patient on a phone sees it (issue 23's walkthrough): at 200 %
// zoom on a 390 px phone no word breaks in its middle ("Get emerge / ncy
// help now"), a question that wraps stays inside its box (not across its
// top border), and the embed demo's host text promises only what a host can.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, DIST, answer, widget, LIVE } from './harness.mjs';
import { legendsAboveBorder as aboveBorder } from './geometry.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A 390 px phone at 200 % zoom: 195 CSS px wide. */
const PHONE_ZOOMED = { viewport: { width: 195, height: 422 }, deviceScaleFactor: 2 };

async function open(options, url = '/') {
  const opened = await newPage(browser, server.url + url, options);
  await widget(opened.page).locator(LIVE).waitFor();
  return opened;
}

/** Words (of letters, at least 4) laid out on more than one line, in the
 * visible text of the widget: each is a word broken in its middle. */
const brokenWords = (page) => page.evaluate(() => {
  const root = document.querySelector('oih-checklist').shadowRoot;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const broken = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('select, option, [hidden], .oih-sr-only') || parent.getClientRects().length === 0) continue;
    for (const match of node.data.matchAll(/[A-Za-z]{4,}/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size < 2) continue;
      // Broken although it would fit on a line of its own? (A word wider
      // than its line, such as "benzodiazepines" in a nested list on the
      // narrowest screens, may break: that is what break-word is for.)
      const probe = document.createElement('span');
      probe.style.whiteSpace = 'nowrap';
      probe.textContent = match[0];
      parent.appendChild(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      const style = getComputedStyle(parent);
      const line = parent.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (width <= line) broken.push(`${match[0]} (in "${parent.className || parent.tagName}")`);
    }
  }
  return broken;
});

test('at 200 % zoom on a 390 px phone no word breaks in its middle: the emergency advice, the questions, the medicine editor', async () => {
  const { page, context } = await open(PHONE_ZOOMED);
  const w = widget(page);
  await answer(w, 'seizure', 'yes');
  assert.match(await w.locator('.oih-emergency-title').innerText(), /Get emergency help now/);
  assert.deepEqual(await brokenWords(page), [], 'with the emergency advice');
  await answer(w, 'seizure', 'no');
  await answer(w, 'opioid_use', 'current');
  await w.getByRole('button', { name: 'Add a medicine' }).click();
  await w.locator('select[id^="oih-drug-"]').selectOption('b:Percocet');
  await w.locator('select[id^="oih-strength-"]').selectOption('5 mg/325 mg');
  await w.getByRole('button', { name: 'Add a medicine' }).click();
  await w.locator('select[id^="oih-drug-"]').last().selectOption('methadone');
  assert.deepEqual(await brokenWords(page), [], 'with the medicine editor');
  assert.deepEqual(page.errors, []);
  await context.close();
});

/** For each question's box: how far its legend's top is above the box's
 * top border (positive: the legend sits across the border). */
const legendsAboveBorder = (page) => page.evaluate(`(${aboveBorder})(document.querySelector('oih-checklist').shadowRoot)`);

for (const [name, options] of [['a 390 px phone at 200 % zoom', PHONE_ZOOMED], ['a 1280 px window', { viewport: { width: 1280, height: 900 } }]]) {
  test(`on ${name}, every question, even one that wraps, sits inside its box, not across its top border`, async () => {
    const { page, context } = await open(options);
    await answer(widget(page), 'opioid_use', 'current');
    await answer(widget(page), 'dose_increased', 'yes');
    assert.deepEqual(await legendsAboveBorder(page), []);
    await context.close();
  });
}

test('the embed demo promises only what its host can, and its no-script text names the seizure advice', async () => {
  const html = await (await fetch(server.url + '/embed-demo.html')).text();
  assert.doesNotMatch(html, /Nothing you enter is sent to us or anyone else/);
  assert.match(html, /the checklist itself does not send\s+your answers anywhere/);
  const fallback = /<oih-checklist[^>]*>([\s\S]*?)<\/oih-checklist>/.exec(html)[1].replace(/\s+/g, ' ');
  assert.match(fallback, /If you have had a seizure, call your local emergency number now\./);
  assert.match(fallback, /Talk to your doctor if your pain is getting worse/);
});
