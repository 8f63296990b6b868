import { backward } from './backward.js';
import { forward } from './forward.js';
import type { Network } from './types.js';

/** Everything about one layer l >= 1 at the evaluated point. */
export interface NnLayerReport {
  z: number[];
  a: number[];
  dH_dz: number[];
  dH_da: number[];
  /** dH_dW[i][j]: weight from node i+1 of the layer before to node j+1 of this layer. */
  dH_dW: number[][];
  dH_db: number[];
}

/** A forward and backward pass in one plain object; `layers[0]` is layer 1. */
export interface NnReport {
  output: number;
  dH_dx: number[];
  layers: NnLayerReport[];
}

/** Evaluate `net` at `x` and gather per-layer values and derivatives of H. */
export function nnReport(net: Network, x: number[]): NnReport {
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
      dH_dW: bwd.dH_dW[k] ?? [],
      dH_db: bwd.dH_db[k] ?? [],
    })),
  };
}
