import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/**
 * Under --ascii, or a locale that is not UTF-8, every command prints only
 * ASCII (issue 16): stats, check and list included, bank text included.
 */
const NOT_ASCII = /[^\x00-\x7f]/g;
const BANK = 'tests/fixtures/student/unicode-tags.yaml';
const store = mkdtempSync(join(tmpdir(), 'quizdrill-ascii-'));
afterAll(() => rmSync(store, { recursive: true, force: true }));
const env = { QUIZDRILL_HOME: store };

beforeAll(async () => {
  // Answers to keep (-14 right, 0 wrong for part 2, t right), so stats has bars, a trend and days due to draw.
  const r = await runCli(['practice', '--id', 'backprop-partial-facts-a', '--id', 'square-loss-point-contribution'], { stdin: '-14\n0\n', env });
  expect(r.status).toBe(0);
  const u = await runCli(['practice', BANK], { stdin: 't\n', env });
  expect(u.status).toBe(0);
});

const COMMANDS: [string, string[]][] = [
  ['stats', ['stats']],
  ['stats of a bank with accents', ['stats', BANK]],
  ['check', ['check', '--variants', '2']],
  ['check of a bank with accents', ['check', BANK]],
  ['list', ['list']],
  ['list of a bank with accents', ['list', BANK]],
  ['show', ['show', 'backprop-partial-facts-a', '--answers']],
  ['nn', ['nn', 'tests/fixtures/student/net.yaml']],
];

describe.concurrent('every command prints only ASCII', () => {
  it.each(COMMANDS)('%s --ascii', async (_, args) => {
    const r = await runCli([...args, '--ascii'], { env });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(20);
    expect(r.stdout.match(NOT_ASCII) ?? []).toEqual([]);
    expect(r.stderr.match(NOT_ASCII) ?? []).toEqual([]);
  });

  it.each(COMMANDS)('%s under LC_ALL=C', async (_, args) => {
    const r = await runCli(args, { env: { ...env, LC_ALL: 'C' } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.match(NOT_ASCII) ?? []).toEqual([]);
  });

  it('draws stats with ASCII bars and keeps its numbers', async () => {
    const r = await runCli(['stats', '--ascii'], { env });
    expect(r.stdout).toMatch(/^ {2}#{13}\.{7} {2}67% {2}2 of 3 answers right$/m);
    expect(r.stdout).toMatch(/^ {2}\d{4}-\d\d-\d\d {2}#+ \d+$/m);
  });

  it('cuts a long tag list with ... and folds accents: réseaux is reseaux', async () => {
    const r = await runCli(['list', BANK, '--ascii'], { env });
    expect(r.stdout).toMatch(/unicode-tags {2}\s+1 {2}reseaux de neurones, retropropagation, .*\.\.\.$/m);
  });

  it('keeps JSON the same data: accents as \\u escapes', async () => {
    const r = await runCli(['list', BANK, '--json', '--ascii'], { env });
    expect(r.stdout.match(NOT_ASCII) ?? []).toEqual([]);
    expect((JSON.parse(r.stdout) as { tags: string[] }[])[0]!.tags[0]).toBe('réseaux de neurones');
  });

  it('without --ascii, in UTF-8, the same commands keep their Unicode', async () => {
    const r = await runCli(['stats'], { env });
    expect(r.stdout).toContain('█');
  });
});
