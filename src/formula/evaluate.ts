/**
 * The value of a formula at one point of a network: every network symbol
 * is read from the point's trace, a declared one from the values drawn
 * beside it (declared.ts), g and g' from the layer's own activation.
 * Alongside the value comes its scale, the size of the terms it was summed
 * from, so that two spellings of one formula whose rounding differs after
 * cancellation are still judged equal (see agree.ts).
 */
import { activate, derivative, type FlatTrace, type Quantity } from '../nn/index.js';
import type { DeclaredValues } from './declared.js';
import type { Formula, FormulaSymbol } from './types.js';

/** A point formulas are evaluated at: the trace of one random network at one input. */
export type Point = FlatTrace;

export interface Value {
  value: number;
  /** |value| for a leaf; sums add the scales of their terms, products multiply them. */
  scale: number;
}

/**
 * Evaluate `f` at `point`; a blank takes the value of `blank`, or NaN when
 * none is given; a declared symbol its value in `declared`, or NaN.
 */
export function evaluate(f: Formula, point: Point, blank?: Formula, declared: DeclaredValues = {}): Value {
  switch (f.kind) {
    case 'number':
      return leaf(f.value);
    case 'symbol':
      if (f.symbol.kind === 'declared') return leaf(declared[f.symbol.name] ?? Number.NaN);
      // Shapes were fixed when the point was drawn for this architecture, so every network symbol exists.
      return leaf(point.value(quantityOf(f.symbol, point)) ?? Number.NaN);
    case 'activation': {
      const g = point.net.activations[f.z.layer - 1] ?? 'linear';
      const z = point.z[f.z.layer - 1]?.[f.z.node - 1] ?? Number.NaN;
      return leaf(f.prime ? derivative(g, z) : activate(g, z));
    }
    case 'sigmoid': {
      const s = activate('sigmoid', evaluate(f.arg, point, blank, declared).value);
      return leaf(f.prime ? s * (1 - s) : s);
    }
    case 'negate': {
      const v = evaluate(f.arg, point, blank, declared);
      return { value: -v.value, scale: v.scale };
    }
    case 'binary':
      return binary(f.op, evaluate(f.left, point, blank, declared), evaluate(f.right, point, blank, declared));
    case 'blank':
      return blank ? evaluate(blank, point, undefined, declared) : leaf(Number.NaN);
    default:
      return unknownFormula(f);
  }
}

function binary(op: Extract<Formula, { kind: 'binary' }>['op'], a: Value, b: Value): Value {
  switch (op) {
    case '+':
      return { value: a.value + b.value, scale: a.scale + b.scale };
    case '-':
      return { value: a.value - b.value, scale: a.scale + b.scale };
    case '*':
      return { value: a.value * b.value, scale: a.scale * b.scale };
    case '/':
      return { value: a.value / b.value, scale: a.scale / Math.abs(b.value) };
    case '^':
      return leaf(a.value ** b.value);
    default:
      return unknownFormula(op);
  }
}

/** The quantity a symbol names: ŷ is a of the output layer, δ^(l)_j is dL/dz^(l)_j. */
export function quantityOf(s: Exclude<FormulaSymbol, { kind: 'declared' }>, point: Point): Quantity {
  switch (s.kind) {
    case 'yhat':
      return { kind: 'a', layer: point.net.layers.length - 1, node: s.node };
    case 'delta':
      return { kind: 'd', of: 'L', by: { kind: 'z', layer: s.layer, node: s.node } };
    default:
      return s;
  }
}

function leaf(value: number): Value {
  return { value, scale: Math.abs(value) };
}

function unknownFormula(f: never): never {
  throw new Error(`unknown formula node: ${JSON.stringify(f)}`);
}
