import * as z from 'zod/mini';
import { LAYOUTS } from '../nn/layout.js';
import { ACTIVATIONS, LOSSES } from '../nn/types.js';

/*
 * The schemas use zod/mini: the same validation as zod's classic API, in a
 * fraction of the start-up time (every command that reads a bank pays it).
 */

/** zod 4's number() already rejects NaN and Infinity. */
export const finite = z.number();
/**
 * Networks are drawn in a terminal and sampled to grade formulas: bounded
 * so that a typo such as 1000000000 is an error, not an exhausted memory.
 */
export const MAX_NODES = 64;
export const MAX_LAYERS = 16;
const count = z.int().check(z.positive());
const nodes = z.int().check(z.positive(), z.lte(MAX_NODES, `a layer may have at most ${MAX_NODES} nodes`));
const matrix = z.array(z.array(finite));

export const activationsSchema = z.array(z.enum(ACTIVATIONS));
export const weightsSchema = z.array(matrix);

export const networkSchema = z.strictObject({
  layers: z.array(nodes).check(z.minLength(2), z.maxLength(MAX_LAYERS + 1, `a network may have at most ${MAX_LAYERS} layers after the input`)),
  activations: z.optional(activationsSchema),
  weights: z.optional(weightsSchema),
  biases: z.optional(z.array(z.array(finite))),
  input: z.optional(z.array(finite)),
  /** `from-to` (the seed's, a row per node of the layer before) or `to-from` (a row per node of the layer). */
  layout: z.optional(z.enum(LAYOUTS)),
  loss: z.optional(z.enum(LOSSES)),
  /** y for `input`: a number for one output node, a list for several. */
  target: z.optional(z.union([finite, z.array(finite)])),
  /** Points the risk is taken over, in place of `input` and `target`. */
  data: z.optional(z.array(z.strictObject({ input: z.array(finite), target: z.union([finite, z.array(finite)]) })).check(z.minLength(1))),
  /** How the points' losses make the risk: their mean (the default) or their sum. */
  reduce: z.optional(z.enum(['mean', 'sum'])),
});

/** Far past any exam's hand computation; keeps a typo from running for minutes. */
export const MAX_STEPS = 1000;
export const MAX_FUNCTION_LENGTH = 200;
const variable = z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/));

/**
 * Gradient descent on a linear model (`model`) or on a function of named
 * variables (`function` with `start`). One object with the keys of both:
 * which keys go together is checked in refine.ts, where the message can
 * say what is missing.
 */
export const descentSchema = z.strictObject({
  model: z.optional(z.enum(['linear'])),
  function: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_FUNCTION_LENGTH))),
  start: z.optional(z.record(variable, finite)),
  data: z.optional(z.array(z.array(finite).check(z.minLength(2))).check(z.minLength(1))),
  weights: z.optional(z.array(finite).check(z.minLength(1))),
  intercept: z.optional(z.boolean()),
  loss: z.optional(z.enum(['square', 'half-square', 'absolute'])),
  reduce: z.optional(z.enum(['mean', 'sum'])),
  rate: z.optional(finite),
  reach: z.optional(z.record(variable, finite)),
  steps: z.optional(z.int().check(z.gte(0), z.lte(MAX_STEPS, `at most ${MAX_STEPS} steps`))),
  batch: z.optional(z.array(count).check(z.minLength(1))),
  batches: z.optional(z.array(z.array(count).check(z.minLength(1))).check(z.minLength(1))),
});

/**
 * What the drawn network may show. Absent: the architecture only, so a
 * figure never gives away what the problem asks.
 */
export const figureSchema = z.union([
  z.literal(false),
  z.strictObject({
    weights: z.optional(z.union([z.literal('all'), z.array(count)])),
    values: z.optional(z.boolean()),
    input: z.optional(z.boolean()),
    biases: z.optional(z.boolean()),
  }),
]);

export const givenSchema = z.record(z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/)), finite);

const index = count;

