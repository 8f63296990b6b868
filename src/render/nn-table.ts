import { convert, type Layout } from '../nn/layout.js';
import type { NnReport } from '../nn/report.js';
import type { Network } from '../nn/types.js';

export interface NnTableOptions {
  /** The evaluated network (from-to); when given, W(l), b(l) and activations are shown too. */
  network?: Network;
  /** The file's layout, in which matrices are shown (from-to when absent). */
  layout?: Layout | undefined;
  /** The input, shown as layer 0 when given. */
  x?: number[];
  /** Significant digits for non-integers. */
  digits?: number;
  /** Widest line allowed; wider tables are split into column blocks. */
  width?: number;
}

export const DEFAULT_DIGITS = 6;
export const DEFAULT_WIDTH = 80;
const GAP = 2;

/**
 * A plain-text forward/backward table for checking a hand computation:
 * per layer one row per node (z, a and the derivatives of H), then the
 * weight matrices with row = from-node, column = to-node, as in W^(l)_ij.
 */
export function renderNnTable(report: NnReport, opts: NnTableOptions = {}): string {
  const digits = opts.digits ?? DEFAULT_DIGITS;
  const width = opts.width ?? DEFAULT_WIDTH;
  const f = (v: number): string => formatNumber(v, digits);
  const net = opts.network;
  const x = opts.x;
  // The input as layer 0, in a table like the others, so long vectors stay within `width`.
  const out: string[] = [`H = ${f(report.output)}`, '', 'Layer 0 (input)'];
  out.push(
    ...table(
      ['node', ...(x ? ['x'] : []), 'dH/dx'],
      report.dH_dx.map((d, i) => [String(i + 1), ...(x ? [f(x[i] ?? Number.NaN)] : []), f(d)]),
      width,
    ),
  );
  report.layers.forEach((layer, k) => {
    const l = k + 1;
    const g = net?.activations[k];
    out.push('', `Layer ${l}${g ? ` (${g})` : ''}`);
    const bias = net?.biases?.[k];
    const header = ['node', ...(bias ? [`b(${l})`] : []), 'z', 'a', 'dH/dz', 'dH/da', 'dH/db'];
    const rows = layer.z.map((z, j) => [
      String(j + 1),
      ...(bias ? [f(bias[j] ?? Number.NaN)] : []),
      f(z),
      f(layer.a[j] ?? Number.NaN),
      f(layer.dH_dz[j] ?? Number.NaN),
      f(layer.dH_da[j] ?? Number.NaN),
      f(layer.dH_db[j] ?? Number.NaN),
    ]);
    out.push(...table(header, rows, width));
    const w = net?.weights[k];
    if (w) out.push('', ...matrix(`W(${l})`, convert(w, opts.layout), f, width, opts.layout));
    out.push('', ...matrix(`dH/dW(${l})`, layer.dH_dW, f, width, opts.layout));
  });
  return out.join('\n') + '\n';
}

/**
 * Integers print as integers so hand-computed keys read naturally; other
 * values to `digits` significant digits with trailing zeros dropped, in
 * exponent form only when fixed notation would run long.
 */
export function formatNumber(v: number, digits = DEFAULT_DIGITS): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'Inf' : '-Inf';
  if (Object.is(v, -0)) return '0';
  const mag = Math.abs(v);
  if (Number.isInteger(v) && mag < 1e15) return String(v);
  if (mag >= 1e-4 && mag < 10 ** digits) return String(Number(v.toPrecision(digits)));
  const [mantissa = '', exponent = ''] = v.toExponential(digits - 1).split('e');
  const trimmed = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
  return `${trimmed}e${exponent.replace(/^\+/, '')}`;
}

/** A matrix as the file writes it: a row per from-node (from-to) or per to-node (to-from). */
export function matrix(label: string, m: readonly number[][], f: (n: number) => string, width: number, layout?: Layout): string[] {
  const [row, col] = layout === 'to-from' ? ['to', 'from'] : ['from', 'to'];
  const cols = m[0]?.length ?? 0;
  const header = [label, ...Array.from({ length: cols }, (_, j) => `${col} ${j + 1}`)];
  const rows = m.map((r, i) => [`${row} ${i + 1}`, ...r.map(f)]);
  return table(header, rows, width);
}

/**
 * Right-aligned columns after a left-aligned label column. When the columns
 * do not fit in `width`, they are split into blocks that each repeat the
 * label column, so every line stays within the terminal.
 */
export function table(header: string[], rows: string[][], width: number): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const labelWidth = widths[0] ?? 0;
  const blocks: number[][] = [];
  let current: number[] = [];
  let used = labelWidth;
  for (let c = 1; c < header.length; c++) {
    const w = (widths[c] ?? 0) + GAP;
    if (current.length > 0 && used + w > width) {
      blocks.push(current);
      current = [];
      used = labelWidth;
    }
    current.push(c);
    used += w;
  }
  if (current.length > 0 || blocks.length === 0) blocks.push(current);
  return blocks.flatMap((block, b) => [
    ...(b > 0 ? [''] : []),
    ...all.map((r) =>
      ((r[0] ?? '').padEnd(labelWidth) + block.map((c) => (r[c] ?? '').padStart((widths[c] ?? 0) + GAP)).join('')).trimEnd(),
    ),
  ]);
}
