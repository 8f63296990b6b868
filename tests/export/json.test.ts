import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { exportJsonSchema, exportJsonSchemaDocument } from '../../src/export/json-schema.js';
import { runInMemory } from '../helpers/memory-io.js';
import { bundledBankFiles } from '../helpers/bank.js';
import { expectNumericKey, referenceIds, referenceParts } from './reference.js';

type Doc = z.infer<typeof exportJsonSchema>;

describe('export json', () => {
  it('holds every problem of the bundled banks, templates as their variants, each key as check computes it', async () => {
    const r = await runInMemory(['export', 'json', '--variants', '3', '--seed', '5']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc: Doc = exportJsonSchema.parse(JSON.parse(r.stdout));
    expect(doc.files).toEqual(bundledBankFiles().map((f) => f.split('/').at(-1)));
    const ids = referenceIds();
    // Every problem is there, in bank order; a template as three variants with their codes.
    expect([...new Set(doc.problems.map((p) => p.id))]).toEqual(ids);
    const templates = doc.problems.filter((p) => p.seed !== undefined);
    expect(templates.length).toBeGreaterThan(0);
    for (const p of templates) {
      expect(p.code).toBe(`${p.id}@${p.seed}`);
      expect(doc.problems.filter((q) => q.id === p.id)).toHaveLength(3);
    }
    let numeric = 0;
    for (const p of doc.problems) {
      const ref = referenceParts(p.code);
      expect(p.parts).toHaveLength(ref.length);
      p.parts.forEach((part, k) => {
        const where = `${p.code} part ${k + 1}`;
        const want = ref[k]!;
        expect(part.key.kind, where).toBe(want.kind);
        const key = part.key;
        if (key.kind === 'number' || key.kind === 'vector') {
          numeric++;
          expectNumericKey(want, key.answer, where);
          expect(key.compare, where).toEqual(want.compare);
          expect(key.noise, where).toEqual(want.noise ?? (Array.isArray(key.answer) ? key.answer.map(() => 0) : 0));
        } else if (key.kind === 'choice') {
          expect([key.options, key.answer], where).toEqual([want.options, want.answer]);
        } else {
          expect(key.answer, where).toEqual(want.answer);
        }
        // A network formula in LaTeX has a typed spelling too; one in declared symbols is written as typed.
        if (key.kind === 'expression' && want.symbols) expect(key.spellings, where).toEqual([want.answer]);
        else if (key.kind === 'expression') expect(key.spellings.length, where).toBeGreaterThanOrEqual(2);
      });
    }
    expect(numeric).toBeGreaterThan(40);
  });

  it('gives prompts as LaTeX and as text with no LaTeX left in the text', async () => {
    const doc: Doc = JSON.parse((await runInMemory(['export', 'json', '--id', 'backprop-partial-facts-a'])).stdout);
    const p = doc.problems[0]!;
    expect(p.prompt.latex).toContain('\\begin{pmatrix}');
    expect(p.parts[0]!.prompt.text).toBe('What is ∂H/∂a₁⁽¹⁾, as a number?');
    for (const part of p.parts) expect(part.explanation.text).not.toMatch(/\\[a-z]+|\\\(/);
  });

  it('matches the committed docs/export.schema.json', () => {
    const committed = JSON.parse(readFileSync(new URL('../../docs/export.schema.json', import.meta.url), 'utf8')) as unknown;
    expect(committed).toEqual(exportJsonSchemaDocument());
  });
});
