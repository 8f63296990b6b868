/**
 * Issue 19, the file system under a bank reader: special files, links and
 * folders that cannot be listed. The rules (src/bank/read-files.ts,
 * read-one.ts): only regular files are read, and never more than the size
 * bound; each real folder is searched once; a FIFO, a device or a socket is
 * a located error, never a wait; a folder that cannot be listed is reported
 * and its neighbours are still checked.
 *
 * Each case runs the real CLI, so that a hang is a time-out of this test
 * rather than of the test runner. The CLI is slow to start on a loaded
 * machine, so the hazards share a few runs: each folder below holds one
 * valid bank (good.yaml: 2 problems, 3 parts) beside its hazards.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { runCli, type CliOptions, type CliResult } from '../helpers/cli.js';
import { VALID_DIR } from './make-fixtures.js';

const root = mkdtempSync(join(tmpdir(), 'quizdrill-fs-'));
let server: Server | undefined;
afterAll(() => {
  server?.close();
  rmSync(root, { recursive: true, force: true });
});

const VALID = join(VALID_DIR, 'valid-bank.yaml');
/** Long enough for a loaded machine to start the CLI; a hang runs into it. */
const SLOW: CliOptions = { timeoutMs: 120_000 };
const TIMEOUT = { timeout: 240_000 };

/** A fresh folder holding one valid bank (`good.yaml`). */
function folder(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir);
  copyFileSync(VALID, join(dir, 'good.yaml'));
  return dir;
}

const mkfifo = (path: string): void => void execFileSync('mkfifo', [path]);

/** The last line of a check: the valid bank (2 problems, 3 parts) was read, once. */
function checkedOnce(stdout: string): boolean {
  return / 2 problems, 3 parts\b/.test(stdout.split('\n').filter(Boolean).at(-1) ?? '');
}

/** One run per key, started on first use and shared by the tests that look at it. */
const runs = new Map<string, Promise<CliResult>>();
function run(key: string, args: string[], opts: CliOptions): Promise<CliResult> {
  if (!runs.has(key)) runs.set(key, runCli(args, { ...SLOW, ...opts }));
  return runs.get(key)!;
}

let special = '';
let links = '';
beforeAll(async () => {
  special = folder('special');
  mkfifo(join(special, 'pipe'));
  symlinkSync('pipe', join(special, 'f.yaml'));
  mkfifo(join(special, 'bare-fifo.yaml'));
  symlinkSync('/dev/zero', join(special, 'z.yaml'));
  server = createServer();
  await new Promise<void>((resolve) => server!.listen(join(special, 's.yaml'), resolve));

  links = folder('links');
  symlinkSync('.', join(links, 'x'));
  symlinkSync('.', join(links, 'y'));
  mkdirSync(join(links, 'a'));
  mkdirSync(join(links, 'b'));
  symlinkSync('../b', join(links, 'a', 'to-b'));
  symlinkSync('../a', join(links, 'b', 'to-a'));
  symlinkSync('..', join(links, 'b', 'up'));
  symlinkSync('good.yaml', join(links, 'same.yaml'));
});

describe.concurrent('special files are a located error, never a wait', TIMEOUT, () => {
  const inFolder = () => run('special', ['check', '.'], { cwd: special });

  it('a FIFO given by name', async ({ expect }) => {
    const r = await run('fifo', ['check', 'bare-fifo.yaml'], { cwd: special });
    expect(r.stdout).toMatch(/^bare-fifo\.yaml:1:1 error read-error .*FIFO.*not a regular file/m);
    expect(r.status).toBe(2);
  });

  it('in a folder: a FIFO, a .yaml link to one, a link to /dev/zero, a socket; the good bank is still checked', async ({ expect }) => {
    const r = await inFolder();
    expect(r.stdout).toMatch(/^bare-fifo\.yaml:1:1 error read-error .*FIFO/m);
    expect(r.stdout).toMatch(/^f\.yaml:1:1 error read-error .*FIFO/m);
    expect(r.stdout).toMatch(/^z\.yaml:1:1 error read-error .*character device.*not a regular file/m);
    expect(r.stdout).toMatch(/^s\.yaml:1:1 error read-error .*socket/m);
    expect(checkedOnce(r.stdout)).toBe(true);
    expect(r.status).toBe(2);
  });

  it('a link to /dev/zero given by name', async ({ expect }) => {
    const r = await run('zero', ['check', 'z.yaml'], { cwd: special });
    expect(r.stdout).toMatch(/^z\.yaml:1:1 error read-error .*character device/m);
    expect(r.status).toBe(2);
  });

  it('list and practice refuse a FIFO the same way', async ({ expect }) => {
    for (const cmd of [['list', 'f.yaml'], ['practice', 'f.yaml', '--no-save']]) {
      const r = await runCli(cmd, { ...SLOW, cwd: special });
      expect(r.stderr + r.stdout).toMatch(/f\.yaml:1:1 error read-error .*FIFO/);
      expect(r.status, cmd.join(' ')).toBe(2);
    }
  });
});

describe.concurrent('links: each real folder searched once, each real file read once', TIMEOUT, () => {
  // Two links to `.` made the walk branch at every level (a hang); one read the bank 33 times.
  const linked = () => run('links', ['check', '.'], { cwd: links });

  it('two self-links, links between siblings both ways and to the parent: the bank is read once', async ({ expect }) => {
    const r = await linked();
    expect(r.stdout).not.toMatch(/duplicate-id/);
    expect(checkedOnce(r.stdout)).toBe(true);
    expect(r.status).toBe(0);
  });

  it('a link that points to itself is a located error; the rest is checked', async ({ expect }) => {
    const dir = folder('loop');
    symlinkSync('loop.yaml', join(dir, 'loop.yaml'));
    const r = await runCli(['check', '.'], { ...SLOW, cwd: dir });
    expect(r.stdout).toMatch(/^loop\.yaml:1:1 error read-error .*link loop/m);
    expect(checkedOnce(r.stdout)).toBe(true);
    expect(r.status).toBe(2);
  });
});

describe.concurrent('what cannot be read', TIMEOUT, () => {
  // Root reads every folder whatever its mode, so the CLI runs without the capabilities that allow it.
  const asUser: CliOptions = process.getuid?.() === 0 ? { permissionsApply: true } : {};

  it('a folder that cannot be listed and a bank that cannot be read: both located, the good bank still checked', async ({ expect }) => {
    const dir = folder('locked');
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'hidden.yaml'), readFileSync(VALID));
    chmodSync(join(dir, 'locked'), 0o000);
    copyFileSync(VALID, join(dir, 'secret.yaml'));
    chmodSync(join(dir, 'secret.yaml'), 0o000);
    const r = await runCli(['check', '.'], { ...SLOW, ...asUser, cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^locked:1:1 error read-error cannot read the folder: permission denied/m);
    expect(r.stdout).toMatch(/^secret\.yaml:1:1 error read-error cannot read the file: permission denied/m);
    expect(checkedOnce(r.stdout)).toBe(true);
    expect(r.status).toBe(2);
  });
});
