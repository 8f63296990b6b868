import type { Glyphs } from './glyphs.js';
import { displayWidth, padEnd, padStart } from './text-width.js';

/** A labelled grid: a corner name, column headings, and labelled rows. */
export interface Grid {
  corner: string;
  columns: string[];
  rows: { label: string; cells: string[] }[];
}

/**
 * Draws a grid as a table with a rule under the headings:
 *
 *     W⁽²⁾    │ to 1  to 2
 *     ────────┼───────────
 *     from 1  │    2     1
 *
 * Numbers are right-aligned under their heading. A grid wider than `width`
 * is cut into column blocks that each repeat the corner and row labels, so
 * every number keeps both of its labels in view.
 */
export function renderGrid(grid: Grid, g: Glyphs, width: number): string[] {
  const labelWidth = Math.max(displayWidth(grid.corner), ...grid.rows.map((r) => displayWidth(r.label)));
  const colWidths = grid.columns.map((heading, c) =>
    Math.max(displayWidth(heading), ...grid.rows.map((r) => displayWidth(r.cells[c] ?? ''))),
  );
  // `label  │ ` then columns joined by two spaces.
  const lead = labelWidth + 4;
  const blocks: number[][] = [];
  let current: number[] = [];
  let used = lead;
  colWidths.forEach((w, c) => {
    const extra = (current.length > 0 ? 2 : 0) + w;
    if (current.length > 0 && used + extra > width) {
      blocks.push(current);
      current = [];
      used = lead;
    }
    current.push(c);
    used += extra;
  });
  blocks.push(current);
  return blocks.flatMap((block, b) => {
    const line = (label: string, texts: string[]): string =>
      `${padEnd(label, labelWidth)}  ${g.vertical} ${block.map((c, k) => padStart(texts[k] ?? '', colWidths[c] ?? 0)).join('  ')}`.trimEnd();
    const body = block.reduce((sum, c, k) => sum + (colWidths[c] ?? 0) + (k > 0 ? 2 : 0), 0);
    return [
      ...(b > 0 ? [''] : []),
      line(grid.corner, block.map((c) => grid.columns[c] ?? '')),
      `${g.horizontal.repeat(labelWidth + 2)}${g.cross}${g.horizontal.repeat(body + 1)}`,
      ...grid.rows.map((r) => line(r.label, block.map((c) => r.cells[c] ?? ''))),
    ];
  });
}

export function gridWidth(lines: readonly string[]): number {
  return Math.max(0, ...lines.map(displayWidth));
}
