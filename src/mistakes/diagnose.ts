/**
 * Naming the slip behind a wrong answer. An answer matches a mistake by the
 * grader's own rule with the mistake's answer in place of the key: within
 * the part's tolerance, or honestly rounded from it when typed as a decimal
 * (so `0.182` matches a slip giving 0.18243...). Pass the typed text to get
 * the rounding rule; a bare number is taken as exact, like typed arithmetic.
 *
 * A mistake is named only when its answer would be graded wrong against the
 * key; one that the key would accept cannot be told apart (see `coinciding`).
 */
import type { Compute } from '../schema/data.js';
import type { ProblemData } from '../schema/problem.js';
import { comparisonOf } from '../grade/comparison-of.js';
import { computeKeyShared, entries } from '../compute/compute-key.js';
import { PerPart } from '../compute/per-part.js';
import type { Comparison } from '../grade/key.js';
import { parseNumber, type NumberAnswer } from '../grade/parse-number.js';
import { parseVector } from '../grade/parse-vector.js';
import { accepts } from '../grade/compare.js';
import { MISTAKES } from './catalogue.js';
import type { Mistake } from './mistake.js';

/** The typed text of an answer (preferred), or its value. */
export type StudentAnswer = string | number | readonly number[];

export interface NumericPart {
  compute: Compute;
  key: number[];
  /** The floating-point error the key (and a slip's answer, computed alike) may carry, per component. */
  noise: number[];
  vector: boolean;
  compare?: Comparison;
}

/**
 * A number or vector part with a computation; undefined for any other part
 * (a matrix part too: no slip in the catalogue is of a whole matrix yet).
 * `partIndex` is 0-based.
 */
export function numericPart(problem: ProblemData, partIndex: number): NumericPart | undefined {
  const part = problem.parts[partIndex];
  if (!part || (part.kind !== 'number' && part.kind !== 'vector') || !part.compute) return undefined;
  // Instantiation fills every computed key; computing it here serves hand-made data too, and gives the noise.
  const computed = computeKeyShared(problem, part.compute);
  const answer = part.answer ?? (computed.ok ? computed.value : undefined);
  if (answer === undefined) return undefined;
  const key = entries(answer);
  const noise = computed.ok ? entries(computed.noise) : key.map(() => 0);
  return { compute: part.compute, key, noise, vector: part.kind === 'vector', ...comparisonOf(part) };
}

/** Does the typed answer grade right against `target`, each component by the grader's rule? */
function agrees(typed: readonly NumberAnswer[], target: readonly number[], part: NumericPart): boolean {
  return typed.length === target.length && typed.every((t, i) => accepts(t, target[i] ?? Number.NaN, part.compare, part.noise[i]));
}

function exact(values: readonly number[]): NumberAnswer[] {
  return values.map((value) => ({ value }));
}

function read(answer: StudentAnswer, part: NumericPart): NumberAnswer[] | undefined {
  if (typeof answer === 'number') return exact([answer]);
  if (typeof answer !== 'string') return exact(answer);
  if (part.vector) {
    const parsed = parseVector(answer, part.key.length);
    return parsed.ok ? parsed.value : undefined;
  }
  const parsed = parseNumber(answer);
  return parsed.ok ? [parsed.value] : undefined;
}

export interface Tried {
  mistake: Mistake;
  value: readonly number[];
  /** The slip's answer would be graded right: the part cannot tell it from the key. */
  coincides: boolean;
}

/** Every mistake that applies to the part, with its answer and whether the key would accept it. */
export function tryMistakes(problem: ProblemData, partIndex: number, mistakes: readonly Mistake[] = MISTAKES): Tried[] {
  const part = numericPart(problem, partIndex);
  return part ? tryMistakesOn(problem, part, mistakes) : [];
}

