import type { AnswerRecord } from '../../src/progress/record.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A fixed instant the tests count from: the clock is always injected. */
export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

export const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * One answered part as the store keeps it. `at` is milliseconds (relative
 * to nothing: pass T0 + ...); everything else has a plain default.
 */
export function answer(problem: string, partId: string, result: AnswerRecord['result'], at: number, extra: Partial<AnswerRecord> = {}): AnswerRecord {
  return {
    v: 1,
    at: iso(at),
    session: 's1',
    bank: 'bank.yaml',
    problem,
    part: Number(partId) || 1,
    partId,
    tags: ['t'],
    answer: result === 'skipped' ? null : '1',
    result,
    formatErrors: 0,
    seconds: 5,
    ...extra,
  };
}

/** The log text of some records, written by hand (not by the code under test). */
export const logOf = (rs: AnswerRecord[]): string => rs.map((r) => `${JSON.stringify(r)}\n`).join('');
