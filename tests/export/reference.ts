import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { firstSeed, loadBank } from '../../src/bank/load-bank.js';
import type { PartData } from '../../src/bank/schema.js';
import { computeKey } from '../../src/compute/compute-key.js';
import { grade } from '../../src/grade/index.js';
import type { AnswerKey } from '../../src/grade/key.js';
import { instantiate } from '../../src/template/instantiate.js';
import { bundledBankFiles } from '../helpers/bank.js';

/** A part's key as the bank and the evaluator give it, found without the export code. */
export interface RefPart {
  kind: PartData['kind'];
  /** The key the drill grades with: the literal, or the computed value where there is none. */
  answer: unknown;
  /** What the evaluator computes, where the part says how. */
  computed?: number | number[];
  /** The author's tolerance, if any. */
  tolerance?: { abs?: number; rel?: number };
  options?: string[];
}

const raws = new Map<string, Record<string, unknown>>();
for (const file of bundledBankFiles()) {
  const loaded = loadBank(file, readFileSync(file, 'utf8'));
  if (!loaded.ok) throw new Error(`${file} does not load`);
  for (const bp of loaded.bank.problems) raws.set(bp.first.data.id, bp.raw as Record<string, unknown>);
}

/** The parts of a problem by its code (`id` or `id@seed`), instantiated afresh. */
export function referenceParts(code: string): RefPart[] {
  const [id, seed] = code.split('@');
  const raw = raws.get(id!);
  if (!raw) throw new Error(`no problem ${id}`);
  const made = instantiate(raw, seed === undefined ? firstSeed(raw as never) : Number(seed));
  if (!made.ok) throw new Error(`${code} does not instantiate`);
  const p = made.variant.data;
  return p.parts.map((part) => {
    const ref: RefPart = { kind: part.kind, answer: part.kind === 'choice' ? part.answer.charCodeAt(0) - 97 : part.answer };
    if ('compute' in part && part.compute) {
      const c = computeKey(p, part.compute);
      if (!c.ok) throw new Error(`${code}: ${c.error}`);
      ref.computed = c.value;
    }
    if ('tolerance' in part && part.tolerance) ref.tolerance = part.tolerance;
    if (part.kind === 'choice') ref.options = part.options;
    return ref;
  });
}

/** Every problem id of the bundled banks, in bank order. */
export function referenceIds(): string[] {
  return [...raws.keys()];
}

/**
 * An exported numeric key must be the drill's key, and where the evaluator
 * computes it, it must grade right against the computed value.
 */
export function expectNumericKey(ref: RefPart, exported: number | number[], where: string): void {
  expect(exported, where).toEqual(ref.answer);
  if (ref.computed === undefined) return;
  const key = (Array.isArray(ref.computed) ? { kind: 'vector', answer: ref.computed } : { kind: 'number', answer: ref.computed }) as AnswerKey;
  const typed = Array.isArray(exported) ? `(${exported.join(', ')})` : String(exported);
  const g = grade(key, typed);
  expect(g.status === 'graded' && g.correct, `${where}: ${typed} against computed ${JSON.stringify(ref.computed)}`).toBe(true);
}
