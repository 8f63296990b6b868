import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/bank/model.js';
import type { AnswerKey } from '../../src/grade/key.js';
import { runDrill, type ExplainWhen } from '../../src/session/drill.js';
import type { SessionRecord } from '../../src/session/record.js';
import { END, fakeClock, INTERRUPT, scriptedUi, type Step } from '../helpers/fake-ui.js';
import { problem } from '../helpers/problems.js';

const NUMBER: AnswerKey = { kind: 'number', answer: -14 };
const VECTOR: AnswerKey = { kind: 'vector', answer: [4, 9] };
const TRUE_FALSE: AnswerKey = { kind: 'true-false', answer: true };
const CHOICE: AnswerKey = { kind: 'choice', options: ['0', '1', '1/||w||'], answer: 0 };
const EXPRESSION: AnswerKey = { kind: 'expression', answer: '2 x_1 + 1', arch: { layers: [2, 2, 1], activations: ['relu', 'linear'] } };

const alpha = problem('alpha', ['calc', 'shared'], [NUMBER, VECTOR]);
const beta = problem('beta', ['logic', 'shared'], [TRUE_FALSE, CHOICE]);
const gamma = problem('gamma', ['algebra'], [EXPRESSION]);

async function drill(problems: Problem[], script: (string | Step)[], opts: { explain?: ExplainWhen; msPerStep?: number } = {}) {
  const clock = fakeClock();
  const ui = scriptedUi(script, clock, opts.msPerStep);
  const records: SessionRecord[] = [];
  const session = await runDrill(problems, ui, { clock: clock.now, explain: opts.explain ?? 'always', onRecord: (s) => records.push(s) });
  return { session, ui, records, clock };
}

describe('runDrill: one part, one answer', () => {
  it.each<[string, AnswerKey, string, 'right' | 'wrong' | 'skipped', string | null, string]>([
    ['a number', NUMBER, '-14', 'right', '-14', '-14'],
    ['a number as arithmetic', NUMBER, '5*(-3) + 1', 'right', '5*(-3) + 1', '-14'],
    ['a number with spaces around it', NUMBER, '  -14 ', 'right', '-14', '-14'],
    ['a number just off', NUMBER, '-14.1', 'wrong', '-14.1', '-14'],
    ['a vector', VECTOR, '(4, 9)', 'right', '(4, 9)', '(4, 9)'],
    ['a vector reversed', VECTOR, '9 4', 'wrong', '9 4', '(4, 9)'],
    ['true/false', TRUE_FALSE, 'Yes', 'right', 'Yes', 'True'],
    ['true/false wrong', TRUE_FALSE, 'f', 'wrong', 'f', 'True'],
    ['a choice by its text, which is a number', CHOICE, '0', 'right', '0', 'a) 0'],
    ['a choice by text that is also an option number', CHOICE, '1', 'wrong', '1', 'a) 0'],
    ['a choice by letter', CHOICE, '(a)', 'right', '(a)', 'a) 0'],
    ['a formula, spacing and * aside', EXPRESSION, '2*x_1+1', 'right', '2*x_1+1', '2 x_1 + 1'],
    ['the same formula in another order', EXPRESSION, '1 + 2x_1', 'right', '1 + 2x_1', '2 x_1 + 1'],
    ['a different formula', EXPRESSION, '2 x_1 - 1', 'wrong', '2 x_1 - 1', '2 x_1 + 1'],
    ['skip', NUMBER, 'skip', 'skipped', null, '-14'],
    ['skip in capitals with spaces', VECTOR, ' SKIP ', 'skipped', null, '(4, 9)'],
  ])('%s', async (_name, key, typed, result, answer, expected) => {
    const p = problem('p', ['t'], [key]);
    const { session, ui } = await drill([p], [typed]);
    expect(session.ended).toBe('completed');
    expect(session.parts).toHaveLength(1);
    expect(session.parts[0]).toMatchObject({ problem: 'p', part: 1, partId: '1', kind: key.kind, tags: ['t'], answer, result, expected, formatErrors: 0, seconds: 1 });
    expect(ui.messages).toEqual([]);
    expect(ui.feedback.map((f) => f.record)).toEqual(session.parts);
  });
});

