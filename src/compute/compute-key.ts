import type { DescentData, NetworkData, Compute } from '../schema/data.js';
import { computeDescent } from '../descent/index.js';
import { evaluationValue, keyName, parameterCount } from '../nn/index.js';
import { evaluateWith } from './given.js';
import { keyNoise, snapToNoise, termSize } from './noise.js';
import { evaluationOf } from './network-of.js';
import { PerPart } from './per-part.js';
import { askedOf } from './quantity-of.js';
import { traceScope } from './trace-names.js';

export interface ComputeContext {
  network?: NetworkData | undefined;
  descent?: DescentData | undefined;
  given?: Record<string, number> | undefined;
}

/** A computed key: a number, a vector, or a matrix as a list of rows. */
export type KeyValue = number | number[] | number[][];

/** `noise`: the floating-point error the key may carry (noise.ts), per component for a vector, per entry for a matrix. */
export type Computed = { ok: true; value: KeyValue; what: string; noise: KeyValue } | { ok: false; error: string };

/** The entries of a key, row by row. */
export function entries(v: KeyValue): number[] {
  return typeof v === 'number' ? [v] : v.flatMap((x) => x);
}

/** `flat` (entries row by row) in the shape of `like`. */
export function reshape(flat: readonly number[], like: KeyValue): KeyValue {
  if (typeof like === 'number') return flat[0]!;
  if (like.every((x) => typeof x === 'number')) return [...flat];
  let k = 0;
  return (like as number[][]).map((row) => row.map(() => flat[k++]!));
}

/**
 * Computes a part's key from its problem's data with the evaluator, with
 * its noise, and snapped to the shorter decimal within that noise (so a
 * computed 1.8e-12 that is 0 is 0). A key that is not finite is an error:
 * no answer could be graded against it. Indices and shapes were validated
 * with the bank, so this otherwise fails only on data the computation needs
 * and the schema cannot see (e.g. an unknown name).
 */
export function computeKey(ctx: ComputeContext, c: Compute): Computed {
  const r = computeRaw(ctx, c);
  if (!r.ok) return r;
  const values = entries(r.value);
  const bad = values.find((v) => !Number.isFinite(v));
  if (bad !== undefined) return { ok: false, error: `${r.what} is ${bad}, not a finite number, so no answer could be graded against it; change the numbers` };
  const size = termSize(ctx.network, ctx.descent, c);
  const noise = values.map((v, i) => keyNoise(v, typeof size === 'number' ? size : size?.[i]));
  const snapped = values.map((v, i) => snapToNoise(v, noise[i]!));
  return { ...r, value: reshape(snapped, r.value), noise: reshape(noise, r.value) };
}

/** Keys by the part's Compute object and the data they read (per-part.ts). */
const known = new PerPart<Computed>();

/**
 * computeKey, remembered by the objects it reads (the part's compute and the
 * problem's network, descent and given). For readers only: the result is
 * shared, so it must not be changed (`copyOf` for a caller that keeps it).
 */
export function computeKeyShared(ctx: ComputeContext, c: Compute): Computed {
  return known.get(c, ctx, () => computeKey(ctx, c));
}

/** A computed key with arrays of its own, for a caller that keeps or changes it. */
export function copyOf(computed: Computed): Computed {
  if (!computed.ok) return computed;
  const copy = (v: KeyValue): KeyValue => reshape(entries(v), v);
  return { ...computed, value: copy(computed.value), noise: copy(computed.noise) };
}

function computeRaw(ctx: ComputeContext, c: Compute): Computed {
  // `+ 0` turns the evaluator's -0 (from -1 * 0) into the 0 a student types.
  const ok = (value: KeyValue, what: string): Computed => ({ ok: true, value: reshape(entries(value).map((v) => v + 0), value), what, noise: 0 });
  switch (c.of) {
    case 'H': case 'output': case 'loss': case 'z': case 'a': case 'dH/dz': case 'dH/da': case 'dH/db': case 'dH/dW': case 'dH/dx':
    case 'dL/dz': case 'dL/da': case 'dL/db': case 'dL/dW': case 'dL/dx': case 'updated-W': case 'updated-b': {
      const e = evaluationOf(ctx.network);
      if (!e || !ctx.network) return { ok: false, error: `'${c.of}' needs network.weights, network.activations and network.input (or data)` };
      const asked = askedOf(c, ctx.network.layers, ctx.network.layout);
      const values: number[] = [];
      for (const q of asked.quantities) {
        const v = evaluationValue(e, q, asked.point);
        // Indices are checked with the bank; this serves hand-made data.
        if (v === undefined) return { ok: false, error: `the network has no ${keyName(q)}${asked.point === undefined ? '' : ` at point ${asked.point}`}` };
        values.push(v);
      }
      const [rows, cols] = asked.shape;
      if (rows === undefined) return ok(values[0]!, keyName(asked.quantities[0]!));
      if (cols === undefined) return ok(values, `${c.of} of ${rows} nodes`);
      const matrix = Array.from({ length: rows }, (_, i) => values.slice(i * cols, (i + 1) * cols));
      return ok(matrix, `${c.of} of layer ${'layer' in c ? c.layer : ''}, ${rows} x ${cols}`);
    }
    case 'parameter-count':
      if (!ctx.network) return { ok: false, error: "'parameter-count' needs network.layers" };
      return ok(parameterCount(ctx.network.layers, c.biases), `the parameter count of ${ctx.network.layers.join('-')}`);
    case 'iterate': case 'function-value': case 'gradient': case 'rate':
    case 'risk': case 'risk-gradient': case 'weights': case 'descent-step': {
      if (!ctx.descent) return { ok: false, error: `'${c.of}' needs a descent block` };
      const r = computeDescent(ctx.descent, c, ctx.given);
      return r.ok ? ok(r.value, r.what) : r;
    }
    case 'expression': {
      const r = evaluateWith(c.expr, ctx.given ?? {}, () => networkScope(ctx.network));
      return r.ok ? ok(r.value, c.expr) : { ok: false, error: r.error };
    }
    default: {
      const never: never = c;
      throw new Error(`unhandled compute ${JSON.stringify(never)}`);
    }
  }
}

/** The trace's values for an expression, when the problem has a network that can be evaluated. */
function networkScope(n: NetworkData | undefined): { values: Record<string, number>; summary: string } | undefined {
  const e = evaluationOf(n);
  return e && n ? traceScope(e, n.layers, n.loss !== undefined && e.points[0]?.loss !== undefined) : undefined;
}
