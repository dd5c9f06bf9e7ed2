// Units, tables and the widget's first-load file list, for bench-browser.mjs
// and size.mjs.
//
// Units: 1 KiB = 1024 bytes, 1 MiB = 1024 KiB, as the benchmark has always
// printed (tests/e2e/bench.mjs before it). The size budgets (size.mjs): 100
// KiB (102,400 bytes) of gzip for everything a page loads before its first
// question is usable, and 130 KiB for the whole widget's first load (110
// until clinical content v3: its brand table with each strength as printed,
// the editor that offers them, and the v3 words took the whole widget from
// 108.0 to 127.0 KiB; the first usable question went from 7.9 to 8.6 KiB).
export const KIB = 1024;
export const BUDGET_BYTES = 100 * KIB;
export const WHOLE_BUDGET_BYTES = 130 * KIB;

const fixed = (x) => (Number.isFinite(x) ? x.toFixed(1) : '-');
export const kib = (bytes) => fixed(bytes / KIB);
export const mib = (bytes) => fixed(bytes / KIB / KIB);
export const ms = (t) => (Number.isFinite(t) ? (t < 10 ? t.toFixed(1) : t.toFixed(0)) : '-');

/** Left-aligns the first column, right-aligns the rest. */
export function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map(String));
  const width = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ');
  return [line(all[0]), width.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].map((l) => `  ${l}`).join('\n');
}

/** Per-file raw, gzip -9 and brotli -q 11 sizes of `paths` (as served by
 * `server`), with the total. Returns { text, total }. */
function fileTable(server, paths) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  const rows = paths.map((p) => {
    const s = server.sizes(p);
    if (!s) throw new Error(`${p} was loaded but is not served from a file`);
    for (const k in total) total[k] += s[k];
    return [p, s.raw, s.gzip, s.brotli];
  });
  rows.push(['total', total.raw, total.gzip, total.brotli]);
  rows.push(['total (KiB)', kib(total.raw), kib(total.gzip), kib(total.brotli)]);
  return { text: table(['file', 'raw', 'gzip -9 (zlib)', 'brotli -q 11'], rows), total };
}

/**
 * One load's files (`paths`) with their sizes, titled `what`, and the line
 * comparing their gzip total with `budget` bytes. Returns { text, gzip, over }.
 */
export function sizeReport(server, page, what, paths, budget) {
  const { text, total } = fileTable(server, paths);
  const over = total.gzip > budget;
  const title = `${page.name}: ${what}${page.hostPage ? ' (what the snippet loads; the host page left out)' : ''}, bytes`;
  const line = `  ${over ? 'OVER BUDGET' : 'within budget'}: ${kib(total.gzip)} KiB gzipped (${total.gzip} bytes); `
    + `budget ${kib(budget)} KiB (${budget} bytes)${over ? `, ${total.gzip - budget} bytes over` : ''}`;
  return { text: `${title}\n${text}\n${line}`, gzip: total.gzip, over };
}
