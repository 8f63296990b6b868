import type { Document, LineCounter } from 'yaml';
import type { Position } from '../diagnostics/diagnostic.js';
import yamlLibs from './yaml-libs.cjs';

export type Path = readonly PropertyKey[];

/**
 * Finds where a path points in the YAML source. For a path that does not
 * exist (a missing key), the deepest node that does exist is used; for an
 * unknown key, pass `keyOf` to point at that key in its map.
 */
export function locate(doc: Document, lc: LineCounter, path: Path, keyOf?: string): Position {
  // A document exists only once the library is loaded; importing it here would load it at start-up.
  const { isMap, isNode, isPair, isScalar } = yamlLibs.yaml();
  const at = (offset: number): Position => {
    const p = lc.linePos(offset);
    return { line: p.line, col: p.col };
  };
  let depth = path.length;
  let node: unknown = undefined;
  for (; depth >= 0; depth--) {
    node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node)) break;
  }
  if (keyOf !== undefined && depth === path.length && isMap(node)) {
    const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && it.key.value === keyOf);
    if (pair && isNode(pair.key) && pair.key.range) return at(pair.key.range[0]);
  }
  if (isNode(node) && node.range) return at(node.range[0]);
  return { line: 1, col: 1 };
}

/** The source text of a scalar, as the author typed it (e.g. `0.1820`). */
export function sourceText(doc: Document, src: string, path: Path): string | undefined {
  const node = doc.getIn(path as unknown[], true);
  if (yamlLibs.yaml().isScalar(node) && node.range) return src.slice(node.range[0], node.range[1]).trim();
  return undefined;
}
