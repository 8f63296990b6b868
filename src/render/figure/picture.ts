import { Canvas } from './canvas.js';
import type { Glyphs } from './glyphs.js';
import { nodeTexts, type LayerView } from './nodes.js';
import { center, displayWidth, padEnd } from './text-width.js';

/** The drawn network, and the column of each layer pair's trunk line. */
export interface Picture {
  lines: string[];
  trunks: number[];
}

// Each node is a one-line box: top border, text, bottom border.
const BOX_ROWS = 3;
// A stub, the trunk, a stub and the arrow: the least a gap can hold.
const MIN_GAP = 4;

/**
 * Layers side by side as columns of boxed nodes. A fully connected layer
 * pair cannot be drawn as crossing lines in text, so every node of a layer
 * feeds one vertical trunk and the trunk feeds every node of the next
 * layer; the trunk is named by its weight matrix W⁽ˡ⁾ just below it.
 */
export function drawPicture(views: readonly LayerView[], g: Glyphs, roomy: boolean): Picture {
  const texts = views.map(nodeTexts);
  const inner = texts.map((t) => Math.max(0, ...t.map(displayWidth)));
  const boxWidths = inner.map((w) => w + 4);
  const colWidths = views.map((v, c) =>
    Math.max(boxWidths[c] ?? 0, displayWidth(v.title), displayWidth(v.activation)),
  );
  const names = views.slice(1).map((v) => g.weight(v.layer));
  // Roomy leaves a space each side of a trunk's name, between the boxes.
  const gaps = names.map((n) => Math.max(MIN_GAP, displayWidth(n) + (roomy ? 2 : 0)));
  const starts: number[] = [];
  views.forEach((_, c) => starts.push(c === 0 ? 0 : (starts[c - 1] ?? 0) + (colWidths[c - 1] ?? 0) + (gaps[c - 1] ?? 0)));

  const canvas = new Canvas();
  const header = views.some((v) => v.activation !== '') ? 2 : 1;
  const tallest = Math.max(...views.map((v) => v.labels.length)) * BOX_ROWS;
  const boxLeft = (c: number): number => (starts[c] ?? 0) + Math.floor(((colWidths[c] ?? 0) - (boxWidths[c] ?? 0)) / 2);
  // The row of each node's text, columns centred against the tallest.
  const rows = views.map((v) => {
    const top = header + Math.floor((tallest - v.labels.length * BOX_ROWS) / 2);
    return v.labels.map((_, j) => top + j * BOX_ROWS + 1);
  });

  views.forEach((v, c) => {
    const width = colWidths[c] ?? 0;
    canvas.put(0, starts[c] ?? 0, center(v.title, width).trimEnd());
    if (v.activation) canvas.put(1, starts[c] ?? 0, center(v.activation, width).trimEnd());
    const x = boxLeft(c);
    const rule = g.horizontal.repeat((boxWidths[c] ?? 0) - 2);
    const { topLeft, topRight, bottomLeft, bottomRight } = g.corners;
    const last = c === views.length - 1;
    (texts[c] ?? []).forEach((text, j) => {
      const row = rows[c]?.[j] ?? 0;
      canvas.put(row - 1, x, topLeft + rule + topRight);
      canvas.put(row, x, `${g.vertical} ${padEnd(text, inner[c] ?? 0)} ${last ? g.vertical : g.exit}`);
      canvas.put(row + 1, x, bottomLeft + rule + bottomRight);
    });
  });

  const trunks = gaps.map((_, c) => {
    const leftRows = rows[c] ?? [];
    const rightRows = rows[c + 1] ?? [];
    const gapStart = (starts[c] ?? 0) + (colWidths[c] ?? 0);
    const name = names[c] ?? '';
    const nameAt = gapStart + Math.floor(((gaps[c] ?? 0) - displayWidth(name)) / 2);
    // Under the middle of its name, leaving at least one stub each side.
    const trunk = Math.max(gapStart + 1, nameAt + Math.floor((displayWidth(name) - 1) / 2));
    const leftEdge = boxLeft(c) + (boxWidths[c] ?? 0);
    const rightEdge = boxLeft(c + 1) - 1;
    const all = [...leftRows, ...rightRows];
    const top = Math.min(...all);
    const bottom = Math.max(...all);
    for (let row = top; row <= bottom; row++) {
      const left = leftRows.includes(row);
      const right = rightRows.includes(row);
      if (left) canvas.put(row, leftEdge, g.horizontal.repeat(trunk - leftEdge));
      if (right) canvas.put(row, trunk + 1, g.horizontal.repeat(rightEdge - trunk - 1) + g.arrow);
      canvas.put(row, trunk, g.junction(row > top, row < bottom, left, right));
    }
    canvas.put(bottom + 1, nameAt, name);
    return trunk;
  });
  return { lines: canvas.lines(), trunks };
}