export const NODE_QUANTITIES = ['z', 'a', 'dH/dz', 'dH/da', 'dH/db', 'dL/dz', 'dL/da', 'dL/db'] as const;
/** Which of a network's data points a per-point quantity is read at (1-based); needed when there are several. */
const point = z.optional(index);

/** What a descent can be asked: the function ones, then the linear model's. */
export const FUNCTION_QUANTITIES = ['iterate', 'function-value', 'gradient', 'rate'] as const;
export const MODEL_QUANTITIES = ['risk', 'risk-gradient', 'weights', 'descent-step'] as const;
export const DESCENT_QUANTITIES = [...FUNCTION_QUANTITIES, ...MODEL_QUANTITIES] as const;

export const computeSchema = z.discriminatedUnion('of', [
  z.strictObject({ of: z.literal('H') }),
  z.strictObject({ of: z.enum(['output', 'loss']), point }),
  /** Without `node`: the whole layer, as a vector. */
  z.strictObject({ of: z.enum(NODE_QUANTITIES), layer: index, node: z.optional(index), point }),
  /** Without `from` and `to`: the whole matrix W^(layer), in the network's layout, as a `matrix` part. */
  z.strictObject({ of: z.enum(['dH/dW', 'dL/dW']), layer: index, from: z.optional(index), to: z.optional(index), point }),
  z.strictObject({ of: z.enum(['dH/dx', 'dL/dx']), node: z.optional(index), point }),
  z.strictObject({ of: z.literal('updated-W'), rate: finite, layer: index, from: z.optional(index), to: z.optional(index) }),
  z.strictObject({ of: z.literal('updated-b'), rate: finite, layer: index, node: z.optional(index) }),
  z.strictObject({ of: z.literal('parameter-count'), biases: z.boolean() }),
  z.strictObject({
    of: z.enum(DESCENT_QUANTITIES),
    step: z.optional(z.int().check(z.gte(0))),
    component: z.optional(index),
  }),
  z.strictObject({ of: z.literal('expression'), expr: z.string().check(z.minLength(1)) }),
]);

export type NetworkData = z.infer<typeof networkSchema>;
export type DescentData = z.infer<typeof descentSchema>;
export type Compute = z.infer<typeof computeSchema>;
export type FigureData = z.infer<typeof figureSchema>;

/** The shape of what a computation yields, as the part kind that asks it. */
export type ComputeShape = 'number' | 'vector' | 'matrix';

/**
 * A vector for a whole layer, several outputs, and a descent's points,
 * weights and gradients (a number for a function of one variable, or with
 * `component`); a matrix for a weight quantity without `from` and `to`; a
 * number otherwise.
 */
export function computeShape(c: Compute, network?: NetworkData, descent?: DescentData): ComputeShape {
  switch (c.of) {
    case 'iterate': case 'gradient':
      return c.component === undefined && (descent ? descentVariables(descent) : []).length !== 1 ? 'vector' : 'number';
    case 'risk-gradient': case 'weights': case 'descent-step':
      return c.component === undefined ? 'vector' : 'number';
    case 'output':
      return (network?.layers[network.layers.length - 1] ?? 1) > 1 ? 'vector' : 'number';
    case 'dH/dW': case 'dL/dW': case 'updated-W':
      return c.from === undefined && c.to === undefined ? 'matrix' : 'number';
    default: {
      const nodeOptional = (NODE_QUANTITIES as readonly string[]).includes(c.of) || c.of === 'dH/dx' || c.of === 'dL/dx' || c.of === 'updated-b';
      return nodeOptional && (c as { node?: number }).node === undefined ? 'vector' : 'number';
    }
  }
}

/** How many numbers a point (or weight vector, or gradient) of the descent has. */
export function descentDimension(d: DescentData): number {
  return d.function !== undefined ? descentVariables(d).length : (d.weights ?? []).length;
}

/** The variables of a descent on a function: its start's, or, solving for the start, its reach's. */
export function descentVariables(d: DescentData): string[] {
  return Object.keys(d.start ?? d.reach ?? {});
}
