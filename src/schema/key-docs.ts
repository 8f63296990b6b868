/**
 * What every key of the bank format means: the one source for the JSON
 * Schema's `description`, `default` and `examples` (what an editor shows on
 * hover and completion) and for the key tables of docs/bank-format.md.
 * A key added to the schema needs an entry here; a test fails until it
 * has one.
 *
 * `required` is how the docs table words it; `default` is what an absent
 * key means, where that is a value.
 */
export interface KeyDoc {
  description: string;
  required?: string;
  default?: unknown;
  examples?: unknown[];
}

/** The objects of the format, each a table in the docs. */
export const KEY_DOCS = {
  bank: {
    $schema: { description: 'Ignored by quizdrill; lets an editor find this schema.', required: 'no', examples: ['./bank.schema.json'] },
    title: { description: 'A line describing the bank.', required: 'no', examples: ['Practice problems for topics on Quiz 07.'] },
    problems: { description: 'The problems of the bank, a non-empty list.', required: 'yes' },
  },
  problem: {
    id: { description: 'Stable identifier: lowercase letters, digits and `-`, unique across the banks loaded together. Progress is kept by it.', required: 'yes', examples: ['backprop-relu-1'] },
    title: { description: 'A short name.', required: 'no' },
    tags: { description: 'Topics, for `--tag` and the statistics; may be empty.', required: 'yes', examples: [['backpropagation', 'lecture-13']] },
    prompt: { description: 'The statement, with LaTeX math inside `\\( \\)`.', required: 'yes' },
    network: { description: 'A fully connected network: what the keys are computed from and what the figure draws.', required: 'no' },
    figure: { description: 'What the drawn network shows; `false` draws none. Absent: the architecture only, so a figure never gives away an answer.', required: 'no', examples: [{ weights: [2] }, false] },
    worked: { description: '`false`: no worked solution after a wrong answer (for a network that only witnesses the stated facts, whose other values the problem never gives).', required: 'no', default: true },
    descent: { description: 'A gradient-descent setting: a linear model fitted to data, or a function of named variables.', required: 'no' },
    given: { description: 'Named numbers for `expression` computations, and constants of a descent\'s `function`.', required: 'no', examples: [{ n: 3, eta: 0.5 }] },
    symbols: { description: 'Names a formula answer may use besides `e`, `pi` and the functions, or, with a network, beside the network\'s symbols; `{ name: positive }` draws only positive values (under `ln`, `sqrt`, or for a rate).', required: 'no', examples: [['alpha', { eta: 'positive' }]] },
    ignore: { description: 'Warning codes `check` keeps quiet about in this problem.', required: 'no', examples: [['indistinct-mistake']] },
    params: { description: 'Makes the problem a template: how each parameter is drawn (`int`, `decimal` or `choice`).', required: 'no', examples: [{ n0: { int: [2, 6] } }] },
    derived: { description: 'Template values computed, in order, from the parameters and the ones before.', required: 'no', examples: [{ p1: 'n0*n1 + n1' }] },
    constraints: { description: 'Template conditions; a draw that breaks one is redrawn. Expressions, or `integer-keys` / `distinct-keys`.', required: 'no', examples: [['n0 < n1', 'integer-keys']] },
    pinned: { description: 'Seeds that give fixed parameter values (e.g. the original numbers); keys are seeds.', required: 'no', examples: [{ 1: { n0: 3, n1: 4 } }] },
    parts: { description: 'The questions of the problem, asked in order; a non-empty list.', required: 'yes' },
  },
  part: {
    id: { description: 'A stable name for the part, unique within its problem (progress is kept per part id); defaults to its position.', required: 'no', examples: ['dh-da1'] },
    prompt: { description: 'The question.', required: 'yes' },
    kind: { description: 'What is answered: `number`, `vector`, `matrix` (a list of rows, typed `1 2; 3 4`), `true-false`, `choice` or `expression` (a formula).', required: 'yes', examples: ['number'] },
    answer: { description: 'The key, as a literal: a number; a list of numbers; a list of rows of one length (a matrix); `true`/`false`; the option\'s letter (`a`, `b`, ...); a formula.', required: 'yes, unless `compute` gives it', examples: [-14, [4, 9], [[0, 1], [0, 2]], true, 'a'] },
    claim: { description: 'An identity `check` proves on random networks (`expression` and `true-false` parts).', required: 'no (`expression`, `true-false`)' },
    options: { description: 'The options, in order (2 to 26): texts, or `{ compute: ... }` for a number computed from the problem\'s data.', required: '`choice` only', examples: [['0', '1', '1/||w||', '||w||']] },
    tolerance: { description: 'How far a number may be from the key: `abs`, `rel` or both; not with `compare`.', required: 'no (`number`, `vector`, `matrix`)', examples: [{ abs: 0.01 }] },
    compare: { description: 'How a typed number is compared with the key: `rounding` (the default), `exact`, `{ sigfigs: 3 }` or `{ decimals: 2 }`; not with `tolerance`. Every comparison is in docs/grading.md.', required: 'no (`number`, `vector`, `matrix`)', examples: ['exact', { sigfigs: 3 }] },
    compute: { description: 'How the key follows from the problem\'s data; `check` fails when a literal `answer` disagrees. On a choice, the key is the one option equal to it.', required: 'no (`number`, `vector`, `matrix`, `choice`)', examples: [{ of: 'dH/da', layer: 1, node: 1 }, { of: 'dL/dW', layer: 1 }] },
    explanation: { description: 'The worked solution shown after answering; for a number or vector part, its final `= value`, if any, must be the key (docs/grading.md).', required: 'yes' },
    ignore: { description: 'Warning codes `check` keeps quiet about in this part.', required: 'no', examples: [['unknown-latex']] },
  },
  network: {
    layers: { description: 'Node counts, input first. The output layer may have several nodes; H is then a vector, so ask for `output` or give a `loss`.', required: 'yes', examples: [[2, 2, 2, 1], [2, 3, 2]] },
    activations: { description: 'One of `relu`, `linear`, `sigmoid`, `tanh`, `leaky-relu`, `step` or `softmax` (output layer only) per layer after the input.', required: 'for evaluation', examples: [['relu', 'relu', 'linear'], ['sigmoid', 'softmax']] },
    weights: { description: 'One matrix per layer after the input, in the `layout`. From-to (the default): `weights[l-1][i-1][j-1]` is W^(l)_ij, the weight from node i of layer l-1 to node j of layer l.', required: 'for evaluation', examples: [[[[1, 0], [0, 1]], [[5], [1]]]] },
    layout: { description: '`from-to` (the default, the seed\'s): a row per node of layer l-1, z = W^T a + b. `to-from`: a row per node of layer l, z = W a + b, as most textbooks write it. `from` and `to` in a compute name nodes whatever the layout; a whole matrix (`dL/dW` without them) is given in this layout, the shape of `weights`.', required: 'no', default: 'from-to', examples: ['to-from'] },
    biases: { description: 'One vector per layer after the input; absent means no biases.', required: 'no' },
    input: { description: 'x, one number per input node.', required: 'for evaluation', examples: [[3, -2]] },
    loss: { description: 'The loss on the output against `target`: `square` Σₖ(ŷₖ−yₖ)², `half-square` ½Σₖ(ŷₖ−yₖ)², `cross-entropy` −Σₖ yₖ ln ŷₖ (after a softmax), `binary-cross-entropy` −(y ln ŷ + (1−y) ln(1−ŷ)) (one sigmoid output). Derivatives are then of L (`dL/...`), not H.', required: 'no', examples: ['cross-entropy'] },
    target: { description: 'y: a number for one output node, a list for several.', required: 'with a `loss` (without `data`)', examples: [1, [0, 1]] },
    data: { description: 'In place of `input` and `target`: the points `{ input, target }` the risk is taken over.', required: 'no', examples: [[{ input: [1, 2], target: 1 }, { input: [0, 1], target: 0 }]] },
    reduce: { description: 'With `data`: the risk is the `mean` (the default, as the seed) or the `sum` of the points\' losses.', required: 'no', default: 'mean', examples: ['sum'] },
  },
  point: {
    input: { description: 'x at this point, one number per input node.', required: 'yes', examples: [[1, 2]] },
    target: { description: 'y at this point: a number for one output node, a list for several.', required: 'yes', examples: [1, [0, 1]] },
  },
  figure: {
    weights: { description: '`all`, or the layers whose weights are printed.', required: 'no', examples: ['all', [2]] },
    values: { description: 'Print z and a of every node (computed from the network).', required: 'no', default: false },
    input: { description: 'Print x.', required: 'no', default: false },
    biases: { description: 'Print the biases.', required: 'no', default: false },
  },
  descent: {
    model: { description: '`linear`: H(x) = Aug(x) . w with Aug(x) = (1, x), or x . w with `intercept: false`. Give `model` or `function`, not both.', required: 'yes, or `function`', examples: ['linear'] },
    data: { description: 'The points of a linear model, each its features then y: `[x, y]` for one feature, `[x1, x2, y]` for two.', required: 'with `model`', examples: [[[1, 3], [2, 3], [3, 6]]] },
    weights: { description: 'The initial weights of a linear model: `w0` (the intercept) then one per feature; no `w0` with `intercept: false`.', required: 'with `model`', examples: [[0, 0]] },
    rate: { description: 'The learning rate eta.', required: 'yes, unless `reach` solves for it', examples: [0.5] },
    intercept: { description: '`false`: a linear model without intercept, H(x) = x . w.', required: 'no', default: true, examples: [false] },
    loss: { description: 'The loss of a point: `square` (H - y)^2, `half-square` (H - y)^2 / 2, or `absolute` abs(H - y), whose subgradient at H = y is taken as 0.', required: 'no', default: 'square', examples: ['half-square'] },
    reduce: { description: 'How the losses of the points make the risk: their `mean` or their `sum`.', required: 'no', default: 'mean', examples: ['sum'] },
    steps: { description: 'How many steps the descent takes (at most 1000).', required: 'no', default: 1, examples: [3] },
    batch: { description: '1-based indices of the points in the mini-batch (SGD), used by every step; absent means all the data.', required: 'no', examples: [[1, 4]] },
    batches: { description: 'A schedule: one mini-batch per step, cycled (`[[1, 2], [3]]`: steps 1, 3, 5, ... use points 1 and 2, steps 2, 4, ... point 3).', required: 'no', examples: [[[1, 2], [3]]] },
    function: { description: 'A function f to minimise, in the variables of `start` (and the `given` names as constants): numbers, `+ - * / ^`, `( )`, `sqrt abs exp log ln log10 sin cos tan`, `pi`, `e`. Its gradient is derived symbolically, never typed.', required: 'yes, or `model`', examples: ['x^2 + 3*y^2 - x*y'] },
    start: { description: 'The starting point of a function: a value for each variable, in order.', required: 'with `function`, unless `reach` solves for it', examples: [{ x: 1, y: -2 }] },
    reach: { description: 'A descent on a function solved backwards: the point it reaches after `steps` steps. Leave out `rate` (solved from one step) or `start` (the one nearest `reach`), and ask it with `{ of: rate }` or `{ of: iterate, step: 0 }`.', required: 'no', examples: [{ x: 1, y: 0.9 }] },
  },
  tolerance: {
    abs: { description: 'An answer within this distance of the key is right.', required: 'no', examples: [0.01] },
    rel: { description: 'An answer within this fraction of |key| of the key is right.', required: 'no', examples: [0.001] },
  },
  compute: {
    of: { description: 'The quantity: `H`, `output`, `loss`, `z`, `a`, `dH/dz`, `dH/da`, `dH/db`, `dH/dW`, `dH/dx`, their `dL/...` counterparts (a network with a `loss`), `updated-W`, `updated-b`, `parameter-count`, `risk`, `risk-gradient`, `weights`, `descent-step`, `iterate`, `function-value`, `gradient`, `rate` or `expression`.', required: 'yes', examples: ['dH/dW', 'dL/dz'] },
    layer: { description: 'The layer, counted from 1.', required: 'with `z`, `a`, `d?/dz`, `d?/da`, `d?/db`, `d?/dW`, `updated-W`, `updated-b`' },
    node: { description: 'The node, counted from 1. Left out: the whole layer, as a `vector` part.', required: 'no' },
    from: { description: 'For `dH/dW`, `dL/dW`, `updated-W`: the node of layer `layer` - 1 the weight leaves. Left out with `to`: the whole matrix W^(layer), as a `matrix` part in the network\'s `layout` (from-to: a row per node of layer `layer` - 1; to-from: a row per node of layer `layer`), the shape of its `weights`.', required: 'no; with `to`' },
    to: { description: 'For `dH/dW`, `dL/dW`, `updated-W`: the node of layer `layer` the weight enters. Left out with `from`: the whole matrix.', required: 'no; with `from`' },
    point: { description: 'With `data` of several points: the point (counted from 1) a per-point value is read at. Left out, the loss, dL/dW, dL/db and the updates are over the data (the risk).', required: 'per-point values over `data`' },
    rate: { description: 'For `updated-W`, `updated-b`: the learning rate of one gradient step, W − rate · dL/dW.', required: 'with `updated-W`, `updated-b`', examples: [0.5] },
    biases: { description: 'For `parameter-count`: whether the biases count too.', required: 'with `parameter-count`' },
    step: { description: 'For a descent: the step asked about, 0 being the start; default the last step (0 for `risk` and `risk-gradient`).', required: 'no', examples: [2] },
    component: { description: 'For a vector of a descent: its entry j, counted from 1, which makes the part a number.', required: 'no', examples: [1] },
    expr: { description: 'For `expression`: arithmetic over the `given` names and the network\'s values by name (`a1_2`, `W2_12`, `dL_dz2_1`, ...).', required: 'with `expression`', examples: ['n * eta', 'a1_2 * (1 - a1_2)'] },
  },
  option: {
    compute: { description: 'A choice option that is a number computed from the problem\'s data (any computation that gives a number), written as keys are shown.', required: 'yes', examples: [{ of: 'function-value', step: 1 }] },
  },
  compare: {
    sigfigs: { description: 'Right when it rounds to the key at this many significant digits (1 to 15).', required: 'yes', examples: [3] },
    decimals: { description: 'Right when it rounds to the key at this many decimal places (0 to 15).', required: 'yes', examples: [2] },
  },
  param: {
    int: { description: 'A whole number in `[low, high]` (inclusive).', examples: [[2, 6]] },
    decimal: { description: 'A decimal in `[low, high]`, with `places` digits after the point.', examples: [[0, 1]] },
    places: { description: 'Digits after the decimal point of a `decimal` parameter (0 to 6).', default: 1 },
    not: { description: 'Values never drawn.', examples: [[0]] },
    choice: { description: 'One of these values.', examples: [[0.5, 0.25]] },
  },
} satisfies Record<string, Record<string, KeyDoc>>;

export type KeySection = keyof typeof KEY_DOCS;
