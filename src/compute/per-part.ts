import type { ComputeContext } from './compute-key.js';

/**
 * Values kept by the part (its Compute object) they were made for and the
 * problem data they read (network, descent, given), none of which is ever
 * changed once made: a variant is new objects (template/substitute.ts). A
 * template's draw asks for the same part's key and slips when it checks its
 * constraints, when it keeps the variant, when distinct-mistakes reads them,
 * and on the nudged copies of the problem, which share the part and not the
 * data: so a few entries per part.
 */
export class PerPart<T> {
  private readonly known = new WeakMap<object, { data: ComputeContext; value: T }[]>();

  constructor(private readonly perPart = 4) {}

  /** The value kept for (part, data), else `make()`, kept. Unvalidated data (a template's trial draw) may not be an object: then nothing is kept. */
  get(part: unknown, data: ComputeContext, make: () => T): T {
    if (typeof part !== 'object' || part === null) return make();
    let list = this.known.get(part);
    const hit = list?.find((k) => k.data.network === data.network && k.data.descent === data.descent && k.data.given === data.given);
    if (hit) return hit.value;
    const value = make();
    if (!list) this.known.set(part, (list = []));
    if (list.length >= this.perPart) list.shift();
    list.push({ data: { network: data.network, descent: data.descent, given: data.given }, value });
    return value;
  }
}
