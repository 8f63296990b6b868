/** Architectures of the seed's problems and helpers that fail loudly on a parse error. */
import { parseClaim, parseFormula, type Arch, type Claim, type Formula } from '../../src/formula/index.js';

/** Problems 2 and 7: 2-2-2-1, ReLU hidden, linear output, no biases. */
export const NET_2221: Arch = { layers: [2, 2, 2, 1], activations: ['relu', 'relu', 'linear'] };
/** Problem 3: 2-2-1, ReLU hidden, linear output, no biases. */
export const NET_221: Arch = { layers: [2, 2, 1], activations: ['relu', 'linear'] };
export const SIGMOID_2221: Arch = { layers: [2, 2, 2, 1], activations: ['sigmoid', 'sigmoid', 'linear'] };
export const TANH_2221: Arch = { layers: [2, 2, 2, 1], activations: ['tanh', 'tanh', 'linear'] };
export const BIASED_2221: Arch = { layers: [2, 2, 2, 1], activations: ['relu', 'relu', 'linear'], biases: true };

export function formula(text: string, arch: Arch = NET_2221): Formula {
  const r = parseFormula(text, arch);
  if (!r.ok) throw new Error(`${text}: ${r.error}`);
  return r.value;
}

export function claim(text: string, arch: Arch = NET_2221): Claim {
  const r = parseClaim(text, arch);
  if (!r.ok) throw new Error(`${text}: ${r.error}`);
  return r.value;
}
