import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledBankFiles, countsOf, SEED_BANK } from '../helpers/bank.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { runInMemory } from '../helpers/memory-io.js';

const dir = mkdtempSync(join(tmpdir(), 'quizdrill-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The network of the README's `nn` example; its values below are worked by hand. */
const NET = `layers: [2, 2, 1]
activations: [relu, linear]
weights:
  - [[1, 2], [3, 4]]
  - [[1], [-1]]
input: [1, 1]
`;

/** The same network as JSON, in a `network` block (the other form `nn` reads). */
const NET_DATA = { layers: [2, 2, 1], activations: ['relu', 'linear'], weights: [[[1, 2], [3, 4]], [[1], [-1]]], input: [1, 1] };

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('run: the program', () => {
  const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

  it.each(['--version', '-V', '-v'])('%s prints the version of package.json', async (flag) => {
    const r = await runInMemory([flag]);
    expect(r).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--help lists every command', async () => {
    const r = await runInMemory(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['practice', 'review', 'stats', 'list', 'check', 'nn', 'schema']) expect(r.stdout).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
  });

  it.each([
    [['chek'], /'chek'/],
    [['--bogus'], /unknown option '--bogus'/],
    [['nn'], /missing required argument 'file'/],
    [['practice', '--limit', '0'], /expected a whole number of 1 or more/],
    [['practice', '--explain', 'sometimes'], /'sometimes' is invalid.*always, wrong, never/],
  ])('%j exits 2 with a message on stderr', async (args, message) => {
    const r = await runInMemory(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

describe('run: check', () => {
  interface CheckReport { ok: boolean; files: number; problems: number; parts: number; diagnostics: { severity: string }[] }

  it('--json on the bundled banks: ok, every file, problem and part counted, no errors', async () => {
    const r = await runInMemory(['check', '--json', '--variants', '5']);
    expect(r.code).toBe(0);
    const files = bundledBankFiles();
    const counts = files.map(countsOf);
    const report = JSON.parse(r.stdout) as CheckReport;
    expect(report).toMatchObject({
      ok: true,
      files: files.length,
      problems: counts.reduce((n, c) => n + c.problems, 0),
      parts: counts.reduce((n, c) => n + c.parts, 0),
    });
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('--json on the seed bank: 19 problems, 33 parts', async () => {
    const r = await runInMemory(['check', '--json', SEED_BANK]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, files: 1, problems: 19, parts: 33 });
  });

  it('ends with one summary line without --json; warnings are one line each', async () => {
    const quiet = await runInMemory(['check', SEED_BANK]);
    expect([quiet.code, quiet.stderr, quiet.stdout.trimEnd().split('\n').at(-1)]).toEqual([0, '', '✓ 1 file, 19 problems, 33 parts: every key holds']);
    // The seed without the parts' `ignore: [indistinct-mistake]`: its own numbers make some slips coincide.
    const copy = join(dir, 'quiz-07.yaml');
    writeFileSync(copy, readFileSync(SEED_BANK, 'utf8').replace(/^ *ignore: \[indistinct-mistake\]\n/gm, ''));
    const r = await runInMemory(['check', copy]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^✓ 1 file, 19 problems, 33 parts: every key holds \(3 warnings\)$/);
    expect(lines[0]).toMatch(/^Checking .*quiz-07\.yaml$/);
    expect(lines.slice(1, -1)).toHaveLength(3);
    for (const line of lines.slice(1, -1)) expect(line).toMatch(/^\S*quiz-07\.yaml:\d+:\d+ warning indistinct-mistake /);
  });
});

describe('run: list', () => {
  it('groups the problems of several banks under each bank\'s title, in load order, with their counts', async () => {
    const bank = (title: string, ids: string[]) =>
      [`title: ${title}`, 'problems:', ...ids.map((id) => `  - id: ${id}\n    tags: [t]\n    prompt: P\n    parts:\n      - { prompt: Q, kind: true-false, answer: true, explanation: E }`)].join('\n') + '\n';
    const folder = join(dir, 'grouped');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.yaml'), bank('Forward pass', ['f-1', 'f-2']));
    writeFileSync(join(folder, 'b.yaml'), bank('Losses.', ['l-1']));
    const r = await runInMemory(['list', folder]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      ['id   parts  tags', '', 'Forward pass (2 problems, 2 parts)', 'f-1      1  t', 'f-2      1  t', '', 'Losses (1 problem, 1 part)', 'l-1      1  t', '', '3 problems, 3 parts', ''].join('\n'),
    );
    const rows = JSON.parse((await runInMemory(['list', '--json', folder])).stdout) as { id: string; bank: string }[];
    expect(rows.map((x) => [x.id, x.bank])).toEqual([['f-1', 'Forward pass'], ['f-2', 'Forward pass'], ['l-1', 'Losses.']]);
  });

  it('--json lists the 19 problems of the seed bank, 33 parts in all', async () => {
    const r = await runInMemory(['list', '--json', SEED_BANK]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { id: string; parts: number; tags: string[] }[];
    expect(rows).toHaveLength(19);
    expect(rows.reduce((n, row) => n + row.parts, 0)).toBe(33);
    expect(rows[0]).toMatchObject({ id: 'backprop-partial-facts-a', parts: 6, kinds: ['number'] });
  });
});

describe('run: nn', () => {
  it('prints the forward and backward pass as a table', async () => {
    const r = await runInMemory(['nn', file('net.yaml', NET)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'H = -2',
        '',
        'Layer 0 (input)',
        'node  x  dH/dx',
        '1     1     -1',
        '2     1     -1',
        '',
        'Layer 1 (relu)',
        'node  z  a  dH/dz  dH/da  dH/db',
        '1     4  4      1      1      1',
        '2     6  6     -1     -1     -1',
        '',
        'W(1)    to 1  to 2',
        'from 1     1     2',
        'from 2     3     4',
        '',
        'dH/dW(1)  to 1  to 2',
        'from 1       1    -1',
        'from 2       1    -1',
        '',
        'Layer 2 (linear)',
        'node   z   a  dH/dz  dH/da  dH/db',
        '1     -2  -2      1      1      1',
        '',
        'W(2)    to 1',
        'from 1     1',
        'from 2    -1',
        '',
        'dH/dW(2)  to 1',
        'from 1       4',
        'from 2       6',
        '',
      ].join('\n'),
    );
  });

  it('--json gives the documented shape, with the values worked by hand', async () => {
    const r = await runInMemory(['nn', '--json', file('net.json', JSON.stringify({ network: NET_DATA }))]);
    expect(r.code).toBe(0);
    // z1 = x W1 = (4, 6); a1 = relu = (4, 6); H = 4 - 6 = -2; dH/dz1 = W2 = (1, -1).
    expect(JSON.parse(r.stdout)).toEqual({
      output: -2,
      dH_dx: [-1, -1],
      layers: [
        { z: [4, 6], a: [4, 6], dH_dz: [1, -1], dH_da: [1, -1], dH_dW: [[1, -1], [1, -1]], dH_db: [1, -1] },
        { z: [-2], a: [-2], dH_dz: [1], dH_da: [1], dH_dW: [[4], [6]], dH_db: [1] },
      ],
    });
  });

  it('exits 2 with file:line:col for a network it cannot evaluate', async () => {
    const path = file('bad-net.yaml', NET.replace('activations: [relu, linear]', 'activations: [relu, lnear]'));
    const r = await runInMemory(['nn', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path}:2:`);
    expect(r.stdout).toBe('');
  });
});

describe('run: schema', () => {
  it('prints a draft-07 JSON Schema of bank files', async () => {
    const r = await runInMemory(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema).toMatchObject({ type: 'object', required: ['problems'] });
  });
});
