import { describe, expect, it } from 'vitest';
import { runInMemory } from '../helpers/memory-io.js';

describe('check tells a terminal how far it is', () => {
  const args = ['check', '--bundled', '--variants', '2', '--jobs', '1'];

  it('on a terminal: a line on stderr rewritten in place, erased before the report', async () => {
    const plain = await runInMemory(args);
    const tty = await runInMemory(args, { stderrIsTTY: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toMatch(/^\rChecking: \d+ of 90 problems\u001b\[K/);
    // Erased at the end, so the report after it starts on a clean line.
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
    // The report itself is the same, byte for byte.
    expect(tty.stdout).toBe(plain.stdout);
    expect(plain.stderr).toBe('');
  });

  it('says nothing in a pipe, a file or a dumb terminal', async () => {
    expect((await runInMemory(args)).stderr).toBe('');
    expect((await runInMemory(args, { stderrIsTTY: true, env: { NO_COLOR: '1', TERM: 'dumb' } })).stderr).toBe('');
  });
});
