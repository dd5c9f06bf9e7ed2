// The npm package as a web team uses it (issue 24). From empty folders
// holding only the registry's packages (exact versions, from the committed
// lock files) and the package's tarball:
//  - a Vite + React 19 + TypeScript app (tests/package/react/): tsc passes,
//    and fails, naming the problem, on a misspelt attribute, a heading level
//    out of range, and a wrong evaluate() field, answer, amount or level;
//  - a Vite + Vue 3 app (tests/package/vue/, `isCustomElement`, the
//    `oih-checklist/vue` template types, `strictTemplates`): vue-tsc passes,
//    and fails, naming the problem, on a misspelt attribute, a heading level
//    out of range, `:compact="false"` and a wrong answer;
//    each app built by `vite build` and served as static files, then run on
//    Vite's dev server (`optimizeDeps.exclude`), in headless Chromium;
//  - a plain HTML page on one origin taking the package from a copy of its
//    CDN layout (/npm/oih-checklist@VERSION/, as jsDelivr serves it) on
//    another, with the entry's Subresource Integrity in an import map, under
//    the strict CSP of tests/e2e/embed.test.mjs (plus the import map's hash).
// In the browser, each: the widget answers (a "Yes" to a sign changes the
// result), "Print a summary for your doctor" prints the summary (the
// contract wasm and summary-actions.js load from the widget's files, wherever
// the bundler put them), evaluate() works, nothing is requested but the
// page's and the widget's files, no request fails, no console error or
// warning (Vue warns of an element it takes for a component), no CSP
// violation.
//
// The tarball is target/package/oih-checklist-VERSION.tgz (`make package`),
// or the file OIH_PACKAGE_TGZ names. The apps are installed under
// target/package-test/run/ (kept until the next run, for a look).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { serve } from '../../scripts/serve-files.mjs';
import { ROOT, LIVE, launch, answer } from '../e2e/harness.mjs';

const VERSION = /^version\s*=\s*"([^"]+)"/m.exec(fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8'))[1];
const TARBALL = path.resolve(process.env.OIH_PACKAGE_TGZ || path.join(ROOT, `target/package/oih-checklist-${VERSION}.tgz`));
const WORK = path.join(ROOT, 'target/package-test/run');
const TEMPLATES = path.join(ROOT, 'tests/package');

let browser;

before(async () => {
  assert.ok(fs.existsSync(TARBALL), `no package at ${TARBALL}: run \`make package\` first`);
  fs.rmSync(WORK, { recursive: true, force: true });
  fs.mkdirSync(WORK, { recursive: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Runs a command; resolves to { code, output } (stdout and stderr together). */
function run(cmd, args, { cwd, timeout = 300_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('error', reject);
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, output }); });
  });
}

/** The same, failing with the command's output unless it exits 0. */
async function must(cmd, args, options) {
  const result = await run(cmd, args, options);
  assert.equal(result.code, 0, `${cmd} ${args.join(' ')} failed:\n${result.output}`);
  return result.output;
}

/** A new empty folder under target/package-test/ with the app's sources
 * (never a node_modules or a build), its registry packages installed from
 * its lock file, then the package from the tarball. */
