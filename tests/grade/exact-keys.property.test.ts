/**
 * The promise of docs/grading.md, as a property: on random networks whose
 * numbers are short decimals, the exact key is known (computed here with
 * BigInt, independently of the evaluator), and
 *   - the exact key typed with all its digits is always right;
 *   - any answer `grade` accepts lies within the documented comparison of
 *     the exact key: its band (noise, EXACT_REL_TOL, the mode's allowance)
 *     plus the noise between the exact key and the computed one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NetworkData } from '../../src/schema/data.js';
import { computeKey } from '../../src/compute/compute-key.js';
import type { Comparison } from '../../src/grade/compare.js';
import { grade } from '../../src/grade/grade.js';

/** Weights are k/100, inputs k/10: every value of a ReLU/linear network is an exact decimal. */
interface ExactNet {
  layers: number[];
  activations: ('relu' | 'linear')[];
  weights: bigint[][][];
  input: bigint[];
}

const net = fc
  .record({
    hidden: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 0, maxLength: 2 }),
    inputs: fc.integer({ min: 1, max: 3 }),
    seed: fc.array(fc.integer({ min: -300, max: 300 }), { minLength: 30, maxLength: 30 }),
    x: fc.array(fc.oneof(fc.integer({ min: -30, max: 30 }), fc.integer({ min: -300_000, max: 300_000 })), { minLength: 3, maxLength: 3 }),
    /** Whole weights and inputs, so H is a whole number (a count-like key). */
    whole: fc.boolean(),
  })
  .map(({ hidden, inputs, seed, x, whole }): ExactNet => {
    const layers = [inputs, ...hidden, 1];
    let k = 0;
    const [wScale, xScale] = whole ? [100n, 10n] : [1n, 1n];
    const weights = layers.slice(1).map((width, l) =>
      Array.from({ length: layers[l]! }, () => Array.from({ length: width }, () => BigInt(seed[k++ % seed.length]! % (whole ? 10 : 1000)) * wScale)),
    );
    return { layers, activations: layers.slice(1).map((_, l) => (l < hidden.length ? 'relu' : 'linear')), weights, input: x.slice(0, inputs).map((v) => BigInt(v) * xScale) };
  });

/** H exactly, as a decimal string, and the size of its terms (every number made positive). */
function exactH(n: ExactNet): { text: string; value: number; size: number } {
  let values = n.input; // scale 10^1
  let sizes = n.input.map((v) => (v < 0n ? -v : v));
  let scale = 1;
  n.weights.forEach((w, l) => {
    const width = w[0]!.length;
    const z = Array.from({ length: width }, (_, j) => values.reduce((s, a, i) => s + a * w[i]![j]!, 0n));
    sizes = Array.from({ length: width }, (_, j) => sizes.reduce((s, a, i) => s + a * (w[i]![j]! < 0n ? -w[i]![j]! : w[i]![j]!), 0n));
    values = n.activations[l] === 'relu' ? z.map((v) => (v > 0n ? v : 0n)) : z;
    scale += 2;
  });
  const text = decimal(values[0]!, scale);
  return { text, value: Number(text), size: Number(decimal(sizes[0]!, scale)) };
}

