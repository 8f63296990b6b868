import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { firstSeed, loadBank } from '../../src/bank/load-bank.js';
import type { PartData } from '../../src/schema/problem.js';
import { computeKey, type KeyValue } from '../../src/compute/compute-key.js';
import { grade } from '../../src/grade/index.js';
import type { AnswerKey } from '../../src/grade/key.js';
import { instantiate } from '../../src/template/instantiate.js';
import { bundledBankFiles } from '../helpers/bank.js';

/** A part's key as the bank and the evaluator give it, found without the export code. */
export interface RefPart {
  kind: PartData['kind'];
  /** The key the drill grades with: the computed value where the part says how, else the literal. */
  answer: unknown;
  /** What the evaluator computes, where the part says how, and the noise it allows. */
  computed?: KeyValue;
  noise?: KeyValue;
  /** The comparison, read here from the bank's own fields (docs/grading.md). */
  compare?: Record<string, unknown>;
  options?: string[];
  /** A formula in the problem's declared symbols, typed as written. */
  symbols?: boolean;
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
    // A computed choice's options and key are filled in when the variant is drawn.
    if (part.kind === 'choice' && (part.answer === undefined || part.options.some((o) => typeof o !== 'string')))
      throw new Error(`${code}: a choice left unresolved by instantiate`);
    const ref: RefPart = { kind: part.kind, answer: part.kind === 'choice' ? part.answer!.charCodeAt(0) - 97 : part.answer };
    if ('compute' in part && part.compute) {
      const c = computeKey(p, part.compute);
      if (!c.ok) throw new Error(`${code}: ${c.error}`);
      ref.computed = c.value;
      ref.noise = c.noise;
    }
    if (part.kind === 'number' || part.kind === 'vector' || part.kind === 'matrix') ref.compare = compareOf(part);
    if (part.kind === 'choice') ref.options = part.options as string[];
    if (part.kind === 'expression' && p.symbols) ref.symbols = true;
    return ref;
  });
}

/** The bank's `tolerance` / `compare` as the grader's comparison; `rounding` when neither is given. */
function compareOf(part: { tolerance?: { abs?: number; rel?: number } | undefined; compare?: unknown }): Record<string, unknown> {
  if (part.tolerance) return { mode: 'tolerance', ...part.tolerance };
  const c = part.compare;
  if (c === undefined || c === 'rounding') return { mode: 'rounding' };
  if (c === 'exact') return { mode: 'exact' };
  const o = c as { sigfigs?: number; decimals?: number };
  return o.sigfigs !== undefined ? { mode: 'sigfigs', digits: o.sigfigs } : { mode: 'decimals', digits: o.decimals };
}

/** Every problem id of the bundled banks, in bank order. */
export function referenceIds(): string[] {
  return [...raws.keys()];
}

/**
 * An exported numeric key must be what the evaluator computes, where the
 * part says how (else the literal), and grade right against it as typed.
 */
export function expectNumericKey(ref: RefPart, exported: number | number[], where: string): void {
  expect(exported, where).toEqual(ref.computed ?? ref.answer);
  const key = (Array.isArray(exported) ? { kind: 'vector', answer: ref.computed ?? ref.answer } : { kind: 'number', answer: ref.computed ?? ref.answer }) as AnswerKey;
  const typed = Array.isArray(exported) ? `(${exported.map((v) => v.toPrecision(17)).join(', ')})` : exported.toPrecision(17);
  const g = grade(key, typed);
  expect(g.status === 'graded' && g.correct, `${where}: ${typed} against ${JSON.stringify(key.answer)}`).toBe(true);
}
