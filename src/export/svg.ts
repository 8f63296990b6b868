import { formatNumber, outputLabel, type FigureData } from './figure-data.js';
import { activationName } from './text.js';

const COL = 150;
const ROW = 64;
const R = 20;
const TOP = 54;
const SUB = '₀₁₂₃₄₅₆₇₈₉';
const SUP: Record<string, string> = { '(': '⁽', ')': '⁾', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

const sub = (n: number): string => [...String(n)].map((d) => SUB[Number(d)]).join('');
const sup = (s: string): string => [...s].map((c) => SUP[c] ?? c).join('');
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A network as inline SVG: one column of nodes per layer, every edge, each
 * layer's activation, and the values the bank's figure reveals. Weight
 * matrices are set beside it as math, not on the edges, where they would
 * not be legible. Coordinates are whole numbers, so the markup is the same
 * on every run.
 */
export function networkSvg(f: FigureData, uid: string): string {
  const L = f.layers.length - 1;
  const tallest = Math.max(...f.layers);
  const width = COL * L + 2 * R + 100;
  const height = TOP + tallest * ROW + 14;
  const x = (l: number) => 50 + R + l * COL;
  const y = (l: number, i: number) => TOP + (tallest - f.layers[l]!) * (ROW / 2) + i * ROW + R;
  const out: string[] = [];
  for (let l = 1; l <= L; l++)
    for (let i = 0; i < f.layers[l - 1]!; i++)
      for (let j = 0; j < f.layers[l]!; j++)
        out.push(`<line x1="${x(l - 1) + R}" y1="${y(l - 1, i)}" x2="${x(l) - R - 4}" y2="${y(l, j)}" marker-end="url(#arrow-${uid})"/>`);
  f.layers.forEach((n, l) => {
    const head = l === 0 ? 'input' : l === L ? 'output' : `layer ${l}`;
    out.push(`<text class="head" x="${x(l)}" y="18">${head}</text>`);
    if (l > 0) out.push(`<text class="act" x="${x(l)}" y="36">${esc(activationName(f.activations?.[l - 1]))}</text>`);
    if (l > 0) out.push(`<text class="w" x="${Math.round((x(l - 1) + x(l)) / 2)}" y="${height - 8}">W${sup(`(${l})`)}</text>`);
    for (let i = 0; i < n; i++) {
      const label = l === 0 ? `x${sub(i + 1)}` : l === L ? outputLabel(n, i + 1) : String(i + 1);
      out.push(`<circle cx="${x(l)}" cy="${y(l, i)}" r="${R}"/>`, `<text x="${x(l)}" y="${y(l, i) + 5}">${label}</text>`);
      const note = nodeNote(f, l, i);
      if (note) out.push(`<text class="val" x="${x(l)}" y="${y(l, i) + R + 14}">${esc(note)}</text>`);
    }
  });
  return [
    `<svg class="network" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="a network with layers ${f.layers.join('-')}">`,
    `<defs><marker id="arrow-${uid}" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L8,4 L0,8 z"/></marker></defs>`,
    ...out,
    '</svg>',
  ].join('\n');
}

/** The values revealed for a node: its input value, or its z and a. */
function nodeNote(f: FigureData, l: number, i: number): string | undefined {
  if (l === 0) return f.input ? `= ${formatNumber(f.input[i]!)}` : undefined;
  const z = f.values?.z[l - 1]?.[i];
  const a = f.values?.a[l - 1]?.[i];
  return z === undefined || a === undefined ? undefined : `z=${formatNumber(z)}, a=${formatNumber(a)}`;
}
