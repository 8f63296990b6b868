import { loadBank, type LoadedBank } from '../bank/load.js';
import { answerKey } from '../bank/model.js';
import type { Source } from '../bank/read-files.js';
import { byLocation, classOf, diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatKey, grade, selfTest } from '../grade/index.js';
import type { AnswerKey } from '../grade/key.js';
import { computeKey } from './compute-key.js';

export interface CheckReport {
  ok: boolean;
  files: number;
  problems: number;
  parts: number;
  diagnostics: Diagnostic[];
}

/**
 * Validates every bank, recomputes every computable key and compares it with
 * the literal answer, and self-tests every part. Reports everything found.
 */
export function checkSources(sources: Source[], readDiagnostics: Diagnostic[] = []): CheckReport {
  const diagnostics = [...readDiagnostics];
  const seen = new Map<string, string>();
  let problems = 0;
  let parts = 0;
  for (const source of sources) {
    const loaded = loadBank(source.file, source.text);
    if (!loaded.ok) {
      diagnostics.push(...loaded.diagnostics);
      continue;
    }
    diagnostics.push(...loaded.warnings);
    const { bank } = loaded;
    bank.data.problems.forEach((p, pi) => {
      problems++;
      parts += p.parts.length;
      const where = `${bank.file}:${bank.locate(['problems', pi, 'id']).line}`;
      const first = seen.get(p.id);
      if (first) diagnostics.push(at(bank, ['problems', pi, 'id'], 'duplicate-id', `problem id '${p.id}' is already used at ${first}; ids must be unique across the banks loaded together`));
      else seen.set(p.id, where);
      diagnostics.push(...checkProblem(bank, pi));
    });
  }
  diagnostics.sort(byLocation);
  const ok = !diagnostics.some((d) => d.severity === 'error');
  return { ok, files: sources.length + readDiagnostics.filter((d) => d.code !== 'no-banks').length, problems, parts, diagnostics };
}

function checkProblem(bank: LoadedBank, pi: number): Diagnostic[] {
  const p = bank.data.problems[pi]!;
  const out: Diagnostic[] = [];
  p.parts.forEach((part, k) => {
    const path = ['problems', pi, 'parts', k];
    const key = answerKey(part);
    const label = `${p.id} part ${k + 1}`;
    if ((part.kind === 'number' || part.kind === 'vector') && part.compute) {
      const computed = computeKey(p, part.compute);
      if (!computed.ok) out.push(at(bank, [...path, 'compute'], 'cannot-compute', `${label}: ${computed.error}`));
      else {
        // The schema guarantees a vector compute sits on a vector part.
        const expected = { ...key, answer: computed.value } as AnswerKey;
        const typed = literalText(bank, [...path, 'answer'], part.answer);
        const outcome = grade(expected, typed);
        if (outcome.status !== 'graded' || !outcome.correct)
          out.push(at(bank, [...path, 'answer'], 'key-mismatch', `${label}: answer is ${typed} but the evaluator computes ${formatKey(expected)} for ${computed.what}; fix the answer or the data`));
      }
    }
    for (const problem of selfTest(key)) out.push(at(bank, path, 'self-test', `${label}: ${problem}`));
  });
  return out;
}

/** The answer as the author typed it, so `0.1820` is judged by its digits. */
function literalText(bank: LoadedBank, path: (string | number)[], answer: number | number[]): string {
  if (typeof answer === 'number') return bank.source(path) ?? String(answer);
  return `(${answer.map((v, i) => bank.source([...path, i]) ?? String(v)).join(', ')})`;
}

function at(bank: LoadedBank, path: (string | number)[], code: Diagnostic['code'], message: string): Diagnostic {
  return diagnostic(bank.file, bank.locate(path), code, message);
}

/** Exit status for a report: 2 if a file is unusable, 1 if a key is wrong, else 0. */
export function exitClass(report: CheckReport): 0 | 1 | 2 {
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  if (errors.some((d) => classOf(d) === 'invalid')) return 2;
  return errors.length ? 1 : 0;
}
