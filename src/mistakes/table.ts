import type { ProblemData } from '../schema/problem.js';
import { MISTAKES } from './catalogue.js';
import { tryMistakes } from './diagnose.js';
import type { Mistake } from './mistake.js';

/*
 * How well a bank separates each mistake from the right answer: on how
 * many numeric parts it applies, and on how many of those its answer
 * differs from the key (so a student making it would be told which it was).
 * docs/mistakes.md carries this table for the bundled bank; a test keeps
 * it true.
 */

export interface MistakeRow {
  id: string;
  /** Numeric parts the mistake applies to. */
  applies: number;
  /** Of those, parts where its answer differs from the key. */
  tellsApart: number;
}

export interface MistakeTable {
  /** Number and vector parts in the problems. */
  numericParts: number;
  rows: MistakeRow[];
}

export function mistakeTable(problems: readonly ProblemData[], mistakes: readonly Mistake[] = MISTAKES): MistakeTable {
  const rows = mistakes.map((m) => ({ id: m.id, applies: 0, tellsApart: 0 }));
  let numericParts = 0;
  for (const problem of problems) {
    problem.parts.forEach((part, k) => {
      if (part.kind !== 'number' && part.kind !== 'vector') return;
      numericParts++;
      for (const t of tryMistakes(problem, k, mistakes)) {
        const row = rows[mistakes.indexOf(t.mistake)];
        if (!row) continue;
        row.applies++;
        if (!t.coincides) row.tellsApart++;
      }
    });
  }
  return { numericParts, rows };
}

/** The problems of bank files as `check` sees them: fixed ones, and templates at their first seed. */
/** The table as Markdown, a row per mistake in catalogue order. */
export function formatMistakeTable(table: MistakeTable): string {
  const header = [
    `Numeric parts: ${table.numericParts}.`,
    '',
    '| mistake | applies to | tells apart |',
    '| --- | ---: | ---: |',
  ];
  return [...header, ...table.rows.map((r) => `| \`${r.id}\` | ${r.applies} | ${r.tellsApart} |`)].join('\n');
}
