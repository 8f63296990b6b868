import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * One folder per concept, and no two concepts that need each other: a
 * type both sides share belongs in a leaf (src/schema, src/answer, src/expression, nn's
 * quantity.ts). This reads every import of src/ and looks for a cycle
 * between folders.
 */

const SRC = join(__dirname, '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.c?ts$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const folderOf = (file: string): string => relative(SRC, file).split(sep)[0] ?? '';

function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files(SRC)) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const m of readFileSync(file, 'utf8').matchAll(/from\s+'(\.{1,2}\/[^']+)'/g)) {
      const to = folderOf(join(file, '..', m[1] ?? ''));
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Some cycle through `start`, as a list of folders, or undefined. */
function cycleThrough(graph: Map<string, Set<string>>, start: string): string[] | undefined {
  const walk = (node: string, path: string[]): string[] | undefined => {
    for (const next of graph.get(node) ?? []) {
      if (next === start) return [...path, next];
      if (!path.includes(next)) {
        const found = walk(next, [...path, next]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(start, [start]);
}

describe('folders of src/', () => {
  const graph = folderGraph();

  it('are read, with their imports', () => {
    expect(graph.get('cli')?.size).toBeGreaterThan(3);
    // The schema leans only on leaves: the network's types, and the diagnostic codes (which warnings `ignore:` may name).
    expect(graph.get('schema')).toEqual(new Set(['nn', 'diagnostics']));
  });

  it.each([...graph.keys()])('%s is in no import cycle with another folder', (folder) => {
    expect(cycleThrough(graph, folder)).toBeUndefined();
  });
});
