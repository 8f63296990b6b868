import { formatNumber } from '../nn-table.js';
import { activationName, type Glyphs } from './glyphs.js';
import { displayWidth, padEnd } from './text-width.js';
import type { FigureInput } from './types.js';

/** Four significant digits keep node boxes and matrix cells narrow. */
export const FIGURE_DIGITS = 4;

export function num(v: number | undefined): string {
  return v === undefined ? '?' : formatNumber(v, FIGURE_DIGITS);
}

export interface NodeValue {
  name: 'x' | 'z' | 'a';
  value: string;
}

/** One layer as the figure shows it: a title and one entry per node. */
export interface LayerView {
  /** 0 for the input. */
  layer: number;
  title: string;
  /** The activation's name; empty for the input or when unknown. */
  activation: string;
  /** What a node is called: x₁, 1, 2, ..., H (or H₁ ... H_k for several outputs). */
  labels: string[];
  /** The revealed values of each node (x, or z and a); empty when hidden. */
  values: NodeValue[][];
}

export function layerViews(input: FigureInput, g: Glyphs): LayerView[] {
  const last = input.layers.length - 1;
  return input.layers.map((n, l) => {
    const nodes = Array.from({ length: n }, (_, j) => j);
    if (l === 0) {
      const x = input.reveal.input ? input.x : undefined;
      return {
        layer: 0,
        title: 'input',
        activation: '',
        labels: nodes.map((j) => g.input(j + 1)),
        values: nodes.map((j): NodeValue[] => (x ? [{ name: 'x', value: num(x[j]) }] : [])),
      };
    }
    const shown = input.reveal.values && input.z && input.a;
    const z = shown ? input.z?.[l - 1] : undefined;
    const a = shown ? input.a?.[l - 1] : undefined;
    const act = input.activations?.[l - 1];
    return {
      layer: l,
      title: l === last ? 'output' : `layer ${l}`,
      activation: act === undefined ? '' : activationName(act, g),
      labels: nodes.map((j) => (l !== last ? String(j + 1) : n === 1 ? 'H' : g.output(j + 1))),
      values: nodes.map((j): NodeValue[] =>
        z && a
          ? [
              { name: 'z', value: num(z[j]) },
              { name: 'a', value: num(a[j]) },
            ]
          : [],
      ),
    };
  });
}

/**
 * The text inside each node's box: its label, then its values in columns
 * aligned down the layer so the z's and a's line up.
 */
export function nodeTexts(view: LayerView): string[] {
  if (view.layer === 0) {
    const width = Math.max(...view.labels.map(displayWidth));
    return view.labels.map((label, j) => {
      const x = view.values[j]?.[0];
      return x ? `${padEnd(label, width)} = ${x.value}` : label;
    });
  }
  const parts = view.labels.map((label, j) => [label, ...(view.values[j] ?? []).map((v) => `${v.name}=${v.value}`)]);
  const columns = Math.max(...parts.map((p) => p.length));
  const widths = Array.from({ length: columns }, (_, c) =>
    Math.max(...parts.map((p) => displayWidth(p[c] ?? ''))),
  );
  return parts.map((p) => p.map((part, c) => padEnd(part, widths[c] ?? 0)).join('  ').trimEnd());
}
