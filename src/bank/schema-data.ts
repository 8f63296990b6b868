import { z } from 'zod';
import { ACTIVATIONS } from '../nn/types.js';

/** zod 4's number() already rejects NaN and Infinity. */
export const finite = z.number();
/**
 * Networks are drawn in a terminal and sampled to grade formulas: bounded
 * so that a typo such as 1000000000 is an error, not an exhausted memory.
 */
export const MAX_NODES = 64;
export const MAX_LAYERS = 16;
const count = z.number().int().positive();
const nodes = z.number().int().positive().max(MAX_NODES, `a layer may have at most ${MAX_NODES} nodes`);
const matrix = z.array(z.array(finite));

export const networkSchema = z
  .object({
    layers: z.array(nodes).min(2).max(MAX_LAYERS + 1, `a network may have at most ${MAX_LAYERS} layers after the input`),
    activations: z.array(z.enum(ACTIVATIONS)).optional(),
    weights: z.array(matrix).optional(),
    biases: z.array(z.array(finite)).optional(),
    input: z.array(finite).optional(),
  })
  .strict();

export const descentSchema = z
  .object({
    model: z.enum(['linear']),
    data: z.array(z.tuple([finite, finite])).min(1),
    weights: z.tuple([finite, finite]),
    rate: finite,
    batch: z.array(count).min(1).optional(),
  })
  .strict();

/**
 * What the drawn network may show. Absent: the architecture only, so a
 * figure never gives away what the problem asks.
 */
export const figureSchema = z.union([
  z.literal(false),
  z
    .object({
      weights: z.union([z.literal('all'), z.array(z.number().int().positive())]).optional(),
      values: z.boolean().optional(),
      input: z.boolean().optional(),
      biases: z.boolean().optional(),
    })
    .strict(),
]);

export const givenSchema = z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), finite);

const index = z.number().int().positive();

export const NODE_QUANTITIES = ['z', 'a', 'dH/dz', 'dH/da', 'dH/db'] as const;

export const computeSchema = z.discriminatedUnion('of', [
  z.object({ of: z.literal('H') }).strict(),
  z.object({ of: z.enum(NODE_QUANTITIES), layer: index, node: index }).strict(),
  z.object({ of: z.literal('dH/dW'), layer: index, from: index, to: index }).strict(),
  z.object({ of: z.literal('dH/dx'), node: index }).strict(),
  z.object({ of: z.literal('parameter-count'), biases: z.boolean() }).strict(),
  z.object({ of: z.enum(['risk', 'risk-gradient', 'descent-step']) }).strict(),
  z.object({ of: z.literal('expression'), expr: z.string().min(1) }).strict(),
]);

export type NetworkData = z.infer<typeof networkSchema>;
export type DescentData = z.infer<typeof descentSchema>;
export type Compute = z.infer<typeof computeSchema>;
export type FigureData = z.infer<typeof figureSchema>;

/** What a computation yields: a vector for the descent ones, a number otherwise. */
export function computeYieldsVector(c: Compute): boolean {
  return c.of === 'risk-gradient' || c.of === 'descent-step';
}