describe('runDrill: what is not an answer', () => {
  it('asks again after a format error and counts it, without marking the part wrong', async () => {
    const { session, ui } = await drill([alpha], ['abc', '1//2', '-14', '(4, 9)']);
    expect(session.parts.map((p) => [p.result, p.answer, p.formatErrors])).toEqual([
      ['right', '-14', 2],
      ['right', '(4, 9)', 0],
    ]);
    expect(ui.asked).toHaveLength(2);
    expect(ui.messages.map((m) => [m.part, m.text])).toEqual([
      [1, 'abc'],
      [1, '1//2'],
    ]);
    // The key is -14: the examples never show it.
    for (const m of ui.messages) expect(m.message).toMatch(/\nAccepted: a number such as 12, /);
    expect(ui.messages[0]!.message).toMatch(/^"abc" is not a number/);
  });

  it('keeps the format errors of a part that ends wrong or skipped', async () => {
    const { session } = await drill([alpha], ['abc', '-13', '(4, 9', '(4, 9, 1)', 'skip']);
    expect(session.parts.map((p) => [p.result, p.formatErrors])).toEqual([
      ['wrong', 1],
      ['skipped', 2],
    ]);
    expect(session.score).toEqual({ right: 0, wrong: 1, skipped: 1, total: 2 });
  });

  it.each(['?', 'help', ' HELP '])('shows the accepted formats and the control words for %j, which is no format error', async (typed) => {
    const { session, ui } = await drill([gamma], [typed, '2*x_1+1']);
    expect(ui.messages).toHaveLength(1);
    const help = ui.messages[0]!.message;
    expect(help).toMatch(/^Type a formula/);
    expect(help).toContain("'skip' to pass this part");
    expect(help).toContain("'quit' to end the drill");
    expect(session.parts[0]).toMatchObject({ result: 'right', formatErrors: 0 });
  });

  it('gives the help of the kind asked', async () => {
    const { ui } = await drill([beta], ['?', 'true', '?', 'a']);
    expect(ui.messages[0]!.message).toMatch(/^Type true or false/);
    expect(ui.messages[1]!.message).toMatch(/^Type a letter \(a, b or c\), a number from 1 to 3, or the text of an option/);
  });
});

describe('runDrill: how it ends', () => {
  it('runs to the end: completed, with every part', async () => {
    const { session, clock } = await drill([alpha, beta, gamma], ['-14', '(4, 9)', 'true', '0', '2*x_1+1']);
    expect(session).toMatchObject({ ended: 'completed', score: { right: 5, wrong: 0, skipped: 0, total: 5 } });
    expect(session.parts.map((p) => `${p.problem}/${p.part}`)).toEqual(['alpha/1', 'alpha/2', 'beta/1', 'beta/2', 'gamma/1']);
    expect(session.startedAt).toBe(new Date(clock.start).toISOString());
    expect(session.endedAt).toBe(new Date(clock.start + 5000).toISOString());
  });

  it.each(['quit', 'Quit', 'exit'])('ends on %j with the parts answered before it, and records no part for it', async (word) => {
    const { session, ui, records } = await drill([alpha, beta], ['-14', 'abc', word]);
    expect(session.ended).toBe('quit');
    expect(session.parts).toHaveLength(1);
    expect(session.score).toEqual({ right: 1, wrong: 0, skipped: 0, total: 4 });
    expect(ui.feedback).toHaveLength(1);
    expect(records).toHaveLength(1);
    expect(ui.shown.map((s) => s.problem)).toEqual(['alpha']);
  });

  it.each([
    [END, 'end-of-input'],
    [INTERRUPT, 'interrupted'],
  ] as const)('ends on an %o reply as %s, keeping what was answered', async (step, reason) => {
    const { session, clock } = await drill([alpha, beta], ['-14', '(4, 8)', 'skip', step]);
    expect(session.ended).toBe(reason);
    expect(session.parts.map((p) => p.result)).toEqual(['right', 'wrong', 'skipped']);
    expect(session.score).toEqual({ right: 1, wrong: 1, skipped: 1, total: 4 });
    expect(session.endedAt).toBe(new Date(clock.now()).toISOString());
    expect(session.seconds).toBe(4);
  });

  it('ends at once on an empty bank', async () => {
    const { session, ui } = await drill([], []);
    expect(session).toMatchObject({ ended: 'completed', score: { right: 0, wrong: 0, skipped: 0, total: 0 }, parts: [], tags: {} });
    expect(ui.asked).toEqual([]);
  });
});

