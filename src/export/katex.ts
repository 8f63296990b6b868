import katex from 'katex';
import { portableMath } from './text.js';

export type MathOutput = 'html' | 'mathml';

export type Typeset = { ok: true; html: string } | { ok: false; error: string };

/**
 * Math typeset with KaTeX at export time, so the page needs no script:
 * `html` (KaTeX's HTML with MathML for screen readers; needs katex.css) or
 * `mathml` alone (no fonts or styles needed, for flash cards). A formula
 * KaTeX cannot read is an error value, never an exception.
 */
export function typeset(source: string, display: boolean, output: MathOutput = 'html'): Typeset {
  try {
    const html = katex.renderToString(portableMath(source), {
      displayMode: display,
      output: output === 'html' ? 'htmlAndMathml' : 'mathml',
      throwOnError: true,
      // Bank text is course material, not untrusted: still, no \href or \includegraphics.
      trust: false,
      strict: 'ignore',
    });
    return { ok: true, html };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message.replace(/^KaTeX parse error: /, '') : String(e) };
  }
}
