import { bankSchema, partSchema, problemSchema } from '../schema/problem.js';
import { computeSchema, descentSchema, networkSchema } from '../schema/data.js';

const keysOf = (shapes: { shape: Record<string, unknown> }[]): string[] => [...new Set(shapes.flatMap((s) => Object.keys(s.shape)))];

const KEYS = {
  bank: keysOf([bankSchema]),
  problem: keysOf([problemSchema as unknown as { shape: Record<string, unknown> }]),
  part: keysOf(partSchema._zod.def.options as unknown as { shape: Record<string, unknown> }[]),
  network: keysOf([networkSchema]),
  descent: keysOf([descentSchema]),
  compute: keysOf(computeSchema._zod.def.options as unknown as { shape: Record<string, unknown> }[]),
  tolerance: ['abs', 'rel'],
  compare: ['sigfigs', 'decimals'],
  figure: ['weights', 'values', 'input', 'biases'],
};

/** The keys allowed in the object at `path`, for suggesting a fix to a misspelt key. */
export function allowedKeys(path: readonly PropertyKey[]): string[] {
  const last = path[path.length - 1];
  if (path.length === 0) return KEYS.bank;
  if (typeof last === 'number') return path[path.length - 2] === 'parts' ? KEYS.part : KEYS.problem;
  if (last === 'network' || last === 'descent' || last === 'compute' || last === 'tolerance' || last === 'compare' || last === 'figure') return KEYS[last];
  return [];
}
