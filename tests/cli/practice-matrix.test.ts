/**
 * The whole CLI through pipes on a matrix part: a wrong shape is asked
 * again with the shape expected, `?` says how to type a matrix, the right
 * matrix in either spelling is right, one entry off is wrong, and the
 * report keeps what was typed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const FIXTURE = join(__dirname, '..', 'fixtures', 'networks', 'matrix.yaml');
const dir = mkdtempSync(join(tmpdir(), 'quizdrill-matrix-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const lines = (...xs: string[]) => xs.map((x) => `${x}\n`).join('');
const SLOW = 120_000;

describe('a piped drill of matrix parts', () => {
  it('re-asks a wrong shape, grades the right matrix right and one entry off wrong', async () => {
    const report = join(dir, 'r.json');
    const run = await runCli(['practice', FIXTURE, '--id', 'whole-gradient-from-to', '--report', report], {
      stdin: lines('0 1; 0', '?', '[[0, 1], [0, 2]]', '1, 1.5; 0, -2.1'),
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('expected 2 rows of 2 numbers; row 2 has 1.');
    expect(run.stdout).toContain('Type 2 rows of 2 numbers, such as');
    expect(run.stdout).toContain('✓ Right.');
    expect(run.stdout).toContain('✗ Wrong. The answer is [[1, 1.5], [0, -2]].');
    expect(run.stdout).toMatch(/^Score: 1 of 2 right \(50%\)/m);
    const r = JSON.parse(readFileSync(report, 'utf8')) as { parts: { answer: string; result: string; formatErrors: number }[] };
    expect(r.parts.map((p) => [p.answer, p.result, p.formatErrors])).toEqual([
      ['[[0, 1], [0, 2]]', 'right', 1],
      ['1, 1.5; 0, -2.1', 'wrong', 0],
    ]);
  }, SLOW);

  it('grades a to-from network\'s gradient in its own layout: the from-to matrix is wrong', async () => {
    const run = await runCli(['practice', FIXTURE, '--id', 'whole-gradient-to-from'], { stdin: lines('0 1; 0 2') });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('✗ Wrong. The answer is [[0, 0], [1, 2]].');
  }, SLOW);
});
