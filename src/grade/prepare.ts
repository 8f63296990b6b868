import { grade } from './grade.js';
import type { AnswerKey } from './key.js';

/**
 * Does now the work the first answer to `key` would do, so that a drill
 * can do it while the student reads the question. A formula's points are
 * drawn at the first formula graded on its network (formula/points.ts),
 * which on a large network takes a tenth of a second; grading the key
 * itself draws them, and they are kept for the answer (an answer naming a
 * layer below the key's lowest draws its own). Other kinds have nothing
 * to prepare. Never throws: a key the grader cannot handle is reported
 * when the answer is graded.
 */
export function prepareKey(key: AnswerKey): void {
  if (key.kind !== 'expression') return;
  try {
    grade(key, key.answer);
  } catch {
    // The answer's own grade meets the same key and reports it.
  }
}