/** `tryMistakes` on a part already read (its key computed once, not again per caller). */
export function tryMistakesOn(problem: ProblemData, part: NumericPart, mistakes: readonly Mistake[] = MISTAKES): Tried[] {
  const answers = answersFor(problem, part.compute);
  return mistakes.flatMap((mistake) => {
    let value = answers.get(mistake);
    if (value === undefined) {
      value = answerOf(mistake, problem, part.compute);
      if (CATALOGUED.has(mistake)) answers.set(mistake, value);
    }
    if (value.length !== part.key.length || !value.every(Number.isFinite)) return [];
    return [{ mistake, value, coincides: agrees(exact(value), part.key, part) }];
  });
}

/** A slip's answer on a part, as numbers; none when it does not apply. */
function answerOf(mistake: Mistake, problem: ProblemData, compute: Compute): readonly number[] {
  if (!mistake.applies(problem, compute)) return [];
  const v = mistake.compute(problem, compute);
  return v === undefined ? [] : typeof v === 'number' ? [v] : v;
}

/**
 * Slips' answers by the part they are made on and the data they read
 * (per-part.ts): a template's draw tries every slip on a part for
 * distinct-mistakes, and `check` tries them again on the variant kept.
 */
const known = new PerPart<Map<Mistake, readonly number[]>>();
/** Only the catalogue's slips are known to read nothing but the problem's data (a test may make its own). */
const CATALOGUED: ReadonlySet<Mistake> = new Set(MISTAKES);

function answersFor(problem: ProblemData, compute: Compute): Map<Mistake, readonly number[]> {
  return known.get(compute, problem, () => new Map());
}

/** Every mistake a wrong answer matches, most specific first; [] for a right or unreadable answer. */
export function matchingMistakes(problem: ProblemData, partIndex: number, answer: StudentAnswer, mistakes: readonly Mistake[] = MISTAKES): Mistake[] {
  const part = numericPart(problem, partIndex);
  const typed = part && read(answer, part);
  if (!part || !typed || agrees(typed, part.key, part)) return [];
  return tryMistakes(problem, partIndex, mistakes)
    .filter((t) => !t.coincides && agrees(typed, t.value, part))
    .map((t) => t.mistake);
}

/**
 * The mistake a wrong answer came from, when exactly one (told apart from
 * the key) gives it. When several give it, none is more likely than the
 * others: `nameSlips` names them all.
 */
export function diagnose(problem: ProblemData, partIndex: number, answer: StudentAnswer, mistakes: readonly Mistake[] = MISTAKES): Mistake | undefined {
  const matched = matchingMistakes(problem, partIndex, answer, mistakes);
  return matched.length === 1 ? matched[0] : undefined;
}

export interface SlipNaming {
  /** The ids of every slip that gives the answer, in catalogue order. */
  ids: string[];
  /** One sentence for the student: the slip's own, or "either ..., or ..." naming them all. */
  sentence: string;
}

const LEAD = 'This is what you get ';

/**
 * Names the slips behind a wrong answer. When two catalogued slips give
 * the same wrong number, the student is told both; picking one (by
 * catalogue order, say) would name a slip they may not have made.
 */
export function nameSlips(problem: ProblemData, partIndex: number, answer: StudentAnswer, mistakes: readonly Mistake[] = MISTAKES): SlipNaming | undefined {
  const matched = matchingMistakes(problem, partIndex, answer, mistakes);
  if (matched.length === 0) return undefined;
  if (matched.length === 1) return { ids: [matched[0]!.id], sentence: matched[0]!.sentence };
  // Each slip's own clause, without the lead or the clarification after ';' or ':'.
  const clauses = matched.map((m) => (m.sentence.startsWith(LEAD) ? m.sentence.slice(LEAD.length) : m.sentence).split(/;|: /)[0]!.replace(/\.$/, ''));
  return { ids: matched.map((m) => m.id), sentence: `${LEAD}either ${clauses.join(', or ')}.` };
}

/** Mistakes whose answer the key would accept: the part cannot tell them apart. */
export function coinciding(problem: ProblemData, partIndex: number, mistakes: readonly Mistake[] = MISTAKES): Mistake[] {
  return tryMistakes(problem, partIndex, mistakes)
    .filter((t) => t.coincides)
    .map((t) => t.mistake);
}