describe('runDrill: positions', () => {
  it('shows each problem once and asks its parts with their place in the drill', async () => {
    const { ui } = await drill([alpha, gamma], ['-14', '(4, 9)', '2*x_1+1']);
    expect(ui.shown).toEqual([
      { problem: 'alpha', position: { problem: 1, problems: 2, part: 1, parts: 2 } },
      { problem: 'gamma', position: { problem: 2, problems: 2, part: 1, parts: 1 } },
    ]);
    expect(ui.asked.map((q) => [q.problem.id, q.part.index, q.position])).toEqual([
      ['alpha', 1, { problem: 1, problems: 2, part: 1, parts: 2 }],
      ['alpha', 2, { problem: 1, problems: 2, part: 2, parts: 2 }],
      ['gamma', 1, { problem: 2, problems: 2, part: 1, parts: 1 }],
    ]);
  });
});

describe('runDrill: nothing answered is lost', () => {
  it('calls onRecord after every part with the whole session so far', async () => {
    const { session, records } = await drill([alpha, beta, gamma], ['-14', 'abc', '(1, 1)', 'skip', 'a', '2*x_1+1']);
    expect(records).toHaveLength(5);
    records.forEach((r, i) => {
      expect(r.parts).toEqual(session.parts.slice(0, i + 1));
      expect(r.score.total).toBe(5);
      expect(r.score.right + r.score.wrong + r.score.skipped).toBe(i + 1);
      expect(r.ended).toBeUndefined();
      expect(r.startedAt).toBe(session.startedAt);
    });
    expect(records[1]!.score).toEqual({ right: 1, wrong: 1, skipped: 0, total: 5 });
    expect(records[1]!.tags.calc).toEqual({ right: 1, wrong: 1, skipped: 0, total: 2 });
  });

  it('has recorded a part before its feedback is shown, so a crash while showing it loses nothing', async () => {
    const clock = fakeClock();
    const ui = scriptedUi(['-14', '(4, 9)'], clock);
    const records: SessionRecord[] = [];
    ui.showFeedback = (f) => {
      if (f.part.index === 2) throw new Error('the terminal went away');
    };
    await expect(runDrill([alpha], ui, { clock: clock.now, explain: 'always', onRecord: (s) => records.push(s) })).rejects.toThrow('the terminal went away');
    expect(records.at(-1)!.parts.map((p) => p.answer)).toEqual(['-14', '(4, 9)']);
  });

  it('keeps every record whole when the UI fails mid-drill', async () => {
    const clock = fakeClock();
    const ui = scriptedUi(['-14', '(4, 9)', 'true'], clock); // the script runs out at beta part 2
    const records: SessionRecord[] = [];
    await expect(runDrill([alpha, beta], ui, { clock: clock.now, explain: 'never', onRecord: (s) => records.push(s) })).rejects.toThrow(/ran out at beta part 2/);
    expect(records.map((r) => r.parts.length)).toEqual([1, 2, 3]);
  });
});

