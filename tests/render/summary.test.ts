import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { summaryText } from '../../src/render/summary.js';
import type { PartRecord, SessionRecord } from '../../src/session/record.js';

const style = { c: new Chalk({ level: 0 }), width: 80 };

function session(parts: Partial<PartRecord>[]): SessionRecord {
  const full = parts.map((p, i) => ({ problem: 'p', part: i + 1, partId: String(i + 1), kind: 'number', tags: ['t'], answer: '1', result: 'wrong', expected: '2', formatErrors: 0, seconds: 1, ...p }) as PartRecord);
  return { startedAt: '', ended: 'completed', seconds: 3, score: { right: 0, wrong: full.length, skipped: 0, total: full.length }, tags: {}, parts: full };
}

describe('the summary lists missed parts in the words of their keys (issue 16)', () => {
  it.each([
    ['false', 'True', '(you: False; answer: True)'],
    ['no', 'True', '(you: False; answer: True)'],
    ['T', 'False', '(you: True; answer: False)'],
  ])('a true/false answer %j against %s reads %s', (answer, expected, shown) => {
    expect(summaryText(session([{ kind: 'true-false', answer, expected }]), style)).toContain(`p part 1 ${shown}`);
  });

  it('keeps other answers as typed', () => {
    expect(summaryText(session([{ answer: '-2', expected: '-1' }]), style)).toContain('p part 1 (you: -2; answer: -1)');
  });

  it('wraps the score line at a narrow width', () => {
    const text = summaryText({ ...session([{}]), score: { right: 0, wrong: 1, skipped: 0, total: 9 } }, { ...style, width: 60 });
    for (const line of text.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(60);
  });
});
