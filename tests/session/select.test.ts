import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/bank/model.js';
import { selectProblems, type Selected, type Selection } from '../../src/session/select.js';
import { bundledProblems } from '../helpers/bank.js';
import { problem } from '../helpers/problems.js';

const n = (answer: number) => ({ kind: 'number' as const, answer });
const BANK: Problem[] = [
  problem('a', ['calc', 'Quiz-07']),
  problem('b', ['logic'], [n(1), n(2), n(3)]),
  problem('c', ['calc', 'logic']),
  problem('d', ['SGD']),
  problem('e', []),
  problem('f', ['quiz-07', 'sgd'], [n(1), n(2)]),
];

function ids(s: Selected): string[] {
  if (!s.ok) throw new Error(`expected a selection, got the error: ${s.error}`);
  return s.problems.map((p) => p.id);
}

function errorOf(s: Selected): string {
  if (s.ok) throw new Error(`expected an error, got ${s.problems.map((p) => p.id).join(', ')}`);
  return s.error;
}

describe('selectProblems: tags, ids and limit', () => {
  it.each<[string, Selection, string[]]>([
    ['nothing asked: the whole bank in bank order', {}, ['a', 'b', 'c', 'd', 'e', 'f']],
    ['empty lists are no filter', { tags: [], ids: [] }, ['a', 'b', 'c', 'd', 'e', 'f']],
    ['one tag', { tags: ['logic'] }, ['b', 'c']],
    ['any of several tags, in bank order', { tags: ['sgd', 'logic'] }, ['b', 'c', 'd', 'f']],
    ['tags ignore case, in the tag given', { tags: ['CALC'] }, ['a', 'c']],
    ['tags ignore case, in the bank', { tags: ['quiz-07'] }, ['a', 'f']],
    ['an unknown tag among known ones is no error', { tags: ['logic', 'nope'] }, ['b', 'c']],
    ['ids keep the order given', { ids: ['f', 'a', 'c'] }, ['f', 'a', 'c']],
    ['ids then tags: the order of the ids stays', { ids: ['f', 'd', 'b', 'a'], tags: ['sgd', 'calc'] }, ['f', 'd', 'a']],
    ['limit keeps the first problems', { limit: 2 }, ['a', 'b']],
    ['limit past the end keeps all', { limit: 99 }, ['a', 'b', 'c', 'd', 'e', 'f']],
    ['limit after tags', { tags: ['calc', 'logic'], limit: 2 }, ['a', 'b']],
    ['limit after ids', { ids: ['e', 'd', 'c'], limit: 2 }, ['e', 'd']],
  ])('%s', (_name, selection, want) => {
    expect(ids(selectProblems(BANK, selection))).toEqual(want);
  });

  it.each<[string, Selection, RegExp, RegExp | undefined]>([
    ['an unknown id', { ids: ['a', 'nope'] }, /no problem with id 'nope'/, /'a'/],
    ['every unknown id at once', { ids: ['zip', 'a', 'nope'] }, /'zip', 'nope'/, /'a'/],
    ['ids are case-sensitive', { ids: ['A'] }, /no problem with id 'A'/, undefined],
    ['a tag no problem has', { tags: ['nope', 'NADA'] }, /no problem has the tag 'nope' or 'NADA'/, undefined],
    ['ids none of which has the tag', { ids: ['e'], tags: ['calc'] }, /no problem has the tag 'calc'/, undefined],
  ])('returns an error value, not a throw, for %s', (_name, selection, message, notMentioned) => {
    const error = errorOf(selectProblems(BANK, selection));
    expect(error).toMatch(message);
    expect(error).toMatch(/'quizdrill list' shows the/);
    if (notMentioned) expect(error).not.toMatch(notMentioned);
  });

  it('does not reorder or change the bank it is given', () => {
    const before = BANK.map((p) => p.id);
    selectProblems(BANK, { ids: ['f', 'a'], shuffle: true, seed: 3, limit: 1 });
    expect(BANK.map((p) => p.id)).toEqual(before);
  });
});

