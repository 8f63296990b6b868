import type { AnswerKey } from '../grade/key.js';
import { formatKey } from '../grade/format.js';
import { gradeVerdict } from '../grade/grade.js';

/**
 * An explanation's final value: the last `= value` in it, where the value
 * is a decimal number, or a vector `(a, b)` (an optional `^T` after it),
 * and ends the statement (before `\)`, `\]`, `$`, a full stop, or the end).
 * `= 5(-3) + 1(1) = -14\).` states -14; `= \frac{1}{2}` states nothing.
 */
const STATED = /=\s*(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|\(\s*-?\d+(?:\.\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?)*\s*\))(?=\s*(?:\^\s*\{?T\}?)?\s*(?:\\\)|\\\]|\$|\.(?:\s|$)|$))/g;

export function finalValue(explanation: string): string | undefined {
  let last: string | undefined;
  for (const m of explanation.matchAll(STATED)) last = m[1];
  return last;
}

/**
 * A problem when the explanation's final value is not the key, graded as
 * if a student typed it (so a rounded `0.182` stands for 0.182426...);
 * undefined when it agrees or states no final value.
 */
export function explanationProblem(explanation: string, key: AnswerKey): string | undefined {
  if (key.kind !== 'number' && key.kind !== 'vector') return undefined;
  const stated = finalValue(explanation);
  if (stated === undefined) return undefined;
  if (gradeVerdict(key, stated) === 'right') return undefined;
  return `the explanation ends with the value ${stated}, but the key is ${formatKey(key)}; fix the explanation (or the data) so the worked solution gives the key`;
}
