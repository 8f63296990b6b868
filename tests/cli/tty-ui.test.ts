import { Chalk } from 'chalk';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ttyUi } from '../../src/cli/drill/tty-ui.js';
import type { AnswerKey } from '../../src/grade/index.js';
import { bundledProblems } from '../helpers/bank.js';

/** The seed's formula part (problem 2): a key in the network's symbols. */
const problem = bundledProblems().find((p) => p.parts.some((part) => part.key.kind === 'expression' && 'arch' in part.key && part.key.arch))!;
const part = problem.parts.find((x) => x.key.kind === 'expression')!;

describe('the terminal drill', () => {
  it("does a question's first-answer work while the question is on screen, before the answer comes", async () => {
    const prepared: AnswerKey[] = [];
    let preparedWhenAnswered = -1;
    // A student who answers a moment after the prompt is drawn.
    const prompts = {
      input: async () => {
        await new Promise((r) => setTimeout(r, 20));
        preparedWhenAnswered = prepared.length;
        return 'x_1';
      },
      select: async () => 'unused',
    };
    const output = Object.assign(new PassThrough(), { columns: 80 });
    output.resume();
    const ui = ttyUi(prompts as never, { input: new PassThrough(), output }, { c: new Chalk({ level: 0 }), width: 80 }, new AbortController().signal, (key) => prepared.push(key));
    const reply = await ui.ask({ problem, part, position: { problem: 1, problems: 1, part: part.index, parts: problem.parts.length }, validate: () => true });
    expect(reply).toEqual({ type: 'text', text: 'x_1' });
    expect(preparedWhenAnswered).toBe(1);
    expect(prepared).toEqual([part.key]);
  });

  it('prepares nothing once the answer has come, however fast', async () => {
    const prepared: AnswerKey[] = [];
    const prompts = { input: async () => 'x_1', select: async () => 'unused' };
    const output = Object.assign(new PassThrough(), { columns: 80 });
    output.resume();
    const ui = ttyUi(prompts as never, { input: new PassThrough(), output }, { c: new Chalk({ level: 0 }), width: 80 }, new AbortController().signal, (key) => prepared.push(key));
    await ui.ask({ problem, part, position: { problem: 1, problems: 1, part: part.index, parts: problem.parts.length }, validate: () => true });
    await new Promise((r) => setTimeout(r, 20));
    expect(prepared).toEqual([]);
  });
});
