// Where the widget's controls sit, for the layout checks of both suites:
// Playwright's (tests/e2e) and WebKit's over WebDriver (tests/webkit). The
// functions marked "in the page" are self-contained, so either driver can
// serialize them and run them with the widget's shadow root as their first
// argument; the rest compare what they return, in Node.

/** In the page: for each question's box, how far its legend's top is
 * above the box's top border (positive: the legend sits across the
 * border); only those above. */
export function legendsAboveBorder(root) {
  return [...root.querySelectorAll('fieldset.oih-question')].map((box) => {
    const legend = box.querySelector('legend').getBoundingClientRect();
    const top = box.getBoundingClientRect().top + parseFloat(getComputedStyle(box).borderTopWidth);
    return { question: box.querySelector('legend').textContent.slice(0, 30), above: Math.round(top - legend.top) };
  }).filter((q) => q.above > 0);
}

/** In the page: every control a person can see (button, input, select,
 * textarea, label, link, summary) with its box as drawn: clipped by the
 * boxes that scroll or clip it (the diary's table scrolls sideways), and
 * left out when hidden, clipped away or visually hidden (1 px); and with
 * the box of the widget it is in (`within`: the checklist's `.oih`, or the
 * diary's, which opens below it). `key` names a control the same way in
 * two layouts of the same DOM; `inside` lists the keys of the controls it
 * contains (a label around its input). */
export function measure(root) {
  const rect = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  const all = [...root.querySelectorAll('button, input:not([type="hidden"]), select, textarea, label, a[href], summary')];
  const controls = [];
  all.forEach((el, i) => {
    const style = getComputedStyle(el);
    if (el.getClientRects().length === 0 || style.visibility !== 'visible' || el.closest('[hidden]')) return;
    let r = rect(el.getBoundingClientRect());
    if (r.right - r.left <= 1 && r.bottom - r.top <= 1) return; // visually hidden
    for (let a = el.parentElement; a; a = a.parentElement) {
      const s = getComputedStyle(a);
      const clips = s.overflowX !== 'visible' || s.overflowY !== 'visible' || s.clip !== 'auto';
      if (!clips) continue;
      const b = a.getBoundingClientRect();
      const left = b.left + a.clientLeft;
      const top = b.top + a.clientTop;
      r = { left: Math.max(r.left, left), top: Math.max(r.top, top),
        right: Math.min(r.right, left + a.clientWidth), bottom: Math.min(r.bottom, top + a.clientHeight) };
    }
    if (r.right - r.left < 1 || r.bottom - r.top < 1) return; // scrolled or clipped away
    const text = (el.getAttribute('aria-label') || el.textContent || el.value || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const key = `${i} ${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.type && el.tagName !== 'SELECT' ? `[${el.type}]` : ''}${text ? ` "${text}"` : ''}`;
    controls.push({ key, el, ...r, within: rect(el.closest('.oih').getBoundingClientRect()) });
  });
  for (const c of controls) c.inside = controls.filter((d) => d !== c && c.el.contains(d.el)).map((d) => d.key);
  return controls.map(({ el, ...c }) => c);
}

const fmt = (r) => `${Math.round(r.left)}..${Math.round(r.right)} x ${Math.round(r.top)}..${Math.round(r.bottom)}`;

/** The pairs of controls (from measure) whose boxes overlap by more than
 * `tolerance` px both ways, leaving out a control and one it contains. */
export function overlaps(controls, tolerance = 1) {
  const found = [];
  controls.forEach((a, i) => {
    for (const b of controls.slice(i + 1)) {
      if (a.inside.includes(b.key) || b.inside.includes(a.key)) continue;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > tolerance && h > tolerance) found.push(`${a.key} (${fmt(a)}) overlaps ${b.key} (${fmt(b)})`);
    }
  });
  return found;
}

/** The controls (from measure) that leave their widget's box (the
 * checklist's or the diary's) by more than `tolerance` px. */
export function outside(controls, tolerance = 1) {
  return controls.filter(({ within: box, ...c }) => c.left < box.left - tolerance || c.right > box.right + tolerance
    || c.top < box.top - tolerance || c.bottom > box.bottom + tolerance)
    .map((c) => `${c.key} (${fmt(c)}) leaves its widget (${fmt(c.within)})`);
}

/** The controls whose box in the right-to-left layout `rtl` is not the
 * mirror image, within the widget's box, of their box in the
 * left-to-right layout `ltr` of the same DOM (measure both), by more than
 * `tolerance` px: same top and size, as far from the right edge as it was
 * from the left. */
export function unmirrored(ltr, rtl, tolerance = 1) {
  const found = [];
  const before = new Map(ltr.map((c) => [c.key, c]));
  for (const c of rtl) {
    const l = before.get(c.key);
    if (!l) { found.push(`${c.key} shows only right to left`); continue; }
    before.delete(c.key);
    // Mirrored in its widget's box, then moved as that box moved.
    const [edges, dx, dy] = [l.within.left + l.within.right, c.within.left - l.within.left, c.within.top - l.within.top];
    const mirrored = { left: edges - l.right + dx, right: edges - l.left + dx, top: l.top + dy, bottom: l.bottom + dy };
    const off = Math.max(...['left', 'right', 'top', 'bottom'].map((side) => Math.abs(c[side] - mirrored[side])));
    if (off > tolerance) found.push(`${c.key} is at ${fmt(c)}, its mirror image at ${fmt(mirrored)}`);
  }
  for (const key of before.keys()) found.push(`${key} shows only left to right`);
  return found;
}