describe('selectProblems: shuffle', () => {
  const bank = bundledProblems();

  it('gives the same order for the same seed, and a different one from the bank order', () => {
    const first = ids(selectProblems(bank, { shuffle: true, seed: 7 }));
    expect(ids(selectProblems(bank, { shuffle: true, seed: 7 }))).toEqual(first);
    expect(first).not.toEqual(bank.map((p) => p.id));
  });

  it('gives twenty different orders for the seeds 0 to 19', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => ids(selectProblems(bank, { shuffle: true, seed })).join(' ')));
    expect(orders.size).toBe(20);
  });

  it('uses seed 0 when shuffling without a seed', () => {
    expect(ids(selectProblems(bank, { shuffle: true }))).toEqual(ids(selectProblems(bank, { shuffle: true, seed: 0 })));
  });

  it('ignores the seed without shuffle', () => {
    expect(ids(selectProblems(bank, { seed: 5 }))).toEqual(bank.map((p) => p.id));
  });

  it('shuffles ids given in order too', () => {
    const given = bank.slice(0, 8).map((p) => p.id);
    const got = ids(selectProblems(bank, { ids: given, shuffle: true, seed: 1 }));
    expect(got).not.toEqual(given);
    expect([...got].sort()).toEqual([...given].sort());
  });

  it('moves whole problems: the parts of each keep their order', () => {
    const r = selectProblems(bank, { shuffle: true, seed: 11 });
    if (!r.ok) throw new Error(r.error);
    for (const p of r.problems) {
      const original = bank.find((q) => q.id === p.id)!;
      expect(p.parts.map((x) => x.index)).toEqual(original.parts.map((_, i) => i + 1));
      expect(p.parts.map((x) => x.prompt)).toEqual(original.parts.map((x) => x.prompt));
    }
  });
});

describe('selectProblems: properties', () => {
  const tagPool = ['calc', 'CALC', 'logic', 'sgd', 'Quiz-07', 'nope'];
  const idPool = ['a', 'b', 'c', 'd', 'e', 'f', 'nope'];
  const selection = fc.record(
    {
      tags: fc.array(fc.constantFrom(...tagPool), { maxLength: 3 }),
      ids: fc.uniqueArray(fc.constantFrom(...idPool), { maxLength: 4 }),
      limit: fc.integer({ min: 1, max: 8 }),
      shuffle: fc.boolean(),
      seed: fc.nat(),
    },
    { requiredKeys: [] },
  );

  it('never throws, and a selection only holds problems of the bank', () => {
    fc.assert(
      fc.property(selection, (s) => {
        const r = selectProblems(BANK, s);
        if (r.ok) for (const p of r.problems) expect(BANK).toContain(p);
        else expect(r.error.length).toBeGreaterThan(0);
      }),
    );
  });

  it('keeps exactly the problems with any of the tags (ignoring case)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tagPool), { minLength: 1, maxLength: 3 }), (tags) => {
        const wanted = tags.map((t) => t.toLowerCase());
        const expected = BANK.filter((p) => p.tags.some((t) => wanted.includes(t.toLowerCase()))).map((p) => p.id);
        const r = selectProblems(BANK, { tags });
        if (expected.length === 0) expect(r.ok).toBe(false);
        else expect(ids(r)).toEqual(expected);
      }),
    );
  });

  it('a shuffle is a permutation, the same for the same seed, and a limit takes its first problems', () => {
    const bank = bundledProblems();
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 25 }), (seed, limit) => {
        const all = ids(selectProblems(bank, { shuffle: true, seed }));
        expect([...all].sort()).toEqual(bank.map((p) => p.id).sort());
        expect(ids(selectProblems(bank, { shuffle: true, seed }))).toEqual(all);
        expect(ids(selectProblems(bank, { shuffle: true, seed, limit }))).toEqual(all.slice(0, limit));
      }),
      { numRuns: 50 },
    );
  });
});
