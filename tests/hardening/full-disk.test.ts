/**
 * Issue 19, a full disk under a drill, on a real small file system: a tmpfs
 * of 64 KiB mounted by the test (it runs as root, as CI does), holding the
 * report and the progress store. The disk is filled after a few answers and
 * freed again later in the same drill. The rules:
 *
 * - a write that fails is said once (report and store, once each) and the
 *   drill goes on to its summary, exit 0;
 * - a half-written record is never appended to: the store holds whole
 *   lines only, and the answers given while the disk was full are written
 *   once there is room again, so the store and the report end up with every
 *   answer;
 * - temporary files are removed.
 *
 * Where a tmpfs cannot be mounted (not root), the test is skipped, except
 * in CI, where it fails: this is the only test of ENOSPC.
 */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLog } from '../../src/progress/record.js';
import { cliCommand, REPO_ROOT, UTF8_LOCALE } from '../helpers/cli.js';

const mountPoint = mkdtempSync(join(tmpdir(), 'quizdrill-full-disk-'));
let mounted = false;
let mountError = '';
beforeAll(() => {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0755', 'tmpfs', mountPoint], { stdio: 'pipe' });
    mounted = true;
  } catch (e) {
    mountError = String((e as { stderr?: Buffer }).stderr ?? e);
  }
});
afterAll(() => {
  if (mounted) execFileSync('umount', ['-l', mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

/** Fills the file system: writes until it refuses, and says how much went in. */
function fill(path: string): number {
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(1024, 'x');
  let total = 0;
  try {
    for (;;) total += writeSync(fd, chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  } finally {
    closeSync(fd);
  }
  return total;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => statSync(join(dir, p)).isFile());
}

/** Parts headed so far ("problem 1 of 19 · part 2 of 6"): answer n is saved once heading n + 1 is out. */
const headings = (s: string): number => s.match(/^problem \d+ of \d+ · part \d+ of \d+$/gm)?.length ?? 0;

const STEP_MS = 120_000;
const BEFORE = 3;
const WHILE_FULL = 20; // about 5 KB of records: more than the one page the store's file may still have room in
const AFTER = 6;

describe('a full disk mid-drill (a 64 KiB tmpfs)', () => {
  it('is said once, the drill goes on, and once there is room nothing is lost', { timeout: 5 * STEP_MS }, async (ctx) => {
    if (!mounted) {
      if (process.env.CI) throw new Error(`CI must run the full-disk test, but a tmpfs could not be mounted (run as root): ${mountError}`);
      ctx.skip(`a tmpfs cannot be mounted here (not root?): ${mountError}`);
    }
    const report = join(mountPoint, 'report.json');
    const home = join(mountPoint, 'store');
    const filler = join(mountPoint, 'filler');
    const env: NodeJS.ProcessEnv = { ...process.env, ...UTF8_LOCALE, NO_COLOR: '1', CI: 'true', QUIZDRILL_HOME: home };
    for (const k of ['FORCE_COLOR', 'DEBUG', 'TERM', 'XDG_DATA_HOME']) delete env[k];
    const [cmd, argv] = cliCommand(['practice', 'problems/quiz-07.yaml', '--report', report]);
    const child = spawn(cmd, argv, { cwd: REPO_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const waiters: (() => void)[] = [];
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
      for (const w of waiters.splice(0)) w();
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    let exited = false;
    const closed = new Promise<number | null>((resolve) =>
      child.on('close', (status) => {
        exited = true;
        for (const w of waiters.splice(0)) w();
        resolve(status);
      }),
    );
    const headed = (n: number) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no part ${n} after ${STEP_MS} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`)), STEP_MS);
        const check = () => {
          if (headings(stdout) >= n) {
            clearTimeout(timer);
            resolve();
          } else if (exited) {
            clearTimeout(timer);
            reject(new Error(`the drill ended before part ${n}\nstdout:\n${stdout.slice(-2000)}\nstderr:\n${stderr}`));
          } else waiters.push(check);
        };
        check();
      });
    const answer = async (from: number, count: number) => {
      for (let i = 0; i < count; i++) {
        await headed(from + i);
        child.stdin.write('skip\n');
      }
      await headed(from + count);
    };

    await answer(1, BEFORE);
    const filled = fill(filler);
    expect(filled).toBeGreaterThan(0);
    await answer(1 + BEFORE, WHILE_FULL);
    rmSync(filler);
    await answer(1 + BEFORE + WHILE_FULL, AFTER);
    child.stdin.end();
    const status = await closed;
    const answered = BEFORE + WHILE_FULL + AFTER;

    // Said once each, with the reason; no crash.
    expect(stderr).not.toMatch(/internal error|\n\s+at /);
    const said = stderr.split('\n').filter(Boolean);
    expect(said).toHaveLength(2);
    expect(said.filter((l) => /report .*cannot be written .*(ENOSPC|no space)/i.test(l))).toHaveLength(1);
    expect(said.filter((l) => /progress is not being saved .*(ENOSPC|no space)/i.test(l))).toHaveLength(1);
    // The drill went on to its summary.
    expect(stdout).toMatch(/^Drill ended \(end of input\)\.$/m);
    expect(stdout).toMatch(new RegExp(`^Score: 0 of 33 right .*· ${answered} skipped · ${33 - answered} not reached`, 'm'));
    expect(status).toBe(0);
    // No temporary file left behind.
    expect(filesUnder(mountPoint).filter((f) => /\.tmp$/.test(f))).toEqual([]);
    // The report holds every answer.
    const saved = JSON.parse(readFileSync(report, 'utf8')) as { parts: unknown[]; ended: string };
    expect(saved.ended).toBe('end-of-input');
    expect(saved.parts).toHaveLength(answered);
    // The store: whole lines only, every answer, in order.
    const logs = filesUnder(join(home, 'answers'));
    expect(logs).toHaveLength(1);
    const text = readFileSync(join(home, 'answers', logs[0]!), 'utf8');
    const log = parseLog(text);
    expect(log.damaged).toEqual([]);
    expect(log.truncatedTail).toBe(false);
    expect(text.endsWith('\n')).toBe(true);
    expect(log.records.map((r) => `${r.problem}#${r.partId}`)).toEqual((saved.parts as { problem: string; partId: string }[]).map((p) => `${p.problem}#${p.partId}`));
  });
});
