import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ANSI, cliCommand, UTF8_LOCALE } from '../helpers/cli.js';
import { runInMemory } from '../helpers/memory-io.js';
import { pollUntil } from '../helpers/poll.js';

/**
 * `check --watch`, whole: started on a course, it must report an edit that
 * breaks a key and the edit that fixes it, and end on Ctrl-C with 130. The
 * waits keep no clock (a start under load has taken 10 s): only the test's
 * own time-out ends them, and nothing is timed.
 */

const problem = (id: string, layers: string, answer: number) => `  - id: ${id}
    tags: [counting]
    prompt: How many parameters has the network?
    network:
      layers: ${layers}
    parts:
      - prompt: Count the weights and biases.
        kind: number
        answer: ${answer}
        compute: { of: parameter-count, biases: true }
        explanation: Count the weights and the biases of each layer.
`;
const bank = (...problems: string[]) => `title: A course\nproblems:\n${problems.join('\n')}`;

const course = mkdtempSync(join(tmpdir(), 'quizdrill-watch-'));
afterAll(() => rmSync(course, { recursive: true, force: true }));
mkdirSync(join(course, 'banks'));
const A = join(course, 'banks', 'a.yaml');
writeFileSync(A, bank(problem('count-a', '[3, 4, 2, 1]', 29), problem('count-b', '[2, 5, 3, 1]', 37)));
writeFileSync(join(course, 'banks', 'b.yaml'), bank(problem('count-c', '[1, 1]', 2)));
// Not banks: a check of banks/ never reads these, and neither does the watch.
mkdirSync(join(course, 'banks', 'node_modules', 'x'), { recursive: true });
writeFileSync(join(course, 'banks', 'node_modules', 'x', 'bad.yaml'), 'nonsense: [');
mkdirSync(join(course, 'banks', '.drafts'));
writeFileSync(join(course, 'banks', '.drafts', 'bad.yaml'), 'nonsense: [');

/** The running watch, and a way to wait for its output to show something. */
function start(args: string[]) {
  const [node, argv] = cliCommand(['check', '--watch', ...args]);
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...UTF8_LOCALE };
  for (const k of ['FORCE_COLOR', 'GITHUB_ACTIONS', 'DEBUG']) delete env[k];
  const child: ChildProcess = spawn(node, argv, { cwd: course, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  /** Waits until stdout, from `from` on, matches; returns the offset past the match. */
  const waitFor = (pattern: RegExp, from = 0): Promise<number> =>
    pollUntil(
      `${pattern} in the output`,
      () => {
        const m = pattern.exec(stdout.slice(from));
        return m ? from + m.index + m[0].length : undefined;
      },
      { state: () => `stdout:\n${stdout}\nstderr:\n${stderr}`, stop: () => (child.exitCode !== null ? 'check --watch exited' : undefined) },
    );
  return { child, exited, waitFor, out: () => stdout, err: () => stderr };
}

describe('quizdrill check --watch', () => {
  it('reports an edit that breaks a key, then the fix, and ends on Ctrl-C with 130', async () => {
    const w = start(['--variants', '3']);
    try {
      let at = await w.waitFor(/✓ 2 files, 3 problems, 3 parts: every key holds\n/);
      const first = w.out();
      expect(first).toMatch(/^Watching banks\/ \(no quizdrill\.config\.yaml or "quizdrill" key in package\.json\);\nchecking again on every save \(Ctrl-C to stop\)\n/);
      expect(first).toMatch(/checked 3 problems in \d+ ms\n/);
      expect(first).not.toMatch(/bad\.yaml|node_modules|\.drafts/);

      writeFileSync(A, bank(problem('count-a', '[3, 4, 2, 1]', 29), problem('count-b', '[2, 5, 3, 1]', 36)));
      at = await w.waitFor(/✗ 2 files, 3 problems, 3 parts: 1 error\n/, at);
      const broken = w.out();
      expect(broken).toMatch(/banks\/a\.yaml changed: 1 of 3 problems checked again in \d+ ms\n/);
      expect(broken).toMatch(/banks\/a\.yaml:23:17 error key-mismatch count-b part 1: answer\s+is\s+36\s+but/);
      expect(broken).toContain('   23 |         answer: 36\n');

      writeFileSync(A, bank(problem('count-a', '[3, 4, 2, 1]', 29), problem('count-b', '[2, 5, 3, 1]', 37)));
      await w.waitFor(/✓ 2 files, 3 problems, 3 parts: every key holds\n/, at);

      // Every line of every report fits 80 columns, and NO_COLOR holds: no escape codes, no screen clearing.
      expect(w.out().split('\n').filter((l) => [...l].length > 80)).toEqual([]);
      expect(w.out()).not.toMatch(ANSI);
      w.child.kill('SIGINT');
      expect(await w.exited).toBe(130);
      expect(w.err()).toBe('');
    } finally {
      w.child.kill('SIGKILL');
    }
  });

  it('with --format json, writes one JSON document per run, one per line, and says what it watches on stderr', async () => {
    const w = start(['--variants', '3', '--format', 'json']);
    try {
      const at = await w.waitFor(/\n/);
      // A file deleted takes its problems out of the report; nothing is checked again.
      rmSync(join(course, 'banks', 'b.yaml'));
      await w.waitFor(/"run":2.*\n/, at);
      const docs = w.out().trim().split('\n').map((l) => JSON.parse(l) as { run: number; problems: number; errors: number; checkedAgain: number; changed: string[] });
      expect(docs.map((d) => [d.run, d.problems, d.errors, d.checkedAgain])).toEqual([
        [1, 3, 0, 3],
        [2, 2, 0, 0],
      ]);
      expect(docs[1]!.changed).toEqual([join('banks', 'b.yaml')]);
      expect(w.err()).toMatch(/^Watching banks\//);
      w.child.kill('SIGTERM');
      expect(await w.exited).toBe(143);
    } finally {
      w.child.kill('SIGKILL');
    }
  });
});

describe('check --watch on the command line', () => {
  it('is described in check --help', async () => {
    const r = await runInMemory(['check', '--help']);
    expect(r.stdout).toMatch(/--watch +check again on every save, only what changed;[^]*Ctrl-C ends it \(exit 130\)/);
  });

  it.each([
    [['--format', 'junit'], /--format junit is one report for CI; use --format text, or json/],
    [['--format', 'github'], /--format github is one report for CI/],
    [['-'], /cannot watch standard input/],
  ])('%j', async (args, message) => {
    const r = await runInMemory(['check', '--watch', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});
