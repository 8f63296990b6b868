import { activate, activateLayer, derivative } from './activations.js';
import { lossGradient, lossValue } from './loss.js';
import type { Quantity } from './quantity.js';
import { trace, valueOf, type Trace } from './trace.js';
import type { Activation, Loss, Network } from './types.js';

/**
 * The forward pass of trace.ts over flat Float64Arrays, for the random
 * points formulas are graded at. A network can have 16 layers of 64 nodes:
 * as nested arrays each point of such a network was two trees of 61,000
 * numbers for the collector to walk, and with a thousand points and more
 * grading ran out of memory. Typed arrays are one allocation and never
 * scanned. The sums run in forward.ts's order and a layer is activated by
 * the same `activateLayer`, so every value is the same number to the last
 * bit (tests/nn/flat-trace.test.ts compares them).
 *
 * A formula names values only (the parser refuses derivatives); a claim's
 * left side, dH/dS, is the one derivative asked of a point, once per claim.
 * It is read from the evaluator's own trace of the same network, built then:
 * one backward pass, kept in one place.
 */
export interface FlatNetwork {
  layers: readonly number[];
  activations: readonly Activation[];
  /** weights[k][i * layers[k+1] + j] is W^(k+1)_{i+1,j+1}. */
  weights: readonly Float64Array[];
  biases?: readonly Float64Array[];
  /** With a loss, a point also has a target y, the loss L and the deltas dL/dz. */
  loss?: Loss;
}

const EMPTY = new Float64Array(0);

/** A layer's activations from its z, as forward.ts activates a layer. */
export function activateFlat(g: Activation, z: Float64Array): Float64Array {
  if (g === 'softmax') return Float64Array.from(activateLayer(g, Array.from(z)));
  // A loop, not z.map: a typed array's map is slow until optimized, and a first formula answer runs this for every point.
  const a = new Float64Array(z.length);
  for (let j = 0; j < z.length; j++) a[j] = activate(g, z[j]!);
  return a;
}

/**
 * z of one layer from the activations below it: each z_j is the sum of
 * W_ij a_i in order of i, then its bias (0 where there is none), as
 * forward.ts sums, so that even the sign of a zero is the same.
 */
export function layerSums(w: Float64Array, bias: Float64Array | undefined, before: Float64Array, width: number): Float64Array {
  const z = new Float64Array(width);
  for (let i = 0; i < before.length; i++) {
    const v = before[i]!;
    for (let j = 0; j < width; j++) z[j] = z[j]! + w[i * width + j]! * v;
  }
  for (let j = 0; j < width; j++) z[j] = z[j]! + (bias?.[j] ?? 0);
  return z;
}

/** z_j alone, summed as `layerSums` sums it. */
export function nodeSum(w: Float64Array, bias: Float64Array | undefined, before: Float64Array, j: number, width: number): number {
  let s = 0;
  for (let i = 0; i < before.length; i++) s = s + w[i * width + j]! * before[i]!;
  return s + (bias?.[j] ?? 0);
}

export class FlatTrace {
  readonly z: Float64Array[] = [];
  readonly a: Float64Array[] = [];
  readonly output: number;

  /**
   * With `start` > 0 only the layers above `start` were drawn: z of layer
   * `start` is given (`zStart`), the layers below it, their weights and x
   * are empty, and their values undefined (see formula/draw-point.ts, which
   * draws only the layers a formula names).
   */
  constructor(
    readonly net: FlatNetwork,
    readonly x: Float64Array,
    readonly start = 0,
    zStart: Float64Array = EMPTY,
    /** The target y, when the network has a loss. */
    readonly y: Float64Array = EMPTY,
    /**
     * z and a of every drawn layer, from layer `start` up, when whoever made
     * the network has already run this forward pass (formula/draw-point.ts does,
     * summing as `layerSums` sums); otherwise it is run here.
     */
    passes?: { z: readonly Float64Array[]; a: readonly Float64Array[] },
  ) {
    for (let k = 0; k < start - 1; k++) {
      this.z.push(EMPTY);
      this.a.push(EMPTY);
    }
    if (passes) {
      this.z.push(...passes.z);
      this.a.push(...passes.a);
      this.output = this.a[this.a.length - 1]?.[0] ?? Number.NaN;
      return;
    }
    let before = x;
    if (start > 0) before = this.push(zStart, net.activations[start - 1] ?? 'linear');
    for (let k = start; k < net.weights.length; k++) {
      const width = net.layers[k + 1] ?? 0;
      before = this.push(layerSums(net.weights[k]!, net.biases?.[k], before, width), net.activations[k] ?? 'linear');
    }
    this.output = before[0] ?? Number.NaN;
  }

