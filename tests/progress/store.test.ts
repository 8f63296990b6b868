import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replay } from '../../src/progress/schedule.js';
import { computeStats } from '../../src/progress/stats.js';
import { Store, storeDir } from '../../src/progress/store.js';
import { problem } from '../helpers/problems.js';
import { answer, logOf, MINUTE, T0 } from './answers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quizdrill-store-test-'));
});
afterEach(() => {
  // A test may leave a folder read-only; give it back before removing.
  try {
    chmodSync(join(dir, 'answers'), 0o700);
  } catch {
    /* there was no answers folder */
  }
  rmSync(dir, { recursive: true, force: true });
});

const a = answer('p', '1', 'right', T0, { session: 'one' });
const b = answer('p', '2', 'wrong', T0 + MINUTE, { session: 'one' });
const c = answer('q', '1', 'skipped', T0 + 2 * MINUTE, { session: 'two' });

describe('storeDir', () => {
  it.each([
    ['--store first', { QUIZDRILL_HOME: '/h', XDG_DATA_HOME: '/x' }, '/s', '/s'],
    ['then QUIZDRILL_HOME', { QUIZDRILL_HOME: '/h', XDG_DATA_HOME: '/x' }, undefined, '/h'],
    ['then XDG_DATA_HOME/quizdrill', { XDG_DATA_HOME: '/x' }, undefined, '/x/quizdrill'],
    ['an empty XDG_DATA_HOME falls back to ~/.local/share', { XDG_DATA_HOME: '' }, undefined, join(homedir(), '.local', 'share', 'quizdrill')],
    ['else ~/.local/share/quizdrill', {}, undefined, join(homedir(), '.local', 'share', 'quizdrill')],
  ])('%s', (_, env, override, want) => {
    expect(storeDir(env, override)).toBe(want);
  });
});

describe('Store: append and read', () => {
  it('reads back what was appended, one readable JSON line per answer, one file per session', () => {
    const store = new Store(dir);
    const one = store.sessionFile('one');
    const two = store.sessionFile('two');
    expect(store.append(one, [a])).toEqual({ ok: true });
    expect(store.append(two, [c])).toEqual({ ok: true });
    expect(store.append(one, [b])).toEqual({ ok: true });
    expect(store.read()).toEqual({ records: [a, b, c], warnings: [] });
    expect(readdirSync(join(dir, 'answers')).sort()).toEqual(['one.jsonl', 'two.jsonl']);
    const lines = readFileSync(one, 'utf8').split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.slice(0, 2).map((l) => JSON.parse(l) as unknown)).toEqual([a, b]);
    expect(lines[2]).toBe('');
  });

  it('reads a store that does not exist yet as empty, without warnings and without creating it', () => {
    expect(new Store(join(dir, 'nowhere')).read()).toEqual({ records: [], warnings: [] });
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
  });

  it('reads only .jsonl files', () => {
    mkdirSync(join(dir, 'answers'));
    writeFileSync(join(dir, 'answers', 'notes.txt'), 'garbage\n');
    writeFileSync(join(dir, 'answers', 'one.jsonl'), logOf([a]));
    expect(new Store(dir).read()).toEqual({ records: [a], warnings: [] });
  });
});

