import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/bank/model.js';
import { missedInLastSession, planReview, take, withParts } from '../../src/progress/plan.js';
import { replay } from '../../src/progress/schedule.js';
import { problem } from '../helpers/problems.js';
import { answer, DAY, HOUR, MINUTE, T0 } from './answers.js';

const n = (k: number) => ({ kind: 'number' as const, answer: k });
/** a: 3 parts, b: 1, c: 2, d: 1. */
const bank: Problem[] = [problem('a', ['x'], [n(1), n(2), n(3)]), problem('b', ['x'], [n(1)]), problem('c', ['y'], [n(1), n(2)]), problem('d', ['y'], [n(1)])];

/** Each problem as [id, [part index, part id]...]: enough to see which parts, in which order, with which numbers. */
const shape = (ps: Problem[]) => ps.map((p) => [p.id, p.parts.map((x) => [x.index, x.id])]);
const count = (ps: Problem[]) => ps.reduce((k, p) => k + p.parts.length, 0);

const NOW = new Date(T0 + 2 * DAY);

describe('planReview', () => {
  // c#2 most overdue, then a#2; b#1 answered right a minute ago is not due.
  const records = [answer('a', '2', 'wrong', T0 + HOUR), answer('b', '1', 'right', NOW.getTime() - MINUTE), answer('c', '2', 'wrong', T0)];

  it('puts what is due first, most overdue first, keeping the parts their own numbers', () => {
    expect(shape(planReview(bank, replay(records), NOW).due)).toEqual([
      ['c', [[2, '2']]],
      ['a', [[2, '2']]],
    ]);
  });

  it('then the parts never answered, in bank order, leaving out every part answered (due or not)', () => {
    expect(shape(planReview(bank, replay(records), NOW).fresh)).toEqual([
      ['a', [[1, '1'], [3, '3']]],
      ['c', [[1, '1']]],
      ['d', [[1, '1']]],
    ]);
  });

  it('orders by how overdue, not by the order of the answers or of the bank', () => {
    const plan = planReview(bank, replay([...records].reverse()), NOW);
    expect(plan.due.map((p) => p.id)).toEqual(['c', 'a']);
    // Answered the other way round in time, the order turns round too.
    const swapped = [answer('a', '2', 'wrong', T0), answer('c', '2', 'wrong', T0 + HOUR)];
    expect(planReview(bank, replay(swapped), NOW).due.map((p) => p.id)).toEqual(['a', 'c']);
  });

  it('has nothing due right after right answers, and nothing fresh once every part is answered', () => {
    const all = bank.flatMap((p) => p.parts.map((x) => answer(p.id, x.id, 'right', T0)));
    const plan = planReview(bank, replay(all), new Date(T0 + MINUTE));
    expect(plan).toEqual({ due: [], fresh: [], dueTotal: 0, freshTotal: 0 });
  });

  it('on an empty store has nothing due and every part fresh', () => {
    const plan = planReview(bank, replay([]), NOW);
    expect(plan.due).toEqual([]);
    expect(plan.fresh).toEqual(bank);
  });

  it('ignores answers to problems no longer in the bank', () => {
    const plan = planReview(bank, replay([answer('gone', '1', 'wrong', T0 - DAY), ...records]), NOW);
    expect(shape(plan.due)).toEqual(shape(planReview(bank, replay(records), NOW).due));
    expect(count(planReview(bank, replay([answer('gone', '1', 'wrong', T0 - DAY)]), NOW, 1).due)).toBe(0);
  });

  it('does not drill parts a problem no longer has, nor count them against `max`', () => {
    const stale = [answer('a', '9', 'wrong', T0 - DAY), ...records];
    const plan = planReview(bank, replay(stale), NOW);
    expect(plan.due.flatMap((p) => p.parts.map((x) => `${p.id}#${x.id}`)).sort()).toEqual(['a#2', 'c#2']);
    expect(count(planReview(bank, replay(stale), NOW, 2).due)).toBe(2);
    expect(plan.fresh.map((p) => p.id)).toEqual(['a', 'c', 'd']);
  });

  it('a record of a part the problem no longer has does not move that problem up the review', () => {
    const plan = planReview(bank, replay([answer('a', '9', 'wrong', T0 - DAY), ...records]), NOW);
    expect(plan.due.map((p) => p.id)).toEqual(['c', 'a']);
  });

  it('with `max`, the most overdue parts are the ones kept', () => {
    const interleaved = [answer('a', '1', 'wrong', T0), answer('b', '1', 'wrong', T0 + HOUR), answer('a', '2', 'wrong', T0 + 2 * HOUR)];
    const plan = planReview(bank, replay(interleaved), NOW, 2);
    expect(plan.due.flatMap((p) => p.parts.map((x) => `${p.id}#${x.id}`)).sort()).toEqual(['a#1', 'b#1']);
  });

  it('never asks more than `max` parts, due or fresh, and takes them from the front', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), (max) => {
        const all = replay(bank.flatMap((p, i) => p.parts.map((x, j) => answer(p.id, x.id, 'wrong', T0 + i * HOUR + j * MINUTE))));
        const full = planReview(bank, all, NOW);
        const bounded = planReview(bank, all, NOW, max);
        expect(count(bounded.due)).toBe(Math.min(max, count(full.due)));
        const firstParts = (ps: Problem[]) => ps.flatMap((p) => p.parts.map((x) => `${p.id}#${x.id}`));
        expect(firstParts(bounded.due)).toEqual(firstParts(full.due).slice(0, max));
        const fresh = planReview(bank, replay([]), NOW, max).fresh;
        expect(count(fresh)).toBe(Math.min(max, 7));
        expect(firstParts(fresh)).toEqual(firstParts(bank).slice(0, max));
      }),
    );
  });
});

