import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledBankFiles, bundledCheckSummary, bundledTotals } from '../helpers/bank.js';

const REPO = new URL('../../', import.meta.url).pathname;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let dir: string;
let tarball: string;
let bin: string;

/**
 * The package as a student gets it: built, packed, installed into an empty
 * folder with no network and no dev dependencies, and run from there.
 */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'quizdrill-pack-'));
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO });
  const out = execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: REPO, encoding: 'utf8' });
  tarball = join(dir, (JSON.parse(out) as { filename: string }[])[0]!.filename);
  const app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{ "private": true }');
  execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: app, encoding: 'utf8' });
  bin = join(app, 'node_modules', '.bin', 'quizdrill');
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], input = '') =>
  spawnSync(bin, args, { input, encoding: 'utf8', cwd: dir, env: { ...process.env, NO_COLOR: '1', QUIZDRILL_HOME: join(dir, 'home') } });

describe('the packed package', () => {
  it('ships exactly its files, with no dependencies to install, and stays small', () => {
    const listing = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO, encoding: 'utf8' })) as { files: { path: string }[]; size: number }[];
    const tops = new Set(listing[0]!.files.map((f) => f.path.split('/')[0]));
    expect([...tops].sort()).toEqual(['README.md', 'bin', 'dist', 'docs', 'package.json', 'problems', 'schema']);
    // The bundled bank grows by design (issue 21): its share, the bank files
    // and their build-time cache each compressed, is bounded per part, and the
    // rest (code, docs, schema) by a fixed size. About 270 kB of that rest are
    // KaTeX's woff2 fonts, which the html export inlines into its pages.
    // Descent on functions (mathjs's derivative in the parser's bundle, the
    // descent code, docs and schema) took the rest from 690.5 to 716.3 KiB;
    // check's worker threads, and formulas' loss symbols, drawn layers and
    // dL claims with their docs, to 724.2 KiB.
    const bankFiles = [...bundledBankFiles(), join(REPO, 'dist', 'bank-cache.json')];
    const bankShare = bankFiles.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
    expect(bankShare).toBeLessThan(1024 * bundledTotals().parts);
    expect(statSync(tarball).size - bankShare).toBeLessThan(730 * 1024);
    expect(readdirSync(join(dir, 'app', 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['quizdrill']);
  });

  it('answers --version', () => {
    const r = run(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('checks its bundled bank', () => {
    const r = run(['check']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(bundledCheckSummary());
    // Some 6,000 template variants: generous for a loaded machine.
  }, 120_000);

  it('reports the same warnings at the same places as the source does (its pre-parsed bank agrees with the YAML)', () => {
    const installed = run(['check', '--bundled']).stdout;
    const source = spawnSync(process.execPath, ['--import', 'tsx', 'tests/helpers/entry.ts', 'check', '--bundled'], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }).stdout;
    const strip = (s: string) => s.replace(/^\S*?problems\//gm, 'problems/');
    expect(strip(installed)).toBe(strip(source));
    // Parts silence their indistinct-mistake warnings by where the warning
    // falls (its line and column, from the pre-parsed bank in the package):
    // a wrong position would let a warning through here and not from source.
    expect(installed).not.toMatch(/warning/);
    expect(installed).toContain(bundledCheckSummary());
  }, 240_000);

  it('checks on worker threads from the installed copy (dist/check-worker.js), with the report of one thread', () => {
    expect(statSync(join(dir, 'app', 'node_modules', 'quizdrill', 'dist', 'check-worker.js')).isFile()).toBe(true);
    const one = run(['check', '--bundled', '--json', '--variants', '30', '--jobs', '1']);
    const two = run(['check', '--bundled', '--json', '--variants', '30', '--jobs', '2']);
    expect(two.stderr).toBe('');
    expect(two.status).toBe(0);
    expect(JSON.parse(two.stdout).variants).toBeGreaterThan(1000);
    expect(two.stdout).toBe(one.stdout);
  }, 240_000);

  it("parses a bank of the user's own, and locates its errors", () => {
    // Not in the parse cache: the YAML library (dist/yaml.cjs) must load from the installed copy.
    writeFileSync(join(dir, 'mine.yaml'), readFileSync(join(REPO, 'problems', 'quiz-07.yaml'), 'utf8').replace('answer: -14', 'answer: -15'));
    const wrong = run(['check', 'mine.yaml', '--variants', '0']);
    expect(wrong.stderr).toBe('');
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toMatch(/^mine\.yaml:\d+:\d+ error key-mismatch .*answer is -15/m);
    // Not in the function cache: mathjs's derivative (in dist/mathjs-parse.cjs) must load from the installed copy.
    writeFileSync(join(dir, 'fn.yaml'), 'problems:\n  - id: f\n    tags: []\n    prompt: p\n    descent: { function: "x^2 + 3*y^2", start: { x: 1, y: 1 }, rate: 0.25 }\n    parts:\n      - { prompt: q, kind: vector, compute: { of: iterate }, explanation: e }\n');
    const fn = run(['check', 'fn.yaml']);
    expect(fn.stderr).toBe('');
    expect(fn.stdout).toMatch(/✓ 1 file, 1 problem, 1 part: every key holds/);
    writeFileSync(join(dir, 'broken.yaml'), 'problems:\n  - id: x\n   bad\n');
    const broken = run(['check', 'broken.yaml']);
    expect(broken.status).toBe(2);
    expect(broken.stdout).toMatch(/^broken\.yaml:3:1 error yaml-syntax/m);
  });

  it('exports a page with KaTeX and its fonts from the installed copy', () => {
    const r = run(['export', 'html', '--id', 'backprop-partial-facts-a', '-o', 'page.html']);
    expect(r.stderr).toMatch(/^quizdrill: exported 1 problem \(6 parts\) as html to page\.html\n$/);
    expect(r.status).toBe(0);
    const page = readFileSync(join(dir, 'page.html'), 'utf8');
    expect(page).toMatch(/@font-face\{[^}]*font-family:KaTeX_Main;[^}]*src:url\(data:font\/woff2;base64,/);
    expect(page).toContain('class="katex"');
  });

  it('runs a piped practice session, arithmetic answers included', () => {
    const r = run(['practice', '--id', 'backprop-partial-facts-a', '--explain', 'never'], '-14\n1*(-3) + 2*1\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Score: 2 of 6 right/);
  });

  it('grades formulas and draws figures from the installed copy', () => {
    const r = run(['practice', '--id', 'fill-blank-weight-derivative', '--explain', 'never'], "W3_21 g'(z2_2) W2_22\n");
    expect(r.stdout).toMatch(/✓ Right\./);
    expect(r.stdout).toMatch(/W⁽¹⁾/);
  });
});
