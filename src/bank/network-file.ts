import * as z from 'zod/mini';
import type { Network } from '../nn/types.js';
import { loadYaml, type LoadResult } from './load.js';
import { checkNetwork } from '../schema/refine.js';
import { activationsSchema, finite, networkSchema, weightsSchema } from '../schema/data.js';

const evaluable = z
  .extend(networkSchema, { activations: activationsSchema, weights: weightsSchema, input: z.array(finite) })
  .check(z.superRefine((n, ctx) => checkNetwork(n, (path, message) => ctx.addIssue({ code: 'custom', path: ['network', ...path].slice(1), message }))));
const wrapped = z.strictObject({ network: evaluable });

export interface NetworkInput {
  network: Network;
  input: number[];
}

/**
 * A file for `quizdrill nn`: a `network` block as in banks, or the block's
 * fields at the top level. Either way it must be complete enough to evaluate.
 */
export function loadNetworkFile(file: string, text: string): LoadResult<NetworkInput> {
  const hasBlock = (js: unknown): boolean => typeof js === 'object' && js !== null && 'network' in js;
  const r = loadYaml(file, text, (js) => (hasBlock(js) ? z.pipe(wrapped, z.transform((w) => w.network)) : evaluable), 'give a network with layers, activations, weights and input');
  if (!r.ok) return r;
  const n = r.bank.data;
  const network: Network = { layers: n.layers, activations: n.activations, weights: n.weights, ...(n.biases && { biases: n.biases }) };
  return { ...r, bank: { ...r.bank, data: { network, input: n.input } } };
}
