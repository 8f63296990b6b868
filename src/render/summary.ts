import type { SessionRecord, Score } from '../session/record.js';
import { duration, wrap, type Style } from './style.js';

const ENDINGS = { completed: 'Drill complete.', quit: 'Drill ended (quit).', interrupted: 'Drill interrupted.', 'end-of-input': 'Drill ended (end of input).' };

/** The closing summary: score, score per tag, time, and what to look at again. */
export function summaryText(session: SessionRecord, s: Style): string {
  const { score } = session;
  const pct = score.total ? Math.round((100 * score.right) / score.total) : 0;
  const out = [
    '',
    s.c.dim('═'.repeat(Math.min(s.width, 80))),
    s.c.bold(session.ended ? ENDINGS[session.ended] : 'Drill summary.'),
    `Score: ${s.c.bold(`${score.right} of ${score.total}`)} right (${pct}%) · ${score.wrong} wrong · ${score.skipped} skipped` +
      (unanswered(score) ? ` · ${unanswered(score)} not reached` : '') +
      ` · time ${duration(session.seconds)}`,
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
      const you = p.result === 'skipped' ? 'skipped' : `you: ${p.answer}`;
      out.push(wrap(`${p.result === 'wrong' ? s.c.red('✗') : s.c.yellow('–')} ${p.variant ?? p.problem} part ${p.part} (${you}; answer: ${p.expected})`, s.width, '  '));
    }
  }
  return out.join('\n') + '\n';
}

function unanswered(score: Score): number {
  return score.total - score.right - score.wrong - score.skipped;
}

/** Right in green, wrong in red, with different glyphs so the bar reads without colour. */
function bar(t: Score, width: number, s: Style): string {
  const answered = t.right + t.wrong + t.skipped;
  const right = answered ? Math.round((width * t.right) / answered) : 0;
  return s.c.green('█'.repeat(right)) + s.c.red('░'.repeat(width - right));
}
