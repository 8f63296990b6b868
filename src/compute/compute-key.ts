import type { DescentData, NetworkData, Compute } from '../bank/schema-data.js';
import { backward, descentStep, type Backward, type Forward, forward, linearRisk, linearRiskGradient, parameterCount, type LinearPoint, type Network } from '../nn/index.js';
import { evaluateWith } from './given.js';
import { keyNoise, snapToNoise, termSize } from './noise.js';

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
    case 'H': case 'z': case 'a': case 'dH/dz': case 'dH/da': case 'dH/db': case 'dH/dW': case 'dH/dx': {
      const pass = passesOf(ctx.network);
      if (!pass) return { ok: false, error: `'${c.of}' needs network.weights, network.activations and network.input` };
      const fwd = pass.forward;
      if (c.of === 'H') return ok(fwd.output, 'H');
      if (c.of === 'z' || c.of === 'a') return ok(at(fwd[c.of], c.layer, c.node), `${c.of}^(${c.layer})_${c.node}`);
      const bwd = (pass.backward ??= backward(pass.net, fwd));
      switch (c.of) {
        case 'dH/dx': return ok(bwd.dH_dx[c.node - 1]!, `dH/dx_${c.node}`);
        case 'dH/dW': return ok(bwd.dH_dW[c.layer - 1]![c.from - 1]![c.to - 1]!, `dH/dW^(${c.layer})_${c.from}${c.to}`);
        case 'dH/dz': return ok(at(bwd.dH_dz, c.layer, c.node), `dH/dz^(${c.layer})_${c.node}`);
        case 'dH/da': return ok(at(bwd.dH_da, c.layer, c.node), `dH/da^(${c.layer})_${c.node}`);
        case 'dH/db': return ok(at(bwd.dH_db, c.layer, c.node), `dH/db^(${c.layer})_${c.node}`);
      }
      break;
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
  throw new Error('unreachable');
}

function at(values: number[][], layer: number, node: number): number {
  return values[layer - 1]![node - 1]!;
}

interface Passes {
  net: Network;
  forward: Forward;
  backward?: Backward;
}

/**
 * The parts of a problem ask about the same network, one after another:
 * the passes of the last network asked about are kept (a variant's data is
 * a new object, never changed), and only those, so a bank of thousands of
 * problems holds no passes.
 */
let last: { of: NetworkData; passes: Passes } | undefined;

function passesOf(n: NetworkData | undefined): Passes | undefined {
  if (!n) return undefined;
  if (last?.of === n) return last.passes;
  const net = networkOf(n);
  if (!net || !n.input) return undefined;
  const passes: Passes = { net, forward: forward(net, n.input) };
  last = { of: n, passes };
  return passes;
}

function networkOf(n: NetworkData | undefined): Network | undefined {
  if (!n?.weights || !n.activations) return undefined;
  return { layers: n.layers, activations: n.activations, weights: n.weights, ...(n.biases && { biases: n.biases }) };
}
