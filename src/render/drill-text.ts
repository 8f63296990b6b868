import type { Part, Problem } from '../bank/model.js';
import type { Feedback, Position } from '../session/drill.js';
import { formulaLatex } from '../formula/index.js';
import { renderFormula, renderMath } from '../latex/index.js';
import { problemFigure } from './problem-figure.js';
import { glyphs, hangingWrap, wrap, type Style } from './style.js';

/** The width a drill writes at in a terminal of `columns`: at most 80, at least 40. */
export function drillWidth(columns: number | undefined): number {
  return Math.max(40, Math.min(columns ?? 80, 80));
}

/** Bank text (LaTeX in `\( \)`) as terminal text, wrapped. */
export function math(text: string, s: Style, indent = ''): string {
  return wrap(renderMath(text.trimEnd(), { ascii: Boolean(s.ascii) }).text, s.width, indent);
}

/** A key as shown: a formula key is all math (a symbol written short shown as LaTeX, formula/display.ts); other keys may hold math in \( \). */
export function keyText(text: string, formula: boolean, s: Style): string {
  const opts = { ascii: Boolean(s.ascii) };
  return (formula ? renderFormula(formulaLatex(text), opts) : renderMath(text, opts)).text;
}

export function problemHeader(p: Problem, pos: Position, s: Style): string {
  const g = glyphs(s.ascii);
  const title = `Problem ${pos.problem} of ${pos.problems} ${g.dot} ${p.variant?.code ?? p.id}`;
  const tags = p.tags.length ? `[${p.tags.join(', ')}]` : '';
  const head = title.length + 2 + tags.length <= s.width ? `${s.c.bold(title)}  ${s.c.dim(tags)}` : `${s.c.bold(title)}\n${s.c.dim(tags)}`;
  const figure = problemFigure(p, { ascii: Boolean(s.ascii), width: s.width });
  // A one-part problem whose question is its whole statement says it once, in the part.
  const only = p.parts.length === 1 && p.parts[0]!.prompt.trim() === p.prompt.trim();
  const statement = only ? '' : `\n${math(p.prompt, s)}\n`;
  return `\n${s.c.dim(g.rule.repeat(s.width))}\n${head}\n${statement}${figure ? `\n${figure.trimEnd()}\n` : ''}`;
}

/** A line with a lead (`a) `, `Answer: `) whose wrapped continuation lines sit under the text. */
export function hanging(lead: string, text: string, s: Style, plainLead = lead): string {
  return hangingWrap(lead, text, s.width, plainLead);
}

export function partHeading(part: Part, pos: Position, s: Style): string {
  const g = glyphs(s.ascii);
  const where = s.c.cyan(`problem ${pos.problem} of ${pos.problems} ${g.dot} part ${pos.part} of ${pos.parts}`);
  return `\n${where}\n${math(part.prompt, s)}`;
}

/**
 * What a part offers to pick from, lettered as `show` prints them, for a
 * student who cannot see a picker (a pipe, a screen reader, a file).
 */
export function choicesText(part: Part, s: Style): string | undefined {
  if (part.key.kind === 'choice') return part.key.options.map((o, i) => hanging(`  ${String.fromCharCode(97 + i)}) `, math(o, s), s)).join('\n');
  if (part.key.kind === 'true-false') return '  True or False?';
  return undefined;
}

export function feedbackText(f: Feedback, s: Style): string {
  const g = glyphs(s.ascii);
  const r = f.record;
  const expected = s.c.bold(keyText(r.expected, f.part.key.kind === 'expression', s));
  const lines: string[] = [];
  if (r.result === 'right') lines.push(s.c.green(`${g.right} Right.`));
  // Wrapped here, not by the terminal, so that a long key (a formula of many terms) breaks between its words.
  else if (r.result === 'wrong') lines.push(wrap(`${s.c.red(`${g.wrong} Wrong.`)} The answer is ${expected}.`, s.width));
  else lines.push(wrap(`${s.c.yellow(`${g.skipped} Skipped.`)} The answer is ${expected}.`, s.width));
  if (f.mistake) lines.push(s.c.yellow(math(f.mistake, s, '  ')));
  if (f.explanation) lines.push(math(f.explanation, s, '  '));
  // A descent problem has data and weights, no network to work from.
  if (f.worked) lines.push(`  ${s.c.bold(f.problem.network ? 'Worked from the network:' : 'Worked from the data:')}`, math(f.worked, s, '    '));
  return lines.join('\n');
}
