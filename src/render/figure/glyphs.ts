/** The characters a figure is drawn with: Unicode, or printable ASCII only. */
export interface Glyphs {
  ascii: boolean;
  horizontal: string;
  vertical: string;
  corners: { topLeft: string; topRight: string; bottomLeft: string; bottomRight: string };
  /** Where an edge leaves a node box on its right border. */
  exit: string;
  /** Where an edge enters a node box. */
  arrow: string;
  /** Separates the label column of a matrix from its numbers. */
  cross: string;
  dot: string;
  times: string;
  to: string;
  /** A point of a trunk line, from which of its four sides a line leaves. */
  junction(up: boolean, down: boolean, left: boolean, right: boolean): string;
  input(i: number): string;
  /** Output node k of several (one output node is H). */
  output(k: number): string;
  weight(l: number): string;
  bias(l: number): string;
}

const SUB = '₀₁₂₃₄₅₆₇₈₉';
const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const digits = (n: number, set: string): string =>
  [...String(n)].map((d) => set[Number(d)] ?? d).join('');

// Indexed by up*8 + down*4 + left*2 + right.
const BOX_JUNCTIONS = ' ───│┌┐┬│└┘┴│├┤┼';

export const UNICODE: Glyphs = {
  ascii: false,
  horizontal: '─',
  vertical: '│',
  corners: { topLeft: '╭', topRight: '╮', bottomLeft: '╰', bottomRight: '╯' },
  exit: '├',
  arrow: '▶',
  cross: '┼',
  dot: '·',
  times: '×',
  to: '→',
  junction: (up, down, left, right) =>
    BOX_JUNCTIONS[(up ? 8 : 0) + (down ? 4 : 0) + (left ? 2 : 0) + (right ? 1 : 0)] ?? '┼',
  input: (i) => `x${digits(i, SUB)}`,
  output: (k) => `H${digits(k, SUB)}`,
  weight: (l) => `W⁽${digits(l, SUP)}⁾`,
  bias: (l) => `b⁽${digits(l, SUP)}⁾`,
};

export const ASCII: Glyphs = {
  ascii: true,
  horizontal: '-',
  vertical: '|',
  corners: { topLeft: '+', topRight: '+', bottomLeft: '+', bottomRight: '+' },
  exit: '|',
  arrow: '>',
  cross: '+',
  dot: '-',
  times: 'x',
  to: '->',
  junction: (up, down, left, right) => {
    const vertical = up || down;
    const horizontal = left || right;
    if (vertical && horizontal) return '+';
    return vertical ? '|' : '-';
  },
  input: (i) => `x${i}`,
  output: (k) => `H${k}`,
  weight: (l) => `W(${l})`,
  bias: (l) => `b(${l})`,
};

const ACTIVATION_NAMES: Record<string, string> = {
  relu: 'ReLU',
  linear: 'linear',
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  'leaky-relu': 'leaky ReLU',
};

/** The name a student knows an activation by; unknown names pass through. */
export function activationName(name: string, g: Glyphs): string {
  const shown = ACTIVATION_NAMES[name] ?? name;
  return g.ascii ? toAscii(shown) : shown;
}

/** Author-supplied text in ASCII mode: anything else becomes `?`. */
export function toAscii(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?');
}
