import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FlatTrace, trace, valueOf, type FlatNetwork, type Network, type Quantity } from '../../src/nn/index.js';
import { networkArb, vectorOf } from './reference.js';

/*
 * FlatTrace is the evaluator's forward pass over typed arrays, for formula
 * points (derivatives it reads from the evaluator's own trace). The reference is trace.ts itself: every quantity of every node
 * and weight, and the ones just outside the network, must be the same
 * number to the last bit (Object.is, so even the sign of a zero).
 */

function flat(net: Network): FlatNetwork {
  const out: FlatNetwork = {
    layers: net.layers,
    activations: net.activations,
    weights: net.weights.map((w) => Float64Array.from(w.flat())),
  };
  if (net.biases) out.biases = net.biases.map((b) => Float64Array.from(b));
  return out;
}

/** Every quantity of `net`, and one past each edge of every index. */
function quantities(net: Network): Quantity[] {
  const values: Exclude<Quantity, { kind: 'd' | 'updated' }>[] = [{ kind: 'H' }, { kind: 'L' }, { kind: 'y', node: 1 }];
  for (let node = 0; node <= (net.layers[0] ?? 0) + 1; node++) values.push({ kind: 'x', node });
  for (let layer = 0; layer <= net.layers.length; layer++) {
    const width = net.layers[layer] ?? 0;
    for (let node = 0; node <= width + 1; node++) for (const kind of ['z', 'a', 'b'] as const) values.push({ kind, layer, node });
    for (let from = 0; from <= (net.layers[layer - 1] ?? 0) + 1; from++) {
      for (let to = 0; to <= width + 1; to++) values.push({ kind: 'W', layer, from, to });
    }
  }
  const ds = values.flatMap((by): Quantity[] => (by.kind === 'H' || by.kind === 'L' || by.kind === 'y' ? [] : [{ kind: 'd', of: 'H', by }, { kind: 'd', of: 'L', by }]));
  return [...values, ...ds];
}

describe('FlatTrace', () => {
  it('reads every quantity as trace.ts does, on random networks of every activation', () => {
    const arb = networkArb().chain((net) => fc.record({ net: fc.constant(net), x: vectorOf(net.layers[0] ?? 0, 2) }));
    fc.assert(
      fc.property(arb, ({ net, x }) => {
        const reference = trace(net, x);
        const t = new FlatTrace(flat(net), Float64Array.from(x));
        for (const q of quantities(net)) {
          const [want, got] = [valueOf(reference, q), t.value(q)];
          if (!Object.is(want, got)) throw new Error(`${JSON.stringify(q)}: trace ${want}, flat ${got}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('activates a softmax output layer as the evaluator does', () => {
    const arb = networkArb()
      .map((net) => ({ ...net, activations: [...net.activations.slice(0, -1), 'softmax' as const] }))
      .chain((net) => fc.record({ net: fc.constant(net), x: vectorOf(net.layers[0] ?? 0, 2) }));
    fc.assert(
      fc.property(arb, ({ net, x }) => {
        const reference = trace(net, x);
        const t = new FlatTrace(flat(net), Float64Array.from(x));
        for (const q of quantities(net)) {
          const [want, got] = [valueOf(reference, q), t.value(q)];
          if (!Object.is(want, got)) throw new Error(`${JSON.stringify(q)}: trace ${want}, flat ${got}`);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('gives back the network and its trace as nested arrays', () => {
    const net: Network = {
      layers: [2, 3, 1],
      activations: ['relu', 'linear'],
      weights: [
        [
          [1, -2, 0.5],
          [3, 4, -1],
        ],
        [[2], [-1], [0.25]],
      ],
      biases: [[0.5, 0, -3], [1]],
    };
    const t = new FlatTrace(flat(net), Float64Array.of(1, -1));
    expect(t.network()).toEqual(net);
    expect(t.toTrace()).toEqual(trace(net, [1, -1]));
    // z = (1 - 3 + 0.5, -2 - 4 + 0, 0.5 + 1 - 3) = (-1.5, -6, -1.5): every node off, H = b^(2) = 1.
    expect(t.value({ kind: 'H' })).toBe(1);
    expect(t.value({ kind: 'd', of: 'H', by: { kind: 'W', layer: 1, from: 1, to: 1 } })).toBe(0);
  });
});
