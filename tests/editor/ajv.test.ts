import { basename } from 'node:path';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check/check-banks.js';
import { bundledBankFiles } from '../helpers/bank.js';
import { BROKEN } from './broken-banks.js';

/** An independent validator: the schema must be valid JSON Schema, and agree with check on what is a bank. */
const schema = JSON.parse(readFileSync(new URL('../../schema/bank.schema.json', import.meta.url), 'utf8')) as object;
// strictRequired would refuse the standard 'one of these keys' idiom (anyOf of required lists).
const ajv = new Ajv({ strict: true, strictRequired: false, allErrors: true });
const validate = ajv.compile(schema);

describe('the schema, with ajv', () => {
  it.each(bundledBankFiles().map((f) => [basename(f), f]))('accepts %s', (_, file) => {
    const ok = validate(parse(readFileSync(file, 'utf8')));
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(BROKEN.map((b) => [b.name, b]))('rejects %s, which check rejects too', (name, b) => {
    expect(validate(parse(b.text))).toBe(false);
    expect(checkSources([{ file: `${name}.yaml`, text: b.text }], [], { variants: 0 }).ok).toBe(false);
  });
});
