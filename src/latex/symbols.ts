import { GREEK } from './greek.js';
import type { AtomClass } from './types.js';

/** A symbol's Unicode and ASCII spellings and its spacing class. */
export interface Sym {
  u: string;
  a: string;
  cls: AtomClass;
}

type Row = [name: string, u: string, a: string];

const REL: Row[] = [
  ['approx', '≈', '~='], ['neq', '≠', '!='], ['ne', '≠', '!='], ['leq', '≤', '<='], ['le', '≤', '<='],
  ['geq', '≥', '>='], ['ge', '≥', '>='], ['ll', '≪', '<<'], ['gg', '≫', '>>'], ['in', '∈', 'in'],
  ['notin', '∉', 'not in'], ['ni', '∋', 'contains'], ['subset', '⊂', 'subset'], ['subseteq', '⊆', 'subseteq'],
  ['supset', '⊃', 'supset'], ['supseteq', '⊇', 'supseteq'], ['to', '→', '->'], ['rightarrow', '→', '->'],
  ['gets', '←', '<-'], ['leftarrow', '←', '<-'], ['leftrightarrow', '↔', '<->'], ['Rightarrow', '⇒', '=>'],
  ['Leftarrow', '⇐', '<=='], ['implies', '⟹', '==>'], ['iff', '⟺', '<=>'], ['Leftrightarrow', '⇔', '<=>'],
  ['mapsto', '↦', '|->'], ['equiv', '≡', '=='], ['sim', '∼', '~'], ['simeq', '≃', '~='], ['cong', '≅', '~='],
  ['propto', '∝', 'prop. to'], ['mid', '∣', '|'], ['perp', '⊥', 'perp'], ['coloneqq', '≔', ':='],
  ['triangleq', '≜', ':='], ['prec', '≺', '<'], ['succ', '≻', '>'],
];

const BIN: Row[] = [
  ['cdot', '·', '*'], ['times', '×', '*'], ['pm', '±', '+/-'], ['mp', '∓', '-/+'], ['div', '÷', '/'],
  ['ast', '∗', '*'], ['star', '⋆', '*'], ['circ', '∘', 'o'], ['odot', '⊙', '(.)'], ['otimes', '⊗', '(x)'],
  ['oplus', '⊕', '(+)'], ['cup', '∪', 'union'], ['cap', '∩', 'intersect'], ['setminus', '∖', 'minus'],
  ['wedge', '∧', 'and'], ['land', '∧', 'and'], ['vee', '∨', 'or'], ['lor', '∨', 'or'], ['bullet', '•', '*'],
];

const ORD: Row[] = [
  ['partial', '∂', 'd'], ['nabla', '∇', 'grad'], ['infty', '∞', 'inf'], ['ell', 'ℓ', 'l'],
  ['ldots', '…', '...'], ['dots', '…', '...'], ['cdots', '⋯', '...'], ['dotsc', '…', '...'],
  ['dotsb', '⋯', '...'], ['vdots', '⋮', ':'], ['ddots', '⋱', '...'], ['prime', '′', "'"],
  ['forall', '∀', 'for all'], ['exists', '∃', 'exists'], ['emptyset', '∅', 'empty'],
  ['varnothing', '∅', 'empty'], ['neg', '¬', 'not'], ['lnot', '¬', 'not'], ['hbar', 'ħ', 'hbar'],
  ['top', '⊤', 'T'], ['intercal', '⊺', 'T'], ['bot', '⊥', 'bot'], ['angle', '∠', 'angle'],
  ['checkmark', '✓', 'v'], ['dagger', '†', '+'], ['degree', '°', 'deg'], ['Re', 'ℜ', 'Re'], ['Im', 'ℑ', 'Im'],
  ['_', '_', '_'], ['%', '%', '%'], ['$', '$', '$'], ['&', '&', '&'], ['#', '#', '#'], ['|', '‖', '||'],
  ['vert', '|', '|'], ['Vert', '‖', '||'],
];

const OPEN: Row[] = [
  ['{', '{', '{'], ['lbrace', '{', '{'], ['langle', '⟨', '<'], ['lvert', '|', '|'], ['lVert', '‖', '||'],
  ['lfloor', '⌊', '['], ['lceil', '⌈', '['], ['lbrack', '[', '['],
];

const CLOSE: Row[] = [
  ['}', '}', '}'], ['rbrace', '}', '}'], ['rangle', '⟩', '>'], ['rvert', '|', '|'], ['rVert', '‖', '||'],
  ['rfloor', '⌋', ']'], ['rceil', '⌉', ']'], ['rbrack', ']', ']'],
];

const BIGOP: Row[] = [
  ['sum', 'Σ', 'sum'], ['prod', 'Π', 'prod'], ['coprod', '∐', 'coprod'], ['int', '∫', 'int'],
  ['iint', '∬', 'iint'], ['oint', '∮', 'oint'], ['bigcup', '⋃', 'union'], ['bigcap', '⋂', 'intersect'],
];

/** Named operators, upright and spaced from what they apply to; `\Aug` is this project's augmentation map. */
const FUNCTIONS = [
  'log', 'ln', 'lg', 'exp', 'sin', 'cos', 'tan', 'sec', 'csc', 'cot', 'arcsin', 'arccos', 'arctan',
  'sinh', 'cosh', 'tanh', 'det', 'dim', 'ker', 'deg', 'gcd', 'Pr', 'arg', 'max', 'min', 'sup', 'inf',
  'lim', 'liminf', 'limsup', 'argmax', 'argmin', 'sgn', 'tr', 'Aug',
];

const table = new Map<string, Sym>();
const add = (rows: Row[], cls: AtomClass): void => rows.forEach(([n, u, a]) => table.set(n, { u, a, cls }));
add(REL, 'rel');
add(BIN, 'bin');
add(ORD, 'ord');
add(OPEN, 'open');
add(CLOSE, 'close');
add(BIGOP, 'bigop');
for (const [name, [u, a]] of GREEK) table.set(name, { u, a, cls: 'ord' });
for (const name of FUNCTIONS) table.set(name, { u: name, a: name, cls: 'fn' });

/** The symbol a command names, if it is a plain symbol. */
export function symbolFor(name: string): Sym | undefined {
  return table.get(name);
}

/** The class of a literal character in math. */
export function charClass(ch: string): AtomClass {
  if ('+-*−'.includes(ch)) return 'bin';
  if ('=<>:≈≠≤≥→∈'.includes(ch)) return 'rel';
  if (',;'.includes(ch)) return 'punct';
  if ('(['.includes(ch)) return 'open';
  if (')]'.includes(ch)) return 'close';
  if (ch === '/') return 'slash';
  return 'ord';
}

/** Non-ASCII symbols back to their ASCII spellings, for folding text typed with Unicode. */
export const SYMBOL_FOLDS: ReadonlyMap<string, string> = new Map(
  [...table.values()].filter((s) => /[^\x00-\x7f]/.test(s.u)).reverse().map((s) => [s.u, s.a]),
);
