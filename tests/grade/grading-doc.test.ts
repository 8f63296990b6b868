/**
 * The comparison table of docs/grading.md is the rule: every example in it
 * is graded here, with the comparison its row names.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/grade/compare.js';
import { grade } from '../../src/grade/grade.js';

const doc = readFileSync(new URL('../../docs/grading.md', import.meta.url), 'utf8');
const table = doc.split('\n').filter((l) => /^\| `(rounding|tolerance|\{ sigfigs|\{ decimals|exact)/.test(l));
const keys = [...doc.matchAll(/\| for key ([\d.]+) /g)].map((m) => Number(m[1]));

/** The comparison a row names, with the parameter its cell gives ("with 3", "with `{ abs: 1e-5 }`"). */
function comparisonOf(row: string, param: string | undefined): Comparison {
  const mode = /^\| `(?:\{ )?(\w+)/.exec(row)![1]!;
  switch (mode) {
    case 'rounding':
    case 'exact':
      return { mode };
    case 'tolerance': {
      const m = /\{ (abs|rel): ([\d.e-]+) \}/.exec(param ?? '')!;
      return { mode: 'tolerance', [m[1]!]: Number(m[2]) };
    }
    case 'sigfigs':
    case 'decimals':
      return { mode, digits: Number(param) };
    default:
      throw new Error(`a row of an unknown comparison: ${row}`);
  }
}

/** "with P: `a`, `b` right; `c` wrong" as [param, [[text, right]...]]. */
function examples(cell: string): [string | undefined, [string, boolean][]] {
  const m = /^with (`?)(.+?)\1: (.*)$/.exec(cell.trim());
  const rest = m ? m[3]! : cell.trim();
  const out = rest.split(';').flatMap((segment) => {
    const right = /right\s*$/.test(segment);
    if (!right && !/wrong\s*$/.test(segment)) throw new Error(`an example that says neither right nor wrong: ${segment}`);
    return [...segment.matchAll(/`([^`]+)`/g)].map((t): [string, boolean] => [t[1]!, right]);
  });
  return [m?.[2], out];
}

describe('docs/grading.md, the table of comparisons', () => {
  it('has a row for every comparison and two keys', () => {
    expect(table).toHaveLength(5);
    expect(keys).toEqual([0.18242622, 8385]);
  });

  const cases = table.flatMap((row) => {
    const cells = row.split(/(?<!\\)\|/).slice(1, -1);
    return cells.slice(2).flatMap((cell, k) => {
      const [param, list] = examples(cell);
      return list.map(([text, right]) => [cells[0]!.trim(), keys[k]!, text, right, comparisonOf(row, param)] as const);
    });
  });

  it.each(cases)('%s: key %d, %j right=%s', (_, key, text, right, compare) => {
    expect(grade({ kind: 'number', answer: key, compare }, text)).toMatchObject({ status: 'graded', correct: right });
  });
});

describe('docs/grading.md, the matrix examples', () => {
  const section = doc.split('## Vectors and matrices')[1]!.split('\n## ')[0]!;
  const key = [[0.18242622, 8385], [0, -1]];
  const rows = [...section.matchAll(/^\| `([^`]+)` \| (right|wrong|format error)(?:: ([^|(]+?))?(?: \(.*\))? \|$/gm)];

  it('has right, wrong and format-error examples', () => {
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(['right', 'wrong', 'format error']));
    expect(rows.length).toBeGreaterThanOrEqual(12);
  });

  it.each(rows.map((r) => [r[1]!, r[2]!, r[3]?.trim()] as const))('%j is %s', (typed, outcome, error) => {
    const o = grade({ kind: 'matrix', answer: key }, typed);
    if (outcome === 'format error') {
      expect(o.status).toBe('format-error');
      if (o.status === 'format-error') expect(o.error).toContain(error!);
    } else expect(o).toMatchObject({ status: 'graded', correct: outcome === 'right' });
  });
});
