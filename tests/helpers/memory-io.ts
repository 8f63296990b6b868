import { PassThrough } from 'node:stream';
import { text } from 'node:stream/consumers';
import { CheckCache } from '../../src/check/check-cache.js';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { REPO_ROOT, testStore } from './cli.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * One memory of checks for a test file's runs: the bundled bank is checked
 * by the first export and reused by the next (CheckCache, tested in
 * tests/check/check-cache.test.ts, gives the report a fresh check gives).
 */
const checkCache = new CheckCache();

/**
 * Runs the CLI in this process with in-memory streams: stdin is a pipe
 * holding `stdin` (not a TTY), stdout and stderr are collected as text
 * (stdout can claim to be a terminal, as when only stdin is redirected).
 */
export async function runInMemory(
  args: string[],
  opts: { stdin?: string; env?: NodeJS.ProcessEnv; cwd?: string; stdoutIsTTY?: boolean; /** A terminal this wide (stdout a TTY). */ columns?: number; stderrIsTTY?: boolean } = {},
): Promise<RunResult> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = text(stdout);
  const err = text(stderr);
  stdin.end(opts.stdin ?? '');
  if (opts.stdoutIsTTY || opts.columns) Object.assign(stdout, { isTTY: true, columns: opts.columns ?? 80 });
  if (opts.stderrIsTTY) Object.assign(stderr, { isTTY: true, columns: 80 });
  // The progress store is always the test's own, whatever else the environment holds.
  const env = { ...(opts.env ?? { NO_COLOR: '1' }), QUIZDRILL_HOME: testStore() };
  const io: Io = { stdin, stdout, stderr, env, cwd: opts.cwd ?? REPO_ROOT, checkCache };
  const code = await run(['node', 'quizdrill', ...args], io);
  stdout.end();
  stderr.end();
  return { code, stdout: await out, stderr: await err };
}