describe('take', () => {
  it.each([
    [undefined, 7, ['a', 'b', 'c', 'd']],
    [0, 0, []],
    [1, 1, ['a']],
    [3, 3, ['a']],
    [4, 4, ['a', 'b']],
    [5, 5, ['a', 'b', 'c']],
    [100, 7, ['a', 'b', 'c', 'd']],
  ])('max %s gives %s parts of problems %j', (max, parts, ids) => {
    const got = take(bank, max);
    expect(count(got)).toBe(parts);
    expect(got.map((p) => p.id)).toEqual(ids);
  });

  it('cuts the last problem to its first parts without renumbering them', () => {
    expect(shape(take(bank, 5))).toEqual([
      ['a', [[1, '1'], [2, '2'], [3, '3']]],
      ['b', [[1, '1']]],
      ['c', [[1, '1']]],
    ]);
  });
});

describe('withParts', () => {
  it('keeps the named parts in the problem’s own order, and gives nothing for none', () => {
    expect(shape([withParts(bank[0]!, new Set(['3', '1']))!])).toEqual([['a', [[1, '1'], [3, '3']]]]);
    expect(withParts(bank[0]!, new Set(['9']))).toBeUndefined();
    expect(bank[0]!.parts).toHaveLength(3); // the bank itself is not cut
  });
});

describe('missedInLastSession', () => {
  // Session names sort the other way from time, so the test sees which one "last" means.
  const older = [answer('a', '1', 'wrong', T0, { session: 'zz-old' }), answer('d', '1', 'skipped', T0 + MINUTE, { session: 'zz-old' })];
  const last = [
    answer('a', '2', 'right', T0 + DAY, { session: 'aa-new' }),
    answer('b', '1', 'wrong', T0 + DAY + MINUTE, { session: 'aa-new' }),
    answer('c', '1', 'right', T0 + DAY + 2 * MINUTE, { session: 'aa-new' }),
    answer('c', '2', 'skipped', T0 + DAY + 3 * MINUTE, { session: 'aa-new' }),
  ];

  it('gives only the wrong and skipped parts of the most recent session, in the order they were asked', () => {
    expect(shape(missedInLastSession(bank, [...older, ...last]))).toEqual([
      ['b', [[1, '1']]],
      ['c', [[2, '2']]],
    ]);
  });

  it('finds the last session by time, whatever order the records come in', () => {
    expect(missedInLastSession(bank, [...last].reverse().concat(older)).map((p) => p.id).sort()).toEqual(['b', 'c']);
  });

  it('gives nothing when the last session had no misses, even if an earlier one had', () => {
    expect(missedInLastSession(bank, [...older, answer('a', '1', 'right', T0 + DAY, { session: 'later' })])).toEqual([]);
  });

  it('gives nothing for an empty store', () => {
    expect(missedInLastSession(bank, [])).toEqual([]);
  });

  it('ignores misses of problems no longer in the bank', () => {
    const rs = [answer('gone', '1', 'wrong', T0, { session: 's' }), answer('d', '1', 'wrong', T0 + 1, { session: 's' })];
    expect(shape(missedInLastSession(bank, rs))).toEqual([['d', [[1, '1']]]]);
    expect(missedInLastSession(bank, [answer('gone', '1', 'wrong', T0, { session: 's' })])).toEqual([]);
  });
});
