import type { Arch, DeclaredSymbol } from '../nn/types.js';
import type { Comparison } from './compare.js';

export type { Comparison, Tolerance } from './compare.js';

/** The closed set of answer kinds a part can ask for. */
export const ANSWER_KINDS = ['number', 'vector', 'matrix', 'true-false', 'choice', 'expression'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/** What the grader needs to know about one part: its kind and its key. */
export type AnswerKey =
  /**
   * `compare` defaults to { mode: 'rounding' }; `noise` is the error the
   * evaluator may have made computing the key (0 for a literal).
   */
  | { kind: 'number'; answer: number; compare?: Comparison; noise?: number }
  /** `noise` per component. */
  | { kind: 'vector'; answer: number[]; compare?: Comparison; noise?: number[] }
  /** A list of rows of one length; `noise` per entry. */
  | { kind: 'matrix'; answer: number[][]; compare?: Comparison; noise?: number[][] }
  | { kind: 'true-false'; answer: boolean }
  /** `answer` is the 0-based index of the right option. */
  | { kind: 'choice'; options: string[]; answer: number; /** per option, how it shows on screen when that differs from its text */ shown?: string[][] }
  /**
   * A formula over the symbols of a network, graded by evaluating both on
   * that network; or, with `symbols`, over the problem's declared symbols,
   * graded by evaluating both at random values of them.
   */
  | { kind: 'expression'; answer: string; arch: Arch; symbols?: DeclaredSymbol[] };