async function installApp(name) {
  const dir = fs.mkdtempSync(path.join(WORK, `${name}-`));
  const from = path.join(TEMPLATES, name);
  fs.cpSync(from, dir, { recursive: true, filter: (src) => !/(^|\/)(node_modules|dist)(\/|$)/.test(path.relative(from, src)) });
  await must('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir });
  await must('npm', ['install', '--no-save', '--no-audit', '--no-fund', TARBALL], { cwd: dir });
  const installed = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules/oih-checklist/package.json'), 'utf8'));
  assert.equal(installed.version, VERSION, 'the tarball is the one installed');
  return dir;
}

const bin = (dir, name) => path.join(dir, 'node_modules/.bin', name);

/** Type-checks `dir` with `file` (relative to it) written as `text` on top of
 * the app's own sources; resolves to the checker's { code, output }. */
async function typeCheckWith(dir, checker, file, text) {
  const target = path.join(dir, file);
  fs.writeFileSync(target, text);
  try {
    return await run(bin(dir, checker), ['--noEmit', '-p', '.'], { cwd: dir });
  } finally {
    fs.rmSync(target);
  }
}

/** Asserts that `checker` fails on `file` and only there, naming `names` (regexes). */
function assertFailsOn({ code, output }, file, names) {
  assert.notEqual(code, 0, `the type check passes with ${file}:\n${output}`);
  const errorLines = output.split('\n').filter((l) => /error TS\d+/.test(l));
  assert.ok(errorLines.length > 0, `no TypeScript error reported:\n${output}`);
  for (const line of errorLines) assert.ok(line.startsWith(file), `an error outside ${file}: ${line}`);
  for (const name of names) assert.match(output, name, `the error names the problem (${name}):\n${output}`);
}

/**
 * Opens `url` in headless Chromium and uses the widget as a patient does:
 * answers a sign question "Yes" and sees the result change, prints the
 * summary for the doctor (window.print recorded), and checks evaluate()
 * (`api(page)` resolves to the level it gave). Every request
 * must go to one of `origins`; none may fail; no error or warning in the
 * console; no CSP violation.
 */
async function useWidget(url, origins, { api = appLevel, expectCsp } = {}) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
  });
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e}`));
  page.on('console', (m) => {
    // (Vue warns of a component it cannot resolve: `isCustomElement` missing.)
    if (['error', 'warning'].includes(m.type()) || /Content.Security.Policy/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  try {
    const response = await page.goto(url);
    if (expectCsp) assert.equal(response.headers()['content-security-policy'], expectCsp);
    const w = page.locator('oih-checklist');
    await w.locator(LIVE).waitFor({ timeout: 30_000 });
    assert.equal(await w.getAttribute('lang'), 'en');

    // The widget answers: a "Yes" to a sign changes the result.
    const result = w.locator('section.oih-result');
    await answer(w, 'seizure', 'no');
    await answer(w, 'opioid_use', 'current');
    const [levelBefore, textBefore] = [await result.getAttribute('data-level'), await result.innerText()];
    await answer(w, 'allodynia', 'yes');
    assert.equal(await result.getAttribute('data-level'), 'some_signs');
    assert.notEqual(levelBefore, 'some_signs', 'the "Yes" changed the result');
    assert.notEqual(await result.innerText(), textBefore, 'the result reads differently');

    // "Print a summary for your doctor" prints the summary on its own.
    await page.evaluate(() => {
      window.__prints = 0;
      window.print = () => { window.__prints += 1; window.dispatchEvent(new Event('beforeprint')); };
    });
    await w.getByRole('button', { name: 'Print a summary for your doctor' }).click();
    // (The summary is made by the contract wasm, loaded on the first click.)
    await page.waitForFunction(() => window.__prints > 0, null, { timeout: 15_000 }).catch(() => {
      throw new Error(`"Print a summary" did not print; the page reported:\n${problems.join('\n') || '(nothing)'}\nrequests:\n${requests.join('\n')}`);
    });
    assert.equal(await page.evaluate(() => window.__prints), 1, 'the button asks the browser to print, once');
    const printed = await page.evaluate(() => document.querySelector('body > [data-oih-print]')?.shadowRoot?.textContent ?? '');
    assert.match(printed, /Pain from things that should not hurt/, 'the printed summary lists the answers');
    assert.match(printed, /Yes, I take it now/);

    assert.equal(await api(page), 'some_signs', "evaluate({ answers: { opioid_use: 'current', allodynia: 'yes' } }).level");

    // Nothing but the page's and the widget's own files.
    // (The page's own `<link rel="icon" href="data:,">` aside: no module
    // inlined as a data: URL either.)
    const strangers = requests.filter((u) => !origins.some((o) => u.startsWith(`${o}/`)) && u !== 'data:,');
    assert.deepEqual(strangers, [], 'every request goes to the page\'s or the widget\'s origin');
    assert.ok(requests.some((u) => /\/[^/]*oih-checklist[^/]*\.wasm$/.test(u)), `the widget's wasm was fetched:\n${requests.join('\n')}`);
    assert.ok(requests.some((u) => /\/[^/]*oih-evaluate[^/]*\.wasm$/.test(u)), `the contract wasm was fetched:\n${requests.join('\n')}`);
    assert.deepEqual(problems, []);
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation');
    return { requests };
  } finally {
    await context.close();
  }
}

