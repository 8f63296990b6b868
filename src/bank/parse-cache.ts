import { createHash } from 'node:crypto';
import { shippedMap } from '../shipped/shipped-map.js';

/**
 * Parsed YAML kept by the hash of its text: the bundled bank is parsed when
 * the package is built, so a drill starts without the YAML parser. A hit
 * means the text is byte for byte what was parsed, so the data is the same.
 */
export interface CachedParse {
  data: unknown;
  /** Source text of numeric scalars by JSON path, e.g. `0.1820` as typed. */
  literals: Record<string, string>;
  /** Where the nodes of the first few levels start, by JSON path. */
  positions?: Record<string, { line: number; col: number }>;
}

let cache: Map<string, CachedParse> | undefined;

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function cachedParse(text: string): CachedParse | undefined {
  // Only the bundle ships a cache (bank-cache.json, beside its code).
  cache ??= shippedMap<CachedParse>('bank-cache.json');
  return cache.get(textHash(text));
}

export function literalKey(path: readonly PropertyKey[]): string {
  return JSON.stringify(path.map((p) => (typeof p === 'number' ? p : String(p))));
}
