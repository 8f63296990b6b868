import type { Problem } from '../bank/model.js';
import { formatKey } from '../grade/format.js';
import { choicesText, hanging, keyText, math, partHeading, problemHeader } from './drill-text.js';
import type { Style } from './style.js';

/**
 * A problem as a worksheet: statement, figure and parts, with the options
 * of multiple-choice parts; with `answers`, each part's key and explanation.
 */
export function worksheet(p: Problem, position: { problem: number; problems: number }, s: Style, answers: boolean): string {
  const out = [problemHeader(p, { ...position, part: 1, parts: p.parts.length }, s)];
  for (const part of p.parts) {
    out.push(partHeading(part, { ...position, part: part.index, parts: p.parts.length }, s));
    const choices = choicesText(part, s);
    if (choices) out.push(choices);
    if (answers) {
      out.push(hanging(`${s.c.bold('Answer:')} `, keyText(formatKey(part.key), part.key.kind === 'expression', s), s, 'Answer: '));
      out.push(math(part.explanation, s, '  '));
    }
  }
  return out.join('\n') + '\n';
}