describe('runDrill: time', () => {
  it('times each part from the question to the answer taken, format errors included', async () => {
    const { session } = await drill([alpha, beta], [
      { text: '-14', ms: 2500 },
      { text: 'abc', ms: 1000 },
      { text: '(4, 9)', ms: 3250 },
      { text: '?', ms: 500 },
      { text: 'skip', ms: 750 },
      { text: 'quit', ms: 10_000 },
    ]);
    expect(session.parts.map((p) => p.seconds)).toEqual([2.5, 4.25, 1.25]);
    expect(session.seconds).toBe(18);
  });
});

describe('runDrill: score per tag', () => {
  it('scores each tag over the parts of the drill that carry it, reached or not', async () => {
    const { session } = await drill([alpha, beta, gamma], ['-14', '(0, 0)', 'skip', '0', 'quit']);
    expect(session.score).toEqual({ right: 2, wrong: 1, skipped: 1, total: 5 });
    expect(session.tags).toEqual({
      algebra: { right: 0, wrong: 0, skipped: 0, total: 1 },
      calc: { right: 1, wrong: 1, skipped: 0, total: 2 },
      logic: { right: 1, wrong: 0, skipped: 1, total: 2 },
      shared: { right: 2, wrong: 1, skipped: 1, total: 4 },
    });
    expect(Object.keys(session.tags)).toEqual(['algebra', 'calc', 'logic', 'shared']);
  });
});

describe('runDrill: explanations', () => {
  it.each<[ExplainWhen, boolean[]]>([
    ['always', [true, true, true]],
    ['wrong', [false, true, true]],
    ['never', [false, false, false]],
  ])('explain %s: right, wrong, skipped -> shown %j', async (explain, shown) => {
    const p = problem('p', [], [NUMBER, NUMBER, NUMBER]);
    const { ui } = await drill([p], ['-14', '14', 'skip'], { explain });
    expect(ui.feedback.map((f) => f.record.result)).toEqual(['right', 'wrong', 'skipped']);
    expect(ui.feedback.map((f) => 'explanation' in f)).toEqual(shown);
    ui.feedback.forEach((f, i) => {
      if (shown[i]) expect(f.explanation).toBe(`Because of part ${i + 1}.`);
    });
  });
});

describe('runDrill: properties', () => {
  type Plan = { bad: string[]; help: number; end: 'right' | 'wrong' | 'skip' };
  const plan = fc.record({
    bad: fc.array(fc.constantFrom('abc', '1//2', '', '(', 'x y', '14 14'), { maxLength: 3 }),
    help: fc.nat(2),
    end: fc.constantFrom('right', 'wrong', 'skip'),
  });
  const typed = { right: '-14', wrong: '-14.5', skip: 'skip' };
  const result = { right: 'right', wrong: 'wrong', skip: 'skipped' };

  it('records one part per part asked, with its result and format errors, and a score that adds up', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(plan, { minLength: 1, maxLength: 8 }), async (plans: Plan[]) => {
        const p = problem('p', ['t'], plans.map(() => NUMBER));
        const script = plans.flatMap((x) => [...x.bad, ...Array<string>(x.help).fill('?'), typed[x.end]]);
        const { session, ui, records } = await drill([p], script);
        expect(session.parts.map((r) => [r.result, r.formatErrors])).toEqual(plans.map((x) => [result[x.end], x.bad.length]));
        expect(ui.messages).toHaveLength(plans.reduce((n, x) => n + x.bad.length + x.help, 0));
        const count = (r: string) => plans.filter((x) => result[x.end] === r).length;
        expect(session.score).toEqual({ right: count('right'), wrong: count('wrong'), skipped: count('skipped'), total: plans.length });
        expect(session.tags.t).toEqual(session.score);
        expect(records).toHaveLength(plans.length);
      }),
      { numRuns: 60 },
    );
  });
});
