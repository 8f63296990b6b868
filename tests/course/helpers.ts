import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/** A true-false part; `extra` lines go inside it. */
export const tfPart = (extra = '') => `
      - kind: true-false
        prompt: Is it so?
        answer: true
        explanation: It is.${extra}`;

/** A problem whose key is wrong: one step of gradient descent gives (4, 9). */
export const WRONG_KEY_PROBLEM = `
  - id: wrong-step
    tags: [descent]
    prompt: One step of gradient descent.
    descent: { model: linear, data: [[1, 3], [2, 3], [3, 6]], weights: [0, 0], rate: 0.5 }
    parts:
      - kind: vector
        prompt: The weights after one step?
        answer: [4, 8]
        compute: { of: descent-step }
        explanation: Worked.`;

/** A sound bank of one problem with two parts; each part's prompt has a LaTeX command the renderer does not know (a warning). */
export const bankWithWarnings = (id: string, problemExtra = '', partExtra = ['', '']) => `problems:
  - id: ${id}
    tags: [t]
    prompt: A problem.${problemExtra}
    parts:
      - id: one
        kind: true-false
        prompt: Is \\weird so?
        answer: true
        explanation: It is.${partExtra[0]}
      - id: two
        kind: true-false
        prompt: Is \\odd so?
        answer: false
        explanation: It is not.${partExtra[1]}
`;

export const SOUND_BANK = `problems:
  - id: sound
    tags: [t]
    prompt: A problem.
    parts:${tfPart()}
`;

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** A course folder holding the given files (path → text); returns its path. */
export function course(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'quizdrill-course-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
