import { createInterface } from 'node:readline';
import { choicesText, feedbackText, partHeading, problemHeader } from '../../render/drill-text.js';
import { wrap, type Style } from '../../render/style.js';
import type { DrillUi, Reply } from '../../session/drill.js';
import { visibleLine } from '../../text/visible.js';
import { write } from '../io.js';

/**
 * A drill when stdin is not a terminal: one answer per line, in the order
 * the parts are asked; plain text out, each answer echoed so a transcript
 * reads like the session. End of input ends the drill.
 */
export function lineUi(streams: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream }, style: Style, signal: AbortSignal): DrillUi & { close(): void } {
  const rl = createInterface({ input: streams.input, terminal: false, crlfDelay: Infinity });
  const lines = rl[Symbol.asyncIterator]();
  const aborted = new Promise<'abort'>((resolve) => {
    if (signal.aborted) resolve('abort');
    signal.addEventListener('abort', () => resolve('abort'), { once: true });
  });
  return {
    showProblem: (problem, position) => write(streams.output, problemHeader(problem, position, style)),
    async ask(q): Promise<Reply> {
      write(streams.output, partHeading(q.part, q.position, style));
      const choices = choicesText(q.part, style);
      if (choices) write(streams.output, choices);
      for (;;) {
        const next = await Promise.race([lines.next(), aborted]);
        if (next === 'abort') return { type: 'interrupt' };
        if (next.done) return { type: 'end' };
        const text = String(next.value);
        write(streams.output, `> ${visibleLine(text)}`); // a pasted escape sequence is shown, not obeyed
        const verdict = q.validate(text);
        if (verdict === true) return { type: 'text', text };
        write(streams.output, wrap(verdict, style.width));
      }
    },
    showFeedback: (f) => write(streams.output, feedbackText(f, style)),
    close: () => rl.close(),
  };
}
