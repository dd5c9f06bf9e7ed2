// Writes the reference screenshots under tests/screenshots/ (make screenshots).
// They are looked at by a person when the layout changes, not compared by pixels.
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, DIST, ROOT, answer, widget, LIVE } from './harness.mjs';

const OUT = path.join(ROOT, 'tests/screenshots');
fs.mkdirSync(OUT, { recursive: true });
const server = await serve(DIST);
const browser = await launch();

async function fill(w) {
  await answer(w, 'opioid_use', 'current');
  await answer(w, 'duration', 'over_3_months');
  await answer(w, 'dose_increased', 'yes');
  await answer(w, 'response_to_increase', 'worse');
  await answer(w, 'pain_worse_despite_dose', 'yes');
  await answer(w, 'allodynia', 'yes');
  await answer(w, 'liver', 'unsure');
  await w.getByRole('button', { name: 'Add a medicine' }).click();
  await w.locator('select[id^="oih-drug-"]').last().selectOption('oxycodone');
  await w.locator('input[id^="oih-amount-"]').last().fill('20');
  await w.locator('select[id^="oih-times-"]').last().selectOption('3');
  await w.getByRole('button', { name: 'Add a medicine' }).click();
  await w.locator('select[id^="oih-drug-"]').last().selectOption('morphine');
  await w.locator('input[id^="oih-amount-"]').last().fill('1O');
  await w.locator('input[id^="oih-amount-"]').last().blur();
  // A combination brand found by name, with its strength as printed and
  // two tablets at a time; methadone, which asks what it is taken for.
  await w.getByRole('button', { name: 'Add a medicine' }).click();
  await w.locator('input[id^="oih-find-"]').last().fill('percocet');
  await w.locator('select[id^="oih-drug-"]').last().selectOption('b:Percocet');
  await w.locator('select[id^="oih-strength-"]').last().selectOption('5 mg/325 mg');
  await w.locator('select[id^="oih-per-dose-"]').last().selectOption('2');
  await w.getByRole('button', { name: 'Add a medicine' }).click();
  await w.locator('select[id^="oih-drug-"]').last().selectOption('methadone');
  // A generic typed as "5/325": the row asks which number is the opioid.
  await w.getByRole('button', { name: 'Add a medicine' }).click();
  await w.locator('select[id^="oih-drug-"]').last().selectOption('hydrocodone');
  await w.locator('input[id^="oih-amount-"]').last().fill('5/325');
}

for (const width of [390, 1280]) {
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(server.url + '/');
  await widget(page).locator(LIVE).waitFor();
    await fill(widget(page));
    await page.screenshot({ path: path.join(OUT, `standalone-${width}-${scheme}.png`), fullPage: true });
    await context.close();
  }
}
// A 390 px phone at 200 % zoom (a 195 px wide viewport at twice the pixels):
// the first screen with a seizure "Yes" and the filled checklist.
for (const [name, setup] of [['seizure', async (w) => answer(w, 'seizure', 'yes')], ['filled', fill]]) {
  const context = await browser.newContext({ viewport: { width: 195, height: 422 }, deviceScaleFactor: 4, colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(server.url + '/');
  await widget(page).locator(LIVE).waitFor();
  await setup(widget(page));
  await page.screenshot({ path: path.join(OUT, `phone-390-zoom-200-${name}.png`), fullPage: true });
  await context.close();
}
for (const scheme of ['light', 'dark']) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(server.url + '/embed-demo.html');
  await widget(page).locator(LIVE).waitFor();
  await fill(widget(page));
  await page.screenshot({ path: path.join(OUT, `embed-demo-${scheme}.png`), fullPage: true });
  await context.close();
}
await browser.close();
await server.close();
console.log(`screenshots written to ${path.relative(ROOT, OUT)}/`);
