import { describe, expect, it } from 'vitest';
import { indistinctSlips, mistakesDistinct } from '../../src/mistakes/distinct.js';
import { nameSlips, tryMistakes } from '../../src/mistakes/index.js';
import { instantiate } from '../../src/template/instantiate.js';
import { seedProblem, template, variant } from './helpers.js';

/**
 * distinct-mistakes (issue 16): a template redraws until every slip a part
 * can show gives its own wrong number; coincidences no redraw can undo
 * (W^(1) = I, w = 0, a ReLU-blocked zero) are let through.
 */
const TEMPLATES = ['backprop-partial-facts-fresh', 'param-count-fresh', 'gradient-descent-step-fresh', 'sgd-step-fresh'];

describe('the bundled templates use distinct-mistakes', () => {
  it.each(TEMPLATES)('%s: every drawn variant tells its slips apart', (id) => {
    const raw = template(id);
    expect(raw.constraints).toContain('distinct-mistakes');
    // Seeds past the pinned ones are drawn.
    for (let seed = 4; seed < 40; seed++) {
      const { data } = variant(raw, seed);
      for (const k of data.parts.keys()) expect(indistinctSlips(data, k), `${id}@${seed} part ${k + 1}`).toEqual([]);
    }
  });

  it('the same template without the constraint draws variants that do not', () => {
    const raw: Record<string, unknown> = { ...template('backprop-partial-facts-fresh') };
    delete raw.pinned;
    const bare = { ...raw, constraints: (raw.constraints as string[]).filter((c) => c !== 'distinct-mistakes') };
    let blurred = 0;
    for (let seed = 4; seed < 40; seed++) {
      const made = instantiate(bare, seed);
      if (made.ok && !mistakesDistinct(made.variant.data)) blurred++;
    }
    expect(blurred).toBeGreaterThan(5);
  });
});

describe('what no redraw can undo is let through', () => {
  it('sgd-step-fresh starts at w = 0, where a step up is the right step negated: step-up and sign-error give one number, yet the variant holds', () => {
    const { data } = variant(template('sgd-step-fresh'), 5);
    const tried = tryMistakes(data, 0);
    const up = tried.find((t) => t.mistake.id === 'step-up')!.value;
    const sign = tried.find((t) => t.mistake.id === 'sign-error')!.value;
    expect(up).toEqual(sign);
    expect(indistinctSlips(data, 0)).toEqual([]);
  });

  it("a z placed at exactly 0 by a bias (backprop-relu-kink) stays a kink when nudged: ReLU'(0) as 1 and g' dropped coincide there by design", () => {
    // Without the constraint, so that what is drawn is not already filtered by it.
    const kept = template('backprop-relu-kink');
    const raw = { ...kept, constraints: (kept.constraints as string[]).filter((c) => c !== 'distinct-mistakes') };
    let kinks = 0;
    for (let seed = 1; seed < 60; seed++) {
      const made = instantiate(raw, seed);
      if (!made.ok) continue;
      const data = made.variant.data;
      const tried = tryMistakes(data, 0);
      const value = (id: string) => tried.find((t) => t.mistake.id === id)?.value.join();
      if (value('relu-prime-zero-as-one') === undefined || value('relu-prime-zero-as-one') !== value('activation-derivative-dropped')) continue;
      // Only the kink's pair clashes here: every other slip has its own number, none the key.
      const numbers = tried.map((t) => t.value.join());
      if (tried.some((t) => t.coincides) || new Set(numbers).size !== numbers.length - 1) continue;
      kinks++;
      expect(indistinctSlips(data, 0), `seed ${seed}`).toEqual([]);
    }
    expect(kinks).toBeGreaterThan(5);
  });

  it('the seed problem as written keeps its chance coincidences, and they are reported', () => {
    // backprop-partial-facts-a part 2: 1 is both layer l+1's values and the sign slip.
    expect(indistinctSlips(seedProblem('backprop-partial-facts-a'), 1).sort()).toEqual(['layer-above', 'sign-error']);
  });
});

describe("ReLU'(0) becomes teachable", () => {
  it("backprop-partial-facts-fresh@3 has z^(1)_2 = 0: answering -14 for part 4 (key 0) is named as ReLU'(0) taken as 1", () => {
    const { data } = variant(template('backprop-partial-facts-fresh'), 3);
    expect(data.network?.input).toEqual([5, 0]);
    expect(data.parts[3]?.answer).toBe(0);
    // At z = 0, dropping g' is taking it as 1 too: the drill names both.
    expect(nameSlips(data, 3, '-14')?.ids).toEqual(['relu-prime-zero-as-one', 'activation-derivative-dropped']);
    expect(mistakesDistinct(data)).toBe(true);
  });

  it('drawn variants tell it apart too, in some of the first 200 seeds', () => {
    const raw = template('backprop-partial-facts-fresh');
    let teachable = 0;
    for (let seed = 4; seed < 204; seed++) {
      const { data } = variant(raw, seed);
      if (data.parts.some((_, k) => tryMistakes(data, k).some((t) => t.mistake.id === 'relu-prime-zero-as-one' && !t.coincides))) teachable++;
    }
    expect(teachable).toBeGreaterThan(0);
  });
});
