import type { Problem } from '../bank/model.js';
import { networkOf } from '../compute/network-of.js';
import { forward } from '../nn/index.js';
import { renderFigure } from './figure/index.js';
import type { FigureInput } from './figure/types.js';

/**
 * The figure of a problem with a network, showing only what the author
 * reveals (`figure:` in the bank); undefined when there is nothing to draw.
 */
export function problemFigure(p: Problem, opts: { ascii: boolean; width: number }): string | undefined {
  const n = p.network;
  if (!n || p.figure === false) return undefined;
  const f = p.figure ?? {};
  const L = n.layers.length - 1;
  const weights = f.weights === 'all' ? Array.from({ length: L }, (_, k) => k + 1) : (f.weights ?? []);
  const input: FigureInput = {
    layers: n.layers,
    ...(n.activations && { activations: n.activations }),
    ...(n.weights && { weights: n.weights }),
    ...(n.layout && { layout: n.layout }),
    ...(n.biases && { biases: n.biases }),
    ...(n.input && { x: n.input }),
    reveal: { weights, values: Boolean(f.values), input: Boolean(f.input), biases: Boolean(f.biases) },
  };
  if (f.values && n.weights && n.activations && n.input) {
    const fwd = forward(networkOf(n)!, n.input);
    Object.assign(input, { z: fwd.z, a: fwd.a });
  }
  return renderFigure(input, opts);
}
