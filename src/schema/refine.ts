import type * as z from 'zod/mini';
import type { Compute, DescentData, FigureData, NetworkData } from './data.js';
import { computeShape, descentDimension } from './data.js';
import { checkSymbols, RESERVED_NAMES } from './symbol-names.js';

type Path = (string | number)[];
export type Issue = (path: Path, message: string, code?: 'missing-key' | 'duplicate-id') => void;

interface ProblemShape {
  network?: NetworkData | undefined;
  figure?: FigureData | undefined;
  descent?: DescentData | undefined;
  given?: Record<string, number> | undefined;
  symbols?: (string | Record<string, string>)[] | undefined;
  parts: { id?: string | undefined; kind: string; answer?: unknown; options?: (string | { compute: Compute })[]; compute?: Compute | undefined; claim?: string | undefined; tolerance?: unknown; compare?: unknown }[];
}

/** Checks that need more than one field: shapes, indices, and what a compute needs. */
export function refineProblem(p: ProblemShape, ctx: z.core.$RefinementCtx): void {
  const issue: Issue = (path, message, code) => ctx.addIssue({ code: 'custom', path, message, ...(code && { params: { code } }) });
  if (p.network) checkNetwork(p.network, issue);
  if (p.descent) checkDescent(p.descent, issue);
  if (p.symbols) checkSymbols(p.symbols, Boolean(p.network?.layers && p.network.activations), issue);
  if (p.figure && !p.network) issue(['figure'], 'a figure draws the network: add a network block, or remove the figure');
  if (p.figure && p.network && Array.isArray(p.figure.weights)) {
    const L = p.network.layers.length - 1;
    p.figure.weights.forEach((l, k) => {
      if (l > L) issue(['figure', 'weights', k], `layer ${l} is out of range: the network has layers 1 to ${L}`);
    });
  }
  checkPartIds(p.parts, issue);
  p.parts.forEach((part, k) => {
    if (part.kind === 'choice' && typeof part.answer === 'string' && part.options) {
      const i = part.answer.charCodeAt(0) - 97;
      if (i >= part.options.length) {
        const last = String.fromCharCode(96 + part.options.length);
        issue(['parts', k, 'answer'], `answer '${part.answer}' names no option; expected a letter from a to ${last}`);
      }
    }
    if (part.claim !== undefined && p.symbols) issue(['parts', k, 'claim'], "a claim is read in the network's symbols; a problem that declares symbols has none");
    else if ((part.kind === 'expression' || part.claim !== undefined) && !p.symbols && !(p.network?.layers && p.network.activations))
      issue(['parts', k, 'kind'], 'a formula is read against the problem\'s network: give the problem a network with layers and activations');
    if (part.tolerance !== undefined && part.compare !== undefined)
      issue(['parts', k, 'compare'], "give 'tolerance' or 'compare', not both: an explicit tolerance is the whole rule (docs/grading.md)");
    if (part.kind === 'matrix' && Array.isArray(part.answer)) checkRows(part.answer as number[][], ['parts', k, 'answer'], issue);
    if (part.compute) checkCompute(p, part, part.compute, ['parts', k, 'compute'], issue);
    else if ((part.kind === 'number' || part.kind === 'vector' || part.kind === 'matrix' || part.kind === 'choice') && part.answer === undefined)
      issue(['parts', k], "missing required key 'answer': a part needs its key, as a literal 'answer' or a 'compute' that gives it", 'missing-key');
    part.options?.forEach((o, i) => {
      if (typeof o !== 'string') checkCompute(p, { kind: 'number' }, o.compute, ['parts', k, 'options', i, 'compute'], issue);
    });
  });
}

/**
 * Progress is kept per part id (a part without one is known by its
 * position), so two parts with one id would share one record.
 */
function checkPartIds(parts: ProblemShape['parts'], issue: Issue): void {
  const first = new Map<string, number>();
  parts.forEach((part, k) => {
    const id = part.id ?? String(k + 1);
    const before = first.get(id);
    if (before === undefined) first.set(id, k);
    else {
      const what = part.id === undefined ? `part ${k + 1} has no id, so it goes by its position, '${id}', the id part ${before + 1} gives itself` : `part id '${id}' is already used by part ${before + 1}`;
      issue(part.id === undefined ? ['parts', k] : ['parts', k, 'id'], `${what}; give each part of a problem its own id (progress is kept per part id)`, 'duplicate-id');
    }
  });
}

