import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { TEST_BIN } from './test-build.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

export interface CliOptions {
  /** Written to the child's stdin, which is then closed (a pipe, never a TTY). */
  stdin?: string;
  /** Keep stdin open after writing `stdin`, as a student who has not typed the next answer yet. */
  keepStdinOpen?: boolean;
  /** Send a signal (Ctrl-C is SIGINT) once stdout matches. */
  signalWhen?: { stdout: RegExp; signal: NodeJS.Signals };
  /** Added to the environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  timeoutMs?: number;
  /**
   * Run without the capabilities that let root past file permissions
   * (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), through util-linux's setpriv,
   * so that a mode of 000 denies as it would a student. Root stays root, so
   * the checkout may sit in a folder only root can enter (a `mktemp -d`).
   */
  permissionsApply?: boolean;
}

/** setpriv's arguments that drop the permission-bypass capabilities for the command after them. */
const DROP_DAC = ['--bounding-set', '-dac_override,-dac_read_search', '--inh-caps', '-dac_override,-dac_read_search'];

/** Variables of the test runner's own environment that would change what the CLI prints or where it writes. */
const SCRUBBED = ['FORCE_COLOR', 'NO_COLOR', 'DEBUG', 'TERM', 'QUIZDRILL_HOME', 'XDG_DATA_HOME', 'LC_ALL', 'LC_CTYPE', 'LANG'];

/** A UTF-8 locale, so the glyphs checked (✓, ✗, ·) do not turn into ASCII on a C-locale machine. */
export const UTF8_LOCALE = { LANG: 'C.UTF-8', LC_ALL: '', LC_CTYPE: '' };

let store: string | undefined;

/**
 * A progress store of the test file's own (QUIZDRILL_HOME), so a drill run
 * by a test never writes to the user's; removed after the file's tests.
 */
export function testStore(): string {
  store ??= mkdtempSync(join(tmpdir(), 'quizdrill-store-'));
  return store;
}

// Vitest evaluates this module once per test file, so this runs after each file that uses it.
afterAll(() => {
  if (store) rmSync(store, { recursive: true, force: true });
  store = undefined;
});

/**
 * The command line that runs the CLI: the bundle tests/global-setup.ts made
 * from the current source at the start of this run (bin/ runs dist/, which
 * may be stale), by its full path, so a test may run it in any folder.
 */
export function cliCommand(args: string[]): [string, string[]] {
  return [process.execPath, [TEST_BIN, ...args]];
}

/**
 * How long a whole-CLI run may take by default. Generous: with several
 * suites at once on two cores, a start from source (tsx) alone once took
 * over 9 s.
 */
const CLI_TIMEOUT_MS = 60_000;

/** Runs quizdrill from source with stdin and stdout as pipes. */
export function runCli(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const k of SCRUBBED) delete env[k];
  Object.assign(env, { CI: 'true', NO_COLOR: '1', QUIZDRILL_HOME: testStore() }, UTF8_LOCALE, opts.env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  const [node, nodeArgs] = cliCommand(args);
  const [cmd, argv] = opts.permissionsApply ? ['setpriv', [...DROP_DAC, node, ...nodeArgs]] : [node, nodeArgs];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd: opts.cwd ?? REPO_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let signalled = false;
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
      if (opts.signalWhen && !signalled && opts.signalWhen.stdout.test(stdout)) {
        signalled = true;
        child.kill(opts.signalWhen.signal);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`quizdrill ${args.join(' ')} did not finish in ${opts.timeoutMs ?? CLI_TIMEOUT_MS} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, opts.timeoutMs ?? CLI_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ stdout, stderr, status });
    });
    child.stdin.on('error', () => {}); // the CLI may exit before reading all of stdin
    if (opts.keepStdinOpen) child.stdin.write(opts.stdin ?? '');
    else child.stdin.end(opts.stdin ?? '');
  });
}

/** Anything of the form ESC [ ... or ESC ] ...: colour, cursor movement, titles. */
export const ANSI = /\u001b[[\]]/;
