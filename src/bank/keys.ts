import { bankSchema, partSchema, problemSchema } from '../schema/problem.js';
import { computeSchema, descentSchema, networkSchema } from '../schema/data.js';

type Shape = { shape: Record<string, unknown> };
const keysOf = (shapes: Shape[]): string[] => [...new Set(shapes.flatMap((s) => Object.keys(s.shape)))];
const partShapes = partSchema._zod.def.options as unknown as Shape[];
const computeShapes = computeSchema._zod.def.options as unknown as Shape[];

/** The keys of each branch of a discriminated union, by the value of its discriminator. */
function byTag(shapes: Shape[], tag: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of shapes) {
    const values = (s.shape[tag] as { _zod: { def: { values?: unknown[]; entries?: Record<string, string> } } })._zod.def;
    for (const v of values.values ?? Object.values(values.entries ?? {})) out.set(String(v), Object.keys(s.shape));
  }
  return out;
}

const KEYS = {
  bank: keysOf([bankSchema]),
  problem: keysOf([problemSchema as unknown as Shape]),
  part: keysOf(partShapes),
  network: keysOf([networkSchema]),
  descent: keysOf([descentSchema]),
  compute: keysOf(computeShapes),
  tolerance: ['abs', 'rel'],
  compare: ['sigfigs', 'decimals'],
  figure: ['weights', 'values', 'input', 'biases'],
};
const PART_KINDS = byTag(partShapes, 'kind');
const COMPUTE_OFS = byTag(computeShapes, 'of');

/** What kind of object sits at `path`, with the union it belongs to, if any. */
function unionAt(path: readonly PropertyKey[], input: unknown): { tag: string; value: string; branches: Map<string, string[]>; noun: string } | undefined {
  const obj = input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  const last = path[path.length - 1];
  if (typeof last === 'number' && path[path.length - 2] === 'parts' && typeof obj.kind === 'string' && PART_KINDS.has(obj.kind))
    return { tag: 'kind', value: obj.kind, branches: PART_KINDS, noun: 'part' };
  if (last === 'compute' && typeof obj.of === 'string' && COMPUTE_OFS.has(obj.of)) return { tag: 'of', value: obj.of, branches: COMPUTE_OFS, noun: 'compute' };
  return undefined;
}

/**
 * The keys allowed in the object at `path`, for suggesting a fix to a
 * misspelt key. In a part or a compute whose kind is known, only that
 * kind's keys: listing all of them would include the key being refused.
 */
export function allowedKeys(path: readonly PropertyKey[], input?: unknown): string[] {
  const u = unionAt(path, input);
  if (u) return u.branches.get(u.value)!;
  const last = path[path.length - 1];
  if (path.length === 0) return KEYS.bank;
  if (typeof last === 'number') return path[path.length - 2] === 'parts' ? KEYS.part : KEYS.problem;
  if (last === 'network' || last === 'descent' || last === 'compute' || last === 'tolerance' || last === 'compare' || last === 'figure') return KEYS[last];
  return [];
}

/** Why a key is refused where another kind of part (or compute) would take it, e.g. `tolerance` in a true-false part. */
export function misplacedKey(path: readonly PropertyKey[], input: unknown, key: string): string | undefined {
  const u = unionAt(path, input);
  if (!u) return undefined;
  const takers = [...u.branches].filter(([, keys]) => keys.includes(key)).map(([v]) => v);
  if (takers.length === 0) return undefined;
  const list = takers.length === 1 ? takers[0]! : `${takers.slice(0, -1).join(', ')} and ${takers[takers.length - 1]}`;
  const own = u.branches.get(u.value)!.join(', ');
  if (u.noun === 'part') return `a ${u.value} part has no '${key}' key (only ${list} parts take it); a ${u.value} part's keys are: ${own}`;
  return `a compute of '${u.value}' has no '${key}' key (only 'of: ${takers.join("', 'of: ")}' take${takers.length === 1 ? 's' : ''} it); its keys are: ${own}`;
}

/** What a key that takes one of several shapes accepts, said in words (zod says only "Invalid input"). */
export function acceptsAt(path: readonly PropertyKey[]): string | undefined {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (last === 'figure') return "false (no figure), or a mapping of what the figure shows: weights ('all' or a list of layers), values, input, biases (each true or false); leave it out to draw the architecture only";
  if (parent === 'figure' && last === 'weights') return "'all', or a list of the layers whose weights are shown, such as [2]";
  if (parent === 'params') return 'a mapping with one of: int: [low, high]; decimal: [low, high] (and places); choice: [values]';
  return undefined;
}

export const BANK_KEY_RULES = { allowed: allowedKeys, misplaced: misplacedKey, accepts: acceptsAt };
