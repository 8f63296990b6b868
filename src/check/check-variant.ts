import type { Bank, BankProblem } from '../bank/load-bank.js';
import { answerKey } from '../bank/model.js';
import type { ProblemData } from '../bank/schema.js';
import { computeKey } from '../compute/compute-key.js';
import { checkClaim } from './check-claim.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatKey, grade, selfTest } from '../grade/index.js';
import type { AnswerKey } from '../grade/key.js';

/**
 * Checks one concrete problem: a literal answer must agree with its
 * computation (graded as if a student typed it, so `0.1820` is judged by
 * its digits), and every part must pass its self-test.
 */
export function checkVariant(bank: Bank, bp: BankProblem, p: ProblemData): Diagnostic[] {
  const { index, raw } = bp;
  const out: Diagnostic[] = [];
  p.parts.forEach((part, k) => {
    const path = ['problems', index, 'parts', k];
    const at = (sub: (string | number)[], code: Diagnostic['code'], message: string) => out.push(diagnostic(bank.file, bank.locate([...path, ...sub]), code, message));
    const label = `${p.id} part ${k + 1}`;
    const literal = (raw.parts as { answer?: unknown }[] | undefined)?.[k]?.answer;
    if ((part.kind === 'number' || part.kind === 'vector') && part.compute && literal !== undefined) {
      const computed = computeKey(p, part.compute);
      if (!computed.ok) at(['compute'], 'cannot-compute', `${label}: ${computed.error}`);
      else {
        // The schema guarantees a vector compute sits on a vector part.
        const expected = { ...answerKey(part, p.network), answer: computed.value } as AnswerKey;
        const typed = literalText(bank, [...path, 'answer'], part.answer!);
        const outcome = grade(expected, typed);
        if (outcome.status !== 'graded' || !outcome.correct)
          at(['answer'], 'key-mismatch', `${label}: answer is ${typed} but the evaluator computes ${formatKey(expected)} for ${computed.what}; fix the answer or the data`);
      }
    }
    checkClaim(p, part, label, at);
    for (const problem of selfTest(answerKey(part, p.network))) at([], 'self-test', `${label}: ${problem}`);
  });
  return out;
}

/** The answer as the author typed it; for a template's `=expr`, the value it gave. */
function literalText(bank: Bank, path: (string | number)[], answer: number | number[]): string {
  const typed = (p: (string | number)[], v: number) => {
    const s = bank.source(p);
    return s === undefined || s.startsWith('=') || s.startsWith('"') || s.startsWith("'") ? String(v) : s;
  };
  if (typeof answer === 'number') return typed(path, answer);
  return `(${answer.map((v, i) => typed([...path, i], v)).join(', ')})`;
}
