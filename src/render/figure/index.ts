import { Canvas } from './canvas.js';
import { ASCII, UNICODE, type Glyphs } from './glyphs.js';
import { renderListing } from './listing.js';
import { gridWidth, renderGrid } from './matrix.js';
import { layerViews, type LayerView } from './nodes.js';
import { drawPicture, type Picture } from './picture.js';
import { displayWidth } from './text-width.js';
import type { FigureInput, FigureOptions } from './types.js';
import { parameterGrid } from './weights.js';

export type { FigureInput, FigureOptions, Reveal } from './types.js';
export { displayWidth } from './text-width.js';

// Space between matrices set side by side.
const MATRIX_GAP = 3;

/**
 * A problem's network as text: the layers drawn side by side with the
 * revealed weight matrices under the trunks they belong to, or, when the
 * drawing does not fit in `opts.width`, one block per layer top to bottom.
 * Only what `input.reveal` allows is printed. Ends with a newline.
 */
export function renderFigure(input: FigureInput, opts: FigureOptions): string {
  const g = opts.ascii ? ASCII : UNICODE;
  const views = layerViews(input, g);
  const grids = views.slice(1).map((_, k) => parameterGrid(input, k + 1, views, g));
  const drawable = views.length >= 2 && views.every((v) => v.labels.length > 0);
  const picture = drawable ? drawFitting(views, g, opts.width) : undefined;
  if (!picture) return renderListing(views, grids, g, opts.width).join('\n') + '\n';

  const blocks = grids.flatMap((grid, k) =>
    grid ? [{ lines: renderGrid(grid, g, opts.width), trunk: picture.trunks[k] ?? 0 }] : [],
  );
  const matrices = blocks.length > 0 ? ['', ...placeBlocks(blocks, opts.width)] : [];
  return [...picture.lines, ...matrices].join('\n') + '\n';
}

/** Roomy if that fits, else tight; undefined when neither fits. */
function drawFitting(views: readonly LayerView[], g: Glyphs, width: number): Picture | undefined {
  for (const roomy of [true, false]) {
    const picture = drawPicture(views, g, roomy);
    if (picture.lines.every((line) => displayWidth(line) <= width)) return picture;
  }
  return undefined;
}

interface Block {
  lines: string[];
  /** The column of the trunk the block belongs under. */
  trunk: number;
}

/**
 * Under their trunks when they all fit on one band that way; otherwise
 * left-aligned, side by side while they fit, wrapping to a new band.
 */
function placeBlocks(blocks: readonly Block[], width: number): string[] {
  const widths = blocks.map((b) => gridWidth(b.lines));
  const canvas = new Canvas();
  const centred: number[] = [];
  let cursor = 0;
  for (const [k, b] of blocks.entries()) {
    const w = widths[k] ?? 0;
    const wanted = Math.min(Math.max(0, b.trunk - Math.floor(w / 2)), width - w);
    const x = Math.max(wanted, k === 0 ? 0 : cursor + MATRIX_GAP);
    centred.push(x);
    cursor = x + w;
  }
  if (cursor <= width) {
    blocks.forEach((b, k) => canvas.block(0, centred[k] ?? 0, b.lines));
    return canvas.lines();
  }
  let top = 0;
  let x = 0;
  let bandHeight = 0;
  blocks.forEach((b, k) => {
    const w = widths[k] ?? 0;
    if (x > 0 && x + MATRIX_GAP + w > width) {
      top += bandHeight + 1;
      x = 0;
      bandHeight = 0;
    }
    const at = x > 0 ? x + MATRIX_GAP : 0;
    canvas.block(top, at, b.lines);
    x = at + w;
    bandHeight = Math.max(bandHeight, b.lines.length);
  });
  return canvas.lines();
}
