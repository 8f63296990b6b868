import { describe, expect, it } from 'vitest';
import { rightAnswersOfBank, SEED_BANK } from '../helpers/bank.js';
import { runInMemory } from '../helpers/memory-io.js';
import { COMMAND_NAMES } from '../../src/cli/commands/names.js';

/**
 * `practice` in this process, with stdin and stdout as in-memory pipes: the
 * choices the command makes that need no real process (the end-to-end runs
 * are in practice-pipe and practice-tty).
 */
const A = ['practice', '--id', 'backprop-partial-facts-a'];
const lines = (...xs: string[]) => xs.map((x) => `${x}\n`).join('');
const bankOrder = [...new Set(rightAnswersOfBank().map((a) => a.problem))];

describe('practice in memory', () => {
  it.each([
    ['0', '✓ Right.'],
    ['a', '✓ Right.'],
    ['(a)', '✓ Right.'],
    ['1', '✗ Wrong. The answer is a) 0.'],
    ['4', '✗ Wrong. The answer is a) 0.'],
    ['||W||', '✗ Wrong. The answer is a) 0.'],
  ])('grades %j for the choice with options 0, 1, 1/||w||, ||w|| as: %s', async (typed, shown) => {
    const r = await runInMemory(['practice', '--id', 'square-loss-point-contribution'], { stdin: lines(typed) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`> ${typed}\n${shown}\n`);
  });

  it('tells a choice typed as neither text, letter nor number as a format error', async () => {
    const r = await runInMemory(['practice', '--id', 'square-loss-point-contribution'], { stdin: lines('5', 'e', 'a') });
    expect(r.stdout).toContain('> 5\nthere is no option number 5.\nAccepted: a letter (a, b, c or d), a number from 1 to 4, or the text of an\noption.\n');
    expect(r.stdout).toContain('> e\nthere is no option "e".\n');
    expect(r.stdout).toContain('> a\n✓ Right.');
  });

  it('ends on quit with exit 0 and the summary', async () => {
    const r = await runInMemory(A, { stdin: lines('-14', 'quit', '-1') });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Drill ended (quit).\nScore: 1 of 6 right (17%) · 0 wrong · 0 skipped · 5 not reached');
    expect(r.stdout).not.toMatch(/^> -1$/m);
  });

  it.each([
    ['always', true, true],
    ['wrong', false, true],
    ['never', false, false],
  ])('--explain %s: explanation after a right answer %s, after a wrong one %s', async (when, afterRight, afterWrong) => {
    const r = await runInMemory([...A, '--explain', when], { stdin: lines('-14', '-2') });
    expect(r.stdout.includes('= 5(-3) + 1(1) =')).toBe(afterRight);
    expect(r.stdout.includes('= 1(-3) + 2(1) =')).toBe(afterWrong);
  });

  it.each([
    ['NO_COLOR=1', { NO_COLOR: '1' }, []],
    ['no variable', {}, []],
    ['NO_COLOR=1 and FORCE_COLOR=1', { NO_COLOR: '1', FORCE_COLOR: '1' }, []],
    ['FORCE_COLOR=1 and --no-color', { FORCE_COLOR: '1' }, ['--no-color']],
    ['FORCE_COLOR=0', { FORCE_COLOR: '0' }, []],
  ])('prints no colour with %s', async (_name, env, flags) => {
    const r = await runInMemory([...A, ...flags], { stdin: lines('-14'), env });
    expect(r.stdout).toContain('✓ Right.');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('prints colour with FORCE_COLOR=1, even into a pipe', async () => {
    const r = await runInMemory(A, { stdin: lines('-14'), env: { FORCE_COLOR: '1' } });
    expect(r.stdout).toMatch(/\u001b\[32m✓ Right\.\u001b\[39m/);
  });

  it('prints no colour when stdin is a pipe, even if stdout is a terminal', async () => {
    const r = await runInMemory(A, { stdin: lines('-14'), env: {}, stdoutIsTTY: true });
    expect(r.stdout).toContain('> -14');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('prints the seed of a shuffle, and the same seed gives the same order', async () => {
    const drill = (flags: string[]) => runInMemory(['practice', SEED_BANK, ...flags, '--limit', '3', '--explain', 'never'], { stdin: lines('skip', 'quit') });
    const first = await drill(['--seed', '7']);
    const again = await drill(['--shuffle', '--seed', '7']);
    expect(first.stdout).toMatch(/^Shuffled with seed 7 \(--seed 7 gives this order again\)\.$/m);
    const firstProblem = (s: string) => /^Problem 1 of 3 · (\S+)/m.exec(s)?.[1];
    expect(firstProblem(first.stdout)).toBeDefined();
    expect(firstProblem(again.stdout)).toBe(firstProblem(first.stdout));
    expect(firstProblem(first.stdout)).not.toBe(bankOrder[0]); // seed 7 moves the bank's first problem
  });

  it('exits 2 before asking anything when the report cannot be written', async () => {
    const r = await runInMemory([...A, '--report', '/nonexistent-dir/r.json'], { stdin: lines('-14') });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^quizdrill: cannot write the report '\/nonexistent-dir\/r\.json': /);
    expect(r.stdout).toBe('');
  });
});

describe('practice and the command line', () => {
  it('says a mistyped command is one, rather than a missing bank file', async () => {
    const r = await runInMemory(['chek'], { stdin: lines() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/'chek' is neither a command nor a bank file; did you mean 'quizdrill check'\?/);
  });

  it('suggests export for a mistyped export', async () => {
    const r = await runInMemory(['exprot'], { stdin: lines() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/'exprot' is neither a command nor a bank file; did you mean 'quizdrill export'\?/);
  });

  it('knows every command that --help lists, so each can be suggested', async () => {
    const help = await runInMemory(['--help'], { stdin: lines() });
    const listed = [...help.stdout.slice(help.stdout.indexOf('Commands:')).matchAll(/^  ([a-z]+)\b/gm)].map((m) => m[1]);
    expect(listed.length).toBeGreaterThan(8);
    expect([...COMMAND_NAMES].sort()).toEqual([...new Set(listed)].sort());
  });
});

describe('practice --variant', () => {
  const statement = (out: string) => out.slice(out.indexOf('Problem 1 of 1'), out.indexOf('problem 1 of 1 ·'));

  it('brings back exactly the variant a drill showed, by the code it showed', async () => {
    const drawn = await runInMemory(['practice', '--id', 'backprop-partial-facts-fresh', '--no-save'], { stdin: lines('quit') });
    const code = /Problem 1 of 1 · (backprop-partial-facts-fresh@\d+)/.exec(drawn.stdout)?.[1];
    expect(code).toBeDefined();
    const again = await runInMemory(['practice', '--variant', code!, '--no-save'], { stdin: lines('quit') });
    expect(statement(again.stdout)).toBe(statement(drawn.stdout));
  });

  it('gives the seed problem set\'s numbers at pinned seed 1, and other numbers at another seed', async () => {
    const one = await runInMemory(['practice', '--variant', 'backprop-partial-facts-fresh@1', '--no-save'], { stdin: lines('-14', 'quit') });
    expect(one.stdout).toMatch(/z⁽¹⁾ = \(3, -2\)ᵀ/);
    expect(one.stdout).toMatch(/✓ Right\./);
    const other = await runInMemory(['practice', '--variant', 'backprop-partial-facts-fresh@77', '--no-save'], { stdin: lines('quit') });
    expect(statement(other.stdout)).not.toBe(statement(one.stdout));
  });

  it('refuses a code that is not one, and a fixed problem that has no variants', async () => {
    expect((await runInMemory(['practice', '--variant', 'nonsense'], { stdin: lines() })).code).toBe(2);
    const fixed = await runInMemory(['practice', '--variant', 'sgd-step@3'], { stdin: lines() });
    expect(fixed.code).toBe(2);
    expect(fixed.stderr).toMatch(/not a template/);
  });
});
