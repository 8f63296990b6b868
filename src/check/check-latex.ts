import type { Bank } from '../bank/load-bank.js';
import type { ProblemData } from '../schema/problem.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { unknownCommands as unknownIn } from '../latex/index.js';

/**
 * Warns about LaTeX the terminal renderer does not know, at the text that
 * holds it, so an author finds it before a student sees a backslash.
 */
export function checkLatex(bank: Bank, index: number, p: ProblemData): Diagnostic[] {
  const texts: { path: (string | number)[]; text: string; formula?: boolean }[] = [{ path: ['prompt'], text: p.prompt }];
  p.parts.forEach((part, k) => {
    const at = (key: string | number, ...rest: (string | number)[]) => ['parts', k, key, ...rest];
    texts.push({ path: at('prompt'), text: part.prompt }, { path: at('explanation'), text: part.explanation });
    if (part.kind === 'choice') part.options.forEach((o, i) => typeof o === 'string' && texts.push({ path: at('options', i), text: o }));
    if (part.kind === 'expression') texts.push({ path: at('answer'), text: part.answer, formula: true });
  });
  return texts.flatMap(({ path, text, formula }) => {
    const commands = unknownCommands(text, Boolean(formula));
    if (!commands.length) return [];
    const where = bank.locate(['problems', index, ...path]);
    return [diagnostic(bank.file, where, 'unknown-latex', `${commands.join(', ')}: not a LaTeX command the terminal renderer knows; it shows as plain text (write it another way, or ask for it to be supported)`, 'warning')];
  });
}

/**
 * Whether a command is known does not depend on where it stands, so texts
 * that use the same commands share one answer: a bank renders only a few
 * distinct command sets, however many texts it has.
 */
const byCommandSet = new Map<string, string[]>();

function unknownCommands(text: string, formula: boolean): string[] {
  if (!text.includes('\\')) return [];
  const key = `${formula ? 'f' : 'm'}:${[...new Set(text.match(/\\(?:begin\{[^}]*\}|[A-Za-z]+|.)/g) ?? [])].sort().join(' ')}`;
  let found = byCommandSet.get(key);
  if (!found) {
    found = [...new Set(unknownIn(text, formula).map((u) => u.command))];
    byCommandSet.set(key, found);
  }
  return found;
}
