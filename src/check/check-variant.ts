import type { Bank, BankProblem } from '../bank/load-bank.js';
import { answerKey } from '../bank/model.js';
import { checkAcceptedSlips } from './check-accepted.js';
import { checkClaim } from './check-claim.js';
import { explanationProblem } from './check-explanation.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatKey, selfTest } from '../grade/index.js';
import { exactBand, isHonestRounding, isWhole } from '../grade/compare.js';
import type { AnswerKey } from '../grade/key.js';
import { parseNumber } from '../grade/parse-number.js';
import type { Variant } from '../template/instantiate.js';
import { entries, type KeyValue } from '../compute/compute-key.js';

/**
 * Checks one concrete problem: where a part has `compute`, the computed
 * value is the key and a literal answer beside it is the author's claim,
 * which must be that key exactly or correctly rounded (judged by its digits
 * as typed, so `0.1820` has four); and every part must pass its self-test.
 */
/** `slips`: also type the catalogued slips as a student would (costly: a template's first variants only). */
export function checkVariant(bank: Bank, bp: BankProblem, variant: Variant, opts: { slips?: boolean } = {}): Diagnostic[] {
  const p = variant.data;
  const out: Diagnostic[] = [];
  p.parts.forEach((part, k) => {
    const path = ['problems', bp.index, 'parts', k];
    const at = (sub: (string | number)[], code: Diagnostic['code'], message: string) => out.push(diagnostic(bank.file, bank.locate([...path, ...sub]), code, message));
    const warn = (sub: (string | number)[], code: Diagnostic['code'], message: string) => out.push(diagnostic(bank.file, bank.locate([...path, ...sub]), code, message, 'warning'));
    const label = `${p.id} part ${k + 1}`;
    const computed = variant.keys[k];
    const key = answerKey(part, p.network, computed, p.symbols);
    if (computed?.literal !== undefined && (key.kind === 'number' || key.kind === 'vector' || key.kind === 'matrix')) {
      const { typed, texts } = literalText(bank, [...path, 'answer'], computed.literal);
      const verdict = literalVerdict(texts, key);
      if (verdict === 'wrong')
        at(['answer'], 'key-mismatch', `${label}: answer is ${typed} but the evaluator computes ${formatKey(key)} for ${computed.what}; a literal beside a compute must be that value or it correctly rounded; fix the answer or the data`);
      else if (verdict === 'rounded')
        warn(['answer'], 'rounded-literal', `${label}: answer ${typed} is the computed ${formatKey(key)} rounded; the drill grades against and shows the computed value`);
    }
    checkClaim(p, part, label, at);
    const told = explanationProblem(part.explanation, key);
    if (told) at(['explanation'], 'explanation-mismatch', `${label}: ${told}`);
    for (const problem of selfTest(key)) at([], 'self-test', `${label}: ${problem}`);
  });
  if (opts.slips ?? true) out.push(...checkAcceptedSlips(bank, bp.index, variant));
  return out;
}

/**
 * Is the literal, as typed, the computed key: `exact` within its exact
 * band, `rounded` when it is the key correctly rounded to the digits typed
 * (at least 3; a whole number must be given whole), else `wrong`.
 */
function literalVerdict(texts: readonly string[], key: Extract<AnswerKey, { kind: 'number' | 'vector' | 'matrix' }>): 'exact' | 'rounded' | 'wrong' {
  const keys = entries(key.answer);
  const noise = key.noise === undefined ? [] : entries(key.noise);
  if (texts.length !== keys.length) return 'wrong';
  let verdict: 'exact' | 'rounded' = 'exact';
  for (const [i, k] of keys.entries()) {
    const t = parseNumber(texts[i] ?? '');
    if (!t.ok) return 'wrong';
    if (Math.abs(t.value.value - k) <= exactBand(k, noise[i])) continue;
    if (isWhole(k) || !isHonestRounding(t.value, k)) return 'wrong';
    verdict = 'rounded';
  }
  return verdict;
}

/** The answer as the author typed it; for a template's `=expr`, the value it gave. */
function literalText(bank: Bank, path: (string | number)[], answer: KeyValue): { typed: string; texts: string[] } {
  const typed = (p: (string | number)[], v: number) => {
    const s = bank.source(p);
    return s === undefined || s.startsWith('=') || s.startsWith('"') || s.startsWith("'") ? String(v) : s;
  };
  if (typeof answer === 'number') {
    const t = typed(path, answer);
    return { typed: t, texts: [t] };
  }
  if (answer.every((v): v is number => typeof v === 'number')) {
    const texts = answer.map((v, i) => typed([...path, i], v));
    return { typed: `(${texts.join(', ')})`, texts };
  }
  const rows = (answer as number[][]).map((row, i) => row.map((v, j) => typed([...path, i, j], v)));
  return { typed: `[${rows.map((r) => `[${r.join(', ')}]`).join(', ')}]`, texts: rows.flat() };
}

/**
 * checkVariant over one template's variants, each distinct variant checked
 * once: a template with few parameters (a formula's indices) draws the same
 * variant for many seeds, and checking a formula is costly. What checkVariant
 * finds depends only on the variant's data and keys, and those only on the
 * template and the values of its parameters (the scope it was filled in
 * with), which is the memo's key.
 */
export class VariantMemo {
  private readonly found = new Map<string, Diagnostic[]>();

  constructor(
    private readonly bank: Bank,
    private readonly bp: BankProblem,
  ) {}

  check(variant: Variant, slips: boolean): Diagnostic[] {
    const id = JSON.stringify([slips, variant.scope], exactly);
    let found = this.found.get(id);
    if (!found) this.found.set(id, (found = checkVariant(this.bank, this.bp, variant, { slips })));
    return found;
  }
}

/** JSON that tells apart what plain JSON blurs: -0, NaN and infinities, and undefined. */
function exactly(_: string, v: unknown): unknown {
  if (v === undefined) return '\u0000undefined';
  if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))) return `\u0000${Object.is(v, -0) ? '-0' : String(v)}`;
  return v;
}
