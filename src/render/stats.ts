import type { Stats, Tally } from '../progress/stats.js';
import { clip, glyphs, wrap, type Style } from './style.js';
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
  // Bars are 20 blocks wide, fewer (down to 5) where the terminal is narrower than a line with them.
  const barFor = (rest: number) => Math.max(5, Math.min(20, s.width - rest));
  const overall = `${st.overall.right} of ${st.overall.answered} answers right`;
  out.push(s.c.bold('Overall'), `  ${bar(st.overall, barFor(2 + 1 + 4 + 2 + overall.length), s)} ${pct(st.overall, s)}  ${overall}`);
  if (st.parts.total) out.push(wrap(`${st.parts.seen} of ${st.parts.total} parts of the loaded banks answered at least once`, s.width, '  '));
  const counts = Math.max(...st.tags.map((t) => `${t.right}/${t.answered}`.length));
  const w = Math.max(8, Math.min(24, Math.max(...st.tags.map((t) => t.tag.length)), s.width - (2 + 1 + 5 + 1 + 4 + 2 + counts)));
  const tagBar = barFor(2 + w + 1 + 1 + 4 + 2 + counts);
  out.push('', s.c.bold('By tag'));
  for (const t of st.tags) out.push(`  ${clip(t.tag, w, s.ascii).padEnd(w)} ${bar(t, tagBar, s)} ${pct(t, s)}  ${t.right}/${t.answered}`);
  if (st.weakest.length) out.push('', wrap(`${s.c.bold('Weakest')}: ${st.weakest.join(', ')}  (quizdrill practice --tag "${st.weakest[0]}")`, s.width));
  out.push('', wrap(s.c.bold('Trend') + s.c.dim(` (accuracy of the last ${st.sessions.length} session${st.sessions.length === 1 ? '' : 's'}, oldest first)`), s.width));
  out.push(wrap(`${sparkline(st.sessions.map((x) => x.accuracy), s)}  ${st.sessions.map((x) => pct(x, s).trim()).join(' ')}`, s.width, '  '));
  out.push('', s.c.bold('Due'), `  now: ${st.due.now}`);
  const max = Math.max(1, ...st.due.week.map((d) => d.count));
  for (const d of st.due.week) out.push(`  ${d.date}  ${s.c.cyan((s.ascii ? '#' : '▇').repeat(Math.round((d.count / max) * 20)))} ${d.count}`);
  return out.join('\n') + '\n';
}
