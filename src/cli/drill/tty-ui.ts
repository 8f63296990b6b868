import { prepareKey, type AnswerKey } from '../../grade/index.js';
import { drillWidth, feedbackText, partHeading, problemHeader } from '../../render/drill-text.js';
import type { Style } from '../../render/style.js';
import type { DrillUi, Reply } from '../../session/drill.js';
import { write } from '../io.js';
import { promptConfig } from './prompt-config.js';
import { promptTheme } from './prompt-theme.js';

type Prompts = Pick<typeof import('./prompts.js'), 'input' | 'select'>;
type Output = NodeJS.WritableStream & { columns?: number };

/** Why a prompt was cancelled when the student pressed Ctrl-D on an empty field. */
const END_OF_INPUT = 'end-of-input';

/**
 * A drill in a real terminal, with Inquirer's prompts. While a question is
 * on screen, `prepare` does its first answer's work (prepareKey: a
 * formula's points), so the answer is graded at once when it comes.
 */
export function ttyUi(
  prompts: Prompts,
  streams: { input: NodeJS.ReadableStream; output: Output },
  style: Style,
  signal: AbortSignal,
  prepare: (key: AnswerKey) => void = prepareKey,
): DrillUi {
  // Read at each prompt, so a resized terminal gets text that fits.
  const width = () => drillWidth(streams.output.columns);
  const theme = promptTheme(style, width);
  return {
    showProblem: (problem, position) => write(streams.output, problemHeader(problem, position, { ...style, width: width() })),
    async ask(q): Promise<Reply> {
      const s = { ...style, width: width() };
      write(streams.output, partHeading(q.part, q.position, s));
      const p = promptConfig(q, s);
      // Ctrl-D on an empty field is the end of input, as it is for a pipe:
      // readline closes on it, which Inquirer would report as Ctrl-C.
      let field = '';
      const eof = new AbortController();
      const onKey = (_: unknown, key?: { ctrl?: boolean; name?: string }) => {
        if (key?.ctrl && key.name === 'd' && field === '') eof.abort(END_OF_INPUT);
      };
      streams.input.on('keypress', onKey);
      // After the prompt is drawn: keys typed meanwhile wait in the input, none is lost.
      const early = setTimeout(() => prepare(q.part.key), 0);
      const context = { input: streams.input, output: streams.output, signal: AbortSignal.any([signal, eof.signal]), clearPromptOnDone: false };
      try {
        const text =
          p.type === 'input'
            ? await prompts.input({ ...p.config, theme, transformer: (v, { isFinal }) => ((field = v), isFinal ? theme.style.answer(v) : v) }, context)
            : await prompts.select({ ...p.config, theme }, context);
        return { type: 'text', text };
      } catch (e) {
        if (eof.signal.aborted) return { type: 'end' };
        // Ctrl-C in a prompt, or our own abort on a signal: the student is leaving.
        if (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError')) return { type: 'interrupt' };
        throw e;
      } finally {
        clearTimeout(early);
        streams.input.off('keypress', onKey);
      }
    },
    showFeedback: (f) => write(streams.output, feedbackText(f, { ...style, width: width() })),
  };
}
