import { parseArg, parseSeq, withStop, type ParseState, type Stops } from './parse.js';
import type { MathNode, MatrixKind } from './types.js';

/** Environments read as a grid of cells; alignment environments are grids without brackets. */
const ENVIRONMENTS = new Map<string, MatrixKind>([
  ['matrix', 'matrix'], ['smallmatrix', 'matrix'], ['array', 'matrix'], ['pmatrix', 'pmatrix'],
  ['bmatrix', 'bmatrix'], ['Bmatrix', 'Bmatrix'], ['vmatrix', 'vmatrix'], ['Vmatrix', 'Vmatrix'],
  ['cases', 'cases'], ['aligned', 'matrix'], ['gathered', 'matrix'], ['split', 'matrix'],
  ['align', 'matrix'], ['align*', 'matrix'], ['gather', 'matrix'], ['gather*', 'matrix'],
  ['equation', 'matrix'], ['equation*', 'matrix'],
]);

/** The `{name}` after \begin or \end, consumed; empty when there is none. */
export function readEnvName(st: ParseState): string {
  while (st.toks[st.i]?.t === 'space') st.i++;
  if (st.toks[st.i]?.t !== 'open') return '';
  let name = '';
  for (st.i++; ; st.i++) {
    const tok = st.toks[st.i];
    if (!tok || tok.t === 'close') break;
    if (tok.t === 'char') name += tok.ch;
    else if (tok.t === 'cmd') name += tok.name;
  }
  if (st.toks[st.i]) st.i++;
  return name;
}

/** Rows split at `\\`, cells at `&`, up to \end (consumed) or an outer stop. */
export function parseMatrixBody(st: ParseState, name: string, offset: number, stops: Stops): MathNode {
  const kind = ENVIRONMENTS.get(name);
  if (!kind) st.unknown.push({ command: `\\begin{${name}}`, offset });
  if (name === 'array') parseArg(st, stops);
  const cellStops = withStop(stops, 'amp', 'row', 'end');
  const rows: MathNode[][][] = [];
  let row: MathNode[][] = [];
  st.depth++;
  for (;;) {
    const { nodes, stop } = parseSeq(st, cellStops);
    row.push(nodes);
    if (stop === 'amp' || stop === 'row') st.i++;
    if (stop === 'amp') continue;
    if (stop === 'row') {
      rows.push(row);
      row = [];
      continue;
    }
    if (stop === 'end') {
      st.i++;
      readEnvName(st);
    }
    break;
  }
  st.depth--;
  // A `\\` before \end leaves an empty last row, which is not a row.
  if (row.some((cell) => cell.some((n) => n.kind !== 'space'))) rows.push(row);
  return { kind: 'matrix', matrix: kind ?? 'matrix', rows };
}
