import { backward } from './backward.js';
import { forward } from './forward.js';
import { convert, type Layout } from './layout.js';
import type { Network } from './types.js';

/** Everything about one layer l >= 1 at the evaluated point. */
export interface NnLayerReport {
  z: number[];
  a: number[];
  dH_dz: number[];
  dH_da: number[];
  /** dH_dW[i][j]: weight from node i+1 of the layer before to node j+1 of this layer ([j][i] in the to-from layout). */
  dH_dW: number[][];
  dH_db: number[];
}

/** A forward and backward pass in one plain object; `layers[0]` is layer 1. */
export interface NnReport {
  output: number;
  dH_dx: number[];
  layers: NnLayerReport[];
}

/** Evaluate `net` (from-to) at `x` and gather per-layer values and derivatives of H; dH_dW in `layout`. */
export function nnReport(net: Network, x: number[], layout?: Layout): NnReport {
  const fwd = forward(net, x);
  const bwd = backward(net, fwd);
  return {
    output: fwd.output,
    dH_dx: bwd.dH_dx,
    layers: fwd.z.map((z, k) => ({
      z,
      a: fwd.a[k] ?? [],
      dH_dz: bwd.dH_dz[k] ?? [],
      dH_da: bwd.dH_da[k] ?? [],
      dH_dW: convert(bwd.dH_dW[k] ?? [], layout),
      dH_db: bwd.dH_db[k] ?? [],
    })),
  };
}
