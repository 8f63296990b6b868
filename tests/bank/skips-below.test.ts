import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSources } from '../../src/bank/read-files.js';
import { skipsBelow } from '../../src/bank/skip-rules.js';

/** What `check --watch` leaves unwatched must be what a folder search leaves unread. */
const repo = mkdtempSync(join(tmpdir(), 'quizdrill-skips-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
mkdirSync(join(repo, '.git'));
writeFileSync(join(repo, '.gitignore'), 'drafts/\n*.tmp.yaml\n');
const banks = join(repo, 'banks');
for (const dir of ['week1', 'drafts', 'node_modules/pkg', '.hidden', 'week1/old']) mkdirSync(join(banks, dir), { recursive: true });
writeFileSync(join(banks, 'week1', 'old', '.gitignore'), '*\n');
const files = ['week1/a.yaml', 'week1/b.tmp.yaml', 'drafts/c.yaml', 'node_modules/pkg/d.yaml', '.hidden/e.yaml', 'week1/old/f.yaml', 'g.yaml'];
for (const f of files) writeFileSync(join(banks, f), 'problems: []\n');

describe('skipsBelow', () => {
  const skips = skipsBelow(banks);
  const read = new Set(readSources([banks], repo).sources.map((s) => s.file));

  it.each(files)('%s: skipped exactly when a folder search does not read it', (f) => {
    const path = join(banks, f);
    const dirs = f.split('/').slice(0, -1).map((_, i, parts) => join(banks, ...parts.slice(0, i + 1)));
    const skipped = dirs.some((d) => skips(d, true)) || skips(path, false);
    expect(skipped).toBe(!read.has(join('banks', f)));
  });

  it('reads what it should: the test is not vacuous', () => {
    expect([...read].sort()).toEqual([join('banks', 'g.yaml'), join('banks', 'week1', 'a.yaml')]);
  });

  it('never skips the root, nor what is outside it', () => {
    expect(skips(banks, true)).toBe(false);
    expect(skips(join(repo, 'elsewhere', '.x'), true)).toBe(false);
  });
});