  /** Records a layer's z and its activation; returns the activation. */
  private push(z: Float64Array, g: Activation): Float64Array {
    const a = activateFlat(g, z);
    this.z.push(z);
    this.a.push(a);
    return a;
  }

  /** The value of `q`, as `valueOf` reads it from a trace of H; undefined when the network has no such quantity. */
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
      case 'W': {
        const width = this.net.layers[q.layer] ?? 0;
        if (q.from < 1 || q.to < 1 || q.to > width || q.from > (this.net.layers[q.layer - 1] ?? 0)) return undefined;
        return this.net.weights[q.layer - 1]?.[(q.from - 1) * width + q.to - 1];
      }
      case 'H':
        return this.output;
      case 'L':
        return this.net.loss ? lossValue(this.net.loss, Array.from(this.a[this.a.length - 1] ?? EMPTY), Array.from(this.y)) : undefined;
      case 'y':
        return this.net.loss ? this.y[q.node - 1] : undefined;
      case 'd':
        if (q.of === 'L' && q.by.kind === 'z' && this.net.loss) return this.deltas()[q.by.layer - 1]?.[q.by.node - 1];
        if (this.start > 0 || (q.of === 'L' && !this.net.loss)) return undefined;
        return valueOf(this.toTrace(q.of === 'L'), q);
      default:
        // Derivatives, and what a network without a loss does not have (L, y, a step on L).
        // A point drawn from a layer up has no whole network to take them of.
        return this.start > 0 ? undefined : valueOf(this.toTrace(), q);
    }
  }

  private deltaRows: Float64Array[] | undefined;

  /**
   * dL/dz of every layer drawn, by the backward recursion written out here:
   * dL/dz of the output is dL/dŷ times g'(z) (one output node: formulas
   * refuse softmax), and each layer below is g'(z) times W of the layer above
   * times its dL/dz. tests/formula/loss-symbols.test.ts checks it against
   * the evaluator's own backward pass (trace.ts).
   */
  private deltas(): Float64Array[] {
    if (this.deltaRows) return this.deltaRows;
    const loss = this.net.loss!;
    const top = this.z.length;
    const rows: Float64Array[] = Array.from({ length: top }, () => EMPTY);
    const yhat = Array.from(this.a[top - 1] ?? EMPTY);
    const dyhat = lossGradient(loss, yhat, Array.from(this.y));
    const gTop = this.net.activations[top - 1] ?? 'linear';
    rows[top - 1] = Float64Array.from(this.z[top - 1] ?? EMPTY, (z, k) => (dyhat[k] ?? Number.NaN) * derivative(gTop, z));
    for (let l = top - 1; l >= Math.max(this.start, 1); l -= 1) {
      const w = this.net.weights[l]!;
      const above = rows[l]!;
      const width = above.length;
      const g = this.net.activations[l - 1] ?? 'linear';
      rows[l - 1] = Float64Array.from(this.z[l - 1] ?? EMPTY, (z, i) => {
        let s = 0;
        for (let j = 0; j < width; j++) s += w[i * width + j]! * above[j]!;
        return s * derivative(g, z);
      });
    }
    return (this.deltaRows = rows);
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

  /** The evaluator's own trace of the same network and input (of a whole point only), of H or of the loss. */
  toTrace(ofLoss = false): Trace {
    if (this.start > 0) throw new RangeError('a point drawn from a hidden layer up has no whole network');
    if (ofLoss && this.net.loss) return trace({ ...this.network(), loss: this.net.loss }, Array.from(this.x), {}, Array.from(this.y));
    return trace(this.network(), Array.from(this.x));
  }
}
