import { readFileSync } from 'node:fs';

declare const __QUIZDRILL_ROOT__: string | undefined;

/**
 * A map the build wrote beside the bundle as JSON (scripts/build.mjs:
 * bank-cache.json, function-cache.json), for work the package did ahead.
 * Empty when running from source, or when the file is missing or
 * unreadable: the caller then does that work itself.
 */
export function shippedMap<T>(file: string): Map<string, T> {
  if (typeof __QUIZDRILL_ROOT__ !== 'string') return new Map();
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')) as Record<string, T>));
  } catch {
    return new Map();
  }
}
