import { renderProse } from '../latex/prose.js';
import { splitSpans } from '../latex/spans.js';
import { formatNumber } from '../grade/format.js';

/** A piece of bank text: prose (LaTeX escapes already resolved) or math source. */
export type Piece = { kind: 'prose'; text: string } | { kind: 'math'; source: string; display: boolean };

/**
 * Bank text cut into paragraphs (the author's line breaks; YAML's folded
 * scalars have already joined wrapped lines), each cut into prose and math.
 * Math is never split across paragraphs, even when it spans lines.
 */
export function paragraphs(text: string): Piece[][] {
  const out: Piece[][] = [[]];
  for (const s of splitSpans(text.trim())) {
    if (s.kind === 'math') {
      out.at(-1)!.push({ kind: 'math', source: portableMath(s.source.trim()), display: s.display });
      continue;
    }
    const lines = renderProse(s.text, s.offset, false, []).split('\n');
    lines.forEach((line, i) => {
      if (i > 0) out.push([]);
      if (line) out.at(-1)!.push({ kind: 'prose', text: line });
    });
  }
  return out.filter((p) => p.some((x) => x.kind === 'math' || x.text.trim() !== ''));
}

/** Activation names as a course writes them. */
export function activationName(a: string | undefined): string {
  const names: Record<string, string> = { relu: 'ReLU', linear: 'linear', sigmoid: 'sigmoid', tanh: 'tanh', 'leaky-relu': 'leaky ReLU' };
  return a === undefined ? '' : (names[a] ?? a);
}

/** `a`, `b`, ... for options and parts. */
export function letter(i: number): string {
  return String.fromCharCode(97 + i);
}

/**
 * This project's own commands, spelled in standard LaTeX so that KaTeX,
 * MathJax (Moodle, PrairieLearn, Anki) and Markdown renderers all read them.
 */
const MACROS: [RegExp, string][] = [[/\\Aug(?![A-Za-z])/g, '\\operatorname{Aug}']];

export function portableMath(source: string): string {
  return MACROS.reduce((s, [re, to]) => s.replace(re, to), source);
}

/** A matrix key as LaTeX, for the formats that typeset math. */
export function pmatrix(rows: readonly (readonly number[])[]): string {
  return `\\begin{pmatrix} ${rows.map((r) => r.map(formatNumber).join(' & ')).join(' \\\\ ')} \\end{pmatrix}`;
}
