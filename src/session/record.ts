import type { Problem } from '../bank/model.js';
import type { AnswerKind } from '../grade/key.js';

export type PartResult = 'right' | 'wrong' | 'skipped';

/** One part as it went: what was typed, how it was graded, how long it took. */
export interface PartRecord {
  problem: string;
  /** For a template: the variant code that brings these numbers back. */
  variant?: string;
  part: number;
  partId: string;
  kind: AnswerKind;
  tags: string[];
  answer: string | null;
  result: PartResult;
  expected: string;
  formatErrors: number;
  /** How often `?` was asked for this part (absent when never). */
  helpShown?: number;
  seconds: number;
  /** For a wrong answer: the catalogued slip it matches (see docs/mistakes.md); several ids, space-separated, when more than one slip gives it. */
  mistake?: string;
}

export type EndReason = 'completed' | 'quit' | 'interrupted' | 'end-of-input';

export interface Score {
  right: number;
  wrong: number;
  skipped: number;
  /** Parts in the drill, answered or not. */
  total: number;
}

export interface SessionRecord {
  startedAt: string;
  endedAt?: string;
  ended?: EndReason;
  seconds: number;
  score: Score;
  tags: Record<string, Score>;
  parts: PartRecord[];
}

export function scoreOf(parts: PartRecord[], total: number): Score {
  const count = (r: PartResult) => parts.filter((p) => p.result === r).length;
  return { right: count('right'), wrong: count('wrong'), skipped: count('skipped'), total };
}

/** Score per tag, over the parts of the drill that carry the tag. */
export function scoreByTag(problems: Problem[], parts: PartRecord[]): Record<string, Score> {
  const tags = [...new Set(problems.flatMap((p) => p.tags))].sort();
  // fromEntries defines each key, so a tag named `__proto__` is a tag, not the object's prototype.
  return Object.fromEntries(
    tags.map((tag) => {
      const total = problems.filter((p) => p.tags.includes(tag)).reduce((n, p) => n + p.parts.length, 0);
      return [tag, scoreOf(parts.filter((r) => r.tags.includes(tag)), total)];
    }),
  );
}
