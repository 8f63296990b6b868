import type { Part, Problem } from '../../src/bank/model.js';
import type { AnswerKey } from '../../src/grade/key.js';

/** A part with a given key; prompt and explanation say which part it is. */
export function part(index: number, key: AnswerKey): Part {
  return { index, id: String(index), prompt: `Part ${index}?`, key, explanation: `Because of part ${index}.` };
}

/** A problem whose parts are numbered in order; the default key of each part is its own index. */
export function problem(id: string, tags: string[], keys: AnswerKey[] = [{ kind: 'number', answer: 1 }]): Problem {
  return { id, file: 'bank.yaml', tags, prompt: `Problem ${id}.`, parts: keys.map((k, i) => part(i + 1, k)) };
}
