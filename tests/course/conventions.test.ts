import { describe, expect, it } from 'vitest';
import { runInMemory } from '../helpers/memory-io.js';
import { course, SOUND_BANK } from './helpers.js';

describe('--report -', () => {
  it('writes the report to stdout, and the drill to stderr, so stdout is only JSON', async () => {
    const cwd = course({ 'banks/a.yaml': SOUND_BANK });
    const r = await runInMemory(['practice', '--no-save', '--report', '-'], { cwd, stdin: 'true\n' });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { score: { right: number; total: number }; parts: { problem: string }[] };
    expect(report.score).toMatchObject({ right: 1, total: 1 });
    expect(report.parts.map((p) => p.problem)).toEqual(['sound']);
    expect(r.stderr).toMatch(/Problem 1 of 1 · sound/);
    expect(r.stderr).not.toMatch(/Report written/);
  });
});
