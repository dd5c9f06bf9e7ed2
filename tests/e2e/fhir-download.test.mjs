// The widget's "Save the answers as a FHIR file": the file saved is
// byte for byte `oih-assess --to-fhir --authored <its authored>` for the
// same answers and medicines, entered through the page, and made without any
// request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, DIST, answer, widget, addMedicine, downloads } from './harness.mjs';
import { QUESTIONNAIRE, fhirCase, oihAssess } from '../fhir/fhir.mjs';

let server;
let browser;
before(async () => {
  server = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const QUESTION_IDS = QUESTIONNAIRE.item.filter((i) => i.type === 'choice').map((i) => i.linkId);


// (Medicines the widget takes as typed: amounts for unconverted ones are not asked there.)
for (const prefix of ['Worked example 3', 'Worked example 8', 'Every question answered', 'Ten medicines', 'Partly answered']) {
  test(`the downloaded FHIR file is oih-assess --to-fhir: ${prefix}`, async () => {
    const { name, input } = fhirCase(prefix);
    const { context, page } = await openPage(browser, `${server.url}/`, { acceptDownloads: true });
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    const w = widget(page);
    // In the table's order; a question that does not apply is not shown.
    for (const id of QUESTION_IDS) {
      const value = input.answers[id];
      if (value === undefined) continue;
      const option = w.locator(`input[name="oih-${id}"][value="${value}"]`);
      if (await option.count()) await answer(w, id, value);
    }
    for (const medication of input.medications ?? []) await addMedicine(w, medication);
    const { name: saved, text } = await downloads(page).next(() => w.locator('#oih-fhir').click());
    assert.match(saved, /^oih-checklist-answers-\d{4}-\d\d-\d\d\.json$/);
    // A page cannot know whether the browser saved it: the status says it
    // was asked to, and the file's name to look for.
    assert.equal(await w.locator('.oih-action-status').innerText(), `Your browser was asked to save the file. Look for it in your downloads: ${saved}`);
    const { authored } = JSON.parse(text);
    assert.match(authored, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/, 'authored with its time zone');
    const cli = oihAssess(['--to-fhir', '--authored', authored], JSON.stringify(input));
    assert.equal(cli.code, 0);
    assert.equal(text, cli.stdout, name);
    assert.ok(requests.every((url) => url.startsWith(server.url) || url.startsWith('blob:')), requests.join('\n'));
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}
