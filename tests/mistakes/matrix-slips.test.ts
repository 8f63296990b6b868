/**
 * No catalogued slip is of a whole matrix yet: on a matrix part the slip
 * machinery and the worked solution step aside (nothing named, nothing
 * thrown), so a wrong matrix is marked wrong and its explanation shown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load-bank.js';
import { coinciding, nameSlips, numericPart, tryMistakes } from '../../src/mistakes/diagnose.js';
import { indistinctSlips, mistakesDistinct } from '../../src/mistakes/distinct.js';
import { workedSolution } from '../../src/mistakes/worked.js';

const FIXTURE = join(__dirname, '..', 'fixtures', 'networks', 'matrix.yaml');
const loaded = loadBank(FIXTURE, readFileSync(FIXTURE, 'utf8'));
if (!loaded.ok) throw new Error('the fixture does not load');
const problems = loaded.bank.problems.map((bp) => bp.first.data);

describe('slips on a matrix part', () => {
  it.each(problems.flatMap((p) => p.parts.map((_, k) => [p.id, k] as const)))('%s part %i: none tried, none named, none coinciding', (id, k) => {
    const p = problems.find((q) => q.id === id)!;
    expect(numericPart(p, k)).toBeUndefined();
    expect(tryMistakes(p, k)).toEqual([]);
    expect(coinciding(p, k)).toEqual([]);
    expect(indistinctSlips(p, k)).toEqual([]);
    for (const typed of ['0 0; 0 0', '[[1, 2], [3, 4]]', 'not a matrix', '']) expect(nameSlips(p, k, typed)).toBeUndefined();
    expect(workedSolution(p, k)).toBeUndefined();
  });

  it('a template constraint distinct-mistakes holds on matrix parts', () => {
    for (const p of problems) expect(mistakesDistinct(p)).toBe(true);
  });
});
