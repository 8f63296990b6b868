import type { Arch } from '../formula/types.js';

/** Absolute and relative tolerance; a number is right when within either. */
export interface Tolerance {
  abs?: number;
  rel?: number;
}

/** The closed set of answer kinds a part can ask for. */
export const ANSWER_KINDS = ['number', 'vector', 'true-false', 'choice', 'expression'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/** What the grader needs to know about one part: its kind and its key. */
export type AnswerKey =
  | { kind: 'number'; answer: number; tolerance?: Tolerance }
  | { kind: 'vector'; answer: number[]; tolerance?: Tolerance }
  | { kind: 'true-false'; answer: boolean }
  /** `answer` is the 0-based index of the right option. */
  | { kind: 'choice'; options: string[]; answer: number }
  /** A formula over the symbols of a network; graded by evaluating both on that network. */
  | { kind: 'expression'; answer: string; arch: Arch };
