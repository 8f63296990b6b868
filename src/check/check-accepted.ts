import type { Bank } from '../bank/load-bank.js';
import { answerKey } from '../bank/model.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatNumber, formatVector } from '../grade/format.js';
import { gradeVerdict } from '../grade/grade.js';
import type { AnswerKey } from '../grade/key.js';
import { tryMistakes } from '../mistakes/index.js';
import type { Variant } from '../template/instantiate.js';

/** A student types a slip's answer with this many significant digits, or as many as a key is shown with. */
const TYPED_DIGITS = [3, 4, 5, 6];

type NumericKey = Extract<AnswerKey, { kind: 'number' | 'vector' }>;

/**
 * Fails a part whose comparison marks a wrong answer right: a catalogued
 * slip (one that differs from the key, or `indistinct-mistake` warns), or
 * the weights before a descent step, typed as a student would (3 to 6
 * significant digits). Such a part rewards the mistake it is there to catch.
 */
export function checkAcceptedSlips(bank: Bank, index: number, variant: Variant): Diagnostic[] {
  const p = variant.data;
  return p.parts.flatMap((part, k) => {
    if ((part.kind !== 'number' && part.kind !== 'vector') || !part.compute) return [];
    const key = answerKey(part, p.network, variant.keys[k]) as NumericKey;
    const wrong = tryMistakes(p, k)
      .filter((t) => !t.coincides)
      .map((t) => ({ what: () => `the slip '${t.mistake.id}' gives ${shown(t.value)}`, value: t.value }));
    if (part.compute.of === 'descent-step' && part.compute.component === undefined && p.descent?.weights) {
      const before = [...p.descent.weights];
      wrong.push({ what: () => `the weights before the step are ${shown(before)}`, value: before });
    }
    return wrong.flatMap(({ what, value }) => {
      const typed = acceptedTyping(key, value);
      if (typed === undefined) return [];
      const where = bank.locate(['problems', index, 'parts', k]);
      return [diagnostic(bank.file, where, 'mistake-accepted', `${p.id} part ${k + 1}: ${what()}, and typed as ${typed} it is graded right; ${advice(key, value)}`)];
    });
  });
}

/** How a student could type `value` and be marked right; undefined if no way. */
function acceptedTyping(key: NumericKey, value: readonly number[]): string | undefined {
  if (key.kind === 'number' && value.length !== 1) return undefined;
  for (const digits of TYPED_DIGITS) {
    const parts = value.map((v) => v.toPrecision(digits));
    const text = key.kind === 'number' ? parts[0]! : `(${parts.join(', ')})`;
    if (gradeVerdict(key, text) === 'right') return text;
  }
  return undefined;
}

function advice(key: NumericKey, value: readonly number[]): string {
  const keys = key.kind === 'number' ? [key.answer] : key.answer;
  // Digits enough to tell the slip from the key in one component (those equal to the key cannot).
  const apart = Math.min(...keys.map((k, i) => digitsApart(k, value[i] ?? k)));
  const tighter = apart <= 15 ? `compare: { sigfigs: ${Math.max(apart, 4)} }` : 'compare: exact';
  return `change the numbers so the two differ within the first 3 significant digits, or compare more tightly (${tighter})`;
}

/** How many significant digits of `key` it takes to tell `other` from it. */
function digitsApart(key: number, other: number): number {
  if (key === other) return 16;
  for (let n = 1; n <= 15; n++) if (Number(other.toPrecision(n)) !== Number(key.toPrecision(n))) return n;
  return 16;
}

function shown(v: readonly number[]): string {
  return v.length === 1 ? formatNumber(v[0]!) : formatVector(v);
}
