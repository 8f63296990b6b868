import { flatten, hconcat, line, padEnd, padStart, tallDelim, textWidth, type Box } from './box.js';
import type { Ctx } from './item.js';
import { renderSeq } from './render-seq.js';
import type { MathNode, MatrixKind } from './types.js';

/** [left, right] delimiters in Unicode and in ASCII, where round and square brackets both print as `[ ]` rows. */
const DELIMS: Record<MatrixKind, { u: [string, string]; a: [string, string] }> = {
  matrix: { u: ['', ''], a: ['', ''] },
  pmatrix: { u: ['(', ')'], a: ['(', ')'] },
  bmatrix: { u: ['[', ']'], a: ['[', ']'] },
  Bmatrix: { u: ['{', '}'], a: ['{', '}'] },
  vmatrix: { u: ['|', '|'], a: ['|', '|'] },
  Vmatrix: { u: ['‖', '‖'], a: ['||', '||'] },
  cases: { u: ['{', ''], a: ['{', ''] },
};

const COLUMN_GAP = '  ';

/**
 * A matrix as a grid: columns right-aligned (left for `cases`), two spaces
 * apart, inside tall brackets; the baseline is the middle row (the first
 * of two), so `W = ` lines up with it. A one-row matrix, or one inside a
 * script or fraction, stays on one line: (5, 1), rows split by `;`.
 */
export function renderMatrix(node: MathNode & { kind: 'matrix' }, ctx: Ctx): Box {
  const cellCtx = { ...ctx, inline: true };
  const rows = node.rows.map((row) => row.map((cell) => flatten(renderSeq(cell, cellCtx))));
  const [left, right] = ctx.ascii ? DELIMS[node.matrix].a : DELIMS[node.matrix].u;
  if (ctx.inline || rows.length <= 1) {
    return line(`${left}${rows.map((r) => r.join(', ')).join('; ')}${right}`);
  }
  const cols = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, c) => Math.max(0, ...rows.map((r) => textWidth(r[c] ?? ''))));
  const align = node.matrix === 'cases' ? padEnd : padStart;
  const grid = rows.map((r) => widths.map((w, c) => align(r[c] ?? '', w)).join(COLUMN_GAP));
  const h = grid.length;
  const base = Math.floor((h - 1) / 2);
  const column = (d: string): Box => ({ lines: tallDelim(d, h, ctx.ascii), base });
  const parts: Box[] = [];
  if (left) parts.push(column(left), line(' '));
  parts.push({ lines: grid, base });
  if (right) parts.push(line(' '), column(right));
  return hconcat(parts);
}
