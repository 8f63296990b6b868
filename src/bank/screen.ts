import { visible, hasControl } from '../text/visible.js';
import type { Path } from './locate.js';

/**
 * The key that JavaScript reads as an object's prototype. Both YAML
 * libraries keep it as a plain own key, but any later copy made by
 * assignment (`out[key] = value`, as a validator or a template does) would
 * set the copy's prototype instead, and every field of that value would be
 * inherited past the strict schema. No bank needs it, so it is refused
 * wherever it appears, before anything copies the data.
 */
export const PROTO_KEY = '__proto__';

export interface Screened {
  /** Maps that hold a `__proto__` key. */
  protoKeys: Path[];
  /** Strings that held control characters (now made visible, see text/visible.ts). */
  controls: Path[];
}

/**
 * One pass over parsed bank data, before it is validated or copied: finds
 * `__proto__` keys, and makes every control character in a string visible,
 * in place, so nothing later can print one.
 */
export function screen(data: unknown): Screened {
  const out: Screened = { protoKeys: [], controls: [] };
  // Depth-first without recursion (diagnostics are sorted by position later).
  const stack: [unknown, Path][] = [[data, []]];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const record = node as Record<string | number, unknown>;
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (!Array.isArray(node) && Object.hasOwn(node, PROTO_KEY)) out.protoKeys.push(path);
    for (const key of keys) {
      const child = record[key];
      if (typeof child === 'string') {
        if (hasControl(child)) out.controls.push([...path, key]);
        const shown = visible(child);
        if (shown !== child && key !== PROTO_KEY) record[key] = shown;
      } else stack.push([child, [...path, key]]);
    }
  }
  return out;
}
