import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInMemory } from '../helpers/memory-io.js';
import { REPO } from '../helpers/bank.js';

const dir = mkdtempSync(join(tmpdir(), 'quizdrill-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SLOW = 60_000;

describe('quizdrill export', () => {
  it('exports nothing from a bank that fails check: the errors on stderr, exit 1', async () => {
    const bank = join(dir, 'wrong.yaml');
    writeFileSync(bank, readFileSync(join(REPO, 'problems/quiz-07.yaml'), 'utf8').replace(/answer: -14$/gm, 'answer: -13'));
    const out = join(dir, 'wrong.json');
    const r = await runInMemory(['export', 'json', bank, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/wrong\.yaml:\d+:\d+ error key-mismatch backprop-partial-facts-a part 1: answer is -13/);
    expect(r.stderr).toMatch(/nothing exported: the banks fail check \(2 errors\)/);
    expect(existsSync(out)).toBe(false);
  }, SLOW);

  it('exits 2 for a bank that is invalid, or a selection that matches nothing', async () => {
    const bank = join(dir, 'broken.yaml');
    writeFileSync(bank, 'problems:\n  - id: x\n   bad\n');
    const broken = await runInMemory(['export', 'markdown', bank]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.yaml:3:1 error yaml-syntax/);
    const none = await runInMemory(['export', 'json', '--id', 'no-such-problem']);
    expect([none.code, none.stderr]).toEqual([2, "quizdrill: no problem with id 'no-such-problem'; 'quizdrill list' shows the ids\n"]);
    const format = await runInMemory(['export', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/'pdf' is invalid for argument 'format'. Allowed choices are json, markdown, html, moodle, gift, prairielearn, anki/);
  }, SLOW);

  it('writes the file given with -o and says what it wrote', async () => {
    const out = join(dir, 'sub', 'sheet.md');
    const r = await runInMemory(['export', 'markdown', '--tag', 'gradient descent', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^quizdrill: exported \d+ problems \(\d+ parts\) as markdown to .*sheet\.md\n$/);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Worksheet\n/);
  }, SLOW);

  it('draws the same variants for the same --seed, and others for another', async () => {
    const codes = async (seed: string) => {
      const r = await runInMemory(['export', 'json', '--id', 'sgd-step-fresh', '--variants', '4', '--seed', seed]);
      return (JSON.parse(r.stdout) as { problems: { code: string }[] }).problems.map((p) => p.code);
    };
    const a = await codes('1');
    expect(a).toHaveLength(4);
    expect(new Set(a).size).toBe(4);
    expect(await codes('1')).toEqual(a);
    expect(await codes('2')).not.toEqual(a);
  }, SLOW);
});

describe('reproducible exports', () => {
  // Every format that writes files: the same command twice gives the same bytes.
  it.each(['json', 'markdown', 'html', 'moodle', 'gift', 'anki'])('%s of the bundled banks is byte-identical across runs', async (format) => {
    const args = ['export', format, '--variants', '2', '--seed', '3', '--answers'];
    const a = await runInMemory(args);
    const b = await runInMemory(args);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  }, SLOW);

  it('prairielearn of the bundled banks is the same tree of the same bytes across runs', async () => {
    const tree = async (out: string) => {
      const r = await runInMemory(['export', 'prairielearn', '--variants', '2', '--seed', '3', '-o', out]);
      expect(r.code).toBe(0);
      return readdirSync(out, { recursive: true, encoding: 'utf8' }).sort().map((f) => [f, statSync(join(out, f)).isFile() ? readFileSync(join(out, f), 'utf8') : '']);
    };
    const a = await tree(join(dir, 'pl-a'));
    expect(a.length).toBeGreaterThan(40);
    expect(await tree(join(dir, 'pl-b'))).toEqual(a);
  }, SLOW);
});
