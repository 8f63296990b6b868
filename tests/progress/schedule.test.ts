import fc from 'fast-check';
import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../src/progress/record.js';
import { dueCards, ratingOf, replay, SLOW_SECONDS, type CardState } from '../../src/progress/schedule.js';
import { answer, DAY, HOUR, MINUTE, T0 } from './answers.js';

const dueOf = (cards: Map<string, CardState>, key: string): number => {
  const c = cards.get(key);
  if (!c) throw new Error(`no card ${key}`);
  return c.card.due.getTime();
};

/** Right answers to part p#1, each given the moment the last one fell due: a student who keeps up. */
function keptUp(times: number, start = T0): { records: AnswerRecord[]; last: number } {
  const records: AnswerRecord[] = [];
  let at = start;
  for (let k = 0; k < times; k++) {
    records.push(answer('p', '1', 'right', at));
    at = dueOf(replay(records), 'p#1');
  }
  return { records, last: Date.parse(records.at(-1)!.at) };
}

const resultArb = fc.constantFrom<AnswerRecord['result']>('right', 'wrong', 'skipped');
/** A history of one part: results with gaps between a minute and a month. */
const historyArb = fc.array(fc.tuple(resultArb, fc.integer({ min: MINUTE, max: 30 * DAY })), { maxLength: 8 });

function historyRecords(h: [AnswerRecord['result'], number][], problem = 'p'): { records: AnswerRecord[]; end: number } {
  let at = T0;
  const records = h.map(([result, gap]) => answer(problem, '1', result, (at += gap)));
  return { records, end: at };
}

describe('ratingOf', () => {
  it.each<[string, Pick<AnswerRecord, 'result' | 'formatErrors' | 'seconds' | 'helpShown'>, number]>([
    ['wrong', { result: 'wrong', formatErrors: 0, seconds: 5 }, Rating.Again],
    ['wrong after format errors', { result: 'wrong', formatErrors: 2, seconds: 5 }, Rating.Again],
    ['skipped', { result: 'skipped', formatErrors: 0, seconds: 1 }, Rating.Again],
    ['skipped after a long think', { result: 'skipped', formatErrors: 0, seconds: 600 }, Rating.Again],
    ['right', { result: 'right', formatErrors: 0, seconds: 5 }, Rating.Good],
    ['right in exactly the slow limit', { result: 'right', formatErrors: 0, seconds: SLOW_SECONDS }, Rating.Good],
    ['right just past the slow limit', { result: 'right', formatErrors: 0, seconds: SLOW_SECONDS + 0.001 }, Rating.Hard],
    ['right after one format error', { result: 'right', formatErrors: 1, seconds: 5 }, Rating.Hard],
    ['right, slow and after format errors', { result: 'right', formatErrors: 3, seconds: 900 }, Rating.Hard],
    ['right after a look at the help', { result: 'right', formatErrors: 0, seconds: 5, helpShown: 1 }, Rating.Hard],
    ['wrong after a look at the help', { result: 'wrong', formatErrors: 0, seconds: 5, helpShown: 2 }, Rating.Again],
  ])('%s rates %s', (_, r, rating) => {
    expect(ratingOf(r)).toBe(rating);
  });

  it('rates a right answer Hard past two minutes, as the README says, not before', () => {
    expect(ratingOf({ result: 'right', formatErrors: 0, seconds: 119 })).toBe(Rating.Good);
    expect(ratingOf({ result: 'right', formatErrors: 0, seconds: 121 })).toBe(Rating.Hard);
  });
});

describe('replay: a wrong answer comes back sooner', () => {
  it('for a new part answered wrong and another answered right at the same moment', () => {
    const cards = replay([answer('w', '1', 'wrong', T0), answer('r', '1', 'right', T0)]);
    expect(dueOf(cards, 'w#1')).toBeLessThan(dueOf(cards, 'r#1'));
    // At the moment the wrong one is due, the right one is not yet.
    expect(dueCards(cards, new Date(dueOf(cards, 'w#1'))).map((c) => c.key)).toEqual(['w#1']);
  });

  it('for a part well learnt over weeks, then missed once', () => {
    const { records, last } = keptUp(5);
    expect(dueOf(replay(records), 'p#1') - last).toBeGreaterThan(7 * DAY); // learnt: the gap has grown past a week
    const at = dueOf(replay(records), 'p#1');
    const missed = dueOf(replay([...records, answer('p', '1', 'wrong', at)]), 'p#1');
    const held = dueOf(replay([...records, answer('p', '1', 'right', at)]), 'p#1');
    expect(missed).toBeLessThan(held);
    expect(missed - at).toBeLessThan(DAY);
  });

  it('after any shared history, wrong and skipped come back sooner than right, and hard no later than right', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: MINUTE, max: 60 * DAY }), (h, gap) => {
        const { records, end } = historyRecords(h);
        const at = end + gap;
        const next = (extra: Partial<AnswerRecord>, result: AnswerRecord['result']) => dueOf(replay([...records, answer('p', '1', result, at, extra)]), 'p#1');
        const good = next({}, 'right');
        expect(next({}, 'wrong')).toBeLessThan(good);
        expect(next({}, 'skipped')).toBeLessThan(good);
        expect(next({ formatErrors: 1 }, 'right')).toBeLessThanOrEqual(good);
        expect(next({}, 'wrong')).toBeGreaterThan(at);
      }),
      { numRuns: 150 },
    );
  });
});

