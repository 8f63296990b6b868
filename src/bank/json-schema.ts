import { z } from 'zod';
import { bankSchema } from './schema.js';

/** The bank format as JSON Schema (draft 7, input side), for the YAML language server. */
export function bankJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(bankSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }),
    title: 'quizdrill problem bank',
  };
}
