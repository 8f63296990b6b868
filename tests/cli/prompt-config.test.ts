import { input, select } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { promptConfig } from '../../src/cli/drill/prompt-config.js';
import { grade } from '../../src/grade/index.js';
import { controlWord } from '../../src/session/control.js';
import { runDrill, type Question } from '../../src/session/drill.js';
import { bundledProblem, bundledProblems } from '../helpers/bank.js';

/** The question runDrill hands its UI for the first part of a bank problem, with the real validate(). */
async function questionOf(id: string): Promise<Question> {
  let q: Question | undefined;
  const ui = { showProblem() {}, showFeedback() {}, ask: async (x: Question) => ((q = x), { type: 'end' as const }) };
  await runDrill([bundledProblem(id)], ui, { clock: () => 0, explain: 'always' });
  return q!;
}

async function renderInput(id: string) {
  const p = promptConfig(await questionOf(id));
  if (p.type !== 'input') throw new Error(`${id} is asked with a ${p.type}, not an input`);
  return render(input, p.config);
}

async function renderSelect(id: string) {
  const q = await questionOf(id);
  const p = promptConfig(q);
  if (p.type !== 'select') throw new Error(`${id} is asked with an ${p.type}, not a select`);
  return { q, ...(await render(select, p.config)) };
}

/** Has the prompt not answered yet? (Its promise is still pending after the prompt had time to settle.) */
async function stillOpen(answer: Promise<unknown>): Promise<boolean> {
  const open = Symbol('open');
  return (await Promise.race([answer, new Promise((r) => setTimeout(() => r(open), 25))])) === open;
}

/** The prompt's answer, or a failure after `ms` instead of hanging until the test times out. */
function settled<T>(answer: Promise<T>, ms = 2000): Promise<T> {
  return Promise.race([answer, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`the prompt did not answer in ${ms} ms`)), ms))]);
}

function press(events: { keypress(k: string): void }, key: string, times: number): void {
  for (let i = 0; i < times; i++) events.keypress(key);
}

describe('promptConfig: which prompt asks which kind', () => {
  it.each([
    ['backprop-partial-facts-a', 'number', 'input'],
    ['gradient-descent-step', 'vector', 'input'],
    ['fill-blank-weight-derivative', 'expression', 'input'],
    ['square-loss-point-contribution', 'choice', 'select'],
    ['sigmoid-output-saturated', 'true-false', 'select'],
  ])('%s (%s) is asked with a %s', async (id, kind, type) => {
    const q = await questionOf(id);
    expect(q.part.key.kind).toBe(kind);
    expect(promptConfig(q).type).toBe(type);
  });
});

describe('the input prompt for a typed part', () => {
  it('shows a format error inline and stays open, then takes -14', async () => {
    const { answer, events, getScreen, nextRender } = await renderInput('backprop-partial-facts-a');
    expect(getScreen()).toBe('? Answer (? for help)');
    events.type('abc');
    events.keypress('enter');
    await nextRender();
    expect(getScreen()).toBe(
      [
        '? Answer (? for help) abc',
        '> "abc" is not a number: unknown name "abc".',
        // The key is -14, so the examples leave it out.
        'Accepted: a number such as 12, 0.25, 1/2 or 2e-3, or arithmetic with + - * / ^, ( ), sqrt, abs, exp, log, ln, log10, sin, cos, tan, pi and e.',
      ].join('\n'),
    );
    expect(await stillOpen(answer)).toBe(true);

    press(events, 'backspace', 3);
    events.type('-14');
    events.keypress('enter');
    await expect(settled(answer)).resolves.toBe('-14');
    expect(getScreen()).toBe('✔ Answer (? for help) -14');
  });

  it('shows the accepted formats for ? and stays open', async () => {
    const { answer, events, getScreen, nextRender } = await renderInput('gradient-descent-step');
    events.type('?');
    events.keypress('enter');
    await nextRender();
    expect(getScreen()).toMatch(/^\? Answer \(\? for help\) \?\n> Type .*2 numbers/);
    expect(getScreen()).toContain("'skip' to pass this part");
    expect(await stillOpen(answer)).toBe(true);
  });

  it('rejects a vector of the wrong length inline', async () => {
    const { answer, events, getScreen, nextRender } = await renderInput('gradient-descent-step');
    events.type('(4, 9, 1)');
    events.keypress('enter');
    await nextRender();
    expect(getScreen()).toMatch(/^> .*\nAccepted: /m);
    expect(await stillOpen(answer)).toBe(true);
  });

  it.each(['skip', 'quit', 'x_1'])('takes %j (a control word or a readable answer) at once', async (typed) => {
    const { answer, events } = await renderInput(typed === 'x_1' ? 'fill-blank-input-derivative' : 'backprop-partial-facts-a');
    events.type(typed);
    events.keypress('enter');
    await expect(settled(answer)).resolves.toBe(typed);
  });
});