/** The level the app's own evaluate() call shows (#api-level). */
async function appLevel(page) {
  await page.locator('#api-level').filter({ hasText: /\S/ }).waitFor({ timeout: 15_000 });
  return page.locator('#api-level').innerText();
}

/** Builds the app in `dir` with vite and serves its dist/. */
async function buildAndServe(dir) {
  const output = await must(bin(dir, 'vite'), ['build'], { cwd: dir });
  assert.match(output, /built in/);
  return serve(path.join(dir, 'dist'));
}

/** A free loopback port. */
function freePort() {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Vite's dev server for the app in `dir` (`vite`, as `npm run dev` runs
 * it), on 127.0.0.1; resolves to { url, close }. */
async function devServer(dir) {
  const port = await freePort();
  const child = spawn(bin(dir, 'vite'), ['--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: dir, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise((resolve) => child.on('exit', resolve));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vite did not start:\n${output}`)), 60_000);
    const seen = (d) => {
      output += d;
      if (output.includes(`http://127.0.0.1:${port}/`)) { clearTimeout(timer); resolve(); }
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    exited.then((code) => { clearTimeout(timer); reject(new Error(`vite exited (${code}):\n${output}`)); });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => { child.kill('SIGTERM'); await exited; },
  };
}

/** The browser checks of an app in `dir`: built by `vite build` and served
 * as static files, then under Vite's dev server. */
async function appInBrowser(t, dir) {
  const server = await buildAndServe(dir);
  try {
    await t.test('the built app (vite build) in Chromium: answers, prints, evaluate(), only its own files', async () => {
      await useWidget(`${server.url}/`, [server.url]);
    });
  } finally {
    await server.close();
  }
  const dev = await devServer(dir);
  try {
    await t.test('the app on Vite\'s dev server in Chromium: answers, prints, evaluate(), only its own files', async () => {
      await useWidget(`${dev.url}/`, [dev.url]);
    });
  } finally {
    await dev.close();
  }
}

test('React 19 + TypeScript + Vite: tsc passes and catches mistakes; the app answers, prints, and requests only its own files', async (t) => {
  const dir = await installApp('react');
  const app = fs.readFileSync(path.join(dir, 'src/App.tsx'), 'utf8');
  const apiCall = "answers: { opioid_use: 'current', allodynia: 'yes' }";
  assert.ok(app.includes('<oih-checklist lang="en"') && app.includes(apiCall) && app.includes("from 'oih-checklist/react'"));

  await t.test('tsc --noEmit passes', async () => {
    await must(bin(dir, 'tsc'), ['--noEmit', '-p', '.'], { cwd: dir });
  });
  await t.test('tsc fails on a misspelt attribute, naming it', async () => {
    const result = await typeCheckWith(dir, 'tsc', 'src/Misspelt.tsx', app.replace('<oih-checklist lang="en"', '<oih-checklist lang="en" compakt'));
    assertFailsOn(result, 'src/Misspelt.tsx', [/'compakt'/]);
  });
  await t.test('tsc fails on a heading level out of 1 to 6', async () => {
    const result = await typeCheckWith(dir, 'tsc', 'src/Level.tsx', app.replace(/heading-level="\d"/, 'heading-level="7"'));
    assertFailsOn(result, 'src/Level.tsx', [/"7"/]);
  });
  await t.test('tsc fails on an answer value the contract does not allow, naming it', async () => {
    const result = await typeCheckWith(dir, 'tsc', 'src/WrongAnswer.tsx', app.replace(apiCall, "answers: { seizure: 'maybe' }"));
    assertFailsOn(result, 'src/WrongAnswer.tsx', [/"maybe"/]);
  });
  await t.test('tsc fails on a question id the contract does not have, naming it', async () => {
    const result = await typeCheckWith(dir, 'tsc', 'src/WrongField.tsx', app.replace(apiCall, "answers: { seizur: 'yes' }"));
    assertFailsOn(result, 'src/WrongField.tsx', [/'seizur'/]);
  });
  await t.test('tsc fails on a medicine\'s amount given as text', async () => {
    const result = await typeCheckWith(dir, 'tsc', 'src/WrongAmount.tsx',
      app.replace(apiCall, "answers: {}, medications: [{ drug: 'oxycodone', amount: '10', times_per_day: 2 }]"));
    assertFailsOn(result, 'src/WrongAmount.tsx', [/'string'/]);
  });
  await t.test('tsc fails on comparing the result to a level that does not exist', async () => {
    const result = await typeCheckWith(dir, 'tsc', 'src/WrongLevel.tsx',
      app.replace('setLevel(result.level)', "setLevel(result.level === 'sum_signs' ? 'x' : result.level)"));
    assertFailsOn(result, 'src/WrongLevel.tsx', [/"sum_signs"/]);
  });

  await appInBrowser(t, dir);
});

test('Vue 3 + Vite (isCustomElement): vue-tsc passes and catches mistakes; the app answers, prints, and requests only its own files', async (t) => {
  const dir = await installApp('vue');
  const app = fs.readFileSync(path.join(dir, 'src/App.vue'), 'utf8');
  const apiCall = "answers: { opioid_use: 'current', allodynia: 'yes' }";
  assert.ok(app.includes('<oih-checklist lang="en" heading-level="2"') && app.includes(apiCall));
  assert.match(fs.readFileSync(path.join(dir, 'vite.config.ts'), 'utf8'), /isCustomElement: \(tag\) => tag === 'oih-checklist'/);
  assert.match(fs.readFileSync(path.join(dir, 'src/main.ts'), 'utf8'), /^import type \{\} from 'oih-checklist\/vue'$/m);
  assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'tsconfig.json'), 'utf8')).vueCompilerOptions?.strictTemplates, true);

  await t.test('vue-tsc --noEmit passes', async () => {
    await must(bin(dir, 'vue-tsc'), ['--noEmit', '-p', '.'], { cwd: dir });
  });
  await t.test('vue-tsc fails on a misspelt attribute, naming it', async () => {
    const result = await typeCheckWith(dir, 'vue-tsc', 'src/Misspelt.vue', app.replace('<oih-checklist lang="en"', '<oih-checklist lang="en" compakt'));
    assertFailsOn(result, 'src/Misspelt.vue', [/'compakt'/]);
  });
  await t.test('vue-tsc fails on a heading level out of 1 to 6', async () => {
    const result = await typeCheckWith(dir, 'vue-tsc', 'src/Level.vue', app.replace('heading-level="2"', 'heading-level="7"'));
    assertFailsOn(result, 'src/Level.vue', [/"7"/]);
  });
  await t.test('vue-tsc fails on :compact="false" (Vue would write compact="false", which is compact)', async () => {
    const result = await typeCheckWith(dir, 'vue-tsc', 'src/CompactFalse.vue', app.replace('<oih-checklist lang="en"', '<oih-checklist lang="en" :compact="false"'));
    assertFailsOn(result, 'src/CompactFalse.vue', [/'false'/]);
  });
  await t.test('vue-tsc fails on an answer value the contract does not allow, naming it', async () => {
    const result = await typeCheckWith(dir, 'vue-tsc', 'src/WrongAnswer.vue', app.replace(apiCall, "answers: { seizure: 'maybe' }"));
    assertFailsOn(result, 'src/WrongAnswer.vue', [/"maybe"/]);
  });

  await appInBrowser(t, dir);
});

