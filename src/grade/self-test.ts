/**
 * Each key tests itself (PrairieLearn style): the key as a student would
 * type it grades right, the key nudged just outside its tolerance grades
 * wrong, and a malformed answer is a format error, not a wrong mark.
 */
import { formatBoolean, formatKey } from './format.js';
import { gradeVerdict } from './grade.js';
import { formatFormula, parseFormula, undefinedPoints } from '../formula/index.js';
import { comparisonBand, type Comparison } from './compare.js';
import type { AnswerKey } from './key.js';
import { FREE_MIN_DEFINED, FREE_POINTS, freeDefinedPoints, parseFree } from './free-formula.js';
import { normalizeOption, optionLetter } from './parse-choice.js';

/** A nudge never smaller than this fraction of |key|, whatever the tolerance says. */
const MIN_NUDGE_REL = 1e-12;
const MIN_NUDGE_ABS = 1e-12;

/** Problems found with the key; empty when it is fine. */
export function selfTest(key: AnswerKey): string[] {
  // `check` self-tests hundreds of template variants, whose keys repeat.
  if (key.kind !== 'number' && key.kind !== 'vector' && key.kind !== 'matrix') return runSelfTest(key);
  const id = `${key.kind} ${JSON.stringify(key.answer)} ${JSON.stringify(key.compare)} ${JSON.stringify(key.noise)}`;
  let found = numericResults.get(id);
  if (!found) {
    if (numericResults.size >= MAX_REMEMBERED) numericResults.clear();
    numericResults.set(id, (found = runSelfTest(key)));
  }
  return [...found];
}

/** Self-tests of number and vector keys, by key: grading is a pure function of the key. */
const numericResults = new Map<string, string[]>();
const MAX_REMEMBERED = 5000;

function runSelfTest(key: AnswerKey): string[] {
  const invalid = checkKey(key);
  if (invalid.length > 0) return invalid;
  const problems: string[] = [];
  const expect = (text: string, want: 'right' | 'wrong' | 'format-error', why: string): void => {
    const got = gradeVerdict(key, text);
    if (got !== want) problems.push(`${why} ${JSON.stringify(text)} grades ${got}, expected ${want}`);
  };
  if (key.kind === 'choice') {
    expect(optionLetter(key.answer), 'right', 'the letter of the key');
    expect(key.options[key.answer] ?? '', 'right', 'the text of the key');
    const other = (key.answer + 1) % key.options.length;
    if (other !== key.answer) expect(optionLetter(other), 'wrong', 'another option');
  } else {
    expect(formatKey(key), 'right', 'the key');
  }
  if (key.kind === 'true-false') expect(formatBoolean(!key.answer), 'wrong', 'the negation');
  if (key.kind === 'number') expect(nudged(key.answer, key.compare, key.noise), 'wrong', 'the key nudged outside its tolerance,');
  if (key.kind === 'vector') {
    key.answer.forEach((x, i) => {
      const typed = key.answer.map((y, j) => (i === j ? nudged(x, key.compare, key.noise?.[i]) : String(y)));
      expect(`(${typed.join(', ')})`, 'wrong', `the key with component ${i + 1} nudged outside its tolerance,`);
    });
  }
  if (key.kind === 'matrix') {
    const cols = key.answer[0]?.length ?? 0;
    for (const k of sampled(key.answer.length * cols)) {
      const [i, j] = [Math.floor(k / cols), k % cols];
      const typed = key.answer.map((row, r) => `[${row.map((y, c) => (r === i && c === j ? nudged(y, key.compare, key.noise?.[r]?.[c]) : String(y))).join(', ')}]`);
      expect(`[${typed.join(', ')}]`, 'wrong', `the key with row ${i + 1}, entry ${j + 1} nudged outside its tolerance,`);
    }
    // The key with its last row dropped: the wrong shape is a format error, never a wrong mark.
    if (key.answer.length > 1) expect(formatKey({ ...key, answer: key.answer.slice(0, -1), noise: key.noise?.slice(0, -1) }), 'format-error', 'the key without its last row');
  }
  if (key.kind === 'expression') {
    // A different formula: the key plus one, which no formula equals everywhere.
    if (key.symbols) expect(`(${key.answer}) + 1`, 'wrong', 'the key plus 1');
    else {
      const parsed = parseFormula(key.answer, key.arch);
      if (parsed.ok) expect(`(${formatFormula(parsed.value)}) + 1`, 'wrong', 'the key plus 1');
    }
  }
  expect('#?', 'format-error', 'the malformed answer');
  expect('  ', 'format-error', 'the empty answer');
  return problems;
}