describe('the select prompt for a choice part', () => {
  it('lists the options with their letters, then skip and quit', async () => {
    const { getScreen } = await renderSelect('square-loss-point-contribution');
    expect(getScreen()).toBe(
      ['? Choose', '❯ a) 0', '  b) 1', '  c) 1/||w||', '  d) ||w||', '  Skip this part', '  Quit the drill', '', '↑↓ navigate • ⏎ select'].join('\n'),
    );
  });

  it.each([
    [0, '0', 'right'],
    [1, '1', 'wrong'],
    [3, '||w||', 'wrong'],
  ])('moving down %i and Enter answers %j, which grades %s', async (downs, value, verdict) => {
    const { q, answer, events } = await renderSelect('square-loss-point-contribution');
    press(events, 'down', downs);
    events.keypress('enter');
    await expect(settled(answer)).resolves.toBe(value);
    const outcome = grade(q.part.key, value);
    expect(outcome.status === 'graded' && (outcome.correct ? 'right' : 'wrong')).toBe(verdict);
  });

  it.each([
    [4, 'skip'],
    [5, 'quit'],
  ])('moving down %i and Enter answers %j, a control word', async (downs, word) => {
    const { answer, events } = await renderSelect('square-loss-point-contribution');
    press(events, 'down', downs);
    events.keypress('enter');
    await expect(settled(answer)).resolves.toBe(word);
    expect(controlWord(word)).toBe(word);
  });
});

describe('the select prompt for a true/false part', () => {
  it('lists True, False, skip and quit', async () => {
    const { getScreen } = await renderSelect('sigmoid-output-saturated');
    expect(getScreen()).toBe(['? True or false?', '❯ True', '  False', '  Skip this part', '  Quit the drill', '', '↑↓ navigate • ⏎ select'].join('\n'));
  });

  it.each([
    [0, 'true', true],
    [1, 'false', false],
  ])('moving down %i and Enter answers %j', async (downs, value, right) => {
    const { q, answer, events, getScreen } = await renderSelect('sigmoid-output-saturated');
    press(events, 'down', downs);
    events.keypress('enter');
    await expect(settled(answer)).resolves.toBe(value);
    expect(getScreen()).toBe(`✔ True or false? ${value === 'true' ? 'True' : 'False'}`);
    expect(grade(q.part.key, value)).toMatchObject({ status: 'graded', correct: right });
  });
});

describe('every select choice of the bundled bank grades as its label says', () => {
  const parts = bundledProblems().flatMap((p) => p.parts.map((part) => ({ id: `${p.id} part ${part.index}`, part })));
  const selects = parts.filter(({ part }) => part.key.kind === 'choice' || part.key.kind === 'true-false');

  it('has choice and true/false parts to check', () => {
    expect(selects.map((s) => s.part.key.kind)).toEqual(expect.arrayContaining(['choice', 'true-false']));
  });

  it.each(selects)('$id', ({ part }) => {
    const q = { part, validate: () => true } as unknown as Question;
    const p = promptConfig(q);
    if (p.type !== 'select') throw new Error('expected a select');
    const key = part.key;
    const right = key.kind === 'choice' ? `${String.fromCharCode(97 + key.answer)}) ${key.options[key.answer]}` : key.kind === 'true-false' ? (key.answer ? 'True' : 'False') : '';
    for (const c of p.config.choices) {
      if (controlWord(c.value)) continue;
      // A long label wraps onto indented lines; read as one line, it is the option.
      const label = c.name.replace(/\s+/g, ' ');
      expect(grade(key, c.value), `${label} -> ${c.value}`).toMatchObject({ status: 'graded', correct: label === right });
    }
    expect(p.config.choices.slice(-2).map((c) => controlWord(c.value))).toEqual(['skip', 'quit']);
    // Room for every line of every choice: nothing scrolls out of sight.
    expect(p.config.pageSize).toBe(p.config.choices.reduce((n, c) => n + c.name.split('\n').length, 0));
  });
});
