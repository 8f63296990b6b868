import { describe, expect, it } from 'vitest';
import { replay } from '../../src/progress/schedule.js';
import { computeStats, MIN_FOR_WEAKEST, TREND_SESSIONS } from '../../src/progress/stats.js';
import { problem } from '../helpers/problems.js';
import { answer, DAY, HOUR, MINUTE, T0 } from './answers.js';

const bank = [problem('p', ['t'], [{ kind: 'number', answer: 1 }, { kind: 'number', answer: 2 }]), problem('q', ['u'])];
const stats = (rs: ReturnType<typeof answer>[], now: number) => computeStats(rs, replay(rs), new Date(now), bank);

describe('computeStats', () => {
  it('tallies per tag (sorted) and overall', () => {
    const rs = [answer('p', '1', 'right', T0, { tags: ['t', 'both'] }), answer('p', '2', 'wrong', T0, { tags: ['t', 'both'] }), answer('q', '1', 'skipped', T0, { tags: ['u', 'both'] })];
    const s = stats(rs, T0 + HOUR);
    expect(s.overall).toEqual({ answered: 3, right: 1, accuracy: 1 / 3 });
    expect(s.tags).toEqual([
      { tag: 'both', answered: 3, right: 1, accuracy: 1 / 3 },
      { tag: 't', answered: 2, right: 1, accuracy: 0.5 },
      { tag: 'u', answered: 1, right: 0, accuracy: 0 },
    ]);
  });

  it(`names as weakest tags with at least ${MIN_FOR_WEAKEST} answers and some missed, or with none right, weakest first`, () => {
    const rs = [
      ...['right', 'wrong', 'wrong'].map((r, i) => answer('p', '1', r as 'right' | 'wrong', T0 + i, { tags: ['weak'] })),
      ...['right', 'right', 'wrong'].map((r, i) => answer('p', '2', r as 'right' | 'wrong', T0 + i, { tags: ['fair'] })),
      ...['right', 'right', 'right'].map((_, i) => answer('q', '1', 'right', T0 + i, { tags: ['perfect'] })),
      ...['wrong', 'wrong'].map((_, i) => answer('q', '1', 'wrong', T0 + 10 + i, { tags: ['few'] })),
    ];
    // 'few' has 2 answers, both wrong: 0% is worth a look however few (issue 16).
    expect(stats(rs, T0 + HOUR).weakest).toEqual(['few', 'weak', 'fair']);
  });

  it('never names as weakest a tag that every answer carries (it is the overall score again)', () => {
    const rs = [
      ...['right', 'wrong', 'wrong'].map((r, i) => answer('p', '1', r as 'right' | 'wrong', T0 + i, { tags: ['quiz-07', 'weak'] })),
      ...['right', 'right', 'wrong'].map((r, i) => answer('p', '2', r as 'right' | 'wrong', T0 + i, { tags: ['quiz-07', 'fair'] })),
    ];
    expect(stats(rs, T0 + HOUR).weakest).toEqual(['weak', 'fair']);
  });

  it(`keeps the last ${TREND_SESSIONS} sessions, oldest first, each dated by its first answer`, () => {
    const rs = Array.from({ length: TREND_SESSIONS + 2 }, (_, k) => answer('p', '1', k % 2 ? 'right' : 'wrong', T0 + k * DAY, { session: `s${String(TREND_SESSIONS + 2 - k).padStart(2, '0')}` }));
    const s = stats([...rs].reverse(), T0 + 30 * DAY);
    expect(s.sessions).toHaveLength(TREND_SESSIONS);
    expect(s.sessions.map((x) => x.at)).toEqual(rs.slice(2).map((r) => r.at));
  });

  it('counts what is due now, and buckets the week by UTC day with what is overdue in today', () => {
    const now = Date.UTC(2026, 0, 10, 12, 0);
    const rs = [
      answer('p', '1', 'wrong', now - 3 * DAY), // overdue
      answer('p', '2', 'right', now - MINUTE), // due later today
    ];
    const s = stats(rs, now);
    expect(s.due.now).toBe(1);
    expect(s.due.week[0]).toEqual({ date: '2026-01-10', count: 2 });
    expect(s.due.week.slice(1).map((d) => d.count)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(s.due.week.map((d) => d.date)).toEqual(['2026-01-10', '2026-01-11', '2026-01-12', '2026-01-13', '2026-01-14', '2026-01-15', '2026-01-16']);
  });

  it('answers to problems not in the loaded banks are not counted as seen or due parts of them', () => {
    const s = stats([answer('removed-problem', '1', 'wrong', T0)], T0 + DAY);
    expect(s.parts).toEqual({ seen: 0, total: 3 });
    expect(s.due.now).toBe(0);
  });
});
