/**
 * A formula's value at every point at once, node by node: one pass over the
 * tree, and at each node one loop over the points. Grading walked the tree
 * once per point, a thousand walks on an exam-sized network, and on a
 * student's first answer that code had not been optimized yet: the walks
 * and the objects they made were most of its time (issue 19). Every value
 * is the number `evaluate` (evaluate.ts) gives at that point, to the last
 * bit: the same operations in the same order (tests/formula/columns.test.ts).
 */
import { activate, derivative, type Quantity } from '../nn/index.js';
import { quantityOf, type Point } from './evaluate.js';
import type { Formula, FormulaSymbol } from './types.js';

/** Values and scales (see `Value` in evaluate.ts), index k for point k. Never written after it is made. */
export interface Column {
  readonly value: Float64Array;
  readonly scale: Float64Array;
}

/** Each declared symbol's value at every point, by name (declared.ts). */
export type DeclaredColumns = Readonly<Record<string, Float64Array>>;

/** `evaluate` of `f` at each of `points`, with the declared symbols' values in `declared`. */
export function evaluateColumn(f: Formula, points: readonly Point[], blank?: Formula, declared: DeclaredColumns = {}): Column {
  const n = points.length;
  switch (f.kind) {
    case 'number':
      return leaf(new Float64Array(n).fill(f.value));
    case 'symbol':
      return leaf(symbolColumn(f.symbol, points, declared));
    case 'activation': {
      const g = points[0]?.net.activations[f.z.layer - 1] ?? 'linear';
      const out = new Float64Array(n);
      for (let k = 0; k < n; k++) {
        const z = points[k]!.z[f.z.layer - 1]?.[f.z.node - 1] ?? Number.NaN;
        out[k] = f.prime ? derivative(g, z) : activate(g, z);
      }
      return leaf(out);
    }
    case 'sigmoid': {
      const arg = evaluateColumn(f.arg, points, blank, declared).value;
      const out = new Float64Array(n);
      for (let k = 0; k < n; k++) {
        const s = activate('sigmoid', arg[k]!);
        out[k] = f.prime ? s * (1 - s) : s;
      }
      return leaf(out);
    }
    case 'negate': {
      const v = evaluateColumn(f.arg, points, blank, declared);
      const out = new Float64Array(n);
      for (let k = 0; k < n; k++) out[k] = -v.value[k]!;
      return { value: out, scale: v.scale };
    }
    case 'binary':
      return binary(f.op, evaluateColumn(f.left, points, blank, declared), evaluateColumn(f.right, points, blank, declared));
    case 'blank':
      return blank ? evaluateColumn(blank, points, undefined, declared) : leaf(new Float64Array(n).fill(Number.NaN));
    default:
      return unknownFormula(f);
  }
}

/** A symbol's value at each point, as the point's trace reads it, the quantity resolved once. */
function symbolColumn(s: FormulaSymbol, points: readonly Point[], declared: DeclaredColumns): Float64Array {
  const n = points.length;
  if (s.kind === 'declared') return declared[s.name] ?? new Float64Array(n).fill(Number.NaN);
  const out = new Float64Array(n);
  if (n === 0) return out;
  const q: Quantity = quantityOf(s, points[0]!);
  for (let k = 0; k < n; k++) out[k] = points[k]!.value(q) ?? Number.NaN;
  return out;
}

function binary(op: Extract<Formula, { kind: 'binary' }>['op'], a: Column, b: Column): Column {
  const n = a.value.length;
  const value = new Float64Array(n);
  const av = a.value;
  const bv = b.value;
  switch (op) {
    case '+':
    case '-': {
      const scale = new Float64Array(n);
      for (let k = 0; k < n; k++) {
        value[k] = op === '+' ? av[k]! + bv[k]! : av[k]! - bv[k]!;
        scale[k] = a.scale[k]! + b.scale[k]!;
      }
      return { value, scale };
    }
    case '*': {
      const scale = new Float64Array(n);
      for (let k = 0; k < n; k++) {
        value[k] = av[k]! * bv[k]!;
        scale[k] = a.scale[k]! * b.scale[k]!;
      }
      return { value, scale };
    }
    case '/': {
      const scale = new Float64Array(n);
      for (let k = 0; k < n; k++) {
        value[k] = av[k]! / bv[k]!;
        scale[k] = a.scale[k]! / Math.abs(bv[k]!);
      }
      return { value, scale };
    }
    case '^':
      for (let k = 0; k < n; k++) value[k] = av[k]! ** bv[k]!;
      return leaf(value);
    default:
      return unknownFormula(op);
  }
}

/** A column of leaves: each scale is the value's size. */
function leaf(value: Float64Array): Column {
  const scale = new Float64Array(value.length);
  for (let k = 0; k < value.length; k++) scale[k] = Math.abs(value[k]!);
  return { value, scale };
}

function unknownFormula(f: never): never {
  throw new Error(`unknown formula node: ${JSON.stringify(f)}`);
}
