import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bankJsonSchema } from '../../src/bank/json-schema.js';

describe('the published JSON Schema', () => {
  const schema = bankJsonSchema();

  it('is draft 7 and strict about unknown keys', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.additionalProperties).toBe(false);
  });

  it('matches the committed schema/bank.schema.json (regenerate with `quizdrill schema`)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schema/bank.schema.json', import.meta.url), 'utf8')) as unknown;
    expect(committed).toEqual(schema);
  });
});
