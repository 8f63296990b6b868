import { symbolFor, type Sym } from './symbols.js';
import type { AccentName, AtomClass } from './types.js';

/** What the parser does on meeting a command: a closed set, so every kind is handled. */
export type Command =
  | { kind: 'symbol'; sym: Sym }
  | { kind: 'space' }
  | { kind: 'hspace'; width: number }
  | { kind: 'newline' }
  /** Known, shows nothing: sizes (\big), styles (\displaystyle), negative space (\!). */
  | { kind: 'ignore' }
  /** Known, shows nothing, and neither does its argument (\label{...}, \phantom{...}). */
  | { kind: 'drop-arg' }
  | { kind: 'frac' }
  | { kind: 'binom' }
  | { kind: 'sqrt' }
  | { kind: 'accent'; accent: AccentName }
  | { kind: 'text' }
  | { kind: 'font'; cls: AtomClass; bb: boolean }
  | { kind: 'not' }
  | { kind: 'left' }
  | { kind: 'right' }
  | { kind: 'begin' }
  | { kind: 'end' };

const words = (s: string): string[] => s.split(' ');

const table = new Map<string, Command>();
const set = (names: string, cmd: Command): void => words(names).forEach((n) => table.set(n, cmd));

set(', : ; > enspace thinspace medspace thickspace nobreakspace space', { kind: 'space' });
table.set(' ', { kind: 'space' });
set('quad', { kind: 'hspace', width: 2 });
set('qquad', { kind: 'hspace', width: 4 });
set('\\ newline cr', { kind: 'newline' });
set(
  '! negthinspace negmedspace negthickspace displaystyle textstyle scriptstyle scriptscriptstyle ' +
    'limits nolimits big Big bigg Bigg bigl bigr Bigl Bigr biggl biggr Biggl Biggr bigm Bigm middle ' +
    'nonumber notag mathstrut strut allowbreak relax',
  { kind: 'ignore' },
);
set('label tag phantom hphantom vphantom', { kind: 'drop-arg' });
set('frac dfrac tfrac cfrac', { kind: 'frac' });
set('binom dbinom tbinom', { kind: 'binom' });
set('sqrt', { kind: 'sqrt' });
set('vec overrightarrow', { kind: 'accent', accent: 'vec' });
set('hat widehat', { kind: 'accent', accent: 'hat' });
set('bar overline', { kind: 'accent', accent: 'bar' });
set('tilde widetilde', { kind: 'accent', accent: 'tilde' });
set('dot', { kind: 'accent', accent: 'dot' });
set('ddot', { kind: 'accent', accent: 'ddot' });
set('underline', { kind: 'accent', accent: 'underline' });
set('text textrm textnormal textit textbf textsf texttt textup emph mbox', { kind: 'text' });
set('mathrm mathit mathbf mathsf mathtt mathnormal mathcal mathscr mathfrak boldsymbol bm', {
  kind: 'font',
  cls: 'ord',
  bb: false,
});
set('mathbb', { kind: 'font', cls: 'ord', bb: true });
set('operatorname operatorname*', { kind: 'font', cls: 'fn', bb: false });
set('not', { kind: 'not' });
set('left', { kind: 'left' });
set('right', { kind: 'right' });
set('begin', { kind: 'begin' });
set('end', { kind: 'end' });

/** The command `name` (without its backslash), or undefined when the renderer does not know it. */
export function lookupCommand(name: string): Command | undefined {
  const structural = table.get(name);
  if (structural) return structural;
  const sym = symbolFor(name);
  return sym ? { kind: 'symbol', sym } : undefined;
}
