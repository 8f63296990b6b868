import { typeset, type MathOutput } from './katex.js';
import { paragraphs } from './text.js';

export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Said once per piece of math KaTeX cannot typeset; the source is shown as code instead. */
export type OnMathError = (source: string, error: string) => void;

/** Bank text as HTML paragraphs, math typeset by KaTeX. */
export function richHtml(text: string, output: MathOutput, onError: OnMathError): string {
  return paragraphs(text)
    .map((pieces) => `<p>${pieces.map((x) => (x.kind === 'prose' ? escapeHtml(x.text) : mathHtml(x.source, x.display, output, onError))).join('')}</p>`)
    .join('');
}

/** Inline math: a short key or option, typeset as one formula. */
export function mathHtml(source: string, display: boolean, output: MathOutput, onError: OnMathError): string {
  const r = typeset(source, display, output);
  if (r.ok) return r.html;
  onError(source, r.error);
  return `<code class="tex">${escapeHtml(source)}</code>`;
}
