import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/bank.js';
import { runInMemory } from '../helpers/memory-io.js';

const dir = mkdtempSync(join(tmpdir(), 'quizdrill-readme-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The commands of the README's export examples, one per format. */
function examples(): string[][] {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const block = /<!-- export-examples:start -->([\s\S]*?)<!-- export-examples:end -->/.exec(readme)?.[1] ?? '';
  return block
    .split('\n')
    .filter((l) => l.startsWith('quizdrill export '))
    .map((l) => l.replace(/\s+#.*$/, '').split(/\s+/).slice(1));
}

describe("the README's export examples", () => {
  const commands = examples();

  it('show one example per format', async () => {
    const { EXPORT_FORMATS } = await import('../../src/export/index.js');
    expect(commands.map((c) => c[1]).sort()).toEqual([...EXPORT_FORMATS].sort());
  });

  it.each(commands.map((c) => [c.join(' '), c]))('runs: %s', async (_, args) => {
    const r = await runInMemory(args as string[], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const out = (args as string[])[(args as string[]).indexOf('-o') + 1]!;
    expect(existsSync(join(dir, out))).toBe(true);
    const st = statSync(join(dir, out));
    expect(st.isDirectory() || st.size > 1000).toBe(true);
  }, 60_000);
});
