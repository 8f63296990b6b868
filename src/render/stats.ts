import type { Stats, Tally } from '../progress/stats.js';
import { glyphs, type Style } from './style.js';
import { visibleLine } from '../text/visible.js';

const pct = (t: Tally, s: Style) => (t.accuracy === null ? `   ${glyphs(s.ascii).skipped}` : `${Math.round(t.accuracy * 100)}%`.padStart(4));

function bar(t: Tally, width: number, s: Style): string {
  const g = glyphs(s.ascii);
  const filled = t.accuracy === null ? 0 : Math.round(t.accuracy * width);
  return s.c.green(g.full.repeat(filled)) + s.c.dim(g.empty.repeat(width - filled));
}

/** Accuracy of the last sessions as a row of block heights (in ASCII, ever denser marks), oldest first. */
function sparkline(values: (number | null)[], s: Style): string {
  const blocks = s.ascii ? '_.,:-=+#' : '▁▂▃▄▅▆▇█';
  return values.map((v) => (v === null ? ' ' : blocks[Math.min(7, Math.floor(v * 8))])).join('');
}

export function statsText(stats: Stats, s: Style): string {
  // Tags come from the store, which an older version or a hand may have written: shown, never obeyed.
  const st: Stats = { ...stats, tags: stats.tags.map((t) => ({ ...t, tag: visibleLine(t.tag) })), weakest: stats.weakest.map(visibleLine) };
  if (st.overall.answered === 0) return 'No answers recorded yet. Run `quizdrill` to start a drill; every answer is kept.\n';
  const out: string[] = [];
  out.push(s.c.bold('Overall'), `  ${bar(st.overall, 20, s)} ${pct(st.overall, s)}  ${st.overall.right} of ${st.overall.answered} answers right`);
  if (st.parts.total) out.push(`  ${st.parts.seen} of ${st.parts.total} parts of the loaded banks answered at least once`);
  const w = Math.min(24, Math.max(...st.tags.map((t) => t.tag.length)));
  out.push('', s.c.bold('By tag'));
  for (const t of st.tags) out.push(`  ${t.tag.slice(0, w).padEnd(w)} ${bar(t, 20, s)} ${pct(t, s)}  ${t.right}/${t.answered}`);
  if (st.weakest.length) out.push('', `${s.c.bold('Weakest')}: ${st.weakest.join(', ')}  (quizdrill practice --tag "${st.weakest[0]}")`);
  out.push('', s.c.bold('Trend') + s.c.dim(` (accuracy of the last ${st.sessions.length} session${st.sessions.length === 1 ? '' : 's'}, oldest first)`));
  out.push(`  ${sparkline(st.sessions.map((x) => x.accuracy), s)}  ${st.sessions.map((x) => pct(x, s).trim()).join(' ')}`);
  out.push('', s.c.bold('Due'), `  now: ${st.due.now}`);
  const max = Math.max(1, ...st.due.week.map((d) => d.count));
  for (const d of st.due.week) out.push(`  ${d.date}  ${s.c.cyan((s.ascii ? '#' : '▇').repeat(Math.round((d.count / max) * 20)))} ${d.count}`);
  return out.join('\n') + '\n';
}
