import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

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

declare const __QUIZDRILL_ROOT__: string | undefined;
let cache: Map<string, CachedParse> | undefined;

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function cachedParse(text: string): CachedParse | undefined {
  if (!cache) {
    cache = new Map();
    // Only the bundle ships a cache (dist/bank-cache.json, beside its code).
    if (typeof __QUIZDRILL_ROOT__ === 'string') {
      try {
        const entries = JSON.parse(readFileSync(new URL('./bank-cache.json', import.meta.url), 'utf8')) as Record<string, CachedParse>;
        cache = new Map(Object.entries(entries));
      } catch {
        // No cache, or an unreadable one: parse as usual.
      }
    }
  }
  return cache.get(textHash(text));
}

export function literalKey(path: readonly PropertyKey[]): string {
  return JSON.stringify(path.map((p) => (typeof p === 'number' ? p : String(p))));
}
