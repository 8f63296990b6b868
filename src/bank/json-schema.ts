import * as z from 'zod/mini';
import { bankSchema, problemSchema } from '../schema/problem.js';
import { KEY_DOCS, type KeyDoc, type KeySection } from '../schema/key-docs.js';

/** Where the schema is published: the copy in the npm package. */
export const SCHEMA_ID = 'https://unpkg.com/quizdrill/schema/bank.schema.json';

/** A number in a template may be written `=expr` (see docs/bank-format.md). */
const TEMPLATED_NUMBER = { type: 'string', pattern: '^=' };

type Node = Record<string, unknown>;

/** Which section of KEY_DOCS the objects under a key are, and how to reach them from the key's schema. */
const NESTED: Partial<Record<KeySection, Record<string, { section: KeySection; via?: 'items' | 'additionalProperties' }>>> = {
  bank: { problems: { section: 'problem', via: 'items' } },
  problem: {
    network: { section: 'network' },
    figure: { section: 'figure' },
    descent: { section: 'descent' },
    params: { section: 'param', via: 'additionalProperties' },
    parts: { section: 'part', via: 'items' },
  },
  network: { data: { section: 'point', via: 'items' } },
  part: { tolerance: { section: 'tolerance' }, compare: { section: 'compare' }, compute: { section: 'compute' }, options: { section: 'option', via: 'items' } },
  option: { compute: { section: 'compute' } },
};

/**
 * The bank format as JSON Schema (draft 7, input side), for the YAML
 * language server. Problems are validated one by one at load time (after a
 * template is filled in); here they get their full schema, with room for
 * templated numbers, and every key its description, default and examples
 * from KEY_DOCS (what hover and completion show).
 */
export function bankJsonSchema(): Record<string, unknown> {
  const document = z.extend(bankSchema, { problems: z.array(problemSchema).check(z.minLength(1)) });
  const schema = z.toJSONSchema(document, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Node;
  const out = allowTemplates(schema) as Node;
  describe(out, 'bank');
  return { $schema: out.$schema, $id: SCHEMA_ID, title: 'quizdrill problem bank', description: 'A bank of quiz problems for quizdrill (docs/bank-format.md).', ...withoutKeys(out, ['$schema']) };
}

/** The object branches of a schema node: itself, or the members of its union. */
function branches(node: unknown): Node[] {
  if (node === null || typeof node !== 'object') return [];
  const n = node as Node;
  const members = [...((n.anyOf as unknown[]) ?? []), ...((n.oneOf as unknown[]) ?? [])];
  return [n, ...members.flatMap(branches)].filter((b) => b.properties !== undefined);
}

function describe(node: unknown, section: KeySection): void {
  for (const branch of branches(node)) {
    const props = branch.properties as Record<string, Node>;
    for (const [key, prop] of Object.entries(props)) {
      const doc = (KEY_DOCS[section] as Record<string, KeyDoc>)[key];
      if (doc) Object.assign(prop, docFields(doc));
      const nested = NESTED[section]?.[key];
      if (nested) describe(nested.via ? prop[nested.via] : prop, nested.section);
    }
    if (section === 'part') requireKey(branch);
  }
}

function docFields(doc: KeyDoc): Node {
  return { description: doc.description, ...(doc.default !== undefined && { default: doc.default }), ...(doc.examples && { examples: doc.examples }) };
}

/** As check does: a number, vector or matrix part needs its key, as a literal `answer` or a `compute` that gives it. */
function requireKey(branch: Node): void {
  const kind = ((branch.properties as Record<string, Node>).kind as Node | undefined)?.const;
  if (kind === 'number' || kind === 'vector' || kind === 'matrix') branch.anyOf = [{ required: ['answer'] }, { required: ['compute'] }];
}

function allowTemplates(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(allowTemplates);
  if (node === null || typeof node !== 'object') return node;
  const entries = Object.entries(node).map(([k, v]) => [k, allowTemplates(v)] as const);
  const obj = Object.fromEntries(entries) as Node;
  // YAML reads `1:` as a number key; a key's pattern still applies to what it says.
  if (obj.propertyNames && typeof obj.propertyNames === 'object') obj.propertyNames = withoutKeys(obj.propertyNames as Node, ['type']);
  if (obj.type === 'number' || obj.type === 'integer') return { anyOf: [obj, TEMPLATED_NUMBER] };
  return obj;
}

function withoutKeys(node: Node, keys: string[]): Node {
  return Object.fromEntries(Object.entries(node).filter(([k]) => !keys.includes(k)));
}
