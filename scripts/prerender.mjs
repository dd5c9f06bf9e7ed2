// The widget's first screen, written into index.html so that the first
// question can be answered as soon as the page itself has arrived, before
// the wasm (see www/early.js and ARCHITECTURE.md, "First screen").
//
//   prerender(dir)   dir: trunk's staging directory with a working index.html
//
// It opens index.html in headless Chromium, waits for the widget to render,
// and takes the element's shadow root as the live widget made it (so the
// first screen is the widget's own markup, never a copy kept by hand). Then
// index.html gets, inside <oih-checklist>, a declarative shadow root holding
// the stylesheet (www/first-screen.css and www/widget.css, minified: the
// wasm carries none, element.js adopts this one for the live widget), a
// <slot> (which shows the element's fallback text when scripts or
// WebAssembly are off) and the first screen, hidden; and right after the
// element, www/early.js, which shows it. The embed entry gets the same
// first screen and script (www/embed.js puts them into each element).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve-files.mjs';

/** The live widget's first screen, from `dir`/index.html. */
async function firstScreen(dir, pageName) {
  const server = await serve(dir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}/${pageName === 'index.html' ? '' : pageName}`);
    await page.locator('oih-checklist .oih-host > .oih').waitFor({ timeout: 30_000 });
    // Effects run after the first render; let them settle.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const shot = await page.evaluate(() => ({
      host: document.querySelector('oih-checklist').shadowRoot.querySelector('.oih-host').outerHTML,
    }));
    if (errors.length) throw new Error(`prerender: the page failed: ${errors.join('; ')}`);
    return shot;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** www/`name` without its comments, spare whitespace and last semicolons;
 * quoted strings stay as written (`"\\26A0\\FE0E  "`: the space after a hex
 * escape ends it, the second one is the text's). */
function minifiedCss(name) {
  return fs.readFileSync(new URL(`../www/${name}`, import.meta.url), 'utf8')
    // (Comments first: some quote words. No string holds a comment.)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/("[^"]*"|'[^']*')/)
    .map((part, i) => (i % 2 ? part : part
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')))
    .join('')
    .trim();
}

/**
 * The embed's first screen: the page's, with its closed <details> (the
 * Sources and the About, at the foot of the widget) kept, but empty and
 * inert until the widget runs, so that nothing empty can be opened. Their
 * text is in the wasm; in the embed entry, which every page with the widget
 * loads whatever its language, it took 1.4 KB gzipped, and the Spanish
 * embed's whole load was over its budget by 2.0 KB (ARCHITECTURE.md,
 * "First screen"). The standalone pages keep them whole.
 */
function closedAndEmpty(html) {
  let emptied = 0;
  const out = html.replace(/<details([^>]*)>(<summary[^>]*>[^<]*<\/summary>)([\s\S]*?)<\/details>/g, (all, attributes, summary, content) => {
    if (/\bopen\b/.test(attributes) || content.includes('<details')) throw new Error('prerender: a first-screen <details> is open or holds another; update closedAndEmpty');
    emptied += 1;
    return `<details${attributes} inert="">${summary}</details>`;
  });
  if (emptied !== (html.match(/<details\b/g) || []).length) throw new Error('prerender: a first-screen <details> was not emptied; update closedAndEmpty');
  return out;
}

/** Writes the first screen into `dir`/`pageName` (index.html, or es.html
 * in its language; with `earlyScript` after the element) and, unless
 * `entry` is null, into the embed entry `dir`/`entry` (its %FIRST_SCREEN%
 * and %EARLY%, see www/embed.js). */
export async function prerender(dir, earlyScript, entry, pageName = 'index.html') {
  const page = path.join(dir, pageName);
  const html = fs.readFileSync(page, 'utf8');
  const { host } = await firstScreen(dir, pageName);
  if (!host.startsWith('<div class="oih-host">')) throw new Error('prerender: the widget\'s shadow root is not as expected');
  // www/early.js updates the count by its leading number.
  if (!/aria-valuetext="0 (of|de) \d+ /.test(host)) throw new Error('prerender: the progress text no longer starts with the count; update www/early.js');
  const css = minifiedCss('widget.css');
  if (/<(script|style|template)\b/i.test(host) || css.includes('</')) throw new Error('prerender: unexpected markup in the first screen');
  const early = host.replace('<div class="oih-host">', '<div class="oih-host" data-early="" hidden="">');
  const open = '<oih-checklist>';
  const close = '</oih-checklist>';
  if (html.split(open).length !== 2 || html.split(close).length !== 2) throw new Error('prerender: index.html must hold one <oih-checklist>');
  // www/first-screen.css (hidden until early.js shows it; below the fold
  // after the first frame) before the widget's own stylesheet.
  const style = `${minifiedCss('first-screen.css')}${css}`;
  const screen = `<style>${style}</style><slot></slot>${early}`;
  const out = html
    .replace(open, `${open}<template shadowrootmode="open">${screen}</template>`)
    .replace(close, `${close}\n<script>${earlyScript}</script>`);
  fs.writeFileSync(page, out);
  // (What an embed puts into an element: the Spanish one, step 5 of post-build.mjs.)
  const forEmbed = { css: style, html: `<slot></slot>${closedAndEmpty(early)}` };
  if (!entry) return forEmbed;
  // The embed adopts the stylesheet (a host page's CSP may forbid <style>).
  const embed = path.join(dir, entry);
  const text = fs.readFileSync(embed, 'utf8');
  const holes = ['%FIRST_SCREEN_CSS%', '%FIRST_SCREEN%', '%EARLY%'];
  if (!holes.every((h) => text.includes(h))) throw new Error(`prerender: ${entry} lacks one of ${holes.join(', ')}`);
  fs.writeFileSync(embed, text
    .replace('%FIRST_SCREEN_CSS%', () => JSON.stringify(style))
    .replace('%FIRST_SCREEN%', () => JSON.stringify(forEmbed.html))
    .replace('%EARLY%', () => earlyScript));
  return forEmbed;
}
