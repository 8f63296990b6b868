import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import type { AnswerRecord } from '../../src/progress/record.js';
import type { Stats } from '../../src/progress/stats.js';
import { bundledProblems, rightAnswersOfBank } from '../helpers/bank.js';
import { cliCommand, REPO_ROOT, runCli } from '../helpers/cli.js';
import { pollUntil } from '../helpers/poll.js';

// Every test has a store of its own, so the tests run at once (each spawns the CLI, which mostly waits).
const homes: string[] = [];
afterAll(() => homes.forEach((h) => rmSync(h, { recursive: true, force: true })));
function freshHome(): string {
  const h = mkdtempSync(join(tmpdir(), 'quizdrill-progress-e2e-'));
  homes.push(h);
  return h;
}

const A = 'backprop-partial-facts-a';
const B = 'backprop-partial-facts-b';
/** The typed right answers of a problem's parts, from the YAML (not from the code under test). */
const keys = (id: string): string[] => rightAnswersOfBank().filter((r) => r.problem === id).map((r) => r.typed);

/** A drill outlives no test run: killed after this long, whatever happens. */
const KILL_MS = 180_000;

const until = <T>(what: string, probe: () => T | undefined | false): Promise<T> => pollUntil(what, probe, { everyMs: 20 });

/** The answer files of a store and their text. */
function storeFiles(home: string): { name: string; text: string }[] {
  const dir = join(home, 'answers');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Whole lines (ended by a newline) in the store's answer files. */
const storeLines = (home: string): number => storeFiles(home).reduce((n, f) => n + f.text.split('\n').length - 1, 0);
const storeRecords = (home: string): AnswerRecord[] =>
  storeFiles(home).flatMap((f) =>
    f.text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as AnswerRecord),
  );

