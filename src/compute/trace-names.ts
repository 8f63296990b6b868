import { evaluationValue, shortName, type Evaluation, type Quantity, type Wrt } from '../nn/index.js';

/**
 * The names a `compute: expression` reads the network's trace by: the
 * short spelling students type in formulas (nn/quantity.ts: `W2_12`,
 * `z1_2`, `a1_2`, `b1_2`, `x_1`, `y_1`, `H`, `L`), with `/` and `,` as `_`
 * so each is one name of the expression language: `dL_dW2_12`, `dH_dz1_2`,
 * `dL_dx_1`, `W2_1_10` for node 10. `yhat_k` is the output a^(L)_k.
 */
export function exprName(q: Quantity): string {
  return shortName(q).replace('/', '_').replaceAll(',', '_');
}

const range = (n: number): number[] => Array.from({ length: n }, (_, k) => k + 1);

/** Every quantity of a network of these layers, grouped by kind and layer (the order names are listed in). */
function quantityGroups(layers: readonly number[], objective: 'H' | 'L'): Quantity[][] {
  const depth = layers.length - 1;
  const ls = range(depth);
  const width = (l: number): number => layers[l] ?? 0;
  const values: Quantity[][] = [
    ...ls.map((layer) => range(width(layer - 1)).flatMap((from) => range(width(layer)).map((to): Quantity => ({ kind: 'W', layer, from, to })))),
    ...(['b', 'z', 'a'] as const).flatMap((kind) => ls.map((layer) => range(width(layer)).map((node): Quantity => ({ kind, layer, node })))),
    range(width(0)).map((node): Quantity => ({ kind: 'x', node })),
  ];
  const ends: Quantity[][] = objective === 'L' ? [[{ kind: 'L' }], range(width(depth)).map((node): Quantity => ({ kind: 'y', node }))] : [[{ kind: 'H' }]];
  const slopes = values.map((group) => group.map((by): Quantity => ({ kind: 'd', of: objective, by: by as Wrt })));
  return [...values, ...ends, ...slopes];
}

export interface TraceScope {
  values: Record<string, number>;
  /** The names in a compact list for an error message: `W1_11..W1_22, z1_1..z1_2, ...`. */
  summary: string;
}

/**
 * The values of a problem's evaluation an expression may read. Over a data
 * set only what belongs to the data is there (the parameters, the risk L
 * and its gradients); per-point values (x, z, a, y) are named at one
 * point only.
 */
export function traceScope(e: Evaluation, layers: readonly number[], hasLoss: boolean): TraceScope {
  const values: Record<string, number> = {};
  const shown: string[] = [];
  const outputs = layers[layers.length - 1] ?? 1;
  for (const group of quantityGroups(layers, hasLoss ? 'L' : 'H')) {
    // H and its derivatives are one output node's: several without a loss have none.
    if (!hasLoss && outputs > 1 && group.some((q) => q.kind === 'H' || q.kind === 'd')) continue;
    const names = group.flatMap((q) => {
      const v = evaluationValue(e, q);
      if (v === undefined) return [];
      values[exprName(q)] = v;
      return [exprName(q)];
    });
    if (names.length > 0) shown.push(names.length > 2 ? `${names[0]}..${names.at(-1)}` : names.join(', '));
  }
  const depth = layers.length - 1;
  const yhat = range(outputs).flatMap((k) => {
    const v = evaluationValue(e, { kind: 'a', layer: depth, node: k });
    return v === undefined ? [] : [[`yhat_${k}`, v] as const];
  });
  for (const [name, v] of yhat) values[name] = v;
  if (yhat.length > 0) shown.push(yhat.length > 2 ? `yhat_1..yhat_${outputs}` : yhat.map(([n]) => n).join(', '));
  return { values, summary: shown.join(', ') };
}
