/**
 * Issue 10, the terminal and the process, with the real CLI spawned from
 * source (NO_COLOR=1, a progress store of the test's own):
 *
 * - a reader that goes away (`quizdrill list | head -1`) ends the CLI quietly;
 * - SIGTERM and SIGHUP end a piped drill as Ctrl-C does: the summary, the
 *   report with the answers so far, the progress saved; the exit status is
 *   128 + the signal's number, as a shell reports a process the signal
 *   killed (src/cli/drill/run.ts and exit-codes.ts: 130 for SIGINT, 143 for
 *   SIGTERM, 129 for SIGHUP);
 * - the end of input ends the drill with the summary, exit 0;
 * - a store that cannot be written is said once on stderr, and the drill goes
 *   on and exits 0.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { cliCommand, REPO_ROOT, runCli, UTF8_LOCALE } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'quizdrill-process-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STACK_FRAME = /^\s+at .+(?::\d+:\d+\)?|\(native\))$/m;
const NODE_ERROR = /\b(?:\w*Error|EPIPE|Uncaught)\b/;
const lines = (...xs: string[]) => xs.map((x) => `${x}\n`).join('');
/** The first problem of the bundled seed bank: six number parts, keys -14, -1, -14, 0, -9, 0. */
const DRILL = ['practice', '--id', 'backprop-partial-facts-a', '--no-color'];

/** A bank big enough that `list` writes far more than a pipe holds (64 KiB on Linux). */
const BIG_BANK = join(dir, 'many-problems.yaml');
const BIG_PROBLEMS = 1_000;
beforeAll(() => {
  const problem = (i: number) =>
    [`  - id: ${'a-problem-with-a-long-name-so-that-the-listing-overflows-the-pipe-'.repeat(2)}${i}`, '    tags: [hardening, pipes]', '    prompt: One plus one.', '    parts:', '      - prompt: One plus one?', '        kind: number', '        answer: 2', '        explanation: Two.'].join('\n');
  writeFileSync(BIG_BANK, `problems:\n${Array.from({ length: BIG_PROBLEMS }, (_, i) => problem(i)).join('\n')}\n`);
});

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...process.env, ...UTF8_LOCALE, NO_COLOR: '1', CI: 'true', QUIZDRILL_HOME: join(dir, 'home-pipes'), ...extra };
  for (const k of ['FORCE_COLOR', 'DEBUG', 'TERM']) delete out[k];
  return out;
}

/** Spawns the CLI and closes our end of its stdout after the first chunk, as `head -1` does once it has its line. */
function closeAfterFirstChunk(args: string[]): Promise<{ first: string; stderr: string; status: number | null; signal: NodeJS.Signals | null }> {
  const [cmd, argv] = cliCommand(args);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd: REPO_ROOT, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    let first = '';
    let stderr = '';
    child.stdout.once('data', (chunk: Buffer) => {
      first = chunk.toString('utf8');
      child.stdout.destroy();
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`quizdrill ${args.join(' ')} did not end after its reader left\nstderr:\n${stderr}`));
    }, 60_000);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ first, stderr, status, signal });
    });
  });
}

interface Report {
  ended: string;
  score: { right: number; wrong: number; skipped: number; total: number };
  parts: { problem: string; part: number; answer: string | null; result: string }[];
}
const readReport = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Report;

/** Every answer record in a progress store, from all its session files. */
function storedAnswers(home: string): { problem: string; part: number; answer: string | null; result: string }[] {
  const answers = join(home, 'answers');
  return readdirSync(answers)
    .filter((n) => n.endsWith('.jsonl'))
    .flatMap((n) => readFileSync(join(answers, n), 'utf8').split('\n').filter(Boolean))
    .map((l) => JSON.parse(l) as { problem: string; part: number; answer: string | null; result: string });
}

describe.concurrent('a reader that goes away', () => {
  it(`list of ${BIG_PROBLEMS} problems, stdout closed after the first chunk: exits 0, nothing on stderr`, async ({ expect }) => {
    const r = await closeAfterFirstChunk(['list', BIG_BANK]);
    expect(r.first).toMatch(/^id\s+parts\s+tags\n/);
    expect(r.stderr).toBe('');
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
  });

  it('list --json, one large write, stdout closed after the first chunk: exits 0, nothing on stderr', async ({ expect }) => {
    const r = await closeAfterFirstChunk(['list', '--json', BIG_BANK]);
    expect(r.first.startsWith('[')).toBe(true);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('`quizdrill list BANK | head -1` in a shell prints the header line and nothing on stderr', async ({ expect }) => {
    const [cmd, argv] = cliCommand(['list', BIG_BANK]);
    const quoted = [cmd, ...argv].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    // PIPESTATUS holds the CLI's own status, whatever head's is.
    const script = `${quoted} | head -1; echo "status \${PIPESTATUS[0]}"`;
    const r = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn('bash', ['-c', script], { cwd: REPO_ROOT, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
      child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`the shell pipe did not end\n${stdout}\n${stderr}`));
      }, 60_000);
      child.on('close', () => {
        clearTimeout(timer);
        resolve({ stdout, stderr });
      });
    });
    expect(r.stdout).toMatch(/^id\s+parts\s+tags\nstatus 0\n$/);
    expect(r.stderr).toBe('');
  });
});

