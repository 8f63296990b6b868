import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMistakeTable, MISTAKES, mistakeTable } from '../../src/mistakes/index.js';
import { bankProblems, bankTexts, handMade, REPO } from './helpers.js';

describe('mistake table', () => {
  it.each(['docs/mistakes.md', 'README.md'])('in %s is what mistakeTable computes on the bundled bank', (file) => {
    const doc = readFileSync(`${REPO}${file}`, 'utf8');
    const shown = /<!-- mistake-table:start -->\n([\s\S]*?)\n<!-- mistake-table:end -->/.exec(doc)?.[1];
    const table = formatMistakeTable(mistakeTable(bankProblems(bankTexts())));
    expect(shown, `paste this between the markers in ${file}:\n${table}`).toBe(table);
  });

  it('has a row per mistake, and counts parts that tell it apart among those it applies to', () => {
    const p = handMade({ descent: { model: 'linear', data: [[1, 3], [2, 3], [3, 6]], weights: [0, 0], rate: 0.5 } }, [{ of: 'descent-step' }, { of: 'risk' }]);
    const { numericParts, rows } = mistakeTable([p]);
    expect(numericParts).toBe(2);
    expect(rows.map((r) => r.id)).toEqual(MISTAKES.map((m) => m.id));
    const row = (id: string) => rows.find((r) => r.id === id);
    expect(row('sum-not-mean')).toEqual({ id: 'sum-not-mean', applies: 2, tellsApart: 2 });
    expect(row('step-up')).toEqual({ id: 'step-up', applies: 1, tellsApart: 1 });
    expect(row('whole-data-for-batch')).toEqual({ id: 'whole-data-for-batch', applies: 0, tellsApart: 0 });
  });
});