/** A drill the test types into one line at a time, as a student at a pipe. */
class LiveDrill {
  readonly child: ChildProcessWithoutNullStreams;
  stdout = '';
  stderr = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(args: string[], home: string) {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const k of ['FORCE_COLOR', 'NO_COLOR', 'DEBUG', 'TERM', 'QUIZDRILL_HOME', 'XDG_DATA_HOME']) delete env[k];
    Object.assign(env, { CI: 'true', NO_COLOR: '1', QUIZDRILL_HOME: home });
    const [cmd, argv] = cliCommand(args);
    this.child = spawn(cmd, argv, { cwd: REPO_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.setEncoding('utf8').on('data', (s: string) => (this.stdout += s));
    this.child.stderr.setEncoding('utf8').on('data', (s: string) => (this.stderr += s));
    this.child.stdin.on('error', () => {}); // a killed child closes its end
    this.exited = new Promise((resolve) => this.child.on('close', (code, signal) => resolve({ code, signal })));
    const timer = setTimeout(() => this.child.kill('SIGKILL'), KILL_MS); // never outlive the test run
    void this.exited.then(() => clearTimeout(timer));
  }

  type(text: string): void {
    this.child.stdin.write(text);
  }

  waitForStdout(re: RegExp): Promise<true> {
    return pollUntil(`${re} in stdout`, () => re.test(this.stdout), {
      everyMs: 20,
      state: () => `stdout:\n${this.stdout}\nstderr:\n${this.stderr}`,
      stop: () => (this.child.exitCode !== null || this.child.signalCode !== null ? 'the drill exited' : undefined),
    });
  }
}

/** Generous: the tests run at once, and a loaded machine slows every start of the CLI. */
const RUN_MS = 60_000;
const run = (args: string[], home: string, stdin = '') => runCli(args, { env: { QUIZDRILL_HOME: home }, stdin, timeoutMs: RUN_MS });
const lines = (xs: string[]) => xs.map((x) => `${x}\n`).join('');

async function statsOf(home: string): Promise<{ stats: Stats; stderr: string; status: number | null }> {
  const r = await run(['stats', '--json'], home);
  return { stats: JSON.parse(r.stdout) as Stats, stderr: r.stderr, status: r.status };
}

/** A record as an earlier session would have written it, `agoMs` before now. */
function earlier(problem: string, partId: string, result: AnswerRecord['result'], agoMs: number, extra: Partial<AnswerRecord> = {}): AnswerRecord {
  return { v: 1, at: new Date(Date.now() - agoMs).toISOString(), session: 'earlier', bank: 'problems/quiz-07.yaml', problem, part: Number(partId), partId, tags: ['quiz-07'], answer: '0', result, formatErrors: 0, seconds: 4, ...extra };
}
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

describe.concurrent('progress store, end to end', { timeout: 240_000 }, () => {
  it('keeps every earlier answer of a session killed with SIGKILL in the middle', async ({ expect }) => {
    const home = freshHome();
    const [k1, k2, k3] = keys(A);
    const drill = new LiveDrill(['practice', '--id', A], home);
    await drill.waitForStdout(/part 1 of 6/);
    drill.type(`${k1}\n`);
    await until('1 answer in the store', () => storeLines(home) === 1);
    drill.type(`${k2}\n`);
    await until('2 answers in the store', () => storeLines(home) === 2);
    await drill.waitForStdout(/part 3 of 6/);
    drill.type(k3!.slice(0, 2)); // the answer being typed, not yet entered
    expect(drill.child.exitCode).toBeNull(); // still in the middle of the session
    drill.child.kill('SIGKILL');
    expect(await drill.exited).toEqual({ code: null, signal: 'SIGKILL' });
    expect(drill.stdout).not.toContain('Score:'); // killed: no summary, no chance to tidy up

    const { stats, stderr, status } = await statsOf(home);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stats.overall).toEqual({ answered: 2, right: 2, accuracy: 1 });
    expect(stats.sessions).toHaveLength(1);
    expect(storeRecords(home).map((r) => [r.problem, r.partId, r.answer, r.result])).toEqual([
      [A, '1', k1, 'right'],
      [A, '2', k2, 'right'],
    ]);
  });

  it('keeps all the answers of two sessions running at once', async ({ expect }) => {
    const home = freshHome();
    const drills = [new LiveDrill(['practice', '--id', A], home), new LiveDrill(['practice', '--id', B], home)];
    const answers = [keys(A), keys(B)];
    await Promise.all(drills.map((d) => d.waitForStdout(/part 1 of 6/)));
    // Answer in turn, so both sessions are writing to the store over the same stretch of time.
    for (let k = 0; k < 3; k++) {
      drills.forEach((d, i) => d.type(`${answers[i]![k]}\n`));
      await until(`${2 * (k + 1)} answers in the store`, () => storeLines(home) === 2 * (k + 1));
    }
    for (const d of drills) d.child.stdin.end();
    for (const d of drills) expect((await d.exited).code).toBe(0);
    expect(drills.map((d) => d.stderr)).toEqual(['', '']);

    expect(storeFiles(home)).toHaveLength(2); // one file per session
    const { stats, stderr } = await statsOf(home);
    expect(stderr).toBe('');
    expect(stats.overall).toEqual({ answered: 6, right: 6, accuracy: 1 });
    expect(stats.sessions.map((s) => s.answered)).toEqual([3, 3]);
    const got = storeRecords(home).map((r) => `${r.problem}#${r.partId}`).sort();
    expect(got).toEqual([`${A}#1`, `${A}#2`, `${A}#3`, `${B}#1`, `${B}#2`, `${B}#3`]);
  });

  it('reports a damaged store file, sets it aside, counts its good answers and still starts', async ({ expect }) => {
    const home = freshHome();
    mkdirSync(join(home, 'answers'));
    const good1 = JSON.stringify(earlier(A, '1', 'right', 2 * DAY));
    const good2 = JSON.stringify(earlier(A, '2', 'wrong', 2 * DAY - MIN));
    const damaged = `${good1}\n\u0000\u0000garbage{"v":1,\n${good2}\n`;
    writeFileSync(join(home, 'answers', 'x.jsonl'), damaged);
    // A second file whose last write was cut short: not damage, nothing to report.
    const cut = `${JSON.stringify(earlier(B, '1', 'right', DAY, { session: 'cut' }))}\n${JSON.stringify(earlier(B, '2', 'right', DAY)).slice(0, 40)}`;
    writeFileSync(join(home, 'answers', 'y.jsonl'), cut);

    const first = await statsOf(home);
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/^quizdrill: progress file x\.jsonl was damaged \(line 2\)/);
    expect(first.stderr).not.toContain('y.jsonl');
    expect(first.stats.overall.answered).toBe(3); // the 2 good lines of x and the whole line of y

    const kept = readdirSync(join(home, 'damaged'));
    expect(kept).toEqual([expect.stringMatching(/^x\.jsonl\./)]);
    expect(readFileSync(join(home, 'damaged', kept[0]!), 'utf8')).toBe(damaged);
    expect(first.stderr).toContain(join(home, 'damaged', kept[0]!));

    const again = await run(['stats'], home);
    expect(again.status).toBe(0);
    expect(again.stderr).toBe('');
    expect(again.stdout).toMatch(/2 of 3 answers right/);
  });