describe('Store: a damaged file', () => {
  const original = `${logOf([a])}garbage, not a record\n${logOf([b])}`;
  const setUp = () => {
    mkdirSync(join(dir, 'answers'));
    writeFileSync(join(dir, 'answers', 'x.jsonl'), original);
    writeFileSync(join(dir, 'answers', 'y.jsonl'), logOf([c]));
    return new Store(dir);
  };

  it('is reported, its good answers kept, and its original set aside under damaged/', () => {
    const read = setUp().read();
    expect(read.records).toEqual([a, b, c]);
    expect(read.warnings).toHaveLength(1);
    expect(read.warnings[0]).toMatch(/x\.jsonl/);
    expect(read.warnings[0]).toMatch(/line 2\b/);
    const kept = readdirSync(join(dir, 'damaged'));
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^x\.jsonl\./);
    expect(read.warnings[0]).toContain(join(dir, 'damaged', kept[0]!));
    expect(readFileSync(join(dir, 'damaged', kept[0]!), 'utf8')).toBe(original);
  });

  it('is rewritten with its good lines, so the next read has no warning and loses nothing', () => {
    const store = setUp();
    store.read();
    expect(readFileSync(join(dir, 'answers', 'x.jsonl'), 'utf8')).toBe(logOf([a, b]));
    expect(readFileSync(join(dir, 'answers', 'y.jsonl'), 'utf8')).toBe(logOf([c]));
    expect(readdirSync(join(dir, 'answers')).sort()).toEqual(['x.jsonl', 'y.jsonl']); // no temporary file left
    expect(store.read()).toEqual({ records: [a, b, c], warnings: [] });
    expect(readdirSync(join(dir, 'damaged'))).toHaveLength(1);
  });

  it('lists several damaged lines by number', () => {
    mkdirSync(join(dir, 'answers'));
    writeFileSync(join(dir, 'answers', 'x.jsonl'), `junk\n${logOf([a])}{}\n${logOf([b])}[\n`);
    const read = new Store(dir).read();
    expect(read.records).toEqual([a, b]);
    expect(read.warnings[0]).toMatch(/lines 1, 3, 5\b/);
  });

  it('with only its last line cut short (a killed write) is read quietly and left as it is', () => {
    mkdirSync(join(dir, 'answers'));
    const cut = `${logOf([a])}${JSON.stringify(b).slice(0, 25)}`;
    writeFileSync(join(dir, 'answers', 'x.jsonl'), cut);
    expect(new Store(dir).read()).toEqual({ records: [a], warnings: [] });
    expect(existsSync(join(dir, 'damaged'))).toBe(false);
    expect(readFileSync(join(dir, 'answers', 'x.jsonl'), 'utf8')).toBe(cut);
  });

  it('that cannot be set aside is still reported and its good answers still used, without a throw', () => {
    const store = setUp();
    writeFileSync(join(dir, 'damaged'), 'a file where the damaged/ folder would go');
    const read = store.read();
    expect(read.records).toEqual([a, b, c]);
    expect(read.warnings).toHaveLength(1);
    expect(read.warnings[0]).toMatch(/x\.jsonl is damaged \(line 2\).*could not be repaired/);
    expect(readFileSync(join(dir, 'answers', 'x.jsonl'), 'utf8')).toBe(original);
  });
});

describe('Store: a place it cannot write or read', () => {
  it('gives an error value from append when the answers folder is read-only', (ctx) => {
    const store = new Store(dir);
    mkdirSync(store.answersDir);
    chmodSync(store.answersDir, 0o500);
    // Root ignores permission bits: probe whether this folder really refuses a write.
    try {
      writeFileSync(join(store.answersDir, 'probe'), '');
      ctx.skip('running as root: chmod 0o500 does not stop writes, so this case cannot be made here');
    } catch {
      /* good: the folder refuses writes */
    }
    const got = store.append(store.sessionFile('one'), [a]);
    expect(got.ok).toBe(false);
    expect(!got.ok && got.error).toMatch(/EACCES|permission/i);
    expect(store.read()).toEqual({ records: [], warnings: [] });
  });

  it('gives an error value from append when the store folder cannot be made (a file is in the way)', () => {
    writeFileSync(join(dir, 'answers'), 'not a folder');
    const store = new Store(dir);
    const got = store.append(store.sessionFile('one'), [a]);
    expect(got).toEqual({ ok: false, error: expect.stringMatching(/EEXIST|ENOTDIR/) });
  });

  it('warns, without a throw, when the answers folder cannot be listed', () => {
    writeFileSync(join(dir, 'answers'), 'not a folder');
    const read = new Store(dir).read();
    expect(read.records).toEqual([]);
    expect(read.warnings).toEqual([expect.stringContaining(`cannot read the progress store ${join(dir, 'answers')}`)]);
  });

  it('warns about a file it cannot read and reads the others', () => {
    mkdirSync(join(dir, 'answers', 'odd.jsonl'), { recursive: true }); // a folder with a log's name
    writeFileSync(join(dir, 'answers', 'one.jsonl'), logOf([a]));
    const read = new Store(dir).read();
    expect(read.records).toEqual([a]);
    expect(read.warnings).toEqual([expect.stringMatching(/cannot read .*odd\.jsonl/)]);
  });
});

