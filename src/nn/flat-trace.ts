import { activate, derivative } from './activations.js';
import type { Quantity } from './quantity.js';
import { trace, type Trace } from './trace.js';
import type { Activation, Network } from './types.js';

/**
 * The same forward and backward passes as trace.ts, over flat Float64Arrays.
 * Formulas are graded at dozens to a thousand random points of a network,
 * and a network can have 16 layers of 64 nodes: as nested arrays each point
 * of such a network was two trees of 61,000 numbers for the collector to
 * walk, and grading stalled for seconds. Typed arrays are one allocation per layer
 * and never scanned. dH/dW is not stored: it is a^(l-1)_i dH/dz^(l)_j, read
 * on demand, and the backward pass runs only when a derivative is asked
 * for. The sums run in trace.ts's order, so every value is the same number
 * to the last bit (tests/nn/flat-trace.test.ts compares them).
 */
export interface FlatNetwork {
  layers: readonly number[];
  activations: readonly Activation[];
  /** weights[k][i * layers[k+1] + j] is W^(k+1)_{i+1,j+1}. */
  weights: readonly Float64Array[];
  biases?: readonly Float64Array[];
}

export class FlatTrace {
  readonly z: Float64Array[] = [];
  readonly a: Float64Array[] = [];
  readonly output: number;
  private back?: { dz: Float64Array[]; da: Float64Array[]; dx: Float64Array };

  constructor(
    readonly net: FlatNetwork,
    readonly x: Float64Array,
  ) {
    let before = x;
    net.weights.forEach((w, k) => {
      const g = net.activations[k] ?? 'linear';
      const width = net.layers[k + 1] ?? 0;
      const z = new Float64Array(width);
      for (let i = 0; i < before.length; i++) {
        const v = before[i]!;
        for (let j = 0; j < width; j++) z[j] = z[j]! + w[i * width + j]! * v;
      }
      // Adding 0 where there is no bias, as trace.ts does, keeps even the sign of a zero the same.
      const bias = net.biases?.[k];
      for (let j = 0; j < width; j++) z[j] = z[j]! + (bias?.[j] ?? 0);
      const a = z.map((v) => activate(g, v));
      this.z.push(z);
      this.a.push(a);
      before = a;
    });
    this.output = before[0] ?? Number.NaN;
  }

  /**
   * The backward pass, run at the first derivative asked for: a formula
   * answer names no derivative (only a claim's left side does), so most
   * points never need it.
   */
  private backward(): { dz: Float64Array[]; da: Float64Array[]; dx: Float64Array } {
    if (this.back) return this.back;
    const { net, x } = this;
    const dz: Float64Array[] = [];
    const da: Float64Array[] = [];
    let upstream = Float64Array.of(1);
    for (let k = net.weights.length - 1; k >= 0; k--) {
      const g = net.activations[k] ?? 'linear';
      const zk = this.z[k]!;
      const dzk = zk.map((v, j) => upstream[j]! * derivative(g, v));
      da[k] = upstream;
      dz[k] = dzk;
      const w = net.weights[k]!;
      const rows = k === 0 ? x.length : this.a[k - 1]!.length;
      const width = zk.length;
      upstream = new Float64Array(rows);
      for (let i = 0; i < rows; i++) {
        let sum = 0;
        for (let j = 0; j < width; j++) sum += w[i * width + j]! * dzk[j]!;
        upstream[i] = sum;
      }
    }
    this.back = { dz, da, dx: upstream };
    return this.back;
  }

  /** The value of `q`, as `valueOf` reads it from a trace; undefined when the network has no such quantity. */
  value(q: Quantity): number | undefined {
    switch (q.kind) {
      case 'x':
        return this.x[q.node - 1];
      case 'z':
        return this.z[q.layer - 1]?.[q.node - 1];
      case 'a':
        return q.layer === 0 ? this.x[q.node - 1] : this.a[q.layer - 1]?.[q.node - 1];
      case 'b':
        return this.net.biases?.[q.layer - 1]?.[q.node - 1];
      case 'W':
        return this.weight(q.layer, q.from, q.to);
      case 'H':
        return this.output;
      case 'd':
        return this.derivative(q.by);
      default:
        return unknown(q);
    }
  }

  /** W^(layer)_{from,to}, or undefined outside the network. */
  private weight(layer: number, from: number, to: number): number | undefined {
    const width = this.net.layers[layer] ?? 0;
    if (from < 1 || to < 1 || to > width || from > (this.net.layers[layer - 1] ?? 0)) return undefined;
    return this.net.weights[layer - 1]?.[(from - 1) * width + to - 1];
  }

  private derivative(by: Extract<Quantity, { kind: 'd' }>['by']): number | undefined {
    const { dz, da, dx } = this.backward();
    switch (by.kind) {
      case 'x':
        return dx[by.node - 1];
      case 'z':
      case 'b':
        return dz[by.layer - 1]?.[by.node - 1];
      case 'a':
        return by.layer === 0 ? dx[by.node - 1] : da[by.layer - 1]?.[by.node - 1];
      case 'W': {
        if (this.weight(by.layer, by.from, by.to) === undefined) return undefined;
        const before = by.layer === 1 ? this.x : this.a[by.layer - 2];
        const a = before?.[by.from - 1];
        const d = dz[by.layer - 1]?.[by.to - 1];
        return a === undefined || d === undefined ? undefined : a * d;
      }
      default:
        return unknown(by);
    }
  }

  /** The network as nested arrays, as banks write it. */
  network(): Network {
    const { layers, activations, weights, biases } = this.net;
    const nested = (flat: Float64Array, rows: number, cols: number): number[][] =>
      Array.from({ length: rows }, (_, i) => Array.from(flat.subarray(i * cols, (i + 1) * cols)));
    const net: Network = {
      layers: [...layers],
      activations: [...activations],
      weights: weights.map((w, k) => nested(w, layers[k] ?? 0, layers[k + 1] ?? 0)),
    };
    if (biases) net.biases = biases.map((b) => Array.from(b));
    return net;
  }

  /** The evaluator's own trace of the same network and input, for reports and tests. */
  toTrace(): Trace {
    return trace(this.network(), Array.from(this.x));
  }
}

function unknown(q: never): never {
  throw new Error(`unknown quantity: ${JSON.stringify(q)}`);
}
