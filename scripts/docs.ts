// Regenerates what is written from src/schema/key-docs.ts: the JSON Schema
// (schema/bank.schema.json), the key tables of docs/bank-format.md, and the
// JSON export's schema (docs/export.schema.json), which embeds the network's.
// Run with `npm run docs`; tests fail while either is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { bankJsonSchema } from '../src/bank/json-schema.js';
import { withKeyTables } from '../src/schema/key-table.js';
import { exportJsonSchemaDocument } from '../src/export/json-schema.js';

const root = new URL('../', import.meta.url);
writeFileSync(new URL('schema/bank.schema.json', root), JSON.stringify(bankJsonSchema(), null, 2) + '\n');
const doc = new URL('docs/bank-format.md', root);
writeFileSync(doc, withKeyTables(readFileSync(doc, 'utf8')));
writeFileSync(new URL('docs/export.schema.json', root), JSON.stringify(exportJsonSchemaDocument(), null, 2) + '\n');
