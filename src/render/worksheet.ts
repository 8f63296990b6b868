import type { Problem } from '../bank/model.js';
import { formatKey } from '../grade/format.js';
import { hanging, keyText, math, partHeading, problemHeader } from './drill-text.js';
import type { Style } from './style.js';

/**
 * A problem as a worksheet: statement, figure and parts, with the options
 * of multiple-choice parts; with `answers`, each part's key and explanation.
 */
export function worksheet(p: Problem, position: { problem: number; problems: number }, s: Style, answers: boolean): string {
  const out = [problemHeader(p, { ...position, part: 1, parts: p.parts.length }, s)];
  for (const part of p.parts) {
    out.push(partHeading(part, { ...position, part: part.index, parts: p.parts.length }, s));
    if (part.key.kind === 'choice') part.key.options.forEach((o, i) => out.push(hanging(`  ${String.fromCharCode(97 + i)}) `, math(o, s), s)));
    if (part.key.kind === 'true-false') out.push('  True or False?');
    if (answers) {
      out.push(hanging(`${s.c.bold('Answer:')} `, keyText(formatKey(part.key), part.key.kind === 'expression', s), s, 'Answer: '));
      out.push(math(part.explanation, s, '  '));
    }
  }
  return out.join('\n') + '\n';
}
