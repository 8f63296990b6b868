/**
 * Grading one typed answer against one key. Parsing comes first: text that
 * cannot be read is a format error (re-prompt), never a wrong mark.
 */
import { formatKey } from './format.js';
import type { AnswerKey, Comparison } from './key.js';
import { BOOLEAN_HINT, parseBoolean } from './parse-boolean.js';
import { CHOICE_MATCHING_DOC, choiceHint, parseChoice } from './parse-choice.js';
import { matrixHint, numberHint, vectorHint } from './hints.js';
import { parseMatrix } from './parse-matrix.js';
import { parseNumber } from './parse-number.js';
import { parseVector } from './parse-vector.js';
import type { Parsed } from '../answer/parsed.js';
import { FORMULA_HELP, formulasAgree, parseFormula } from '../formula/index.js';
import type { DeclaredSymbol } from '../nn/types.js';
import { describeSymbols, freeFormulasAgree, freeHelp, parseFree } from './free-formula.js';
import { accepts, DEFAULT_COMPARISON, isWhole, MIN_ROUNDING_SIG_FIGS } from './compare.js';

export type GradeOutcome =
  | { status: 'format-error'; error: string; hint: string }
  | { status: 'graded'; correct: boolean; /** the key, formatted for display */ expected: string };


export function grade(key: AnswerKey, text: string): GradeOutcome {
  const j = judged(key, text);
  return j.ok ? { status: 'graded', correct: j.correct, expected: formatKey(key) } : { status: 'format-error', error: j.error, hint: hintFor(key, j.hint) };
}

/**
 * What `grade` decides, without what it shows the student (the key written
 * out, the hint): for `check`, which grades thousands of typed answers and
 * reads only the verdict.
 */
export function gradeVerdict(key: AnswerKey, text: string): 'right' | 'wrong' | 'format-error' {
  const j = judged(key, text);
  return !j.ok ? 'format-error' : j.correct ? 'right' : 'wrong';
}

/** Parsed and compared: right or wrong, or why the text cannot be read (with the parser's own hint). */
type Judged = { ok: true; correct: boolean } | { ok: false; error: string; hint: string };

function judged(key: AnswerKey, text: string): Judged {
  const judge = <T>(parsed: Parsed<T>, isRight: (value: T) => boolean): Judged =>
    parsed.ok ? { ok: true, correct: isRight(parsed.value) } : { ok: false, error: parsed.error, hint: parsed.hint };
  switch (key.kind) {
    case 'number':
      return judge(parseNumber(text), (v) => accepts(v, key.answer, key.compare, key.noise));
    case 'vector':
      return judge(parseVector(text, key.answer.length), (vs) =>
        vs.every((v, i) => accepts(v, key.answer[i] ?? Number.NaN, key.compare, key.noise?.[i])),
      );
    case 'matrix':
      return judge(parseMatrix(text, key.answer.length, key.answer[0]?.length ?? 0), (rows) =>
        rows.every((row, i) => row.every((v, j) => accepts(v, key.answer[i]?.[j] ?? Number.NaN, key.compare, key.noise?.[i]?.[j]))),
      );
    case 'true-false':
      return judge(parseBoolean(text), (v) => v === key.answer);
    case 'choice':
      return judge(parseChoice(text, key.options, key.shown), (v) => v === key.answer);
    case 'expression': {
      if (key.symbols) {
        const expected = parseFree(key.answer, key.symbols);
        if (!expected.ok) return { ok: false, error: `the key itself cannot be read: ${expected.error}`, hint: expected.hint };
        return judge(parseFree(text, key.symbols), (f) => freeFormulasAgree(expected.value, f, key.symbols!));
      }
      const expected = parseFormula(key.answer, key.arch);
      // A key that does not parse is a bank error; check's self-test reports it.
      if (!expected.ok) return { ok: false, error: `the key itself cannot be read: ${expected.error}`, hint: expected.hint };
      return judge(parseFormula(text, key.arch), (f) => formulasAgree(f, expected.value, key.arch));
    }
    default: {
      const unreachable: never = key;
      return unreachable;
    }
  }
}

/** The parser's hint, with examples that are not this part's key. */
function hintFor(key: AnswerKey, hint: string): string {
  if (key.kind === 'number') return numberHint([key.answer]);
  if (key.kind === 'vector') return vectorHint(key.answer.length, key.answer);
  if (key.kind === 'matrix') return matrixHint(key.answer.length, key.answer[0]?.length ?? 0, key.answer.flat());
  return hint;
}

/** The help shown when a student types `?`. */
export function acceptedFormats(key: AnswerKey): string {
  switch (key.kind) {
    case 'number':
      return `Type ${numberHint([key.answer])}. ${comparisonHint(key.compare, key.answer)}`;
    case 'vector':
      return `Type ${vectorHint(key.answer.length, key.answer)}. Each component is a number as for a single answer. ${comparisonHint(key.compare, undefined)}`;
    case 'matrix':
      return `Type ${matrixHint(key.answer.length, key.answer[0]?.length ?? 0, key.answer.flat())}. Each entry is a number as for a single answer. ${comparisonHint(key.compare, undefined)}`;
    case 'true-false':
      return `Type ${BOOLEAN_HINT}.`;
    case 'choice':
      return `Type ${choiceHint(key.options)}.\n${CHOICE_MATCHING_DOC}`;
    case 'expression':
      if (key.symbols) return freeHelp(key.symbols);
      return key.arch.symbols?.length ? `${FORMULA_HELP}\n\n${declaredHelp(key.arch.symbols)}` : FORMULA_HELP;
    default: {
      const unreachable: never = key;
      return unreachable;
    }
  }
}

/** The `?` help's last lines on a network whose problem declares symbols of its own. */
function declaredHelp(symbols: readonly DeclaredSymbol[]): string {
  const name = symbols[0]?.name ?? 'eta';
  return [
    `This problem's own symbols, besides the network's: ${describeSymbols(symbols)}.`,
    `They mix with the network's symbols, as in (1 - ${name}) * H + ${name} * x_1,`,
    'and take a new value at each point the formulas are compared at.',
    'A Greek one may be typed as a letter (η), LaTeX (\\eta) or its name (eta).',
  ].join('\n');
}

/** What counts as right beyond the exact value, in one sentence for the `?` help. */
function comparisonHint(compare: Comparison | undefined, key: number | undefined): string {
  const mode = compare ?? DEFAULT_COMPARISON;
  switch (mode.mode) {
    case 'rounding':
      return key !== undefined && isWhole(key)
        ? 'The answer is a whole number: type it exactly.'
        : `A decimal with at least ${MIN_ROUNDING_SIG_FIGS} significant digits also counts when it is the answer correctly rounded (a whole number is typed exactly).`;
    case 'tolerance': {
      const parts = [mode.abs !== undefined && `within ${mode.abs}`, mode.rel !== undefined && `within ${Number((mode.rel * 100).toPrecision(12))}% of the answer`].filter(Boolean);
      return `Right when ${parts.join(' or ') || 'exact'}.`;
    }
    case 'sigfigs':
      return `Right when it agrees with the answer to ${mode.digits} significant digits.`;
    case 'decimals':
      return `Right when it agrees with the answer to ${mode.digits} decimal places.`;
    case 'exact':
      return 'Type the exact value, as arithmetic (1/3) or in all its digits.';
    default: {
      const unreachable: never = mode;
      return unreachable;
    }
  }
}
