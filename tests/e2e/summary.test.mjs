// The summary for the doctor, as a patient uses it: "Print a summary for
// your doctor" prints the summary alone (never the live form, never the
// host page), on at most two pages of A4 and of US Letter; "Copy summary as
// text" puts the same facts on the clipboard. Neither makes a request but
// for the widget's own contract wasm, which makes the summary, on first use.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, newPage, DIST, answer, widget, fill, printSummary, LIVE } from './harness.mjs';
import { assess } from './core.mjs';

let server, browser, tmp;
const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; img-src 'self' data:";

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oih-summary-'));
  server = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close(); await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

// A full checklist with four medicines, one of them chosen by its brand
// and the strength on its box (its name as entered goes on the summary):
// the longest summary a patient makes.
const FULL = {
  answers: { seizure: 'no', opioid_use: 'current', duration: 'over_3_months', dose_increased: 'yes', response_to_increase: 'worse',
    kidney: 'yes', liver: 'no', pain_worse_despite_dose: 'yes', more_sensitive: 'unsure', pain_spread: 'yes', allodynia: 'yes',
    pain_different: 'no', myoclonus: 'no' },
  medications: [{ drug: 'oxycodone', amount: 20, times_per_day: 3 }, { drug: 'fentanyl_patch', amount: 25 }, { drug: 'buprenorphine' }],
};
// Tylenol with Codeine No. 3 (300 mg acetaminophen, 30 mg codeine), two
// tablets four times a day: 240 mg of codeine, 36 MME.
const BRAND = { find: 'tylenol', choice: 'b:Tylenol with Codeine', strength: '300 mg/30 mg (No. 3)', perDose: '2', times: '4' };
const FULL_INPUT = { ...FULL, medications: [...FULL.medications, { drug: 'codeine', amount: 30, per_dose: 2, times_per_day: 4 }] };

/** FULL entered through the page, the brand by its strength. */
async function fillFull(w) {
  await fill(w, FULL);
  await w.getByRole('button', { name: 'Add a medicine' }).click();
  const row = w.locator('li.oih-medicine').last();
  await row.locator('input[id^="oih-find-"]').fill(BRAND.find);
  await row.locator('select[id^="oih-drug-"]').selectOption(BRAND.choice);
  await row.locator('select[id^="oih-strength-"]').selectOption(BRAND.strength);
  await row.locator('select[id^="oih-per-dose-"]').selectOption(BRAND.perDose);
  await row.locator('select[id^="oih-times-"]').selectOption(BRAND.times);
  assert.equal(await row.locator('.oih-row-mme').innerText(), '= 36 MME a day');
}

// Every applicable answer in words, as the summary must print it: each
// question in a few words (the summary's own labels), two to a row.
const ANSWER_WORDS = [
  ['New seizure in the last 4 weeks', 'No'],
  ['Opioid medicine', 'Yes, I take it now'],
  ['How long on opioids', 'More than 3 months'],
  ['Dose raised in the last 3 months', 'Yes'],
  ['Pain after the last increase', 'It got worse'],
  ['Kidney failure or serious disease', 'Yes'],
  ['Liver failure or serious disease', 'No'],
  ['Pain worse on the same or a higher dose', 'Yes'],
  ['More sensitive to pain than before', 'Not sure'],
  ['Pain spread to other parts of the body', 'Yes'],
  ['Pain from things that should not hurt', 'Yes'],
  ['Pain feels different from the first pain', 'No'],
  ['Twitching or jerking they cannot control', 'No'],
];

/** Whether the printed page (pdftotext -layout) pairs `label` with
 * `value`: the value on the line of the label's first words, the rest of a
 * long label wrapped onto the next line. */
function printedPair(text, label, value) {
  const lines = text.split('\n').map((l) => ` ${l.replace(/\s+/g, ' ').trim()} `);
  const words = label.split(' ');
  for (let n = words.length; n >= 2; n--) {
    const [head, rest] = [words.slice(0, n).join(' '), words.slice(n).join(' ')];
    const at = lines.findIndex((l) => l.includes(` ${head} ${value} `));
    if (at >= 0 && (!rest || lines.slice(at + 1, at + 3).some((l) => l.includes(` ${rest} `)))) return true;
  }
  return false;
}


/** Prints the summary as a patient does (harness `printSummary`), to a
 * PDF file in this run's folder. */
const printToPdf = (page, w, format, name) => printSummary(page, w, path.join(tmp, `${name}-${format}.pdf`), format);

/** The paths asked for since `from`: nothing but the widget's own files
 * that make and print the summary (on-demand.js, the contract wasm and
 * summary-actions.js, loaded on first use), each once. */
function onlyContractFiles(requests, from) {
  const later = requests.slice(from);
  assert.deepEqual(later.map((p) => p.replace(/-[0-9a-f]{16}/, '-HASH')).sort(),
    ['/oih-evaluate-HASH.js', '/oih-evaluate-HASH_bg.wasm', '/snippets/oih-checklist-HASH/www/on-demand.js',
      '/snippets/oih-checklist-HASH/www/summary-actions.js'], later.join(', '));
}

