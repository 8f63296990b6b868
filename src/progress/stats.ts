import type { Problem } from '../bank/model.js';
import { cardKey, type AnswerRecord } from './record.js';
import type { CardState } from './schedule.js';

export interface Tally {
  answered: number;
  right: number;
  /** right / answered, or null before any answer. */
  accuracy: number | null;
}

export interface Stats {
  overall: Tally;
  tags: (Tally & { tag: string })[];
  /** The tags with the lowest accuracy (at least MIN_FOR_WEAKEST answers, or none right), weakest first; never one that every answer carries. */
  weakest: string[];
  /** The last sessions, oldest first: the trend. */
  sessions: (Tally & { session: string; at: string })[];
  due: { now: number; week: { date: string; count: number }[] };
  parts: { seen: number; total: number };
}

export const MIN_FOR_WEAKEST = 3;
export const TREND_SESSIONS = 10;

interface Count {
  answered: number;
  right: number;
}

function tallyOf(c: Count): Tally {
  return { answered: c.answered, right: c.right, accuracy: c.answered ? c.right / c.answered : null };
}

function tally(rs: AnswerRecord[]): Tally {
  return tallyOf({ answered: rs.length, right: rs.filter((r) => r.result === 'right').length });
}

/** Everything `quizdrill stats` shows, computed from the answers and the replayed schedule. */
export function computeStats(records: AnswerRecord[], cards: Map<string, CardState>, now: Date, problems: Problem[] = []): Stats {
  // One pass over the answers for the tags and the sessions: a filter per tag,
  // or a copy of a session's list per answer, made a long history quadratic.
  const byTag = new Map<string, Count>();
  const bySession = new Map<string, Count & { at: string }>();
  for (const r of records) {
    const right = r.result === 'right' ? 1 : 0;
    for (const tag of new Set(r.tags)) {
      const t = byTag.get(tag) ?? { answered: 0, right: 0 };
      t.answered++;
      t.right += right;
      byTag.set(tag, t);
    }
    const s = bySession.get(r.session) ?? { answered: 0, right: 0, at: r.at };
    s.answered++;
    s.right += right;
    if (r.at < s.at) s.at = r.at;
    bySession.set(r.session, s);
  }
  const tags = [...byTag.keys()].sort().map((tag) => ({ tag, ...tallyOf(byTag.get(tag)!) }));
  // A tag every answer carries is the overall score again, not a place to look.
  const everywhere = (tag: string) => byTag.get(tag)?.answered === records.length;
  const weakest = tags
    // Too few answers say little, unless none was right: a 0% tag is always worth a look.
    .filter((t) => !everywhere(t.tag) && (t.answered >= MIN_FOR_WEAKEST || t.right === 0))
    .sort((a, b) => (a.accuracy ?? 0) - (b.accuracy ?? 0) || b.answered - a.answered)
    .slice(0, 3)
    .filter((t) => (t.accuracy ?? 1) < 1)
    .map((t) => t.tag);
  const sessions = [...bySession.entries()]
    .map(([session, s]) => ({ session, at: s.at, ...tallyOf(s) }))
    .sort((a, b) => a.at.localeCompare(b.at))
    .slice(-TREND_SESSIONS);
  // Due dates and coverage speak of the loaded banks; the history above keeps every answer.
  const known = new Set(problems.flatMap((p) => p.parts.map((x) => cardKey({ problem: p.id, partId: x.id }))));
  const live = problems.length ? [...cards.values()].filter((c) => known.has(c.key)) : [...cards.values()];
  const dueTimes = live.map((c) => c.card.due.getTime());
  const day = (offset: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset));
  const week = Array.from({ length: 7 }, (_, k) => {
    const from = k === 0 ? -Infinity : day(k).getTime();
    const to = day(k + 1).getTime();
    return { date: day(k).toISOString().slice(0, 10), count: dueTimes.filter((t) => t >= from && t < to).length };
  });
  const total = problems.reduce((n, p) => n + p.parts.length, 0);
  return {
    overall: tally(records),
    tags,
    weakest,
    sessions,
    due: { now: dueTimes.filter((t) => t <= now.getTime()).length, week },
    parts: { seen: live.length, total },
  };
}
