/**
 * Which layers a formula's points draw (points.ts), and the bound on them.
 * A formula is compared at random points of its network; drawing a point
 * costs the layers drawn, and a first answer must be graded at once, so a
 * formula may name only layers whose points stay within MAX_POINT_DRAW
 * numbers: on the largest network the format allows (16 layers of 64
 * nodes) that is layers 13 to 16, and on any network of up to 13,000
 * inputs, weights and biases, every layer.
 */
import { drawSize, FORMULA_POINTS_FLOOR, POINT_WORK, tailArch } from './budget.js';
import { symbolName } from './format.js';
import type { Arch, Formula, FormulaSymbol } from './types.js';

/** The numbers one point may draw: the floor of points at the budget. */
export const MAX_POINT_DRAW = Math.floor(POINT_WORK / FORMULA_POINTS_FLOOR / 1000) * 1000;

/**
 * The layer two formulas' points need drawing from: the one below the
 * lowest layer they name. Every relation between a network's values is
 * between neighbouring layers (z = W a + b, a = g(z)), so values above that
 * layer depend on the layers below only through its z, which the weights
 * into it can make anything: drawing that z directly (draw-point.ts) gives the
 * same values at the cost of the layers named. On 16 layers of 64 nodes, a
 * formula in layers 14 to 16 draws 3 layers, not 16. A formula naming x or
 * layer 1 draws the whole network, and so does one whose layer below is a
 * step (its 0s and 1s are drawn as a pattern, from the layer under it).
 */
export function drawnFrom(arch: Arch, formulas: readonly Formula[]): number {
  const top = arch.layers.length - 1;
  const lowest = Math.min(top, ...formulas.flatMap(layeredIn).map((s) => layerOf(s, arch)));
  let start = Math.max(0, lowest - 1);
  // A step layer's activations are 0 or 1, not a range: which of them are 0 is a pattern to visit, so it is drawn.
  while (start > 0 && arch.activations[start - 1] === 'step') start -= 1;
  return start;
}

/** A symbol that lives in a layer of the network: any but a declared one. */
type Layered = Exclude<FormulaSymbol, { kind: 'declared' }>;

/** The layer a value lives in: x is layer 0; H, L, y and ŷ the output layer. */
function layerOf(s: Layered, arch: Arch): number {
  return s.kind === 'x' ? 0 : 'layer' in s ? s.layer : arch.layers.length - 1;
}

/**
 * The symbols of `f` that live in a layer. A declared symbol (eta) has
 * none: it is drawn beside each point (declared.ts), not from the network,
 * so it never moves the layer points are drawn from.
 */
function layeredIn(f: Formula): Layered[] {
  return symbolsIn(f).filter((s): s is Layered => s.kind !== 'declared');
}

/**
 * Why `f` cannot be graded on `arch` within the bound, naming its lowest
 * value and the lowest layer a formula may name there; undefined when it can.
 */
export function beyondReach(f: Formula, arch: Arch): string | undefined {
  const start = drawnFrom(arch, [f]);
  if (drawSize(tailArch(arch, start)) <= MAX_POINT_DRAW) return undefined;
  const top = arch.layers.length - 1;
  // A formula naming no layer (2, or a declared eta alone) draws as one naming the top: when that is too much, so is any.
  const lowest = layeredIn(f).reduce<Layered | undefined>((a, b) => (a && layerOf(a, arch) <= layerOf(b, arch) ? a : b), undefined);
  let first = lowest ? layerOf(lowest, arch) + 1 : top + 1;
  while (first <= top && drawSize(tailArch(arch, drawnFrom(arch, [layerFormula(first)]))) > MAX_POINT_DRAW) first += 1;
  const what = lowest ? `${symbolName(lowest)} is in layer ${layerOf(lowest, arch)}` : 'the formula names no layer';
  if (first > top) {
    return (
      `${what}, and on this network no formula can be graded at once: its step layers' 0s and 1s are patterns to visit, ` +
      `so every point draws the layers under them, more than ${MAX_POINT_DRAW.toLocaleString('en-US')} numbers`
    );
  }
  return (
    `${what}: on a network this large a formula may name layers ${first} and up ` +
    `(each is compared at random points, drawn from the layer below the lowest it names, and the first answer must be quick)`
  );
}

/** A formula naming one value of `layer` only, to ask where its points would be drawn from. */
function layerFormula(layer: number): Formula {
  return { kind: 'symbol', symbol: { kind: 'z', layer, node: 1 } };
}

export function symbolsIn(f: Formula): FormulaSymbol[] {
  switch (f.kind) {
    case 'symbol':
      return [f.symbol];
    case 'activation':
      return [{ kind: 'z', ...f.z }];
    case 'sigmoid':
    case 'negate':
      return symbolsIn(f.arg);
    case 'binary':
      return [...symbolsIn(f.left), ...symbolsIn(f.right)];
    case 'number':
    case 'blank':
      return [];
    default:
      return unknown(f);
  }
}

function unknown(f: never): never {
  throw new Error(`unknown formula node: ${JSON.stringify(f)}`);
}
