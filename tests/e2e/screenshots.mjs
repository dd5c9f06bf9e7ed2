// Writes the reference screenshots under tests/screenshots/ (make screenshots).
// They are looked at by a person when the layout changes, not compared by pixels.
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, DIST, ROOT, answer, widget } from './harness.mjs';

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
  // A combination brand found by name, with its label typed as printed.
  await w.getByRole('button', { name: 'Add a medicine' }).click();
  await w.locator('input[id^="oih-find-"]').last().fill('percocet');
  await w.locator('select[id^="oih-drug-"]').last().selectOption('b:Percocet');
  await w.locator('input[id^="oih-amount-"]').last().fill('5/325');
}

for (const width of [375, 1280]) {
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(server.url + '/');
    await fill(widget(page));
    await page.screenshot({ path: path.join(OUT, `standalone-${width}-${scheme}.png`), fullPage: true });
    await context.close();
  }
}
for (const scheme of ['light', 'dark']) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(server.url + '/embed-demo.html');
  await fill(widget(page));
  await page.screenshot({ path: path.join(OUT, `embed-demo-${scheme}.png`), fullPage: true });
  await context.close();
}
await browser.close();
await server.close();
console.log(`screenshots written to ${path.relative(ROOT, OUT)}/`);
