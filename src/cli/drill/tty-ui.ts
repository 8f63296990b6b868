import { feedbackText, partHeading, problemHeader } from '../../render/drill-text.js';
import type { Style } from '../../render/style.js';
import type { DrillUi, Reply } from '../../session/drill.js';
import { write } from '../io.js';
import { promptConfig } from './prompt-config.js';

type Prompts = Pick<typeof import('./prompts.js'), 'input' | 'select'>;

/** A drill in a real terminal, with Inquirer's prompts. */
export function ttyUi(prompts: Prompts, streams: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream }, style: Style, signal: AbortSignal): DrillUi {
  const context = { input: streams.input, output: streams.output, signal, clearPromptOnDone: false };
  return {
    showProblem: (problem, position) => write(streams.output, problemHeader(problem, position, style)),
    async ask(q): Promise<Reply> {
      write(streams.output, partHeading(q.part, q.position, style));
      const p = promptConfig(q);
      try {
        const text = p.type === 'input' ? await prompts.input(p.config, context) : await prompts.select(p.config, context);
        return { type: 'text', text };
      } catch (e) {
        // Ctrl-C in a prompt, or our own abort on a signal: the student is leaving.
        if (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError')) return { type: 'interrupt' };
        throw e;
      }
    },
    showFeedback: (f) => write(streams.output, feedbackText(f, style)),
  };
}