/** The page of tests/package/cdn/index.html for a CDN at `cdn`, with the
 * import map's integrity for the entry set to `integrity`. */
function cdnPage(cdn, integrity) {
  const template = fs.readFileSync(path.join(TEMPLATES, 'cdn/index.html'), 'utf8');
  const page = template.replaceAll('https://cdn.jsdelivr.net', cdn).replace(/oih-checklist@[^/]+\//g, `oih-checklist@${VERSION}/`).replace('sha384-INTEGRITY', integrity);
  const importMap = /<script type="importmap">([\s\S]*?)<\/script>/.exec(page)[1];
  return { page, importMapHash: `sha256-${createHash('sha256').update(importMap).digest('base64')}` };
}

test('plain HTML from a CDN layout, with SRI in an import map, under a strict CSP: answers, prints, requests only the page and the CDN', async (t) => {
  let cdnServer, pageServer;
  try {
    const cdnDir = fs.mkdtempSync(path.join(WORK, 'cdn-'));
    const unpacked = path.join(cdnDir, `npm/oih-checklist@${VERSION}`);
    fs.mkdirSync(unpacked, { recursive: true });
    await must('tar', ['xzf', TARBALL, '-C', unpacked, '--strip-components=1']);
    const entry = fs.readFileSync(path.join(unpacked, 'oih-checklist.js'));
    const integrity = `sha384-${createHash('sha384').update(entry).digest('base64')}`;
    // As jsDelivr serves it: any origin may load it.
    cdnServer = await serve(cdnDir, { headers: { 'access-control-allow-origin': '*' } });
    const cdn = cdnServer.url;

    const pageDir = fs.mkdtempSync(path.join(WORK, 'cdn-page-'));
    const good = cdnPage(cdn, integrity);
    const bad = cdnPage(cdn, `sha384-${createHash('sha384').update('not the module').digest('base64')}`);
    fs.writeFileSync(path.join(pageDir, 'index.html'), good.page);
    fs.writeFileSync(path.join(pageDir, 'tampered.html'), bad.page);
    // tests/e2e/embed.test.mjs's policy, and the import map's own hash
    // (an import map is an inline script).
    const csp = (hash) => `default-src 'none'; script-src ${cdn} '${hash}' 'wasm-unsafe-eval'; connect-src ${cdn}; style-src 'self'; img-src 'self' data:`;
    pageServer = await serve(pageDir, { headers: { 'content-security-policy': csp(good.importMapHash) } });
    assert.notEqual(new URL(pageServer.url).origin, new URL(cdn).origin);

    await t.test('the page answers, prints, evaluate() works, only the page and the CDN are asked', async () => {
      const src = `${cdn}/npm/oih-checklist@${VERSION}/oih-checklist.js`;
      const { requests } = await useWidget(`${pageServer.url}/`, [pageServer.url, cdn], {
        expectCsp: csp(good.importMapHash),
        api: (page) => page.evaluate(async (src) => (await (await import(src)).evaluate({ answers: { opioid_use: 'current', allodynia: 'yes' } })).level, src),
      });
      assert.ok(requests.includes(src));
    });

    await t.test('the import map\'s integrity is enforced: a module that does not match it never runs', async () => {
      const tampered = await serve(pageDir, { headers: { 'content-security-policy': csp(bad.importMapHash) } });
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const blocked = page.waitForEvent('console', { predicate: (m) => /integrity/i.test(m.text()), timeout: 15_000 });
        await page.goto(`${tampered.url}/tampered.html`);
        await blocked;
        assert.equal(await page.evaluate(() => !!customElements.get('oih-checklist')), false, 'the element is not defined');
        assert.equal(await page.locator('oih-checklist').evaluate((el) => el.shadowRoot), null, 'no widget, not even its first screen');
        assert.ok(await page.getByText('This checklist needs JavaScript').isVisible(), 'the element\'s own text shows');
      } finally {
        await context.close();
        await tampered.close();
      }
    });
  } finally {
    await cdnServer?.close();
    await pageServer?.close();
  }
});
