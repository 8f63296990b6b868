import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rightAnswersOfBank, SEED_BANK } from '../helpers/bank.js';
import { cliCommand, REPO_ROOT, testStore, UTF8_LOCALE } from '../helpers/cli.js';
import { count, hasTmux, shellQuote, TmuxSession } from '../helpers/tmux.js';

/**
 * The drill in a real pseudo-terminal: tmux runs the CLI, the test types
 * into it and reads the screen. One session, steps in order, as a student
 * would go: right, a format error, right, then Ctrl-C.
 */
const SKIP_REASON = 'tmux; skipped where `tmux -V` fails';

/** Starts the CLI in a fresh tmux session; the shell prints its exit code and keeps the pane open until the session is killed. */
function startCli(name: string, args: string[]): TmuxSession {
  const tmux = TmuxSession.unique(`quizdrill-test-${name}`);
  const [node, argv] = cliCommand(args);
  tmux.start(`${[node, ...argv].map(shellQuote).join(' ')}; echo EXIT=$?; exec sleep infinity`, { cwd: REPO_ROOT, env: { QUIZDRILL_HOME: testStore(), ...UTF8_LOCALE } });
  return tmux;
}

describe.skipIf(!hasTmux)(`practice in a terminal: typing, a format error, Ctrl-C (${SKIP_REASON})`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'quizdrill-tty-'));
  const report = join(dir, 'r.json');
  let tmux: TmuxSession;

  beforeAll(() => {
    tmux = startCli('ctrl-c', ['practice', '--id', 'backprop-partial-facts-a', '--report', report]);
  });

  afterAll(() => {
    tmux?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the problem once and asks part 1 with an input prompt', async () => {
    const screen = await tmux.waitFor(/part 1 of 6[\s\S]*\? Answer \(\? for help\)/);
    expect(count(screen, 'Problem 1 of 1 · backprop-partial-facts-a')).toBe(1);
    expect(screen).toMatch(/part 1 of 6\nWhat is .+, as a number\?\n/);
  });

  it('marks -14 right and moves on to part 2', async () => {
    tmux.type('-14');
    tmux.press('Enter');
    const screen = await tmux.waitFor(/✓ Right\.[\s\S]*part 2 of 6[\s\S]*\? Answer/);
    expect(screen).toContain('✔ Answer (? for help) -14');
  });

  it('shows the format error for abc and keeps the question open', async () => {
    tmux.type('abc');
    tmux.press('Enter');
    const screen = await tmux.waitFor(/"abc" is not a number/);
    // The field starts empty again; the message quotes what was typed.
    expect(screen).toMatch(/\? Answer \(\? for help\)\s*\n> "abc" is not a number: unknown name "abc"\.\nAccepted: /);
    expect(screen).not.toContain('part 3 of 6');
    expect(count(screen, '✓ Right.')).toBe(1);
  });

  it('takes -1 typed next as the answer to the same part, and marks it right', async () => {
    tmux.type('-1');
    tmux.press('Enter');
    const screen = await tmux.waitFor((s) => count(s, '✓ Right.') === 2 && /part 3 of 6[\s\S]*\? Answer/.test(s));
    expect(screen).toContain('✔ Answer (? for help) -1\n');
    expect(count(screen, 'part 2 of 6')).toBe(1);
  });

  it('ends on Ctrl-C with the summary, "interrupted", and exit 130', async () => {
    tmux.press('C-c');
    const screen = await tmux.waitFor(/EXIT=\d+/);
    expect(screen).toMatch(/Drill interrupted\.\nScore: 2 of 6 right \(33%\) · 0 wrong · 0 skipped · 4 not reached · time \d+s/);
    expect(screen).toContain(`Report written to ${report}`);
    expect(screen).toMatch(/^EXIT=130$/m);
    expect(screen).not.toMatch(/Error|at .*\.ts:\d+/);
  });

  it('has written the two answered parts to the report', () => {
    expect(existsSync(report)).toBe(true);
    const r = JSON.parse(readFileSync(report, 'utf8')) as { ended: string; score: object; parts: object[] };
    expect(r.ended).toBe('interrupted');
    expect(r.score).toEqual({ right: 2, wrong: 0, skipped: 0, total: 6 });
    expect(r.parts).toMatchObject([
      { problem: 'backprop-partial-facts-a', part: 1, answer: '-14', result: 'right', formatErrors: 0 },
      { problem: 'backprop-partial-facts-a', part: 2, answer: '-1', result: 'right', formatErrors: 1 },
    ]);
  });
});

describe.skipIf(!hasTmux)(`practice quiz-07.yaml --tag backpropagation in a terminal, every answer right (${SKIP_REASON})`, () => {
  const answers = rightAnswersOfBank().filter((a) => a.tags.includes('backpropagation'));
  const problems = [...new Set(answers.map((a) => a.problem))];
  let tmux: TmuxSession;

  beforeAll(() => {
    tmux = startCli('backprop', ['practice', SEED_BANK, '--tag', 'backpropagation']);
  });

  afterAll(() => tmux?.kill());

  it('asks the seed bank\'s backpropagation parts, typed or picked from a list, and scores them all right', async () => {
    expect(answers.length).toBeGreaterThan(20);
    for (const [i, a] of answers.entries()) {
      const at = `problem ${problems.indexOf(a.problem) + 1} of ${problems.length} · part ${a.part} of ${a.parts}`;
      await tmux.waitFor(new RegExp(`${at}\\n[\\s\\S]*\\n\\? (Answer|Choose|True or false\\?)`));
      if (a.select === undefined) tmux.type(a.typed);
      else for (let d = 0; d < a.select; d++) tmux.press('Down');
      tmux.press('Enter');
      const screen = await tmux.waitFor((s) => count(s, '✓ Right.') + count(s, '✗ Wrong.') === i + 1);
      expect(count(screen, '✗ Wrong.'), `${at}: ${a.typed}`).toBe(0);
    }
    const screen = await tmux.waitFor(/EXIT=\d+/);
    expect(screen).toContain(`Drill complete.\nScore: ${answers.length} of ${answers.length} right (100%) · 0 wrong · 0 skipped · time`);
    expect(screen).toMatch(/^EXIT=0$/m);
  });
});

describe.skipIf(!hasTmux)(`practice in a terminal that is resized mid-question (${SKIP_REASON})`, () => {
  let tmux: TmuxSession;
  afterAll(() => tmux?.kill());

  it('redraws the question and keeps what was typed', async () => {
    tmux = startCli('resize', ['practice', '--id', 'fill-blank-weight-derivative', '--no-save', '--explain', 'never']);
    await tmux.waitFor(/\? Answer \(\? for help\)/);
    tmux.type("W2_22 g'(z2_2)");
    await tmux.waitFor(/g'\(z2_2\)/);
    spawnSync('tmux', ['-L', tmux.socket, 'resize-window', '-t', tmux.name, '-x', '60', '-y', '40']);
    const screen = await tmux.waitFor(/Answer \(\? for help\) W2_22 g'\(z2_2\)/);
    const prompt = screen.split('\n').find((l) => l.includes('Answer (? for help)'))!;
    expect([...prompt.trimEnd()].length).toBeLessThanOrEqual(60);
    tmux.type(' W3_21');
    tmux.press('Enter');
    expect(await tmux.waitFor(/EXIT=\d+/)).toMatch(/✓ Right\.[\s\S]*EXIT=0/);
  });
});
