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

/** The paths of the maps that hold a `__proto__` key, at any depth. */
export function protoKeyPaths(data: unknown): Path[] {
  const found: Path[] = [];
  // Depth-first, without recursion: the nesting is bounded already, but a stack costs nothing.
  const stack: [unknown, Path][] = [[data, []]];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], [...path, i]]);
      continue;
    }
    if (Object.hasOwn(node, PROTO_KEY)) found.push(path);
    const keys = Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i--) stack.push([(node as Record<string, unknown>)[keys[i]!], [...path, keys[i]!]]);
  }
  return found;
}
