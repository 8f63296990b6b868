import * as z from 'zod/mini';
import { descentSchema, figureSchema, networkSchema } from '../schema/data.js';

/*
 * The JSON export's format, as a schema: the tests validate every export
 * against it, and the committed docs/export.schema.json must equal what
 * exportJsonSchemaDocument() gives (tests/export/json.test.ts).
 */

const text = z.strictObject({ latex: z.string(), text: z.string() });

const compare = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('rounding') }),
  z.strictObject({ mode: z.literal('tolerance'), abs: z.optional(z.number()), rel: z.optional(z.number()) }),
  z.strictObject({ mode: z.literal('sigfigs'), digits: z.int() }),
  z.strictObject({ mode: z.literal('decimals'), digits: z.int() }),
  z.strictObject({ mode: z.literal('exact') }),
]);

const key = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('number'), answer: z.number(), compare, noise: z.number() }),
  z.strictObject({ kind: z.literal('vector'), answer: z.array(z.number()), compare, noise: z.array(z.number()) }),
  z.strictObject({ kind: z.literal('matrix'), answer: z.array(z.array(z.number())), compare, noise: z.array(z.array(z.number())) }),
  z.strictObject({ kind: z.literal('true-false'), answer: z.boolean() }),
  z.strictObject({ kind: z.literal('choice'), options: z.array(z.string()), answer: z.int() }),
  z.strictObject({ kind: z.literal('expression'), answer: z.string(), spellings: z.array(z.string()) }),
]);

const part = z.strictObject({
  index: z.int(),
  id: z.string(),
  prompt: text,
  explanation: text,
  key,
  answerText: z.string(),
});

const problem = z.strictObject({
  id: z.string(),
  code: z.string(),
  seed: z.optional(z.int()),
  file: z.string(),
  title: z.optional(z.string()),
  tags: z.array(z.string()),
  prompt: text,
  network: z.optional(networkSchema),
  figure: z.optional(figureSchema),
  descent: z.optional(descentSchema),
  parts: z.array(part),
});

export const exportJsonSchema = z.strictObject({
  format: z.literal('quizdrill-export'),
  version: z.literal(1),
  files: z.array(z.string()),
  problems: z.array(problem),
});

/** As JSON Schema (draft 7), for tools that read the export. */
export function exportJsonSchemaDocument(): Record<string, unknown> {
  const schema = z.toJSONSchema(exportJsonSchema, { target: 'draft-7', io: 'output' }) as Record<string, unknown>;
  return { ...schema, title: 'quizdrill export (JSON)' };
}