/** The key moved to twice its comparison's band away, typed with enough digits to round-trip. */
export function nudged(x: number, compare?: Comparison, noise?: number): string {
  const step = Math.max(2 * comparisonBand(x, compare, noise), MIN_NUDGE_REL * Math.abs(x), MIN_NUDGE_ABS);
  const up = x + step;
  // Near the largest double, moving up overflows; move down instead.
  return (Number.isFinite(up) ? up : x - step).toPrecision(17);
}

/** Which of `n` entries a matrix's self-test nudges: all of a small one, an even spread of a large one (each nudge grades the whole matrix). */
const MAX_NUDGED = 25;
function sampled(n: number): number[] {
  if (n <= MAX_NUDGED) return Array.from({ length: n }, (_, k) => k);
  return [...new Set(Array.from({ length: MAX_NUDGED }, (_, k) => Math.round((k * (n - 1)) / (MAX_NUDGED - 1))))];
}

function checkKey(key: AnswerKey): string[] {
  switch (key.kind) {
    case 'number':
      return [...checkNumber(key.answer, 'the answer'), ...checkComparison(key.compare)];
    case 'vector':
      if (key.answer.length === 0) return ['the vector answer is empty'];
      return [...key.answer.flatMap((x, i) => checkNumber(x, `component ${i + 1}`)), ...checkComparison(key.compare)];
    case 'matrix': {
      const cols = key.answer[0]?.length ?? 0;
      if (key.answer.length === 0 || cols === 0) return ['the matrix answer is empty'];
      const ragged = key.answer.findIndex((row) => row.length !== cols);
      if (ragged >= 0) return [`row ${ragged + 1} of the matrix answer has ${key.answer[ragged]!.length} entries, not ${cols} as the first`];
      return [...key.answer.flatMap((row, i) => row.flatMap((x, j) => checkNumber(x, `row ${i + 1}, entry ${j + 1}`))), ...checkComparison(key.compare)];
    }
    case 'true-false':
      return [];
    case 'choice': {
      const n = key.options.length;
      if (n === 0) return ['the choice has no options'];
      if (!Number.isInteger(key.answer) || key.answer < 0 || key.answer >= n) {
        return [`the answer index ${key.answer} is not an option (0 to ${n - 1})`];
      }
      const texts = key.options.map(normalizeOption);
      const dupes = key.options.filter((_, i) => texts.indexOf(texts[i] ?? '') !== i);
      return dupes.map((o) => `the option ${JSON.stringify(o)} appears more than once`);
    }
    case 'expression': {
      if (key.answer.trim() === '') return ['the expression answer is empty'];
      if (key.symbols) {
        const free = parseFree(key.answer, key.symbols);
        if (!free.ok) return [`the key cannot be read as a formula: ${free.error}`];
        const defined = freeDefinedPoints(free.value, key.symbols);
        return defined >= FREE_MIN_DEFINED ? [] : [`the key is defined at only ${defined} of ${FREE_POINTS} random points; say which symbols are positive`];
      }
      const parsed = parseFormula(key.answer, key.arch);
      if (!parsed.ok) return [`the key cannot be read as a formula: ${parsed.error}`];
      // A key with no value at a point can never be matched there: no answer would be graded right.
      const { missing, points } = undefinedPoints(parsed.value, key.arch);
      if (missing === 0) return [];
      // Declared symbols are drawn from -3 to 3: a root or a log of one needs it declared positive.
      if (key.arch.symbols?.length) return [`the key has no value at ${missing} of ${points} random points; say which symbols are positive`];
      return [`the key has no value at ${missing} of ${points} random points of the network (a root, log or quotient of a value that can be negative or 0 there), so no answer could be graded right`];
    }
    default: {
      const unreachable: never = key;
      return unreachable;
    }
  }
}

function checkNumber(x: number, what: string): string[] {
  return Number.isFinite(x) ? [] : [`${what} ${x} is not a finite number`];
}

function checkComparison(c: Comparison | undefined): string[] {
  if (c?.mode === 'tolerance') {
    return [c.abs, c.rel]
      .filter((v) => v !== undefined && !(Number.isFinite(v) && v >= 0))
      .map((v) => `the tolerance ${String(v)} is not a finite number >= 0`);
  }
  if (c?.mode === 'sigfigs' || c?.mode === 'decimals') {
    const ok = Number.isInteger(c.digits) && c.digits >= (c.mode === 'sigfigs' ? 1 : 0) && c.digits <= 15;
    return ok ? [] : [`${c.digits} ${c.mode === 'sigfigs' ? 'significant digits' : 'decimal places'} is not a whole number from ${c.mode === 'sigfigs' ? 1 : 0} to 15`];
  }
  return [];
}
