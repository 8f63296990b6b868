import * as z from 'zod/mini';
import { loadYaml, type LoadResult } from './load.js';
import { checkNetwork } from '../schema/refine.js';
import { activationsSchema, networkSchema, weightsSchema, type NetworkData } from '../schema/data.js';

const evaluable = z
  .extend(networkSchema, { activations: activationsSchema, weights: weightsSchema })
  .check(
    z.superRefine((n, ctx) => {
      // checkNetwork's paths start at a problem's `network` key; here the block is the object itself (zod adds `network` for the wrapped form).
      const issue = (path: (string | number)[], message: string): void => ctx.addIssue({ code: 'custom', path: path.slice(1), message });
      checkNetwork(n, issue);
      // A bank may leave these to its computes; a file to evaluate may not.
      if (!n.input && !n.data) issue(['network'], "missing required key 'input': give the input to evaluate the network at (or data, with a loss)");
      if (n.loss && n.input && n.target === undefined) issue(['network', 'loss'], 'a loss compares the output with a target: add target (or give data)');
    }),
  );
const wrapped = z.strictObject({ network: evaluable });

/** A network block complete enough to evaluate, as the file wrote it (its layout, its loss, its data). */
export type EvaluableNetwork = NetworkData & Required<Pick<NetworkData, 'activations' | 'weights'>>;

export interface NetworkInput {
  network: EvaluableNetwork;
}

/**
 * A file for `quizdrill nn`: a `network` block as in banks, or the block's
 * fields at the top level. Either way it must be complete enough to evaluate.
 */
export function loadNetworkFile(file: string, text: string): LoadResult<NetworkInput> {
  const hasBlock = (js: unknown): boolean => typeof js === 'object' && js !== null && 'network' in js;
  const r = loadYaml(file, text, (js) => (hasBlock(js) ? z.pipe(wrapped, z.transform((w) => w.network)) : evaluable), 'give a network with layers, activations, weights and input');
  if (!r.ok) return r;
  return { ...r, bank: { ...r.bank, data: { network: r.bank.data } } };
}
