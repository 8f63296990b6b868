import type { Compute } from '../schema/data.js';
import type { ProblemData } from '../schema/problem.js';
import { formatNumber } from '../grade/format.js';
import { grade } from '../grade/grade.js';
import { computeKey } from './compute-key.js';

type ChoicePart = Extract<ProblemData['parts'][number], { kind: 'choice' }>;
type Option = ChoicePart['options'][number];

/**
 * Fills a choice part whose options or key are computed: each computed
 * option becomes its number written out (as the grader shows keys), and a
 * computed key becomes the letter of the one option equal to it, judged as
 * a student typing that option would be. Changes the part in place (a
 * variant's data is its own); returns why it cannot, if it cannot.
 */
export function resolveChoice(problem: ProblemData, part: ChoicePart): string | undefined {
  const texts: string[] = [];
  for (const [i, option] of part.options.entries()) {
    if (typeof option === 'string') texts.push(option);
    else {
      const c = computeKey(problem, option.compute);
      if (!c.ok) return `option ${letter(i)}: ${c.error}`;
      if (typeof c.value !== 'number') return `option ${letter(i)}: ${c.what} is a vector; an option is one number`;
      texts.push(formatNumber(c.value));
    }
  }
  part.options = texts;
  if (!part.compute) return undefined;
  return keyOf(problem, part, texts, part.compute);
}

function keyOf(problem: ProblemData, part: ChoicePart, texts: string[], compute: Compute): string | undefined {
  const c = computeKey(problem, compute);
  if (!c.ok) return c.error;
  if (typeof c.value !== 'number') return `${c.what} is a vector; a choice's key is one number`;
  const value = c.value;
  const matches = texts.flatMap((t, i) => {
    const g = grade({ kind: 'number', answer: value }, stripMath(t));
    return g.status === 'graded' && g.correct ? [i] : [];
  });
  const shown = formatNumber(value);
  if (matches.length !== 1)
    return matches.length === 0
      ? `no option equals ${c.what} (${shown}); add it as an option, or compute the option: { compute: ... }`
      : `options ${matches.map(letter).join(' and ')} all equal ${c.what} (${shown}); exactly one option may`;
  const found = letter(matches[0]!);
  if (part.answer !== undefined && part.answer !== found) return `answer is '${part.answer}' but ${c.what} (${shown}) is option ${found}; fix the answer or the data`;
  part.answer = found;
  return undefined;
}

const letter = (i: number): string => String.fromCharCode(97 + i);

/** An option may be written as math, \(1/2\): the number inside is what is compared. */
function stripMath(text: string): string {
  return text.replace(/^\s*\\\(\s*|\s*\\\)\s*$/g, '');
}

export type { Option };
