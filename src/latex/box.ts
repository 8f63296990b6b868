/**
 * Rendered math is a box of lines with a baseline row: one line for inline
 * math, several for a matrix. Boxes side by side align on their baselines,
 * so `W⁽²⁾ = ` sits on the matrix's baseline row.
 */
export interface Box {
  lines: string[];
  base: number;
}

const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/u;

/** Terminal columns: code points, less combining marks (x⃗ is one column). */
export function textWidth(s: string): number {
  let n = 0;
  for (const ch of s) if (!COMBINING.test(ch)) n++;
  return n;
}

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - textWidth(s)));
}

export function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - textWidth(s))) + s;
}

export function line(text: string): Box {
  return { lines: [text], base: 0 };
}

export function boxWidth(b: Box): number {
  return Math.max(0, ...b.lines.map(textWidth));
}

/** Boxes side by side, baselines aligned; shorter boxes are padded with blank lines. */
export function hconcat(boxes: Box[]): Box {
  if (boxes.every((b) => b.lines.length === 1)) return line(boxes.map((b) => b.lines[0] ?? '').join(''));
  const base = Math.max(0, ...boxes.map((b) => b.base));
  const below = Math.max(0, ...boxes.map((b) => b.lines.length - b.base));
  const lines: string[] = Array.from({ length: base + below }, () => '');
  for (const b of boxes) {
    const w = boxWidth(b);
    for (let r = 0; r < lines.length; r++) lines[r] += padEnd(b.lines[r - base + b.base] ?? '', w);
  }
  return { lines, base };
}

/** Boxes one under another (lines of math split by `\\`); the baseline is the first box's. */
export function vstack(boxes: Box[]): Box {
  const first = boxes[0];
  return { lines: boxes.flatMap((b) => b.lines), base: first ? first.base : 0 };
}

/** A box as one line, for places that cannot hold a grid; rows are joined with spaces. */
export function flatten(b: Box): string {
  return b.lines.map((l) => l.trim()).filter((l) => l !== '').join(' ');
}

/** Pieces of tall delimiters: [top, middle, bottom] in Unicode; ASCII repeats one character. */
const TALL: Record<string, readonly [string, string, string]> = {
  '(': ['⎛', '⎜', '⎝'],
  ')': ['⎞', '⎟', '⎠'],
  '[': ['⎡', '⎢', '⎣'],
  ']': ['⎤', '⎥', '⎦'],
  '{': ['⎧', '⎨', '⎩'],
  '}': ['⎫', '⎬', '⎭'],
  '|': ['│', '│', '│'],
  '‖': ['‖', '‖', '‖'],
};

const ASCII_TALL: Record<string, string> = { '(': '[', ')': ']', '[': '[', ']': ']' };

/** A delimiter as a column `height` lines tall; a short one stays as written. */
export function tallDelim(d: string, height: number, ascii: boolean): string[] {
  if (height <= 1 || d === '') return Array.from({ length: Math.max(1, height) }, () => d);
  if (ascii) return Array.from({ length: height }, () => ASCII_TALL[d] ?? d);
  const parts = Object.hasOwn(TALL, d) ? TALL[d] : undefined;
  if (!parts) return Array.from({ length: height }, () => d);
  const [top, mid, bottom] = parts;
  if (d === '{' || d === '}') {
    // A brace needs its middle piece in the middle row; the others are extenders.
    const centre = Math.floor((height - 1) / 2);
    return Array.from({ length: height }, (_, r) =>
      r === 0 ? top : r === height - 1 ? bottom : r === centre ? mid : '⎪',
    );
  }
  return Array.from({ length: height }, (_, r) => (r === 0 ? top : r === height - 1 ? bottom : mid));
}
