import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { rightAnswersOfBank, SEED_BANK, type RightAnswer } from '../helpers/bank.js';
import { ANSI, runCli } from '../helpers/cli.js';

interface Report {
  ended: string;
  score: { right: number; wrong: number; skipped: number; total: number };
  parts: { problem: string; part: number; answer: string | null; result: string; formatErrors: number; seconds: number }[];
}

// Each test spawns its own CLI; they run concurrently to keep the file fast.
const dir = mkdtempSync(join(tmpdir(), 'quizdrill-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = (...xs: string[]) => xs.map((x) => `${x}\n`).join('');
const readReport = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Report;
const A = ['practice', '--id', 'backprop-partial-facts-a'];

// The seed bank of issue 3 by its path: the bundled folder also holds
// templates, whose numbers (and so keys) are drawn afresh for each drill.
describe.concurrent('practice through a pipe: the whole seed bank (problems/quiz-07.yaml)', () => {
  let answers: RightAnswer[];
  let run: Awaited<ReturnType<typeof runCli>>;
  const report = join(dir, 'all.json');

  beforeAll(async () => {
    answers = rightAnswersOfBank();
    run = await runCli(['practice', SEED_BANK, '--report', report], { stdin: lines(...answers.map((a) => a.typed)) });
  });

  it('has the 33 parts of the seed bank to answer, of every kind, with 0 as the text of a choice', ({ expect }) => {
    expect(answers).toHaveLength(33);
    expect(new Set(answers.map((a) => a.kind))).toEqual(new Set(['number', 'vector', 'true-false', 'choice', 'expression']));
    expect(answers.find((a) => a.problem === 'square-loss-point-contribution')).toMatchObject({ kind: 'choice', typed: '0' });
  });

  it('scores 33 of 33 and exits 0', ({ expect }) => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Drill complete.');
    expect(run.stdout).toMatch(/^Score: 33 of 33 right \(100%\) · 0 wrong · 0 skipped · time \d+s$/m);
    expect(run.stdout).not.toContain('✗');
    expect(run.stdout).not.toContain('Missed or skipped');
  });

  it('prints no ANSI escape codes with NO_COLOR=1', ({ expect }) => {
    expect(run.stdout).not.toMatch(ANSI);
  });

  it('writes a report listing all 33 parts, in order, with the keys issue 3 asks for', ({ expect }) => {
    const r = readReport(report);
    expect(r.ended).toBe('completed');
    expect(r.score).toEqual({ right: 33, wrong: 0, skipped: 0, total: 33 });
    expect(r.parts.map((p) => [p.problem, p.part, p.answer, p.result, p.formatErrors])).toEqual(
      answers.map((a) => [a.problem, a.part, a.typed, 'right', 0]),
    );
    for (const p of r.parts) {
      expect(typeof p.seconds).toBe('number');
      expect(p.seconds).toBeGreaterThanOrEqual(0);
    }
  });
});

describe.concurrent('practice through a pipe: answers', () => {
  it('takes 1 for the choice whose options are 0, 1, ... as the option 1, not the first option', async ({ expect }) => {
    const report = join(dir, 'choice.json');
    const r = await runCli(['practice', '--id', 'square-loss-point-contribution', '--report', report], { stdin: lines('1') });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('> 1\n✗ Wrong. The answer is a) 0.\n');
    expect(readReport(report).parts).toMatchObject([{ answer: '1', result: 'wrong' }]);
  });

  it('marks -14.1 wrong for a key of -14, and shows -14 with the explanation', async ({ expect }) => {
    const r = await runCli(A, { stdin: lines('-14.1') });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('> -14.1\n✗ Wrong. The answer is -14.\n');
    // The explanation follows, indented, however its TeX is rendered: 5(-3) + 1(1) = -14.
    expect(r.stdout).toMatch(/The answer is -14\.\n {2}[^\n]*(?:\n {2}[^\n]*)*?5\(-3\) \+ 1\(1\) =\s+-14/);
    expect(r.stdout).toContain('✗ backprop-partial-facts-a part 1 (you: -14.1; answer: -14)');
  });

  it('treats abc as a format error, takes the next line for the same part, and ends at the end of input with the answers saved', async ({ expect }) => {
    const report = join(dir, 'abc.json');
    const r = await runCli([...A, '--report', report], { stdin: lines('-14', 'abc', '-1', 'skip', '3') });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('> abc\n"abc" is not a number: unknown name "abc".\nAccepted: a number such as -14');
    expect(r.stdout.match(/part 2 of 6/g)).toHaveLength(1);
    expect(r.stdout).toMatch(/Accepted: [^>]*\n> -1\n✓ Right\./);
    expect(r.stdout).toContain('Drill ended (end of input).\nScore: 2 of 6 right (33%) · 1 wrong · 1 skipped · 2 not reached · time');
    expect(r.stdout).toContain(`Report written to ${report}`);
    const saved = readReport(report);
    expect(saved.ended).toBe('end-of-input');
    expect(saved.score).toEqual({ right: 2, wrong: 1, skipped: 1, total: 6 });
    expect(saved.parts).toMatchObject([
      { part: 1, answer: '-14', result: 'right', formatErrors: 0 },
      { part: 2, answer: '-1', result: 'right', formatErrors: 1 },
      { part: 3, answer: null, result: 'skipped', formatErrors: 0 },
      { part: 4, answer: '3', result: 'wrong', formatErrors: 0 },
    ]);
  });
});

describe.concurrent('practice through a pipe: Ctrl-C', () => {
  it('ends on SIGINT while waiting for a line: summary, exit 130, and the answers so far in the report', async ({ expect }) => {
    const report = join(dir, 'sigint.json');
    const r = await runCli([...A, '--report', report], {
      stdin: lines('-14'),
      keepStdinOpen: true,
      signalWhen: { stdout: /part 2 of 6\n.*\n$/, signal: 'SIGINT' },
    });
    expect(r.status).toBe(130);
    expect(r.stdout).toContain('Drill interrupted.\nScore: 1 of 6 right (17%) · 0 wrong · 0 skipped · 5 not reached');
    expect(r.stderr).toBe('');
    const saved = readReport(report);
    expect(saved.ended).toBe('interrupted');
    expect(saved.parts).toMatchObject([{ part: 1, answer: '-14', result: 'right' }]);
  });
});

describe.concurrent('practice through a pipe: what does not start a drill', () => {
  it('exits 2 with a message for an unknown --id', async ({ expect }) => {
    const r = await runCli(['practice', '--id', 'no-such-problem'], { stdin: lines('1') });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("quizdrill: no problem with id 'no-such-problem'; 'quizdrill list' shows the ids\n");
    expect(r.stdout).toBe('');
  });

  it('exits 2 with file:line:col and a caret for a broken bank', async ({ expect }) => {
    const bank = join(dir, 'broken.yaml');
    writeFileSync(bank, ['problems:', '  - id: p1', '    tags: [t]', '    prompt: A problem.', '    parts:', '      - prompt: What is 1 + 1?', '        kind: number', '        answer: 2', '        explanaton: Count.', ''].join('\n'));
    const r = await runCli(['practice', bank], { stdin: lines('2') });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${bank.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:9:9 error unknown-key .*did you mean 'explanation'`, 'm'));
    expect(r.stderr).toContain('    9 |         explanaton: Count.\n      |         ^');
    expect(r.stderr).toMatch(/the bank does not load \(\d+ errors?\)/);
    expect(r.stdout).toBe('');
  });
});

describe.concurrent('practice through a pipe: plain text', () => {
  it('has colour with FORCE_COLOR=1, so the checks for none can fail', async ({ expect }) => {
    const r = await runCli(A, { stdin: lines('-14'), env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(r.stdout).toMatch(ANSI);
  });

  it('prints this transcript for a small bank, without colour through a pipe (golden)', async ({ expect }) => {
    const bank = join(dir, 'small.yaml');
    writeFileSync(
      bank,
      [
        'problems:',
        '  - id: adding',
        '    tags: [arithmetic]',
        '    prompt: Add small numbers.',
        '    parts:',
        '      - prompt: What is 1 + 1?',
        '        kind: number',
        '        answer: 2',
        '        explanation: One and one make two.',
        '      - prompt: Is 2 + 2 = 5?',
        '        kind: true-false',
        '        answer: false',
        '        explanation: It is 4.',
        '',
      ].join('\n'),
    );
    // No NO_COLOR: plain because stdout is a pipe.
    const r = await runCli(['practice', bank, '--explain', 'wrong'], { stdin: lines('two', '2', 'yes'), env: { NO_COLOR: undefined } });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stdout.replace(/time \d+s/, 'time Ns')).toBe(
      [
        '',
        '─'.repeat(80),
        'Problem 1 of 1 · adding  [arithmetic]',
        '',
        'Add small numbers.',
        '',
        'problem 1 of 1 · part 1 of 2',
        'What is 1 + 1?',
        '> two',
        '"two" is not a number: unknown name "two".',
        'Accepted: a number such as -14, 0.25, 1/2 or 2e-3, or arithmetic with + - * / ^,',
        '( ), sqrt, abs, exp, log, ln, log10, sin, cos, tan, pi and e.',
        '> 2',
        '✓ Right.',
        '',
        'problem 1 of 1 · part 2 of 2',
        'Is 2 + 2 = 5?',
        '  True or False?',
        '> yes',
        '✗ Wrong. The answer is False.',
        '  It is 4.',
        '',
        '═'.repeat(80),
        'Drill complete.',
        'Score: 1 of 2 right (50%) · 1 wrong · 0 skipped · time Ns',
        '',
        'By tag:',
        '  arithmetic  ██████████░░░░░░░░░░  1/2',
        '',
        'Missed or skipped:',
        '  ✗ adding part 2 (you: True; answer: False)',
        '',
      ].join('\n'),
    );
  });
});
