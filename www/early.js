// The first moments, before the widget's wasm runs. scripts/prerender.mjs
// put the widget's first screen into the page as a declarative shadow root
// (hidden, with a <slot> that shows the element's own fallback text), and
// puts this script right after the element. With JavaScript and
// WebAssembly, the prerendered checklist is shown at once: its radio buttons
// and fields work as plain HTML, and the count of answered questions follows
// the answers. A button pressed on it (every one has an id) is remembered.
// When the wasm runs, element.js replaces it with the live widget, carries
// over what was chosen and where the focus was, and presses the remembered
// button again, so "Add a medicine" or "See your result" pressed on a slow
// connection is not lost. If the
// wasm cannot load, the page's start script puts the fallback text back.
// Nothing here reads more than the form, or sends anything.

// The first frame painted (requestAnimationFrame, then a task); a tab in
// the background gets no frame, hence the timer. What is below the fold
// waits for it (www/first-screen.css, data-defer), and so does the wasm:
// index.html's start script (scripts/post-build.mjs) and the embed
// (www/embed.js, whose module this script is put in) start it then.
const firstFrame = new Promise((resolve) => {
  requestAnimationFrame(() => setTimeout(resolve));
  setTimeout(resolve, 250);
});
/** Shows the prerendered first screen in `el`'s shadow root, if it has one
 * (the embed calls it again for a first screen that came later: Spanish).
 * A `const`, not a function declaration: in index.html's classic script it
 * then adds no property to `window`. */
const showEarly = (el) => {
  const root = el.shadowRoot;
  const early = root?.querySelector('[data-early]');
  // (The start script marks the page when the wasm failed to load.)
  if (!early || typeof WebAssembly !== 'object' || document.documentElement.hasAttribute('data-oih-failed')) return;
  root.querySelector('slot')?.remove();
  early.setAttribute('data-defer', '');
  early.hidden = false;
  firstFrame.then(() => early.removeAttribute('data-defer'));
  root.addEventListener('change', () => {
    if (!early.isConnected) return;
    const bar = early.querySelector('.oih-progress progress');
    const answered = early.querySelectorAll('.oih-question :checked').length;
    const text = bar.getAttribute('aria-valuetext').replace(/^\d+/, answered);
    bar.value = answered;
    bar.setAttribute('aria-valuetext', text);
    bar.nextElementSibling.textContent = text;
  });
  root.addEventListener('click', (event) => {
    const button = event.target.closest?.('button[id]');
    if (button && early.contains(button)) early.dataset.pressed = button.id;
  });
};
for (const el of document.querySelectorAll('oih-checklist')) showEarly(el);
