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
  /** The tags with the lowest accuracy (at least MIN_FOR_WEAKEST answers), weakest first. */
  weakest: string[];
  /** The last sessions, oldest first: the trend. */
  sessions: (Tally & { session: string; at: string })[];
  due: { now: number; week: { date: string; count: number }[] };
  parts: { seen: number; total: number };
}

export const MIN_FOR_WEAKEST = 3;
export const TREND_SESSIONS = 10;

function tally(rs: AnswerRecord[]): Tally {
  const right = rs.filter((r) => r.result === 'right').length;
  return { answered: rs.length, right, accuracy: rs.length ? right / rs.length : null };
}

/** Everything `quizdrill stats` shows, computed from the answers and the replayed schedule. */
export function computeStats(records: AnswerRecord[], cards: Map<string, CardState>, now: Date, problems: Problem[] = []): Stats {
  const tags = [...new Set(records.flatMap((r) => r.tags))].sort().map((tag) => ({ tag, ...tally(records.filter((r) => r.tags.includes(tag))) }));
  const weakest = tags
    .filter((t) => t.answered >= MIN_FOR_WEAKEST)
    .sort((a, b) => (a.accuracy ?? 0) - (b.accuracy ?? 0) || b.answered - a.answered)
    .slice(0, 3)
    .filter((t) => (t.accuracy ?? 1) < 1)
    .map((t) => t.tag);
  const bySession = new Map<string, AnswerRecord[]>();
  for (const r of records) bySession.set(r.session, [...(bySession.get(r.session) ?? []), r]);
  const sessions = [...bySession.entries()]
    .map(([session, rs]) => ({ session, at: rs.map((r) => r.at).sort()[0]!, ...tally(rs) }))
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