export function checkNetwork(n: NetworkData, issue: Issue): void {
  const L = n.layers.length - 1;
  const outputs = n.layers[L] ?? 1;
  n.activations?.forEach((g, k) => {
    if (g === 'softmax' && k !== L - 1) issue(['network', 'activations', k], 'softmax couples a layer\'s nodes into a distribution: only the output layer may use it');
  });
  const last = n.activations?.[L - 1];
  if (n.loss === 'cross-entropy' && last !== 'softmax') issue(['network', 'loss'], 'cross-entropy is taken after a softmax: make the output activation softmax');
  if (n.loss === 'binary-cross-entropy' && (last !== 'sigmoid' || outputs !== 1))
    issue(['network', 'loss'], 'binary-cross-entropy is taken after one sigmoid output node');
  const targetOk = (t: number | number[], path: Path): void => {
    const size = typeof t === 'number' ? 1 : t.length;
    if (size !== outputs) issue(path, `expected ${outputs} target values (one per output node), got ${size}`);
  };
  if (n.target !== undefined) targetOk(n.target, ['network', 'target']);
  if (n.target !== undefined && !n.loss) issue(['network', 'target'], 'a target is compared with the output by a loss: add loss');
  if (n.data) {
    if (n.input || n.target !== undefined) issue(['network', 'data'], 'give either data or input (and target), not both');
    if (!n.loss) issue(['network', 'data'], 'the risk over data is the mean or sum of a loss: add loss');
    n.data.forEach((pt, k) => {
      if (pt.input.length !== n.layers[0]) issue(['network', 'data', k, 'input'], `expected ${n.layers[0]} input values, got ${pt.input.length}`);
      targetOk(pt.target, ['network', 'data', k, 'target']);
    });
  }
  if (n.reduce && !n.data) issue(['network', 'reduce'], 'reduce says how the points of data make the risk: add data');
  if (n.activations && n.activations.length !== L)
    issue(['network', 'activations'], `expected ${L} activations (one per layer after the input), got ${n.activations.length}`);
  if (n.input && n.input.length !== n.layers[0])
    issue(['network', 'input'], `expected ${n.layers[0]} input values (layer 0 has ${n.layers[0]} nodes), got ${n.input.length}`);
  if (n.weights) {
    if (n.weights.length !== L) issue(['network', 'weights'], `expected ${L} weight matrices (one per layer after the input), got ${n.weights.length}`);
    n.weights.slice(0, L).forEach((m, k) => {
      const toFrom = n.layout === 'to-from';
      const rows = n.layers[toFrom ? k + 1 : k]!;
      const cols = n.layers[toFrom ? k : k + 1]!;
      const shape = toFrom
        ? `W^(${k + 1}) must be ${rows} x ${cols} in the to-from layout (a row per node of layer ${k + 1}, a column per node of layer ${k})`
        : `W^(${k + 1}) must be ${rows} x ${cols} (a row per node of layer ${k}, a column per node of layer ${k + 1})`;
      if (m.length !== rows) issue(['network', 'weights', k], `${shape}; it has ${m.length} rows`);
      m.forEach((row, i) => {
        if (row.length !== cols) issue(['network', 'weights', k, i], `${shape}; row ${i + 1} has ${row.length} entries`);
      });
    });
  }
  if (n.biases) {
    if (n.biases.length !== L) issue(['network', 'biases'], `expected ${L} bias vectors (one per layer after the input), got ${n.biases.length}`);
    n.biases.slice(0, L).forEach((b, k) => {
      if (b.length !== n.layers[k + 1]) issue(['network', 'biases', k], `b^(${k + 1}) must have ${n.layers[k + 1]} entries, got ${b.length}`);
    });
  }
}

function checkDescent(d: DescentData, issue: Issue): void {
  const at = (key: string) => ['descent', key];
  if ((d.model === undefined) === (d.function === undefined)) {
    issue(['descent'], d.model === undefined ? "a descent needs 'model: linear' (with data and weights) or a 'function' (with start)" : "give either 'model' or 'function', not both", 'missing-key');
    return;
  }
  const keys = Object.keys(d).filter((k) => d[k as keyof DescentData] !== undefined);
  const only = (allowed: string[], kind: string) => {
    for (const k of keys) if (!allowed.includes(k)) issue(at(k), `'${k}' is a key of ${kind === 'function' ? 'a linear model' : 'a descent on a function'}, not of ${kind === 'function' ? 'a function' : 'a linear model'}`);
  };
  if (d.function !== undefined) return checkFunction(d, at, only, issue);
  only(['model', 'data', 'weights', 'intercept', 'loss', 'reduce', 'rate', 'steps', 'batch', 'batches'], 'model');
  if (!d.data || !d.weights || d.rate === undefined) return issue(['descent'], `a linear model needs ${!d.data ? "'data'" : !d.weights ? "'weights'" : "'rate'"}`, 'missing-key');
  const width = d.data[0]!.length;
  d.data.forEach((row, k) => {
    if (row.length !== width) issue(['descent', 'data', k], `every point has ${width} numbers (features, then y) like the first; this one has ${row.length}`);
  });
  const want = width - 1 + (d.intercept === false ? 0 : 1);
  if (d.weights.length !== want)
    issue(at('weights'), `expected ${want} weights (${d.intercept === false ? '' : 'w0 for the intercept, then '}one per feature), got ${d.weights.length}`);
  if (d.batch && d.batches) issue(at('batches'), "give 'batch' (one mini-batch for every step) or 'batches' (a schedule), not both");
  const inRange = (i: number, path: (string | number)[]) => {
    if (i > d.data!.length) issue(path, `batch index ${i} is past the data (${d.data!.length} points, counted from 1)`);
  };
  d.batch?.forEach((i, k) => inRange(i, ['descent', 'batch', k]));
  d.batches?.forEach((b, j) => b.forEach((i, k) => inRange(i, ['descent', 'batches', j, k])));
}