/** In the page (async): the middle row of a screenshot (a PNG, base64) of
 * a progress bar: its width, and how far the colour at its left end and
 * the colour at its right end run inwards (3 px in from each end, past a
 * rounded corner or a border). The filled part is the run whose length
 * matches the bar's value. `crop` ({ left, top, width, height }, in the
 * image's pixels) is the bar's box in a screenshot of more than the bar
 * (WebKitWebDriver's element screenshots come out black). */
export async function colourRuns(png, crop) {
  const bytes = Uint8Array.from(atob(png), (ch) => ch.charCodeAt(0));
  const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const box = crop ? {
    left: Math.round(crop.left), top: Math.round(crop.top), width: Math.round(crop.width), height: Math.round(crop.height),
  } : { left: 0, top: 0, width: image.width, height: image.height };
  const canvas = document.createElement('canvas');
  canvas.width = box.width;
  canvas.height = box.height;
  const context = canvas.getContext('2d');
  context.drawImage(image, -box.left, -box.top);
  const row = context.getImageData(0, Math.floor(box.height / 2), box.width, 1).data;
  const at = (x) => [row[4 * x], row[4 * x + 1], row[4 * x + 2]];
  const near = (a, b) => a.every((v, i) => Math.abs(v - b[i]) <= 48);
  const w = box.width;
  const run = (from, step) => {
    const colour = at(from);
    let x = from;
    while (x + step >= 0 && x + step < w && near(at(x + step), colour)) x += step;
    return Math.abs(x - from) + 4; // and the 3 px skipped
  };
  return { width: w, fromLeft: run(3, 1), fromRight: run(w - 4, -1) };
}

/** Which end a progress bar at `fraction` (0 < fraction < 0.5) fills from,
 * by its colour runs (from colourRuns): 'left', 'right', or a description
 * of what was seen. */
export function fillsFrom({ width, fromLeft, fromRight }, fraction) {
  const filled = fraction * width;
  const tolerance = Math.max(4, 0.08 * width);
  if (Math.abs(fromLeft - filled) <= tolerance && fromRight > width / 2) return 'left';
  if (Math.abs(fromRight - filled) <= tolerance && fromLeft > width / 2) return 'right';
  return `neither end (width ${width}, expected a fill of ${Math.round(filled)} px; runs ${fromLeft} from the left, ${fromRight} from the right)`;
}

/** What `marks` measures besides the controls: the progress bar, the
 * questions' legends, the result's headline, the diary's chart (its box)
 * and caption, its table's headers and numbers, its "refused" notice. */
export const MARKS = ['.oih-progress progress', '.oih-question legend', '.oih-headline', '.oih-diary-chart svg',
  '.oih-diary-chart figcaption', '.oih-diary-table thead th', '.oih-diary-table td.oih-num', '.oih-diary-refused'];

/** In the page: for each element matching `selectors`, the box of its text
 * (a range around its contents: where the text is aligned), or its own box
 * when it has no text or is an SVG, with its widget's box, as measure
 * gives them. */
export function marks(root, selectors) {
  const rect = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  const found = [];
  for (const selector of selectors) {
    [...root.querySelectorAll(selector)].forEach((el, i) => {
      if (el.getClientRects().length === 0) return;
      let r = el.getBoundingClientRect();
      if (!(el instanceof SVGElement) && el.textContent.trim()) {
        const range = document.createRange();
        range.selectNodeContents(el);
        r = range.getBoundingClientRect();
      }
      found.push({ key: `${selector} ${i}`, ...rect(r), within: rect(el.closest('.oih').getBoundingClientRect()) });
    });
  }
  return found;
}

/** In the page: the diary chart's scale labels on the wrong side of its
 * plot (its grid): the pain scale's (anchored at their end) must end left
 * of it, the MME scale's (anchored at their start) begin right of it, in
 * either direction: the chart draws left to right. The scales' labels are
 * the first axis group's (the legend's titles, in the last, sit above the
 * plot); its dates (anchored in their middle) are left out. */
export function chartLabels(root) {
  const svg = root.querySelector('.oih-diary-chart svg');
  const plot = svg.querySelector('g.oih-chart-grid path').getBoundingClientRect();
  const labels = [...svg.querySelector('g.oih-chart-axis').querySelectorAll('text')].filter((t) => t.getAttribute('text-anchor') !== 'middle');
  const describe = (t) => { const r = t.getBoundingClientRect(); return `${t.textContent} at ${Math.round(r.left)}..${Math.round(r.right)}, the plot ${Math.round(plot.left)}..${Math.round(plot.right)}`; };
  return {
    'left of the plot': labels.filter((t) => t.getAttribute('text-anchor') === 'end' && t.getBoundingClientRect().right > plot.left + 1).map(describe),
    'right of the plot': labels.filter((t) => !t.hasAttribute('text-anchor') && t.getBoundingClientRect().left < plot.right - 1).map(describe),
  };
}
