import type { Box } from './box.js';
import type { AtomClass } from './types.js';

/**
 * How nested math is rendered: `inline` keeps everything on one line
 * (scripts, fractions, cells); `tight` drops operator spacing (scripts).
 */
export interface Ctx {
  ascii: boolean;
  inline: boolean;
  tight: boolean;
}

/** A rendered node with what its neighbours need to know to space against it. */
export interface Item {
  box: Box;
  cls: AtomClass;
  /** A fraction, parenthesized when it touches an ordinary neighbour: (1/n) Σ. */
  frac: boolean;
  /** Starts with an opening bracket (\left( ... \right) too), so a function name needs no space before it. */
  opens: boolean;
  /** A word such as `sigma` or `grad`, which must not run into a neighbouring letter. */
  word: boolean;
  /** Ends in a sub- or superscript, which in ASCII would run into a following letter or `(`. */
  scripted: boolean;
  /** A sign used as unary minus or plus: -14, 5(-3). */
  unary: boolean;
  /** Whitespace before it in the source, or an explicit \, or \; */
  spaceBefore: 'none' | 'source' | 'explicit';
  /** \quad: this many spaces, not a rendered node. */
  hard: number;
}

export function item(box: Box, cls: AtomClass, extra: Partial<Item> = {}): Item {
  const defaults = { frac: false, word: false, scripted: false, unary: false, hard: 0 };
  return { box, cls, opens: cls === 'open', spaceBefore: 'none', ...defaults, ...extra };
}

/** The text of an item's baseline row. */
export function baseText(it: Item): string {
  return it.box.lines[it.box.base] ?? '';
}
