import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardKey, formatRecord, parseLog, type AnswerRecord } from '../../src/progress/record.js';
import { answer, logOf, T0 } from './answers.js';

const a = answer('p', '1', 'right', T0);
const b = answer('p', '2', 'wrong', T0 + 1000, { tags: ['x', 'y'], formatErrors: 2 });
const c = answer('q', 'a', 'skipped', T0 + 2000, { variant: 'q@7' });
const line = (r: AnswerRecord): string => JSON.stringify(r);

/** A record written by hand, then changed in one field. */
const tweaked = (patch: Record<string, unknown>): string => JSON.stringify({ ...a, ...patch });

/** Generated records: every field, strings with newlines and quotes included (JSON escapes them). */
const recordArb: fc.Arbitrary<AnswerRecord> = fc.record(
  {
    v: fc.constant(1 as const),
    at: fc.integer({ min: 0, max: 4_102_444_800_000 }).map((ms) => new Date(ms).toISOString()),
    session: fc.string(),
    bank: fc.string(),
    problem: fc.string(),
    part: fc.nat(),
    partId: fc.string(),
    variant: fc.string(),
    tags: fc.array(fc.string(), { maxLength: 3 }),
    answer: fc.option(fc.string(), { nil: null }),
    result: fc.constantFrom('right' as const, 'wrong' as const, 'skipped' as const),
    formatErrors: fc.nat(),
    seconds: fc.nat().map((n) => n / 1000),
  },
  { requiredKeys: ['v', 'at', 'session', 'bank', 'problem', 'part', 'partId', 'tags', 'answer', 'result', 'formatErrors', 'seconds'] },
);

/** A line that is not a record: JSON without a version key, or text that is not JSON. */
const junkArb = fc.oneof(
  fc.json().filter((s) => !s.includes('"v"')),
  fc.string().filter((s) => !s.includes('\n')).map((s) => `#${s}`),
);

describe('parseLog: good lines', () => {
  it('reads back every record formatRecord writes, in order, as one line each', () => {
    const text = [a, b, c].map(formatRecord).join('');
    expect(text.split('\n')).toHaveLength(4); // three lines and the empty rest after the last newline
    expect(parseLog(text)).toEqual({ records: [a, b, c], damaged: [], truncatedTail: false });
  });

  it('skips blank lines without calling them damaged', () => {
    expect(parseLog(`\n${line(a)}\n\n   \n${line(b)}\n\n`)).toEqual({ records: [a, b], damaged: [], truncatedTail: false });
  });

  it('reads an empty log as no records', () => {
    expect(parseLog('')).toEqual({ records: [], damaged: [], truncatedTail: false });
  });

  it('reads a log written with CRLF line ends', () => {
    expect(parseLog(`${line(a)}\r\n${line(b)}\r\n`).records).toEqual([a, b]);
  });
});

describe('parseLog: damaged lines', () => {
  it.each([
    ['text that is not JSON', 'garbage'],
    ['half a record', line(a).slice(0, 30)],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['an array', '[1,2]'],
    ['an empty object', '{}'],
    ['another version', tweaked({ v: 2 })],
    ['a time that is not a date', tweaked({ at: 'yesterday' })],
    ['an unknown result', tweaked({ result: 'maybe' })],
    ['no problem id', tweaked({ problem: undefined })],
    ['a numeric part id', tweaked({ partId: 3 })],
    ['tags that are not a list', tweaked({ tags: 'x' })],
  ])('reports %s in the middle by its line number and keeps the lines around it', (_, bad) => {
    expect(parseLog(`${line(a)}\n${bad}\n${line(b)}\n`)).toEqual({ records: [a, b], damaged: [2], truncatedTail: false });
  });

  it('numbers damaged lines from 1, counting blank lines', () => {
    const text = ['garbage', line(a), '', '{"v":1}', line(b), 'x', line(c), ''].join('\n');
    expect(parseLog(text)).toEqual({ records: [a, b, c], damaged: [1, 4, 6], truncatedTail: false });
  });

  it('calls a bad last line damaged when its newline was written: the write finished', () => {
    expect(parseLog(`${line(a)}\ngarbage\n`)).toEqual({ records: [a], damaged: [2], truncatedTail: false });
  });
});

