import { readFileSync } from 'node:fs';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { evaluateArithmetic } from '../../src/grade/arithmetic.js';
import { feedbackText } from '../../src/render/drill-text.js';
import type { PartRecord } from '../../src/session/record.js';
import { bundledBankFiles, bundledProblem } from '../helpers/bank.js';
import { runCli } from '../helpers/cli.js';

/** The words a student reads (issue 16). */
const style = { c: new Chalk({ level: 0 }), width: 80 };
const banks = bundledBankFiles().map((f) => readFileSync(f, 'utf8'));

describe('the bundled bank speaks of what the drill shows', () => {
  it('names parts by number, as the drill does (part 1), never by letter (part (a))', () => {
    for (const text of banks) expect(text).not.toMatch(/part \([a-z]\)/);
  });

  it('speaks of no colours a terminal figure does not have', () => {
    for (const text of banks) expect(text).not.toMatch(/\bblue\b/i);
  });
});

describe('the worked solution says what it worked from', () => {
  const record = (p: string): PartRecord => ({ problem: p, part: 1, partId: '1', kind: 'vector', tags: [], answer: '(1, 2)', result: 'wrong', expected: '(4, 9)', formatErrors: 0, seconds: 1 });
  it('a descent problem, with data and no network: "Worked from the data:"', () => {
    const p = bundledProblem('gradient-descent-step');
    expect(p.network).toBeUndefined();
    const text = feedbackText({ problem: p, part: p.parts[0]!, record: record(p.id), worked: 'w = (4, 9).' }, style);
    expect(text).toContain('Worked from the data:');
    expect(text).not.toContain('network');
  });

  it('a network problem: "Worked from the network:"', () => {
    const p = bundledProblem('backprop-values-compute');
    expect(feedbackText({ problem: p, part: p.parts[0]!, record: record(p.id), worked: 'x.' }, style)).toContain('Worked from the network:');
  });
});

describe('the verdict line', () => {
  it('shows a key written short in the notation, and breaks it between its terms within 80 columns', () => {
    const p = bundledProblem('formula-input-one-hidden');
    const long = "W1_11 g'(z1_1) W2_11 + W1_12 g'(z1_2) W2_21 + W1_13 g'(z1_3) W2_31";
    const rec: PartRecord = { problem: p.id, part: 1, partId: '1', kind: 'expression', tags: [], answer: 'x_1', result: 'wrong', expected: long, formatErrors: 0, seconds: 1 };
    const verdict = feedbackText({ problem: p, part: p.parts[0]!, record: rec }, style).split('\n\n')[0]!.split('\n  ')[0]!;
    const lines = verdict.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
    // Joined at the breaks, the lines are the one line unbroken: every break fell on a space.
    expect(lines.join(' ')).toBe('✗ Wrong. The answer is W⁽¹⁾₁₁ g\'(z₁⁽¹⁾) W⁽²⁾₁₁ + W⁽¹⁾₁₂ g\'(z₂⁽¹⁾) W⁽²⁾₂₁ + W⁽¹⁾₁₃ g\'(z₃⁽¹⁾) W⁽²⁾₃₁.');
  });
});

describe("mathjs's own messages do not reach the student", () => {
  it.each(['1//2', '2*/3', '1+', '1 2'])('%j is explained in our words', (text) => {
    const r = evaluateArithmetic(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(new RegExp(`^${JSON.stringify(text).replace(/[*+/()]/g, '\\$&')} is not a number: it (cannot be read as arithmetic|ends before)`));
    expect(r.error).not.toMatch(/Value expected|\(char \d+\)|Unexpected/);
  });
});

describe('check counts in the singular when there is one', () => {
  it('1 file, 1 problem, 1 part', async () => {
    const r = await runCli(['check', 'tests/fixtures/student/unicode-tags.yaml']);
    expect(r.stdout).toMatch(/1 file, 1 problem, 1 part: every key holds/);
  });
});