function checkFunction(d: DescentData, at: (k: string) => string[], only: (allowed: string[], kind: string) => void, issue: Issue): void {
  only(['function', 'start', 'rate', 'reach', 'steps'], 'function');
  if (d.reach !== undefined) return checkBackward(d, at, issue);
  if (!d.start) return issue(['descent'], "a function needs 'start', a value for each of its variables, e.g. { x: 1, y: -2 }", 'missing-key');
  if (d.rate === undefined) return issue(['descent'], "a function needs 'rate' (or 'reach', the point the descent ends at, to solve for the rate)", 'missing-key');
  checkVariables(d.start, 'start', issue);
}

/** Solved backwards (src/descent/backward.ts): `reach` and one of rate and start, the other being the unknown. */
function checkBackward(d: DescentData, at: (k: string) => string[], issue: Issue): void {
  if (d.start !== undefined && d.rate !== undefined)
    return issue(at('reach'), "'reach' solves for the rate or the start: leave out the one that is asked");
  if (d.start === undefined && d.rate === undefined)
    return issue(['descent'], "with 'reach', give 'rate' (to solve for the start) or 'start' (to solve for the rate)", 'missing-key');
  checkVariables(d.reach!, 'reach', issue);
  if (d.start !== undefined) {
    checkVariables(d.start, 'start', issue);
    const want = Object.keys(d.start).join(', ');
    if (Object.keys(d.reach!).join(', ') !== want) issue(at('reach'), `'reach' gives the variables of 'start', in its order: ${want}`);
    if ((d.steps ?? 1) !== 1) issue(at('steps'), 'the rate is solved from one step: give steps: 1 (or leave it out), with the start of that step');
  }
}

function checkVariables(point: Record<string, number>, key: string, issue: Issue): void {
  const names = Object.keys(point);
  if (names.length === 0) issue(['descent', key], 'give a value for each variable of the function');
  for (const v of names) {
    if (RESERVED_NAMES.has(v)) issue(['descent', key, v], `'${v}' is a constant or function of arithmetic; name the variable otherwise`);
  }
}

/** A matrix answer is a list of rows of one length. */
function checkRows(m: number[][], path: Path, issue: Issue): void {
  const cols = m[0]?.length ?? 0;
  m.forEach((row, i) => {
    if (row.length !== cols) issue([...path, i], `every row of a matrix has as many entries as the first (${cols}); row ${i + 1} has ${row.length}`);
  });
}

/**
 * The shape of W^(layer) in the network's own layout: a row per node of
 * layer-1 (from-to), or a row per node of layer (to-from).
 */
export function weightShape(n: NetworkData, layer: number): { rows: number; cols: number } {
  const before = n.layers[layer - 1] ?? 0;
  const after = n.layers[layer] ?? 0;
  return n.layout === 'to-from' ? { rows: after, cols: before } : { rows: before, cols: after };
}

