import type { Glyphs } from './glyphs.js';
import { renderGrid, type Grid } from './matrix.js';
import type { LayerView } from './nodes.js';

const INDENT = '  ';

/**
 * The fallback for networks too wide to draw: one block per layer, top to
 * bottom, each with the matrix that feeds it and its nodes' values.
 */
export function renderListing(
  views: readonly LayerView[],
  grids: readonly (Grid | undefined)[],
  g: Glyphs,
  width: number,
): string[] {
  const inner = width - INDENT.length;
  const indent = (lines: string[]): string[] => lines.map((line) => (line ? INDENT + line : line));
  return views.flatMap((v, l) => {
    const n = v.labels.length;
    const head = [v.title, ...(v.activation ? [v.activation] : []), `${n} node${n === 1 ? '' : 's'}`].join(` ${g.dot} `);
    const out = [...(l > 0 ? [''] : []), head];
    if (l > 0) {
      const grid = grids[l - 1];
      const from = views[l - 1];
      if (grid) out.push(...indent(renderGrid(grid, g, inner)));
      // Still say which matrix feeds the layer, so prompts naming it can be followed.
      else out.push(`${INDENT}${g.weight(l)}: ${from?.title ?? ''} ${g.to} ${v.title} (${from?.labels.length ?? 0} ${g.times} ${n})`);
    }
    const names = [...new Set(v.values.flatMap((parts) => parts.map((p) => p.name)))];
    if (names.length > 0) {
      const rows = names.map((name) => ({
        label: name,
        cells: v.values.map((parts) => parts.find((p) => p.name === name)?.value ?? ''),
      }));
      out.push(...(l > 0 ? [''] : []), ...indent(renderGrid({ corner: 'node', columns: v.labels, rows }, g, inner)));
    }
    return out;
  });
}
