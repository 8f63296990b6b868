/**
 * Issue 19: banks with a repeated problem id were refused by `check` only;
 * `practice` and `list` (and `stats`, `review`, which load the same way)
 * took them and exited 0, and `--id` then found whichever came first. Every
 * command refuses them with check's own message, located, exit 2.
 */
import { describe, expect, it } from 'vitest';
import { runInMemory } from '../helpers/memory-io.js';

const ACROSS = 'tests/fixtures/broken/duplicate-id';
const SAME_FILE = 'tests/fixtures/broken/duplicate-id-same-file.yaml';
const MESSAGES = [
  "tests/fixtures/broken/duplicate-id-same-file.yaml:10:9 error duplicate-id problem id 'twice' is already used at tests/fixtures/broken/duplicate-id-same-file.yaml:2; ids must be unique across the banks loaded together",
  "tests/fixtures/broken/duplicate-id/b-second.yaml:3:9 error duplicate-id problem id 'shared-id' is already used at tests/fixtures/broken/duplicate-id/a-first.yaml:3; ids must be unique across the banks loaded together",
];

const headLines = (s: string) => s.split('\n').filter((l) => / error duplicate-id /.test(l));

describe('a repeated problem id', () => {
  it('check reports it (the reference)', async () => {
    const r = await runInMemory(['check', ACROSS, SAME_FILE]);
    expect(headLines(r.stdout)).toEqual(MESSAGES);
    expect(r.code).toBe(2);
  });

  it.each([
    ['practice', ['practice', ACROSS, SAME_FILE, '--no-save']],
    ['list', ['list', ACROSS, SAME_FILE]],
    ['list --json', ['list', '--json', ACROSS, SAME_FILE]],
    ['stats', ['stats', ACROSS, SAME_FILE]],
    ['review', ['review', ACROSS, SAME_FILE]],
  ])('%s refuses it with the same messages, exit 2, nothing on stdout', async (_, args) => {
    const r = await runInMemory(args, { stdin: '1\n' });
    expect(headLines(r.stderr)).toEqual(MESSAGES);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });
});