function checkSummary(pdf, core, { hostText = [] } = {}) {
  const { flat } = pdf;
  assert.match(flat, /summary for the doctor/);
  assert.match(flat, /Made by the patient on \d{1,2} [A-Z][a-z]+ 20\d\d, \d\d:\d\d \(UTC[+-]\d\d:\d\d\)/, 'the date and time');
  assert.match(flat, /Content version 3 \(rules version 3\), reviewed December 2026/);
  const headline = {
    doctor_within_days: 'See or call your doctor in the next few days',
    next_appointment: "Talk about this at your next doctor's appointment",
  }[core.action];
  assert.ok(flat.includes(headline), `the action: ${headline}`);
  for (const [label, words] of ANSWER_WORDS) assert.ok(printedPair(pdf.text, label, words), `the answer: ${label} -> ${words}`);
  // The risk factors by name, on one line with their sources (the widget
  // explains each one), and the kidney paragraph.
  assert.match(flat, /Things that can raise the risk High daily dose; Recent dose increase; Long-term use; Kidney disease\. \[C1, S0\]/);
  assert.match(flat, /Make sure your doctor knows about your kidneys or liver\./);
  // Each medicine with how many at a time, its factor and MME a day; the
  // brand with its name as entered (on a line of its own in the cell).
  assert.match(flat, /Medicine Amount How many at a time Doses a day MME factor MME a day/);
  assert.match(flat, /Oxycodone 20 mg 1 3 1\.5 90/);
  assert.match(flat, /Fentanyl patch 25 mcg\/hr 1 Worn all day 2\.4 60/);
  assert.match(flat, /Buprenorphine - - - - Not counted/);
  assert.match(flat, /Codeine 30 mg 2 4 0\.15 36/);
  assert.ok(flat.includes('Tylenol with Codeine 300 mg/30 mg (No. 3)'), 'the brand and strength as entered');
  assert.match(flat, /Estimated daily dose: 186 MME a day/);
  assert.match(flat, /Not converted to MME: Buprenorphine/);
  assert.match(flat, /Never use it to switch from one opioid to another/);
  // The safety items as paragraphs: the overdose signs and what to do, and
  // naloxone for everyone taking opioids, with the reasons these answers show.
  assert.match(flat, /Staying safe with opioids Signs of an overdose: Someone who takes opioids may be having an overdose if they: are very sleepy or cannot be woken up; .*What to do: Call your local emergency number\. If you have naloxone, give it\. Stay with the person until help comes\. \[C1\]/);
  assert.match(flat, /Naloxone: Ask your doctor or pharmacist about naloxone\. This is advice for everyone who takes opioids\. .*Your answers show: a daily dose of 50 MME or more; kidney disease\. .*does not protect you from an overdose\. \[F1, C1\]/);
  // The sources cited in full, the disclaimer.
  for (const source of ['S0. What is Opioid Induced Hyperalgesia?', 'C1. Dowell D', 'F1. U.S. Food and Drug Administration', 'T1. Chen L']) assert.ok(flat.includes(source), source);
  assert.match(flat, /It is not a diagnosis and does not replace advice from your doctor/);
  // Nothing of the live form, nothing of the host page.
  for (const form of ['Clear answer', 'Add a medicine', 'Remember my answers', 'Copy summary as text', 'Print a summary']) {
    assert.ok(!flat.includes(form), `no form control: ${form}`);
  }
  for (const host of hostText) assert.ok(!flat.includes(host), `none of the host page: ${host}`);
}

test('printed from the standalone page: the summary alone, at most 2 pages on A4 and on Letter', async () => {
  const { page, context } = await newPage(browser, server.url + '/', { viewport: { width: 1280, height: 900 } });
  const w = widget(page);
  await w.locator(LIVE).waitFor();
  await fillFull(w);
  const core = assess(FULL_INPUT);
  assert.equal(await w.locator('section.oih-result').getAttribute('data-action'), core.action);
  for (const format of ['A4', 'Letter']) {
    const pdf = await printToPdf(page, w, format, 'standalone');
    assert.ok(pdf.pages >= 1 && pdf.pages <= 2, `${format}: ${pdf.pages} pages`);
    checkSummary(pdf, core, { hostText: ['Opioid-induced hyperalgesia checklist</title>'] });
  }
  // After printing, nothing is left behind in the page.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await page.locator('body > [data-oih-print]').count(), 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('printed from the embed demo under a strict CSP: none of the host page, no violation, no request but its own files', async (t) => {
  const cspServer = await serve(DIST, { headers: { 'content-security-policy': CSP } });
  const { page, context } = await newPage(browser, 'about:blank', { viewport: { width: 1280, height: 900 } });
  // (Closed even when a check fails: an open server would keep the run from ending.)
  t.after(async () => { await context.close(); await cspServer.close(); });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
  });
  await page.goto(cspServer.url + '/embed-demo.html');
  const w = widget(page);
  await w.locator(LIVE).waitFor();
  await fillFull(w);
  const loaded = cspServer.requests.length;
  const core = assess(FULL_INPUT);
  for (const format of ['A4', 'Letter']) {
    const pdf = await printToPdf(page, w, format, 'embed');
    assert.ok(pdf.pages >= 1 && pdf.pages <= 2, `${format}: ${pdf.pages} pages`);
    checkSummary(pdf, core, { hostText: ['Example Health News', 'When pain medicine makes pain worse', 'Living with chronic pain', 'Reviewed by our medical editors'] });
  }
  // The demo's own inline <style> is blocked by this policy (the host's
  // business); nothing of the widget or its summary may be.
  const ours = (await page.evaluate(() => window.__violations)).filter((v) => !v.startsWith('style-src-elem inline'));
  assert.deepEqual(ours, []);
  onlyContractFiles(cspServer.requests, loaded);
});

