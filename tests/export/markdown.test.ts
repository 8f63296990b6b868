import { describe, expect, it } from 'vitest';
import { runInMemory } from '../helpers/memory-io.js';
import { referenceParts } from './reference.js';

describe('export markdown', () => {
  it('writes a worksheet with $…$ math, the figure as tables, and the answers apart', async () => {
    const r = await runInMemory(['export', 'markdown', '--id', 'backprop-partial-facts-a', '--id', 'vanishing-gradient-definition', '--answers']);
    expect(r.code).toBe(0);
    const [sheet, answers] = r.stdout.split('\n# Answers\n');
    expect(sheet).toMatch(/^# Worksheet\n\n## Problem 1 · backprop-partial-facts-a\n/);
    // The bank's \( \) became $ $, and nothing else of LaTeX's delimiters is left.
    expect(sheet).toContain('What is $\\partial H / \\partial a_{1}^{(1)}$, as a number?');
    expect(r.stdout).not.toMatch(/\\\(|\\\)|\\\[|\\\]/);
    // W^(2) is revealed by the bank's figure; the others are not.
    expect(sheet).toContain('| from 1 | 5 | 1 |\n| from 2 | 1 | 2 |');
    expect(sheet).not.toContain('W^{(1)}$: the weight');
    expect(sheet).toContain('- a) Partial derivatives of parameters in layers far from the output become very small.');
    // No key appears before the answer section; every key appears in it, in order.
    expect(sheet).not.toMatch(/Answer:/);
    const keys = [...answers!.matchAll(/Answer: `([^`]+)`/g)].map((m) => m[1]);
    const want = [...referenceParts('backprop-partial-facts-a').map((p) => String(p.answer)), 'a) Partial derivatives of parameters in layers far from the output become very small.'];
    expect(keys).toEqual(want);
  });

  it('has no answer section unless asked, and pairs every $ within a paragraph', async () => {
    const r = await runInMemory(['export', 'markdown', '--tag', 'gradient descent']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('# Answers');
    for (const paragraph of r.stdout.split('\n\n')) {
      const dollars = paragraph.replace(/\\\$/g, '').match(/\$/g)?.length ?? 0;
      expect(dollars % 2, paragraph).toBe(0);
    }
    // The project's \Aug is spelled so that any Markdown math renderer reads it.
    expect(r.stdout).toContain('\\operatorname{Aug}(\\vec x)');
    expect(r.stdout).not.toMatch(/\\Aug\b/);
  });
});

describe('a formula key in the answers', () => {
  it('is typeset from the notation when written short, and keeps its typed spelling', async () => {
    const { answerMd } = await import('../../src/export/markdown.js');
    const { exportKey } = await import('../../src/export/resolve.js');
    const arch = { layers: [2, 2, 2, 1], activations: ['relu', 'relu', 'linear'] as const, symbols: [{ name: 'eta' }] };
    const key = exportKey({ kind: 'expression', answer: 'W2_11 - eta * a1_1', arch: { ...arch, activations: [...arch.activations] } });
    const part = { index: 1, id: '1', prompt: 'p', explanation: 'e', key, answerText: 'W2_11 - eta * a1_1' };
    // As LaTeX, W2_11 would be typeset as W2 with a subscript 1, then a 1.
    expect(answerMd(part)).toBe('$W^{(2)}_{11} - {\\eta} * a^{(1)}_{1}$ (typed as `W2_11 - eta * a1_1`)');
  });
});
