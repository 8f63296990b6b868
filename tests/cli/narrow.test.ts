import { describe, expect, it } from 'vitest';
import { runInMemory } from '../helpers/memory-io.js';

/** Columns a line takes: code points (NO_COLOR, so no colour codes). */
const widest = (text: string): number => Math.max(...text.split('\n').map((l) => [...l].length));

describe('a terminal narrower than 80 columns (the drill fits down to 40)', () => {
  it('list puts the tags under each id, within the width', async () => {
    const r = await runInMemory(['list', '--bundled'], { columns: 44 });
    expect(r.code).toBe(0);
    expect(widest(r.stdout)).toBeLessThanOrEqual(44);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith('backprop-partial-facts-a '));
    expect(lines[at]).toMatch(/^backprop-partial-facts-a +6$/);
    expect(lines[at + 1]).toMatch(/^ {4}quiz-07, backpropagation/);
  });

  it('list keeps one row per problem where the tags fit beside it', async () => {
    const r = await runInMemory(['list', '--bundled'], { columns: 80 });
    expect(r.stdout).toMatch(/^id +parts {2}tags$/m);
    expect(r.stdout).toMatch(/^backprop-partial-facts-a +6 {2}quiz-07, backpropagation/m);
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
  });

  it('stats draws shorter bars and wraps its sentences, within the width', async () => {
    const drill = await runInMemory(['practice', '--bundled', '--id', 'backprop-partial-facts-a'], { stdin: '-14\n3\nquit\n' });
    expect(drill.code).toBe(0);
    for (const columns of [40, 44, 60]) {
      const r = await runInMemory(['stats', '--bundled'], { columns });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('By tag');
      expect(widest(r.stdout), r.stdout).toBeLessThanOrEqual(columns);
    }
    // At 80 the bars are their full 20 blocks.
    expect((await runInMemory(['stats', '--bundled'], { columns: 80 })).stdout).toMatch(/█{10}░{10} {2}50%/);
  });
});