function checkCompute(p: ProblemShape, part: ProblemShape['parts'][number], c: Compute, path: Path, issue: Issue): void {
  // A choice's computed key and options are numbers: checked as number parts.
  const kind = part.kind === 'choice' ? 'number' : part.kind;
  const weight = c.of === 'dH/dW' || c.of === 'dL/dW' || c.of === 'updated-W';
  if (weight && (c.from === undefined) !== (c.to === undefined)) {
    issue([...path, c.from === undefined ? 'to' : 'from'], `give both from and to (one weight), or neither (the whole matrix W^(${c.layer}))`);
    return;
  }
  const want = computeShape(c, p.network, p.descent);
  if (kind !== want) {
    issue([...path, 'of'], `'${c.of}' gives a ${want}, but this part's kind is '${kind}'`);
    return;
  }
  const need = (what: string, have: unknown): boolean => {
    if (have === undefined) issue([...path, 'of'], `'${c.of}' needs ${what} in the problem`);
    return have !== undefined;
  };
  const n = p.network;
  const range = (key: string, value: number, max: number, what: string): void => {
    if (value > max) issue([...path, key], key === 'step' ? `step ${value} is out of range: the descent takes ${max} step${max === 1 ? '' : 's'} (step 0 is the start)` : `${key} ${value} is out of range: ${what} has ${max} (counted from 1)`);
  };
  switch (c.of) {
    case 'H': case 'output': case 'loss':
    case 'z': case 'a': case 'dH/dz': case 'dH/da': case 'dH/db': case 'dL/dz': case 'dL/da': case 'dL/db':
    case 'dH/dW': case 'dH/dx': case 'dL/dW': case 'dL/dx': case 'updated-W': case 'updated-b': {
      if (!need('network.weights', n?.weights) || !need('network.activations', n?.activations)) return;
      if (!n!.data && !need('network.input', n?.input)) return;
      const layers = n!.layers;
      const ofL = c.of === 'loss' || c.of.startsWith('dL/') || c.of.startsWith('updated-');
      if (ofL && !need('a loss (network.loss and a target, or data)', n!.loss)) return;
      if (!ofL && c.of !== 'output' && c.of !== 'z' && c.of !== 'a') {
        if (n!.loss) issue([...path, 'of'], `the network has a loss, so its derivatives are of L: ask for 'dL/${c.of.slice(3)}'`);
        else if ((layers[layers.length - 1] ?? 1) !== 1) issue([...path, 'of'], `H is one output node; this network has ${layers[layers.length - 1]}: give it a loss and ask for 'dL/...'`);
      }
      const points = n!.data?.length ?? 1;
      const point = 'point' in c ? c.point : undefined;
      if (point !== undefined) range('point', point, points, 'the data');
      const overData = c.of === 'loss' || c.of === 'dL/dW' || c.of === 'dL/db' || c.of.startsWith('updated-');
      if (points > 1 && point === undefined && !overData)
        issue([...path, 'of'], `'${c.of}' is a value at one data point: say which with point (1 to ${points})`);
      if ('layer' in c) range('layer', c.layer, layers.length - 1, 'the network');
      const size = 'layer' in c ? layers[c.layer] : layers[0];
      if (size === undefined) return;
      if (c.of === 'dH/dW' || c.of === 'dL/dW' || c.of === 'updated-W') {
        if (c.from !== undefined) range('from', c.from, layers[c.layer - 1]!, `layer ${c.layer - 1}`);
        if (c.to !== undefined) range('to', c.to, size, `layer ${c.layer}`);
        const literal = part.answer;
        if (c.from === undefined && Array.isArray(literal) && c.layer < layers.length) {
          const { rows, cols } = weightShape(n!, c.layer);
          const m = literal as number[][];
          if (m.length !== rows || m.some((row) => row.length !== cols))
            issue([...path.slice(0, -1), 'answer'], `'${c.of}' of layer ${c.layer} is ${rows} x ${cols} in the ${n!.layout ?? 'from-to'} layout; the answer is ${m.length} x ${m[0]?.length ?? 0}`);
        }
      } else if ('node' in c && c.node !== undefined) range('node', c.node, size, 'layer' in c ? `layer ${c.layer}` : 'the input layer');
      return;
    }
    case 'parameter-count':
      need('network.layers', n);
      return;
    case 'rate':
      need('a descent block', p.descent);
      if (c.step !== undefined || c.component !== undefined) issue([...path, c.step !== undefined ? 'step' : 'component'], "'rate' is one number for every step: no 'step' or 'component'");
      return;
    case 'iterate': case 'function-value': case 'gradient':
    case 'risk': case 'risk-gradient': case 'weights': case 'descent-step': {
      if (!need('a descent block', p.descent)) return;
      const d = p.descent!;
      const onFunction = c.of === 'iterate' || c.of === 'function-value' || c.of === 'gradient';
      if (onFunction !== (d.function !== undefined))
        return issue([...path, 'of'], onFunction ? `'${c.of}' is asked of a descent on a function; this one is a linear model (weights, risk, risk-gradient)` : `'${c.of}' is asked of a linear model; this descent is on a function (iterate, function-value, gradient)`);
      const steps = d.steps ?? 1;
      if (c.step !== undefined) range('step', c.step, steps, 'the descent');
      if (c.component !== undefined) {
        if (c.of === 'function-value' || c.of === 'risk') issue([...path, 'component'], `'${c.of}' is a number; 'component' picks an entry of a vector`);
        else range('component', c.component, descentDimension(d), c.of === 'iterate' || c.of === 'gradient' ? 'the function\'s point' : 'the weight vector');
      }
      return;
    }
    case 'expression':
      return;
    default: {
      const never: never = c;
      throw new Error(`unhandled compute ${JSON.stringify(never)}`);
    }
  }
}