describe('stats of the store', () => {
  const bank = [problem('p', ['t'], [{ kind: 'number', answer: 1 }, { kind: 'number', answer: 2 }]), problem('q', ['u'])];

  it('of an empty store: nothing answered, no accuracy, nothing due all week, every part unseen', () => {
    const read = new Store(join(dir, 'empty')).read();
    const now = new Date(Date.UTC(2026, 0, 30, 23, 59));
    const stats = computeStats(read.records, replay(read.records), now, bank);
    expect(stats).toEqual({
      overall: { answered: 0, right: 0, accuracy: null },
      tags: [],
      weakest: [],
      sessions: [],
      due: {
        now: 0,
        week: ['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02', '2026-02-03', '2026-02-04', '2026-02-05'].map((date) => ({ date, count: 0 })),
      },
      parts: { seen: 0, total: 3 },
    });
  });

  it('of appended answers: counted per session and overall', () => {
    const store = new Store(dir);
    for (const r of [a, b]) store.append(store.sessionFile('one'), [r]);
    store.append(store.sessionFile('two'), [c]);
    const read = store.read();
    const stats = computeStats(read.records, replay(read.records), new Date(T0 + 10 * MINUTE), bank);
    expect(stats.overall).toEqual({ answered: 3, right: 1, accuracy: 1 / 3 });
    expect(stats.sessions.map((s) => [s.session, s.answered, s.right])).toEqual([
      ['one', 2, 1],
      ['two', 1, 0],
    ]);
    expect(stats.parts).toEqual({ seen: 3, total: 3 });
  });
});

describe('Store: issue 19, records of the wrong shape, bytes kept as they were, whole lines', () => {
  it.each([
    ['a null among the tags', { tags: [null] }],
    ['tags not a list', { tags: 'x' }],
    ['a number for the session', { session: 7 }],
    ['a part that is not a count', { part: -1 }],
    ['an answer that is a number', { answer: 3 }],
    ['seconds as text', { seconds: '2' }],
    ['a variant that is not text', { variant: 1 }],
    ['an array, not an object', null],
  ])('a record with %s is a damaged line: set aside, reported with its line, the rest read', (_, patch) => {
    mkdirSync(join(dir, 'answers'));
    const bad = patch === null ? JSON.stringify([a]) : JSON.stringify({ ...a, ...patch });
    writeFileSync(join(dir, 'answers', 'x.jsonl'), `${logOf([a])}${bad}\n${logOf([b])}`);
    const read = new Store(dir).read();
    expect(read.records).toEqual([a, b]);
    expect(read.warnings).toEqual([expect.stringMatching(/x\.jsonl was damaged \(line 2\)/)]);
  });

  it('keeps the damaged copy byte for byte, invalid UTF-8 included', () => {
    mkdirSync(join(dir, 'answers'));
    const original = Buffer.concat([Buffer.from(logOf([a])), Buffer.from([0xff, 0xfe, 0x80, 0x0a]), Buffer.from(logOf([b]))]);
    writeFileSync(join(dir, 'answers', 'x.jsonl'), original);
    const read = new Store(dir).read();
    expect(read.records).toEqual([a, b]);
    const kept = readdirSync(join(dir, 'damaged'));
    expect(readFileSync(join(dir, 'damaged', kept[0]!)).equals(original)).toBe(true);
  });

  it('appends on a fresh line after a line cut short, so neither the cut line nor the new record is lost', () => {
    const store = new Store(dir);
    const file = store.sessionFile('one');
    mkdirSync(store.answersDir);
    const cut = `${logOf([a])}${JSON.stringify(b).slice(0, 25)}`;
    writeFileSync(file, cut);
    expect(store.append(file, [c])).toEqual({ ok: true });
    expect(readFileSync(file, 'utf8')).toBe(`${cut}\n${logOf([c])}`);
    const read = store.read();
    expect(read.records).toEqual([a, c]);
  });

  it('appends several records as whole lines in one go', () => {
    const store = new Store(dir);
    const file = store.sessionFile('one');
    expect(store.append(file, [a, b])).toEqual({ ok: true });
    expect(readFileSync(file, 'utf8')).toBe(logOf([a, b]));
  });
});
