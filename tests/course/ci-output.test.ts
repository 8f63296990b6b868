import { describe, expect, it } from 'vitest';
import { runInMemory } from '../helpers/memory-io.js';
import { VERSION } from '../../src/cli/version.js';
import { bankWithWarnings, course, SOUND_BANK, WRONG_KEY_PROBLEM } from './helpers.js';

const check = (cwd: string, args: string[], env: NodeJS.ProcessEnv = { NO_COLOR: '1' }, stdin?: string) =>
  runInMemory(['check', '--variants', '0', ...args], { cwd, env, ...(stdin !== undefined && { stdin }) });

/** A sound problem (two warnings) and one with a wrong key, in one file. */
const MIXED = bankWithWarnings('warned') + WRONG_KEY_PROBLEM.replace(/^\n/, '') + '\n';

describe('--format', () => {
  const cwd = course({ 'banks/mixed.yaml': MIXED });

  it('github: one annotation per diagnostic, with file, line, column and code', async () => {
    const r = await check(cwd, ['--format', 'github']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^Checking banks\//);
    expect(lines.filter((l) => l.startsWith('::error '))).toEqual([
      expect.stringMatching(/^::error file=banks\/mixed\.yaml,line=\d+,col=\d+,title=quizdrill key-mismatch::wrong-step part 1: answer is \(4, 8\)/),
    ]);
    expect(lines.filter((l) => l.startsWith('::warning file=banks/mixed.yaml,line=8,col=17,title=quizdrill unknown-latex::'))).toHaveLength(1);
  });

  it('github is the default inside GitHub Actions', async () => {
    const r = await check(cwd, [], { NO_COLOR: '1', GITHUB_ACTIONS: 'true' });
    expect(r.stdout).toMatch(/^::error file=/m);
    const text = await check(cwd, ['--format', 'text'], { NO_COLOR: '1', GITHUB_ACTIONS: 'true' });
    expect(text.stdout).not.toMatch(/^::/m);
  });

  it('junit: a test case per part; the wrong key fails its part, warnings fail nothing', async () => {
    const r = await check(cwd, ['--format', 'junit']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="quizdrill check" tests="3" failures="1" errors="0">/);
    const cases = [...r.stdout.matchAll(/<testcase name="([^"]+)"/g)].map((m) => m[1]);
    expect(cases).toEqual(['warned part one', 'warned part two', 'wrong-step part 1']);
    expect(r.stdout).toMatch(/<testcase name="wrong-step part 1" classname="banks\/mixed\.yaml\.wrong-step">\n\s+<failure message="key-mismatch: wrong-step part 1: answer is \(4, 8\)/);
    expect(r.stdout).toMatch(/<testcase name="warned part one"[^>]*>\n\s+<system-out>banks\/mixed\.yaml:8:17 warning unknown-latex/);
  });

  it('junit: a file that does not parse is a failing case of its own', async () => {
    const bad = course({ 'banks/bad.yaml': 'problems: [\n' });
    const r = await check(bad, ['--format', 'junit']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/<testcase name="banks\/bad\.yaml" classname="banks\/bad\.yaml">\n\s+<failure message="yaml-syntax: /);
  });

  it('json (and --json): counts, the version, and what was checked', async () => {
    for (const args of [['--format', 'json'], ['--json']]) {
      const r = await check(cwd, args);
      const j = JSON.parse(r.stdout) as Record<string, unknown>;
      expect(j).toMatchObject({ version: VERSION, ok: false, files: 1, problems: 2, parts: 3, errors: 1, warnings: 2 });
      expect(j.banks).toMatch(/^banks\//);
      expect(Object.keys((j.diagnostics as object[])[0]!)).toEqual(['file', 'line', 'col', 'code', 'severity', 'message']);
    }
  });
});

describe('warning policy', () => {
  it('--max-warnings N: more warnings than N fail with exit 1, N or fewer pass', async () => {
    const cwd = course({ 'banks/w.yaml': bankWithWarnings('w') });
    expect((await check(cwd, ['--max-warnings', '2'])).code).toBe(0);
    const r = await check(cwd, ['--max-warnings', '1']);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('✗ 1 file, 1 problem, 2 parts: every key holds, but 2 warnings, more than the 1 allowed (--max-warnings)');
  });

  it('max-warnings in the config; the flag wins', async () => {
    const cwd = course({ 'quizdrill.config.yaml': 'max-warnings: 0\n', 'banks/w.yaml': bankWithWarnings('w') });
    expect((await check(cwd, [])).code).toBe(1);
    expect((await check(cwd, ['--max-warnings', '5'])).code).toBe(0);
  });

  it('ignore: on a part silences that part only', async () => {
    const cwd = course({ 'banks/w.yaml': bankWithWarnings('w', '', ['\n        ignore: [unknown-latex]', '']) });
    const j = JSON.parse((await check(cwd, ['--json'])).stdout) as { warnings: number; diagnostics: { line: number }[] };
    expect(j.warnings).toBe(1);
    expect(j.diagnostics[0]!.line).toBe(14);
  });

  it('ignore: on a problem silences all its parts', async () => {
    const cwd = course({ 'banks/w.yaml': bankWithWarnings('w', '\n    ignore: [unknown-latex]') });
    expect(JSON.parse((await check(cwd, ['--json'])).stdout)).toMatchObject({ warnings: 0, ok: true });
  });

  it('ignore: in the config silences a code for the whole course, and never an error', async () => {
    const cwd = course({ 'quizdrill.config.yaml': 'ignore: [unknown-latex]\n', 'banks/w.yaml': MIXED });
    expect(JSON.parse((await check(cwd, ['--json'])).stdout)).toMatchObject({ warnings: 0, errors: 1 });
  });

  it('ignore: takes only warning codes', async () => {
    const cwd = course({ 'banks/w.yaml': bankWithWarnings('w', '\n    ignore: [key-mismatch]') });
    const r = await check(cwd, []);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/'key-mismatch' is not allowed here: expected one of unknown-latex, indistinct-mistake/);
  });
});

describe('check - reads a bank from standard input', () => {
  it('checks what is piped in, named <stdin>', async () => {
    const cwd = course({ 'banks/ignored.yaml': 'not: a bank\n' });
    const ok = await check(cwd, ['-'], { NO_COLOR: '1' }, SOUND_BANK);
    expect(ok.code).toBe(0);
    expect(ok.stdout.split('\n')[0]).toBe('Checking the bank on standard input');
    const bad = await check(cwd, ['-'], { NO_COLOR: '1' }, `problems:${WRONG_KEY_PROBLEM}\n`);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^<stdin>:\d+:\d+ error key-mismatch/m);
  });
});
