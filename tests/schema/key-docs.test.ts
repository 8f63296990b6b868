import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bankJsonSchema, SCHEMA_ID } from '../../src/bank/json-schema.js';
import { KEY_DOCS } from '../../src/schema/key-docs.js';
import { withKeyTables } from '../../src/schema/key-table.js';

type Node = Record<string, unknown>;

/** Every property of every object in the schema, with its path. */
function properties(node: unknown, path: string, out: { path: string; node: Node }[] = []): { path: string; node: Node }[] {
  if (Array.isArray(node)) node.forEach((n) => properties(n, path, out));
  else if (node !== null && typeof node === 'object') {
    const n = node as Node;
    for (const [k, v] of Object.entries(n)) {
      if (k === 'properties') for (const [key, prop] of Object.entries(v as Node)) {
        out.push({ path: `${path}.${key}`, node: prop as Node });
        properties(prop, `${path}.${key}`, out);
      }
      else if (k !== 'examples' && k !== 'default') properties(v, path, out);
    }
  }
  return out;
}

describe('one source for what every key means (src/schema/key-docs.ts)', () => {
  const schema = bankJsonSchema();
  const all = properties(schema, '');

  it('gives every key of the schema a description (add one to KEY_DOCS for a new key)', () => {
    const missing = all.filter((p) => typeof p.node.description !== 'string' || p.node.description === '').map((p) => p.path);
    expect(missing).toEqual([]);
    expect(all.length).toBeGreaterThan(50);
  });

  it('documents no key the schema does not have', () => {
    const names = new Set(all.map((p) => p.path.split('.').pop()));
    const stale = Object.entries(KEY_DOCS).flatMap(([section, keys]) => Object.keys(keys).filter((k) => !names.has(k)).map((k) => `${section}.${k}`));
    expect(stale).toEqual([]);
  });

  it('feeds defaults and examples into the schema', () => {
    const problem = ((schema.properties as Node).problems as Node).items as Node;
    const props = problem.properties as Record<string, Node>;
    expect(props.worked!.default).toBe(true);
    expect(props.tags!.examples).toEqual(KEY_DOCS.problem.tags.examples);
    expect(props.tags!.description).toBe(KEY_DOCS.problem.tags.description);
  });

  it('has an $id and a title', () => {
    expect(schema.$id).toBe(SCHEMA_ID);
    expect(schema.title).toBe('quizdrill problem bank');
  });

  it('feeds the key tables of docs/bank-format.md (regenerate with `npm run docs`)', () => {
    const doc = readFileSync(new URL('../../docs/bank-format.md', import.meta.url), 'utf8');
    expect(doc.match(/<!-- keys:/g)?.length).toBeGreaterThanOrEqual(6);
    expect(doc).toBe(withKeyTables(doc));
  });
});