describe('parseLog: a write cut short', () => {
  it('ignores a last line cut at any character, without calling it damaged', () => {
    const whole = logOf([a, b]);
    const firstEnd = whole.indexOf('\n') + 1;
    // Every cut inside the second line, short of its closing brace.
    for (let cut = firstEnd + 1; cut < whole.length - 1; cut++) {
      expect(parseLog(whole.slice(0, cut)), `cut at ${cut}`).toEqual({ records: [a], damaged: [], truncatedTail: true });
    }
  });

  it('takes a last line that is whole but lacks only its newline', () => {
    expect(parseLog(`${line(a)}\n${line(b)}`)).toEqual({ records: [a, b], damaged: [], truncatedTail: false });
  });

  it('still reports damage in the middle when the tail is also cut', () => {
    expect(parseLog(`${line(a)}\ngarbage\n${line(b).slice(0, 20)}`)).toEqual({ records: [a], damaged: [2], truncatedTail: true });
  });

  it('a log killed at any byte reads back as the records written whole before it, with no damage', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 6 }), fc.nat(), (rs, n) => {
        const text = logOf(rs);
        const cut = text.length ? n % (text.length + 1) : 0;
        const got = parseLog(text.slice(0, cut));
        expect(got.damaged).toEqual([]);
        expect(rs.slice(0, got.records.length)).toEqual(got.records);
        // At most the one line being written is lost.
        const whole = text.slice(0, cut).split('\n').length - 1;
        expect(got.records.length === whole || got.records.length === whole + 1).toBe(true);
      }),
    );
  });
});

describe('parseLog: properties', () => {
  it('never throws on arbitrary text, and accounts for every non-blank line exactly once', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(fc.oneof(fc.string(), fc.json()), { maxLength: 8 }).map((xs) => xs.join('\n')));
    fc.assert(
      fc.property(text, (t) => {
        const got = parseLog(t);
        const lines = t.split('\n');
        const nonBlank = lines.filter((l) => l.trim() !== '').length;
        expect(got.records.length + got.damaged.length + (got.truncatedTail ? 1 : 0)).toBe(nonBlank);
        for (const n of got.damaged) {
          expect(n).toBeGreaterThanOrEqual(1);
          expect(n).toBeLessThan(lines.length); // never the last line: that one is a cut write
          expect(lines[n - 1]!.trim()).not.toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps exactly the good records, in order, among junk lines, and names each junk line', () => {
    const entry = fc.oneof(recordArb.map((r) => ({ r })), junkArb.map((j) => ({ j })));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 10 }), (entries) => {
        const text = entries.map((e) => ('r' in e ? JSON.stringify(e.r) : e.j) + '\n').join('');
        const got = parseLog(text);
        expect(got.records).toEqual(entries.flatMap((e) => ('r' in e ? [e.r] : [])));
        expect(got.damaged).toEqual(entries.flatMap((e, i) => ('j' in e ? [i + 1] : [])));
        expect(got.truncatedTail).toBe(false);
      }),
    );
  });
});

describe('cardKey', () => {
  it('follows problem and part ids, not the variant or the wording', () => {
    expect(cardKey(answer('p', '1', 'right', T0, { variant: 'p@1' }))).toBe(cardKey(answer('p', '1', 'wrong', T0, { variant: 'p@2' })));
    expect(new Set([cardKey({ problem: 'p', partId: '1' }), cardKey({ problem: 'p', partId: '2' }), cardKey({ problem: 'q', partId: '1' })]).size).toBe(3);
  });
});
