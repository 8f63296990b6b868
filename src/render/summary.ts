import { formatBoolean } from '../grade/format.js';
import { parseBoolean } from '../grade/parse-boolean.js';
import type { PartRecord, SessionRecord, Score } from '../session/record.js';
import { keyText } from './drill-text.js';
import { duration, glyphs, wrap, type Style } from './style.js';

const ENDINGS = { completed: 'Drill complete.', quit: 'Drill ended (quit).', interrupted: 'Drill interrupted.', 'end-of-input': 'Drill ended (end of input).' };

/** The closing summary: score, score per tag, time, and what to look at again. */
export function summaryText(session: SessionRecord, s: Style): string {
  const { score } = session;
  const pct = score.total ? Math.round((100 * score.right) / score.total) : 0;
  const g = glyphs(s.ascii);
  const out = [
    '',
    s.c.dim(g.double.repeat(Math.min(s.width, 80))),
    s.c.bold(session.ended ? ENDINGS[session.ended] : 'Drill summary.'),
    wrap(
      `Score: ${s.c.bold(`${score.right} of ${score.total}`)} right (${pct}%) ${g.dot} ${score.wrong} wrong ${g.dot} ${score.skipped} skipped` +
        (unanswered(score) ? ` ${g.dot} ${unanswered(score)} not reached` : '') +
        ` ${g.dot} time ${duration(session.seconds)}`,
      s.width,
    ),
  ];
  const tags = Object.entries(session.tags).filter(([, t]) => t.right + t.wrong + t.skipped > 0);
  if (tags.length) {
    out.push('', 'By tag:');
    const w = Math.min(24, Math.max(...tags.map(([t]) => t.length)));
    for (const [tag, t] of tags) out.push(`  ${tag.slice(0, w).padEnd(w)}  ${bar(t, 20, s)}  ${t.right}/${t.right + t.wrong + t.skipped}`);
  }
  const missed = session.parts.filter((p) => p.result !== 'right');
  if (missed.length) {
    out.push('', 'Missed or skipped:');
    for (const p of missed) {
      const you = p.result === 'skipped' ? 'skipped' : `you: ${shownAnswer(p)}`;
      out.push(wrap(`${p.result === 'wrong' ? s.c.red(g.wrong) : s.c.yellow(g.skipped)} ${p.variant ?? p.problem} part ${p.part} (${you}; answer: ${keyText(p.expected, p.kind === 'expression', s)})`, s.width, '  '));
    }
  }
  return out.join('\n') + '\n';
}

/** What the student gave, in the key's own words: `false` and `no` are False, as the key is shown. */
function shownAnswer(p: PartRecord): string {
  if (p.kind !== 'true-false' || p.answer === null) return String(p.answer);
  const read = parseBoolean(p.answer);
  return read.ok ? formatBoolean(read.value) : p.answer;
}

function unanswered(score: Score): number {
  return score.total - score.right - score.wrong - score.skipped;
}

/** Right in green, wrong in red, with different glyphs so the bar reads without colour. */
function bar(t: Score, width: number, s: Style): string {
  const g = glyphs(s.ascii);
  const answered = t.right + t.wrong + t.skipped;
  const right = answered ? Math.round((width * t.right) / answered) : 0;
  return s.c.green(g.full.repeat(right)) + s.c.red(g.empty.repeat(width - right));
}
