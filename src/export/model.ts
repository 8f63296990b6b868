import type { DescentData, FigureData, NetworkData } from '../schema/data.js';
import type { Comparison } from '../grade/compare.js';

/**
 * What every export format is written from: the problems chosen, each
 * template as the variants drawn, every key resolved and already checked.
 * Plain data, so the JSON export is this model as it stands.
 */
export interface ExportBank {
  /** The bank files the problems came from, as given on the command line. */
  files: string[];
  problems: ExportProblem[];
}

export interface ExportProblem {
  /** The problem id; a template's variants share it. */
  id: string;
  /** What a student quotes: the id, or `id@seed` for a template's variant. */
  code: string;
  /** For a template's variant: the seed that drew it. */
  seed?: number;
  file: string;
  title?: string;
  tags: string[];
  /** Bank text: prose with LaTeX in `\( \)` (parameters already filled in). */
  prompt: string;
  network?: NetworkData;
  figure?: FigureData;
  descent?: DescentData;
  parts: ExportPart[];
}

export interface ExportPart {
  /** 1-based position in its problem. */
  index: number;
  id: string;
  prompt: string;
  explanation: string;
  key: ExportKey;
  /** The key as the drill shows it, and as a student may type it. */
  answerText: string;
}

export type ExportKey =
  /**
   * `compare` is the grader's comparison (docs/grading.md), the default
   * spelled out; `noise` the evaluator's error computing the key (0 for a
   * literal), which every comparison allows.
   */
  | { kind: 'number'; answer: number; compare: Comparison; noise: number }
  | { kind: 'vector'; answer: number[]; compare: Comparison; noise: number[] }
  /** A list of rows; `noise` per entry. */
  | { kind: 'matrix'; answer: number[][]; compare: Comparison; noise: number[][] }
  | { kind: 'true-false'; answer: boolean }
  /** `answer` is the 0-based index of the right option. */
  | { kind: 'choice'; options: string[]; answer: number }
  /** A formula graded by evaluation on the network; `spellings` are forms a student may type. */
  | { kind: 'expression'; answer: string; spellings: string[] };

/** A part a target cannot carry as it is, said once per part on stderr. */
export interface ExportWarning {
  /** The problem's code (`id` or `id@seed`). */
  problem: string;
  part?: number;
  message: string;
}

/** What a format writes: one file, or (PrairieLearn) a tree of files under the output folder. */
export interface ExportOutput {
  files: { path: string; content: string }[];
  /** One file whose content is the whole export (stdout is allowed). */
  single: boolean;
  warnings: ExportWarning[];
}
