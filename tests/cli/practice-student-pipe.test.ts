import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/** What a student who pipes answers in (or reads with a screen reader) sees and can type (issue 16). */
const lines = (...xs: string[]) => xs.map((x) => `${x}\n`).join('');
const LATEX = 'tests/fixtures/student/latex-options.yaml';

describe.concurrent('a piped drill shows every option of a choice, lettered', { timeout: 120_000 }, () => {
  it('lists the four options of square-loss-point-contribution before the answer', async () => {
    const r = await runCli(['practice', '--id', 'square-loss-point-contribution', '--no-save'], { stdin: lines('a'), timeoutMs: 60_000 });
    expect(r.stdout).toMatch(/y⁽¹⁾ = 1\?\n  a\) 0\n  b\) 1\n  c\) 1\/\|\|w\|\|\n  d\) \|\|w\|\|\n> a\n✓ Right\./);
  });

  it('shows options in LaTeX as they render, and says True or False for a true/false part', async () => {
    const r = await runCli(['practice', LATEX, '--no-save', '--explain', 'never'], { stdin: lines('b', 'a'), timeoutMs: 60_000 });
    expect(r.stdout).toMatch(/Which is one\?\n  a\) 0\n  b\) 1\n  c\) 1\/‖w‖\n> b/);
    const tf = await runCli(['practice', '--id', 'sigmoid-output-saturated', '--no-save', '--explain', 'never'], { stdin: lines('t'), timeoutMs: 60_000 });
    expect(tf.stdout).toMatch(/  True or False\?\n> t\n/);
  });
});

describe.concurrent('typing what an option shows selects it', { timeout: 120_000 }, () => {
  it.each([
    ['1', 'b) \\(1\\)', '✓ Right.'],
    ['0', '', '✗ Wrong.'],
    ['1/‖w‖', '', '✗ Wrong.'],
    ['1/(||w||)', '', '✗ Wrong.'],
  ])('%j on options \\(0\\), \\(1\\), \\(\\frac{1}{\\|w\\|}\\) (key b)', async (typed, _, verdict) => {
    const r = await runCli(['practice', LATEX, '--no-save', '--explain', 'never'], { stdin: lines(typed, 'a'), timeoutMs: 60_000 });
    expect(r.stdout).toContain(`> ${typed}\n${verdict}`);
    if (verdict.startsWith('✗')) expect(r.stdout).toContain('The answer is b) 1.');
  });

  it('ignores spaces: 1.228,1.165 is the option "1.228, 1.165"', async () => {
    const r = await runCli(['practice', LATEX, '--no-save', '--explain', 'never'], { stdin: lines('b', '1.228,1.165'), timeoutMs: 60_000 });
    expect(r.stdout).toContain('> 1.228,1.165\n✓ Right.');
  });
});

describe.concurrent('format hints never show the key', { timeout: 120_000 }, () => {
  it('gradient-descent-step (key (4, 9)): the hint after "4" does not say (4, 9)', async () => {
    const r = await runCli(['practice', '--id', 'gradient-descent-step', '--no-save'], { stdin: lines('4'), timeoutMs: 60_000 });
    const hint = r.stdout.slice(r.stdout.indexOf('> 4\n'));
    expect(hint).toMatch(/Accepted: 2 numbers such as/);
    expect(hint).not.toMatch(/\b4, 9\b|\b4 9\b/);
  });

  it('backprop-partial-facts-a part 1 (key -14): neither the hint nor ? says -14', async () => {
    const r = await runCli(['practice', '--id', 'backprop-partial-facts-a', '--no-save'], { stdin: lines('abc', '?'), timeoutMs: 60_000 });
    const after = r.stdout.slice(r.stdout.indexOf('> abc\n'));
    expect(after).toMatch(/Accepted: a number such as/);
    expect(after).toMatch(/Type a number such as/);
    expect(after).not.toMatch(/-14|\b14\b/);
  });
});
