import type { Problem } from '../../src/bank/model.js';
import type { DrillUi, Feedback, Position, Question, Reply } from '../../src/session/drill.js';

/** One thing the student does at a prompt, and how long it takes them. */
export type Step = { text: string; ms?: number } | { reply: 'end' | 'interrupt'; ms?: number };

export const END: Step = { reply: 'end' };
export const INTERRUPT: Step = { reply: 'interrupt' };

/** A clock that only moves when the fake student takes time to answer. */
export function fakeClock(start = Date.UTC(2026, 0, 2, 9, 0, 0)) {
  let now = start;
  return { start, now: () => now, advance: (ms: number) => void (now += ms) };
}
export type FakeClock = ReturnType<typeof fakeClock>;

export interface ScriptedUi extends DrillUi {
  shown: { problem: string; position: Position }[];
  asked: Question[];
  /** What validate() answered for each line it did not take: format errors and help. */
  messages: { problem: string; part: number; text: string; message: string }[];
  feedback: Feedback[];
}

/**
 * A UI that plays a script of typed lines, calling validate() on each as a
 * real UI does and asking again while it returns a message. Every step
 * advances the clock by its `ms` (default `msPerStep`). Running out of
 * script is a bug in the test, so it throws rather than ending quietly.
 */
export function scriptedUi(script: (string | Step)[], clock: FakeClock, msPerStep = 1000): ScriptedUi {
  const steps = script.map((s) => (typeof s === 'string' ? { text: s } : s));
  const ui: ScriptedUi = {
    shown: [],
    asked: [],
    messages: [],
    feedback: [],
    showProblem(problem: Problem, position: Position) {
      ui.shown.push({ problem: problem.id, position });
    },
    async ask(q: Question): Promise<Reply> {
      ui.asked.push(q);
      for (;;) {
        const step = steps.shift();
        if (!step) throw new Error(`the script ran out at ${q.problem.id} part ${q.part.index}`);
        clock.advance(step.ms ?? msPerStep);
        if ('reply' in step) return { type: step.reply };
        const verdict = q.validate(step.text);
        if (verdict === true) return { type: 'text', text: step.text };
        ui.messages.push({ problem: q.problem.id, part: q.part.index, text: step.text, message: verdict });
      }
    },
    showFeedback(f: Feedback) {
      ui.feedback.push(f);
    },
  };
  return ui;
}