function decimal(num: bigint, scale: number): string {
  const sign = num < 0n ? '-' : '';
  const digits = (num < 0n ? -num : num).toString().padStart(scale + 1, '0');
  return `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

const asData = (n: ExactNet): NetworkData => ({
  layers: n.layers,
  activations: n.activations,
  weights: n.weights.map((m) => m.map((row) => row.map((w) => Number(w) / 100))),
  input: n.input.map((v) => Number(v) / 10),
});

/** The place of the last digit typed, or undefined for text that is not a plain decimal. */
function lastDigit(text: string): { sigFigs: number; place: number } | undefined {
  const m = /^-?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/.exec(text);
  if (!m) return undefined;
  const exp = Number(m[3] ?? 0);
  const frac = m[2];
  const all = ((m[1] ?? '') + (frac ?? '')).replace(/^0+/, '');
  if (frac !== undefined) return { sigFigs: all.length, place: 10 ** (exp - frac.length) };
  const zeros = all.length - all.replace(/0+$/, '').length;
  return { sigFigs: all.length - zeros, place: 10 ** (exp + zeros) };
}

/** How far from the exact key an accepted answer may be, by the table of docs/grading.md. */
function documentedBound(exact: number, noise: number, compare: Comparison, typed: string): number {
  const band = Math.max(noise, 1e-9 * Math.abs(exact)) + noise; // the band, and the exact key to the computed one
  const halfUnit = (x: number, n: number) => (x === 0 ? 0 : 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(x))) + 1 - n));
  const slack = (b: number) => b * (1 + 1e-9) + 1e-15 * Math.abs(exact);
  switch (compare.mode) {
    case 'exact':
      return slack(band);
    case 'rounding': {
      const d = lastDigit(typed);
      const whole = Number.isInteger(exact);
      return slack(band + (d && d.sigFigs >= 3 && !whole ? d.place / 2 : 0));
    }
    case 'tolerance':
      return slack(band + Math.max(compare.abs ?? 0, (compare.rel ?? 0) * (Math.abs(exact) + noise)));
    case 'sigfigs':
      return slack(band + halfUnit(Math.abs(exact) + noise, compare.digits) * 10 ** (Math.abs(exact) < noise ? 1 : 0));
    case 'decimals':
      return slack(band + 0.5 * 10 ** -compare.digits);
  }
}

const comparison: fc.Arbitrary<Comparison> = fc.oneof(
  fc.constant({ mode: 'rounding' as const }),
  fc.constant({ mode: 'exact' as const }),
  fc.integer({ min: 1, max: 8 }).map((digits) => ({ mode: 'sigfigs' as const, digits })),
  fc.integer({ min: 0, max: 6 }).map((digits) => ({ mode: 'decimals' as const, digits })),
  fc.record({ abs: fc.double({ min: 0, max: 1, noNaN: true }) }).map((t) => ({ mode: 'tolerance' as const, ...t })),
  fc.record({ rel: fc.double({ min: 0, max: 0.1, noNaN: true }) }).map((t) => ({ mode: 'tolerance' as const, ...t })),
);

/** Answers near the key as a student would type them: rounded, nudged, whole. */
const typing = fc.oneof(
  fc.integer({ min: 1, max: 17 }).map((p) => (x: number) => x.toPrecision(p)),
  fc.tuple(fc.double({ min: -1e-2, max: 1e-2, noNaN: true }), fc.integer({ min: 1, max: 17 })).map(([e, p]) => (x: number) => (x * (1 + e) + e).toPrecision(p)),
  fc.constant((x: number) => String(Math.round(x))),
);

describe('grading keys computed on random networks, against their exact values', () => {
  it('the exact key typed with all its digits is right; every accepted answer is within the documented comparison', () => {
    fc.assert(
      fc.property(net, comparison, fc.array(typing, { minLength: 1, maxLength: 6 }), (n, compare, typings) => {
        const exact = exactH(n);
        const c = computeKey({ network: asData(n) }, { of: 'H' });
        expect(c.ok).toBe(true);
        if (!c.ok) return;
        const key = { kind: 'number' as const, answer: c.value as number, noise: c.noise as number, compare };
        expect(grade(key, exact.text), `exact ${exact.text}, key ${String(c.value)}`).toMatchObject({ correct: true });
        const noise = 1e-12 * Math.max(exact.size, Math.abs(exact.value));
        for (const type of typings) {
          const text = type(exact.value);
          const o = grade(key, text);
          if (o.status === 'graded' && o.correct) {
            expect(Math.abs(Number(text) - exact.value), `${text} for exact ${exact.text} under ${JSON.stringify(compare)}`).toBeLessThanOrEqual(documentedBound(exact.value, noise, compare, text));
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a computed zero from cancelling terms is graded as zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 30_000 }), (a, b, x) => {
        // a/100 * (b * x / 10) - b/100 * (a * x / 10) = 0 exactly.
        const network: NetworkData = { layers: [2, 1], activations: ['linear'], weights: [[[a / 100], [-b / 100]]], input: [(b * x) / 10, (a * x) / 10] };
        const c = computeKey({ network }, { of: 'H' });
        expect(c).toMatchObject({ ok: true, value: 0 });
        const key = { kind: 'number' as const, answer: 0, noise: c.ok ? (c.noise as number) : 0 };
        expect(grade(key, '0')).toMatchObject({ correct: true, expected: '0' });
      }),
    );
  });
});
