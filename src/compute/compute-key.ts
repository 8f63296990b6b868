import type { DescentData, NetworkData, Compute } from '../schema/data.js';
import { descentStep, evaluationValue, keyName, linearRisk, linearRiskGradient, parameterCount, type LinearPoint } from '../nn/index.js';
import { evaluateWith } from './given.js';
import { keyNoise, snapToNoise, termSize } from './noise.js';
import { evaluationOf } from './network-of.js';
import { askedOf } from './quantity-of.js';

export interface ComputeContext {
  network?: NetworkData | undefined;
  descent?: DescentData | undefined;
  given?: Record<string, number> | undefined;
}

/** `noise`: the floating-point error the key may carry (noise.ts), per component for a vector. */
export type Computed = { ok: true; value: number | number[]; what: string; noise: number | number[] } | { ok: false; error: string };

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
  const values = typeof r.value === 'number' ? [r.value] : r.value;
  const bad = values.find((v) => !Number.isFinite(v));
  if (bad !== undefined) return { ok: false, error: `${r.what} is ${bad}, not a finite number, so no answer could be graded against it; change the numbers` };
  const size = termSize(ctx.network, ctx.descent, c);
  const noise = values.map((v, i) => keyNoise(v, typeof size === 'number' ? size : size?.[i]));
  const snapped = values.map((v, i) => snapToNoise(v, noise[i]!));
  return typeof r.value === 'number' ? { ...r, value: snapped[0]!, noise: noise[0]! } : { ...r, value: snapped, noise };
}

function computeRaw(ctx: ComputeContext, c: Compute): Computed {
  // `+ 0` turns the evaluator's -0 (from -1 * 0) into the 0 a student types.
  const ok = (value: number | number[], what: string): Computed => ({ ok: true, value: typeof value === 'number' ? value + 0 : value.map((v) => v + 0), what, noise: 0 });
  switch (c.of) {
    case 'H': case 'output': case 'loss': case 'z': case 'a': case 'dH/dz': case 'dH/da': case 'dH/db': case 'dH/dW': case 'dH/dx':
    case 'dL/dz': case 'dL/da': case 'dL/db': case 'dL/dW': case 'dL/dx': case 'updated-W': case 'updated-b': {
      const e = evaluationOf(ctx.network);
      if (!e || !ctx.network) return { ok: false, error: `'${c.of}' needs network.weights, network.activations and network.input (or data)` };
      const asked = askedOf(c, ctx.network.layers);
      const values: number[] = [];
      for (const q of asked.quantities) {
        const v = evaluationValue(e, q, asked.point);
        // Indices are checked with the bank; this serves hand-made data.
        if (v === undefined) return { ok: false, error: `the network has no ${keyName(q)}${asked.point === undefined ? '' : ` at point ${asked.point}`}` };
        values.push(v);
      }
      const what = asked.vector ? `${c.of} of ${asked.quantities.length} nodes` : keyName(asked.quantities[0]!);
      return ok(asked.vector ? values : values[0]!, what);
    }
    case 'parameter-count':
      if (!ctx.network) return { ok: false, error: "'parameter-count' needs network.layers" };
      return ok(parameterCount(ctx.network.layers, c.biases), `the parameter count of ${ctx.network.layers.join('-')}`);
    case 'risk': case 'risk-gradient': case 'descent-step': {
      const d = ctx.descent;
      if (!d) return { ok: false, error: `'${c.of}' needs a descent block` };
      const data: LinearPoint[] = d.data.map(([x, y]) => ({ x, y }));
      const w = [...d.weights];
      if (c.of === 'risk') return ok(linearRisk(w, data, d.batch), 'the risk');
      const grad = linearRiskGradient(w, data, d.batch);
      if (c.of === 'risk-gradient') return ok(grad, 'the gradient of the risk');
      return ok(descentStep(w, grad, d.rate), 'the weights after one step');
    }
    case 'expression': {
      const r = evaluateWith(c.expr, ctx.given ?? {});
      return r.ok ? ok(r.value, c.expr) : { ok: false, error: r.error };
    }
    default: {
      const never: never = c;
      throw new Error(`unhandled compute ${JSON.stringify(never)}`);
    }
  }
}