// A typical checklist, every answer and two medicines, fits one page (the
// answers two to a row, the risk factors by name).
test('a typical checklist (every answer, two medicines) prints on one page of A4 and of Letter', async () => {
  const { page, context } = await newPage(browser, server.url + '/', { viewport: { width: 1280, height: 900 } });
  const w = widget(page);
  await w.locator(LIVE).waitFor();
  await fill(w, { ...FULL, medications: FULL.medications.slice(0, 2) });
  for (const format of ['A4', 'Letter']) {
    const pdf = await printToPdf(page, w, format, 'typical');
    assert.equal(pdf.pages, 1, `${format}: ${pdf.pages} pages`);
    assert.match(pdf.flat, /Oxycodone 20 mg 1 3 1\.5 90/);
    assert.match(pdf.flat, /Sources/);
  }
  await context.close();
});

test('a partly answered checklist prints "so far" with the questions not answered marked', async () => {
  const { page, context } = await newPage(browser, server.url + '/');
  const w = widget(page);
  await w.locator(LIVE).waitFor();
  await answer(w, 'opioid_use', 'current');
  await answer(w, 'allodynia', 'yes');
  const pdf = await printToPdf(page, w, 'A4', 'partial');
  assert.equal(pdf.pages, 1);
  assert.match(pdf.flat, /So far: Talk about this at your next doctor's appointment/);
  assert.match(pdf.flat, /10 questions are left/);
  assert.ok(printedPair(pdf.text, 'Pain spread to other parts of the body', 'Not answered'));
  assert.ok(printedPair(pdf.text, 'Pain from things that should not hurt', 'Yes'));
  await context.close();
});

test('"Copy summary as text" puts the same summary on the clipboard, with no request but its own files; no button moves when it says so', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(server.url + '/');
  const w = widget(page);
  await w.locator(LIVE).waitFor();
  await fillFull(w);
  const loaded = server.requests.length;
  // Where each button is in the result panel (the click scrolls the page).
  const buttons = () => w.locator('.oih-actions button').evaluateAll((all) => all.map((b) => {
    const box = b.getBoundingClientRect();
    const panel = b.closest('.oih-result').getBoundingClientRect();
    return `${b.textContent} at ${Math.round(box.x - panel.x)},${Math.round(box.y - panel.y)}`;
  }));
  const before = await buttons();
  await w.getByRole('button', { name: 'Copy summary as text' }).click();
  await assert.doesNotReject(w.getByText('The summary was copied.').waitFor());
  // ("Clear all answers" used to jump aside as the message came in.)
  assert.deepEqual(await buttons(), before, 'no button moved');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const flat = text.replace(/\s+/g, ' ');
  assert.match(flat, /See or call your doctor in the next few days/);
  // Every answer on a line of its own, as "label: answer".
  const lines = text.split('\n').map((l) => l.trim());
  for (const [label, words] of ANSWER_WORDS) assert.ok(lines.includes(`${label}: ${words}`), `${label}: ${words}`);
  assert.match(flat, /Medicine: Oxycodone; Amount: 20 mg; How many at a time: 1; Doses a day: 3; MME factor: 1\.5; MME a day: 90/);
  assert.match(flat, /Medicine: Buprenorphine; Amount: -; How many at a time: -; Doses a day: -; MME factor: -; MME a day: Not counted/);
  assert.ok(flat.includes('Medicine: Codeine (Tylenol with Codeine 300 mg/30 mg (No. 3)); Amount: 30 mg; How many at a time: 2; Doses a day: 4; MME factor: 0.15; MME a day: 36'), 'the brand and strength as entered');
  assert.match(flat, /Naloxone: Ask your doctor or pharmacist about naloxone\./);
  assert.match(flat, /S0\. What is Opioid Induced Hyperalgesia\?/);
  assert.match(flat, /It is not a diagnosis/);
  onlyContractFiles(server.requests, loaded);
  await context.close();
});