describe.concurrent('signals during a piped drill end it as Ctrl-C does', () => {
  it.for(['SIGTERM', 'SIGHUP', 'SIGINT'] as const)('%s: summary, report with the answers so far, progress saved, exit 128 + the signal', async (signal, { expect }) => {
    const report = join(dir, `${signal}.json`);
    const home = join(dir, `home-${signal}`);
    const r = await runCli([...DRILL, '--report', report], {
      stdin: lines('-14', '-1'),
      keepStdinOpen: true,
      signalWhen: { stdout: /part 3 of 6\n.*\n$/, signal },
      env: { QUIZDRILL_HOME: home },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(128 + constants.signals[signal]);
    expect(r.stdout).toContain('Drill interrupted.\nScore: 2 of 6 right (33%) · 0 wrong · 0 skipped · 4 not reached');
    expect(r.stdout).toContain(`Report written to ${report}`);
    expect(r.stdout).not.toMatch(STACK_FRAME);
    const saved = readReport(report);
    expect(saved.ended).toBe('interrupted');
    expect(saved.parts).toMatchObject([
      { part: 1, answer: '-14', result: 'right' },
      { part: 2, answer: '-1', result: 'right' },
    ]);
    expect(storedAnswers(home).map((a) => [a.problem, a.part, a.answer, a.result])).toEqual([
      ['backprop-partial-facts-a', 1, '-14', 'right'],
      ['backprop-partial-facts-a', 2, '-1', 'right'],
    ]);
  });
});

describe.concurrent('the end of input', () => {
  it('ends the drill with the summary, the report and the progress saved, exit 0', async ({ expect }) => {
    const report = join(dir, 'eof.json');
    const home = join(dir, 'home-eof');
    const r = await runCli([...DRILL, '--report', report], { stdin: lines('-14', 'abc', '-2'), env: { QUIZDRILL_HOME: home } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Drill ended (end of input).\nScore: 1 of 6 right (17%) · 1 wrong · 0 skipped · 4 not reached');
    expect(readReport(report)).toMatchObject({ ended: 'end-of-input', score: { right: 1, wrong: 1, skipped: 0, total: 6 } });
    expect(storedAnswers(home)).toHaveLength(2);
  });

  it('ends a drill at once when the input is empty', async ({ expect }) => {
    const r = await runCli(DRILL, { stdin: '' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Drill ended (end of input).\nScore: 0 of 6 right (0%)');
  });
});

describe.concurrent('a progress store that cannot be written', () => {
  // Running as root ignores file modes, so the store is made impossible
  // instead: its folder would have to be created under a regular file.
  const blocker = join(dir, 'a-regular-file');
  beforeAll(() => writeFileSync(blocker, 'not a folder\n'));

  it('is reported once on stderr; the drill goes on, answers are graded and reported, exit 0', async ({ expect }) => {
    const report = join(dir, 'no-store.json');
    const r = await runCli([...DRILL, '--report', report], {
      stdin: lines('-14', '-1', 'skip', '5'),
      env: { QUIZDRILL_HOME: join(blocker, 'store') },
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^quizdrill: progress is not being saved \([^\n]*ENOTDIR[^\n]*\); the drill goes on\n$/);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stdout).not.toMatch(NODE_ERROR);
    expect(r.stdout).toContain('Drill ended (end of input).\nScore: 2 of 6 right (33%) · 1 wrong · 1 skipped · 2 not reached');
    expect(readReport(report).parts.map((p) => p.result)).toEqual(['right', 'right', 'skipped', 'wrong']);
  });

  it('with --store pointing under a regular file: the same single warning', async ({ expect }) => {
    const r = await runCli([...DRILL, '--store', join(blocker, 'elsewhere')], { stdin: lines('-14', '-1') });
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toContain('progress is not being saved');
  });

  it('a store folder that does not exist yet is created, and the answers are saved', async ({ expect }) => {
    const home = join(dir, 'not', 'yet', 'there');
    mkdirSync(join(dir, 'not'), { recursive: true });
    const r = await runCli(DRILL, { stdin: lines('-14'), env: { QUIZDRILL_HOME: home } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(storedAnswers(home)).toMatchObject([{ part: 1, answer: '-14', result: 'right' }]);
  });
});
