import * as z from 'zod/mini';
import { bankSchema, problemSchema } from '../schema/problem.js';

/** A number in a template may be written `=expr` (see docs/bank-format.md). */
const TEMPLATED_NUMBER = { type: 'string', pattern: '^=' };

/**
 * The bank format as JSON Schema (draft 7, input side), for the YAML
 * language server. Problems are validated one by one at load time (after a
 * template is filled in); here they get their full schema, with room for
 * templated numbers.
 */
export function bankJsonSchema(): Record<string, unknown> {
  const document = z.extend(bankSchema, { problems: z.array(problemSchema).check(z.minLength(1)) });
  const schema = z.toJSONSchema(document, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...(allowTemplates(schema) as Record<string, unknown>), title: 'quizdrill problem bank' };
}

function allowTemplates(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(allowTemplates);
  if (node === null || typeof node !== 'object') return node;
  const entries = Object.entries(node).map(([k, v]) => [k, allowTemplates(v)] as const);
  const obj = Object.fromEntries(entries) as Record<string, unknown>;
  if (obj.type === 'number' || obj.type === 'integer') return { anyOf: [obj, TEMPLATED_NUMBER] };
  return obj;
}
