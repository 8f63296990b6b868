import type { LossPointReport, RiskReport } from '../nn/loss-report.js';
import { convert, type Layout } from '../nn/layout.js';
import type { Network } from '../nn/types.js';
import { DEFAULT_DIGITS, DEFAULT_WIDTH, formatNumber, matrix, table } from './nn-table.js';

export interface LossTableOptions {
  /** The evaluated network (from-to): its weights, biases and activations are shown. */
  network: Network;
  layout?: Layout | undefined;
  /** The input and its target, shown with the loss. */
  x?: number[];
  y?: number[];
  digits?: number;
  width?: number;
}

type Format = (v: number) => string;

const vector = (v: readonly number[], f: Format): string => (v.length === 1 ? f(v[0] ?? Number.NaN) : `(${v.map(f).join(', ')})`);

/**
 * The pass of a network with a loss, as `renderNnTable` shows one without:
 * L and the output, then per layer z, a and the derivatives of L, with the
 * weights and dL/dW in the file's layout.
 */
export function renderLossTable(report: LossPointReport, opts: LossTableOptions): string {
  const f: Format = (v) => formatNumber(v, opts.digits ?? DEFAULT_DIGITS);
  const out = [`L = ${f(report.loss)}`, ...head(report, opts, f)];
  out.push(...passLines(report, opts, f, true));
  return out.join('\n') + '\n';
}

/**
 * A network over a data set: the risk, each point's own pass (its loss and
 * the derivatives of that loss), then the gradient of the risk.
 */
export function renderRiskTable(report: RiskReport, opts: LossTableOptions): string {
  const f: Format = (v) => formatNumber(v, opts.digits ?? DEFAULT_DIGITS);
  const width = opts.width ?? DEFAULT_WIDTH;
  const n = report.points.length;
  const out = [`L = ${f(report.loss)} (the ${report.reduce} of the losses of ${n} point${n === 1 ? '' : 's'})`];
  report.points.forEach((p, i) => {
    out.push('', `Point ${i + 1}: loss ${f(p.loss)}`, ...head(p, { ...opts, x: p.input, y: p.target }, f));
    out.push(...passLines(p, { ...opts, x: p.input }, f, false));
  });
  out.push('', `Gradient of the risk (the ${report.reduce} over the points)`);
  report.layers.forEach((layer, k) => {
    const l = k + 1;
    const w = opts.network.weights[k];
    if (w) out.push('', ...matrix(`W(${l})`, convert(w, opts.layout), f, width, opts.layout));
    out.push('', ...matrix(`dL/dW(${l})`, layer.dL_dW, f, width, opts.layout));
    out.push('', ...table(['node', `dL/db(${l})`], layer.dL_db.map((v, j) => [String(j + 1), f(v)]), width));
  });
  return out.join('\n') + '\n';
}

function head(report: LossPointReport, opts: LossTableOptions, f: Format): string[] {
  const output = typeof report.output === 'number' ? [report.output] : report.output;
  return [`output = ${vector(output, f)}`, ...(opts.y ? [`target = ${vector(opts.y, f)}`] : [])];
}

/** Layer 0 and every later layer; the weight matrices too when `weights` (a data set shows them once, with the gradient). */
function passLines(report: LossPointReport, opts: LossTableOptions, f: Format, weights: boolean): string[] {
  const width = opts.width ?? DEFAULT_WIDTH;
  const net = opts.network;
  const x = opts.x;
  const out = ['', 'Layer 0 (input)'];
  out.push(...table(['node', ...(x ? ['x'] : []), 'dL/dx'], report.dL_dx.map((d, i) => [String(i + 1), ...(x ? [f(x[i] ?? Number.NaN)] : []), f(d)]), width));
  report.layers.forEach((layer, k) => {
    const l = k + 1;
    out.push('', `Layer ${l} (${net.activations[k] ?? 'linear'})`);
    const bias = net.biases?.[k];
    const header = ['node', ...(bias ? [`b(${l})`] : []), 'z', 'a', 'dL/dz', 'dL/da', 'dL/db'];
    const at = (v: readonly number[], j: number): string => f(v[j] ?? Number.NaN);
    const rows = layer.z.map((_, j) => [String(j + 1), ...(bias ? [at(bias, j)] : []), at(layer.z, j), at(layer.a, j), at(layer.dL_dz, j), at(layer.dL_da, j), at(layer.dL_db, j)]);
    out.push(...table(header, rows, width));
    if (!weights) return;
    const w = net.weights[k];
    if (w) out.push('', ...matrix(`W(${l})`, convert(w, opts.layout), f, width, opts.layout));
    out.push('', ...matrix(`dL/dW(${l})`, layer.dL_dW, f, width, opts.layout));
  });
  return out;
}