  it('drills with --missed just the part missed last time; a --no-save drill records nothing and does not count as last', async ({ expect }) => {
    const home = freshHome();
    const a = keys(A);
    const first = await run(['practice', '--id', A], home, lines([a[0]!, '12345', ...a.slice(2)]));
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Score: 5 of 6 right/);
    const afterFirst = storeFiles(home);
    expect(afterFirst).toHaveLength(1);

    const unsaved = await run(['practice', '--id', B, '--no-save'], home, lines(['12345', '12345']));
    expect(unsaved.status).toBe(0);
    expect(unsaved.stdout).toMatch(/✗ Wrong/);
    expect(storeFiles(home)).toEqual(afterFirst);

    const missed = await run(['practice', '--missed'], home, lines([a[1]!]));
    expect(missed.stderr).toBe('');
    expect(missed.status).toBe(0);
    expect(missed.stdout).toContain(`Problem 1 of 1 · ${A}`);
    expect(missed.stdout.match(/part \d+ of 6/g)).toEqual(['part 2 of 6']);
    expect(missed.stdout).toMatch(/Drill complete\.\nScore: 1 of 1 right/);
    const records = storeRecords(home);
    expect(records).toHaveLength(7);
    expect(records.at(-1)).toMatchObject({ problem: A, partId: '2', part: 2, result: 'right' });
  });

  it('review --new 2 on an empty store drills 2 new parts and records them; then nothing is due', async ({ expect }) => {
    const home = freshHome();
    const first = rightAnswersOfBank().slice(0, 2);
    const review = await run(['review', '--new', '2'], home, lines(first.map((r) => r.typed)));
    expect(review.stderr).toBe('');
    expect(review.status).toBe(0);
    expect(review.stdout).toMatch(/^Nothing is due for review now\.\n/);
    expect(review.stdout.match(/part \d+ of \d+/g)).toEqual(['part 1 of 6', 'part 2 of 6']);
    expect(review.stdout).toMatch(/Drill complete\.\nScore: 2 of 2 right/);
    expect(storeRecords(home).map((r) => [r.problem, r.partId, r.result])).toEqual(first.map((r) => [r.problem, String(r.part), 'right']));

    const next = await run(['review'], home);
    expect(next.status).toBe(0);
    expect(next.stdout).toMatch(/^Nothing is due for review now\./);
    expect(next.stdout).not.toMatch(/part \d+ of/);
    expect(storeLines(home)).toBe(2);
  });

  it('review drills what is due, most overdue first, and ignores problems no longer in the bank', async ({ expect }) => {
    const home = freshHome();
    mkdirSync(join(home, 'answers'));
    const records = [
      earlier(A, '3', 'wrong', 2 * DAY),
      earlier(B, '1', 'wrong', 3 * DAY), // most overdue
      earlier('a-problem-since-removed', '1', 'wrong', 4 * DAY),
      earlier(A, '5', 'right', MIN), // answered a minute ago: not due
    ];
    writeFileSync(join(home, 'answers', 'earlier.jsonl'), lines(records.map((r) => JSON.stringify(r))));
    const review = await run(['review'], home, lines([keys(B)[0]!, keys(A)[2]!]));
    expect(review.stderr).toBe('');
    expect(review.status).toBe(0);
    expect(review.stdout).toMatch(/^2 parts are due for review\.\n/);
    const asked = [...review.stdout.matchAll(/Problem (\d) of (\d) · (\S+)[\s\S]*?part (\d) of 6/g)].map((m) => [m[3], m[4]]);
    expect(asked).toEqual([
      [B, '1'],
      [A, '3'],
    ]);
    expect(review.stdout).toMatch(/Score: 2 of 2 right/);
  });

  it('stats --json has overall, tags, weakest, sessions, due now and over 7 days, and parts', async ({ expect }) => {
    const home = freshHome();
    const total = bundledProblems().reduce((n, p) => n + p.parts.length, 0);
    mkdirSync(join(home, 'answers'));
    const records = [
      earlier(A, '1', 'wrong', 3 * DAY, { session: 'old', tags: ['quiz-07', 'backpropagation'] }),
      earlier(A, '2', 'wrong', 3 * DAY - MIN, { session: 'old', tags: ['quiz-07', 'backpropagation'] }),
      earlier(A, '3', 'right', 3 * DAY - 2 * MIN, { session: 'old', tags: ['quiz-07', 'backpropagation'] }),
      earlier(B, '1', 'right', MIN, { session: 'new', tags: ['quiz-07'] }),
    ];
    writeFileSync(join(home, 'answers', 'mixed.jsonl'), lines(records.map((r) => JSON.stringify(r))));
    const today = new Date().toISOString().slice(0, 10);
    const r = await run(['stats', '--json'], home);
    const todayAfter = new Date().toISOString().slice(0, 10);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout) as Stats;
    expect(Object.keys(s).sort()).toEqual(['due', 'overall', 'parts', 'sessions', 'tags', 'weakest']);
    expect(s.overall).toEqual({ answered: 4, right: 2, accuracy: 0.5 });
    expect(s.tags).toEqual([
      { tag: 'backpropagation', answered: 3, right: 1, accuracy: 1 / 3 },
      { tag: 'quiz-07', answered: 4, right: 2, accuracy: 0.5 },
    ]);
    // quiz-07 is on every answer, so it says nothing about where the student is weak (issue 16).
    expect(s.weakest).toEqual(['backpropagation']);
    expect(s.sessions).toEqual([
      { session: 'old', at: records[0]!.at, answered: 3, right: 1, accuracy: 1 / 3 },
      { session: 'new', at: records[3]!.at, answered: 1, right: 1, accuracy: 1 },
    ]);
    expect(s.due.now).toBe(3); // all three of three days ago (a new part answered right comes back within the day); not the one of a minute ago
    expect(s.due.week).toHaveLength(7);
    expect([today, todayAfter]).toContain(s.due.week[0]!.date);
    s.due.week.forEach((d, k) => {
      expect(d.date).toBe(new Date(Date.parse(`${s.due.week[0]!.date}T00:00:00Z`) + k * DAY).toISOString().slice(0, 10));
      expect(Number.isInteger(d.count) && d.count >= 0).toBe(true);
    });
    expect(s.due.week.reduce((n, d) => n + d.count, 0)).toBeGreaterThanOrEqual(s.due.now);
    expect(s.parts).toEqual({ seen: 4, total });
  });
});
