import type { Part, Problem } from '../bank/model.js';
import { acceptedFormats, formatKey, grade } from '../grade/index.js';
import { CONTROL_HELP, controlWord } from './control.js';
import { scoreByTag, scoreOf, type EndReason, type PartRecord, type SessionRecord } from './record.js';
import { visibleLine } from '../text/visible.js';

export interface Position {
  problem: number;
  problems: number;
  part: number;
  parts: number;
}

export interface Question {
  problem: Problem;
  part: Part;
  position: Position;
  /**
   * Judges a typed line before it is taken: `true` for an answer the grader
   * can read or a control word, otherwise the message to show before asking
   * again. A format error is never a wrong mark.
   */
  validate(text: string): true | string;
}

export type Reply = { type: 'text'; text: string } | { type: 'end' } | { type: 'interrupt' };

export interface Feedback {
  problem: Problem;
  part: Part;
  record: PartRecord;
  /** The explanation to show, when the setting asks for it. */
  explanation?: string;
  /** For a wrong answer that matches a known slip: one sentence saying which. */
  mistake?: string;
  /** For a wrong answer: the evaluator's chain of values that gives the key. */
  worked?: string;
}

/** The terminal side of a drill; the session logic knows nothing else of it. */
export interface DrillUi {
  showProblem(problem: Problem, position: Position): void;
  ask(question: Question): Promise<Reply>;
  showFeedback(feedback: Feedback): void;
}

export type ExplainWhen = 'always' | 'wrong' | 'never';

export interface DrillOptions {
  /** Milliseconds since the epoch; injected so tests control time. */
  clock: () => number;
  explain: ExplainWhen;
  /** Called with the whole session after every part, so nothing is lost on a crash. */
  onRecord?: (session: SessionRecord) => void;
  /** Called with each part as it is answered (for the progress store). */
  onPart?: (part: PartRecord) => void;
}

export async function runDrill(problems: Problem[], ui: DrillUi, opts: DrillOptions): Promise<SessionRecord> {
  const start = opts.clock();
  const total = problems.reduce((n, p) => n + p.parts.length, 0);
  const parts: PartRecord[] = [];
  const snapshot = (ended?: EndReason): SessionRecord => ({
    startedAt: new Date(start).toISOString(),
    ...(ended && { endedAt: new Date(opts.clock()).toISOString(), ended }),
    seconds: (opts.clock() - start) / 1000,
    score: scoreOf(parts, total),
    tags: scoreByTag(problems, parts),
    parts: [...parts],
  });

  for (const [pi, problem] of problems.entries()) {
    // Parts keep their numbers even when a review asks only some of them.
    const partCount = problem.partCount ?? problem.parts.length;
    ui.showProblem(problem, { problem: pi + 1, problems: problems.length, part: problem.parts[0]?.index ?? 1, parts: partCount });
    for (const part of problem.parts) {
      const position = { problem: pi + 1, problems: problems.length, part: part.index, parts: partCount };
      let formatErrors = 0;
      let helpShown = 0;
      const validate = (typed: string): true | string => {
        const text = visibleLine(typed);
        const control = controlWord(text);
        if (control === 'help') {
          helpShown++;
          return `${acceptedFormats(part.key)}\n${CONTROL_HELP}`;
        }
        if (control) return true;
        const outcome = grade(part.key, text);
        if (outcome.status === 'graded') return true;
        formatErrors++;
        return `${outcome.error}.\nAccepted: ${outcome.hint}.`;
      };
      const asked = opts.clock();
      const reply = await ui.ask({ problem, part, position, validate });
      if (reply.type !== 'text') return snapshot(reply.type === 'end' ? 'end-of-input' : 'interrupted');
      // Control characters typed or pasted are made visible before anything grades, prints or stores the answer.
      const text = visibleLine(reply.text);
      const control = controlWord(text);
      if (control === 'quit') return snapshot('quit');
      const outcome = control === 'skip' ? undefined : grade(part.key, text);
      const record: PartRecord = {
        problem: problem.id,
        ...(problem.variant && { variant: problem.variant.code }),
        part: part.index,
        partId: part.id,
        kind: part.key.kind,
        tags: problem.tags,
        answer: outcome ? text.trim() : null,
        result: !outcome ? 'skipped' : outcome.status === 'graded' && outcome.correct ? 'right' : 'wrong',
        expected: formatKey(part.key),
        formatErrors,
        ...(helpShown && { helpShown }),
        seconds: (opts.clock() - asked) / 1000,
      };
      const wrong = record.result === 'wrong';
      // The catalogue is loaded at the first answer that is not right, not at start.
      const mistakes = record.result !== 'right' && problem.data ? await import('../mistakes/index.js') : undefined;
      const slip = wrong && problem.data ? mistakes?.nameSlips(problem.data, part.index - 1, text) : undefined;
      // One slip is recorded by its id; several that give the same answer, all of them.
      if (slip) record.mistake = slip.ids.join(' ');
      parts.push(record);
      opts.onPart?.(record);
      opts.onRecord?.(snapshot());
      const show = opts.explain === 'always' || (opts.explain === 'wrong' && record.result !== 'right');
      const worked = opts.explain !== 'never' && problem.data && problem.data.worked !== false ? mistakes?.workedSolution(problem.data, part.index - 1) : undefined;
      ui.showFeedback({ problem, part, record, ...(show && { explanation: part.explanation }), ...(slip && { mistake: slip.sentence }), ...(worked && { worked }) });
    }
  }
  return snapshot('completed');
}