describe('replay: after a right answer', () => {
  it('nothing is due at once, and the part falls due later, exactly at its due time', () => {
    const cards = replay([answer('p', '1', 'right', T0)]);
    const due = dueOf(cards, 'p#1');
    expect(due).toBeGreaterThan(T0);
    expect(dueCards(cards, new Date(T0))).toEqual([]);
    expect(dueCards(cards, new Date(due - 1))).toEqual([]);
    expect(dueCards(cards, new Date(due)).map((c) => c.key)).toEqual(['p#1']);
    expect(dueCards(cards, new Date(T0 + 30 * DAY)).map((c) => c.key)).toEqual(['p#1']);
  });

  it('each right answer given on time pushes the next review further out', () => {
    const { records } = keptUp(6);
    const gaps = records.slice(1).map((r, k) => Date.parse(r.at) - Date.parse(records[k]!.at));
    for (let k = 1; k < gaps.length; k++) expect(gaps[k]).toBeGreaterThan(gaps[k - 1]!);
  });

  it('counts the reviews of each part and keys them by problem and part id', () => {
    const cards = replay([answer('p', '1', 'right', T0), answer('p', '1', 'wrong', T0 + HOUR, { variant: 'p@9' }), answer('p', '2', 'right', T0)]);
    expect([...cards.keys()].sort()).toEqual(['p#1', 'p#2']);
    expect(cards.get('p#1')).toMatchObject({ problem: 'p', partId: '1', reviews: 2 });
    expect(cards.get('p#2')).toMatchObject({ reviews: 1 });
  });
});

describe('replay: desired retention', () => {
  it('asks again sooner when the desired retention is higher', () => {
    const { records } = keptUp(4);
    expect(dueOf(replay(records, 0.95), 'p#1')).toBeLessThan(dueOf(replay(records, 0.8), 'p#1'));
  });
});

describe('dueCards', () => {
  it('lists what is due, most overdue first, whatever the order of the answers, and leaves out what is not', () => {
    const records = [
      answer('b', '1', 'wrong', T0 + HOUR),
      answer('later', '1', 'right', T0 + DAY - MINUTE), // due ten minutes after `now`
      answer('c', '1', 'wrong', T0 + 2 * HOUR),
      answer('a', '1', 'wrong', T0),
    ];
    const now = new Date(T0 + DAY);
    expect(dueCards(replay(records), now).map((c) => c.key)).toEqual(['a#1', 'b#1', 'c#1']);
    expect(dueCards(replay([...records].reverse()), now).map((c) => c.key)).toEqual(['a#1', 'b#1', 'c#1']);
  });

  it('is empty for no answers', () => {
    expect(dueCards(replay([]), new Date(T0))).toEqual([]);
  });

  it('orders by due time for any set of parts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(resultArb, fc.integer({ min: 0, max: 10 * DAY })), { maxLength: 12 }), fc.integer({ min: 0, max: 20 * DAY }), (xs, after) => {
        const cards = replay(xs.map(([result, at], i) => answer(`p${i}`, '1', result, T0 + at)));
        const now = new Date(T0 + after);
        const due = dueCards(cards, now);
        const times = due.map((c) => c.card.due.getTime());
        expect(times).toEqual([...times].sort((x, y) => x - y));
        expect(due.length).toBe([...cards.values()].filter((c) => c.card.due <= now).length);
      }),
    );
  });
});

describe('replay: order of the records', () => {
  /** What the schedule says of each part, comparable with toEqual. */
  const summary = (cards: Map<string, CardState>) =>
    [...cards.values()]
      .sort((x, y) => x.key.localeCompare(y.key))
      .map((c) => ({ key: c.key, reviews: c.reviews, due: c.card.due.getTime(), state: c.card.state, stability: c.card.stability, difficulty: c.card.difficulty, lapses: c.card.lapses }));

  it('does not depend on the order the records are given in (distinct times)', () => {
    const entries = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 60 * DAY }), fc.constantFrom('p', 'q', 'r'), fc.constantFrom('1', '2'), resultArb), {
      maxLength: 15,
      selector: ([at]) => at,
    });
    const withOrder = entries.chain((es) => fc.tuple(fc.constant(es), fc.shuffledSubarray(es, { minLength: es.length, maxLength: es.length })));
    fc.assert(
      fc.property(withOrder, ([inTime, shuffled]) => {
        const records = (es: typeof inTime) => es.map(([at, problem, partId, result]) => answer(problem, partId, result, T0 + at));
        const sorted = [...inTime].sort((x, y) => x[0] - y[0]);
        expect(summary(replay(records(shuffled)))).toEqual(summary(replay(records(sorted))));
      }),
      { numRuns: 150 },
    );
  });

  it('replays in time order, not file order: a late miss listed first still counts last', () => {
    const { records } = keptUp(5);
    const at = dueOf(replay(records), 'p#1');
    const miss = answer('p', '1', 'wrong', at);
    const cards = replay([miss, ...[...records].reverse()]);
    expect(summary(cards)).toEqual(summary(replay([...records, miss])));
    expect(dueOf(cards, 'p#1') - at).toBeLessThan(DAY);
  });
});
