/**
 * The loss slips, each diagnosed by name on a small problem whose right and
 * slipped answers are worked by hand (loss-cases.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Compute } from '../../src/schema/data.js';
import { diagnose, MISTAKES } from '../../src/mistakes/index.js';
import { handMade } from './helpers.js';
import { LOSS_CASES as cases, one } from './loss-cases.js';

describe('loss slips', () => {
  it('are in the catalogue', () => {
    const ids = MISTAKES.map((m) => m.id);
    for (const id of ['half-dropped', 'square-two-dropped', 'mean-sum-swapped', 'softmax-coupling-dropped', 'log10-for-ln', 'update-sign']) expect(ids).toContain(id);
  });

  it.each(cases)('%s is named for %j', (id, network, compute, key, slip) => {
    const p = handMade({ network }, [compute]);
    expect(p.parts[0]!.answer).toBeCloseTo(key, 12);
    expect(diagnose(p, 0, key)).toBeUndefined();
    expect(diagnose(p, 0, slip)?.id).toBe(id);
    // Typed as a student rounds it.
    expect(diagnose(p, 0, slip.toPrecision(4))?.id).toBe(id);
  });

  it('a slip that cannot be made is not tried: no ½ to drop in a square loss, no log in a square loss', () => {
    const p = handMade({ network: one('square') }, [{ of: 'loss' }]);
    const compute = (p.parts[0] as { compute: Compute }).compute;
    const applies = MISTAKES.filter((m) => m.applies(p, compute)).map((m) => m.id);
    expect(applies).not.toContain('half-dropped');
    expect(applies).not.toContain('square-two-dropped');
    expect(applies).not.toContain('log10-for-ln');
    expect(applies).not.toContain('mean-sum-swapped');
  });
});
