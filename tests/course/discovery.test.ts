import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInMemory } from '../helpers/memory-io.js';
import { course, SOUND_BANK, WRONG_KEY_PROBLEM } from './helpers.js';
import { bundledTotals } from '../helpers/bank.js';

const check = (cwd: string, ...args: string[]) => runInMemory(['check', '--variants', '0', ...args], { cwd });
const firstLine = (s: string) => s.split('\n')[0];

describe('check with no paths finds the course\'s banks', () => {
  it('a banks/ folder with a wrong key fails, and the first line says banks/ was checked', async () => {
    const cwd = course({ 'banks/course.yaml': `problems:${WRONG_KEY_PROBLEM}\n` });
    const r = await check(cwd);
    expect(r.code).toBe(1);
    expect(firstLine(r.stdout)).toBe('Checking banks/ (no quizdrill.config.yaml or "quizdrill" key in package.json)');
    expect(r.stdout).toMatch(/^banks\/course\.yaml:\d+:\d+ error key-mismatch/m);
  });

  it('a problems/ folder is found too', async () => {
    const r = await check(course({ 'problems/a.yaml': SOUND_BANK }));
    expect(r.code).toBe(0);
    expect(firstLine(r.stdout)).toMatch(/^Checking problems\//);
    expect(r.stdout).toMatch(/1 file, 1 problem, 1 part: every key holds/);
  });

  it('quizdrill.config.yaml lists the banks, and only those are read', async () => {
    const cwd = course({
      'quizdrill.config.yaml': 'banks: [course/one.yaml]\n',
      'course/one.yaml': `problems:${WRONG_KEY_PROBLEM}\n`,
      'problems/other.yaml': SOUND_BANK,
    });
    const r = await check(cwd);
    expect(r.code).toBe(1);
    expect(firstLine(r.stdout)).toBe('Checking course/one.yaml (the banks quizdrill.config.yaml lists)');
    expect(r.stdout).not.toMatch(/other\.yaml/);
  });

  it('a "quizdrill" key in package.json does the same', async () => {
    const cwd = course({ 'package.json': JSON.stringify({ name: 'c', quizdrill: { banks: ['qs'] } }), 'qs/a.yaml': SOUND_BANK });
    const r = await check(cwd);
    expect(r.code).toBe(0);
    expect(firstLine(r.stdout)).toBe('Checking qs (the banks the "quizdrill" key of package.json lists)');
  });

  it('a config that does not load is a located error, exit 2', async () => {
    const cwd = course({ 'quizdrill.config.yaml': 'banks: [a.yaml]\nvariants: many\n', 'a.yaml': SOUND_BANK });
    const r = await check(cwd);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^quizdrill\.config\.yaml:2:11 error wrong-type/m);
  });

  it('a folder with none of these checks the bundled bank and says why', async () => {
    const cwd = course({ 'notes.txt': 'hello' });
    const r = await check(cwd);
    expect(r.code).toBe(0);
    expect(firstLine(r.stdout)).toBe('Checking the bank bundled with quizdrill (no quizdrill.config.yaml, "quizdrill" key in package.json, problems/ or banks/ in this folder)');
    const t = bundledTotals();
    expect(r.stdout).toContain(`${t.files} files, ${t.problems} problems, ${t.parts} parts`);
  });

  it('--bundled reaches the bundled bank from inside a course', async () => {
    const cwd = course({ 'banks/course.yaml': `problems:${WRONG_KEY_PROBLEM}\n` });
    const r = await check(cwd, '--bundled');
    expect(r.code).toBe(0);
    expect(firstLine(r.stdout)).toBe('Checking the bank bundled with quizdrill');
  });

  it('list, stats and practice find the same banks', async () => {
    const cwd = course({ 'banks/a.yaml': SOUND_BANK });
    const list = await runInMemory(['list', '--json'], { cwd });
    expect((JSON.parse(list.stdout) as { id: string }[]).map((p) => p.id)).toEqual(['sound']);
    const stats = await runInMemory(['stats', '--json'], { cwd });
    expect(stats.code).toBe(0);
    const practice = await runInMemory(['practice', '--no-save'], { cwd, stdin: 't\n' });
    expect(practice.stdout).toMatch(/Problem 1 of 1 · sound/);
  });
});

describe('folders skip what is not a bank', () => {
  const cwd = course({
    'banks/a.yaml': SOUND_BANK,
    '.github/workflows/ci.yml': 'name: ci\non: push\n',
    'node_modules/pkg/config.yaml': 'a: 1\n',
    'banks/node_modules/x.yaml': 'a: 1\n',
    'banks/.drafts/d.yaml': 'a: 1\n',
    'scratch/s.yaml': 'junk: 1\n',
    'banks/out/built.yaml': 'junk: 1\n',
    '.gitignore': 'scratch/\n',
    'banks/.gitignore': 'out/\n',
  });
  mkdirSync(join(cwd, '.git'));

  it('check . reads only the bank: not .github, node_modules, dot-folders or what .gitignore ignores', async () => {
    const r = await check(cwd, '.');
    expect(r.stdout).toMatch(/1 file, 1 problem, 1 part: every key holds/);
    expect(r.code).toBe(0);
  });

  it('.gitignore files above the folder searched count too', async () => {
    const r = await runInMemory(['check', '--variants', '0', 'banks'], { cwd: join(cwd, 'banks', '..') });
    expect(r.code).toBe(0);
    const inside = await runInMemory(['list', '--json', '.'], { cwd: join(cwd, 'banks') });
    expect(inside.code).toBe(0);
  });

  it('a file named explicitly is always read', async () => {
    const r = await check(cwd, '.github/workflows/ci.yml', 'scratch/s.yaml');
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^\.github\/workflows\/ci\.yml:1:1 error unknown-key/m);
    expect(r.stdout).toMatch(/^scratch\/s\.yaml:1:1 error unknown-key/m);
  });
});
