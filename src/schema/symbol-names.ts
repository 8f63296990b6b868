/**
 * The names a problem declares (`symbols`). A name may not be a constant
 * or function formulas already know (nor may a descent's variable:
 * refine.ts), and, beside a network, may not read as one of the network's
 * own symbols: formula/lexer.ts reads a declared name first, so it would
 * hide that symbol rather than sit beside it.
 */
import type { Issue } from './refine.js';

/** One issue per misnamed, reserved or repeated entry of `symbols`. */
export function checkSymbols(symbols: (string | Record<string, string>)[], withNetwork: boolean, issue: Issue): void {
  const seen = new Set<string>();
  symbols.forEach((s, k) => {
    const names = typeof s === 'string' ? [s] : Object.keys(s);
    if (names.length !== 1) return issue(['symbols', k], `one symbol per entry, as { ${names[0] ?? 'eta'}: positive }`);
    const name = names[0]!;
    if (RESERVED_NAMES.has(name)) issue(['symbols', k], `'${name}' is a constant or function of formulas already; name the symbol otherwise`);
    else if (withNetwork && networkSpelling(name)) issue(['symbols', k], `'${name}' reads as ${networkSpelling(name)} in a formula on the network; name the symbol otherwise`);
    if (seen.has(name)) issue(['symbols', k], `'${name}' is declared twice`);
    seen.add(name);
  });
}

/**
 * What a name already means in a formula on a network (formula/lexer.ts),
 * or undefined: a declared symbol sits beside the network's, never over one.
 */
function networkSpelling(name: string): string | undefined {
  if (name === 'H' || /^[Wwbzax](?:\d|_|$)/.test(name)) return "one of the network's symbols";
  // Read as the loss's symbols whether or not the network has a loss (refused there when it has none).
  if (name === 'L' || /^(?:y|yhat|delta)(?:\d|_|$)/.test(name)) return "one of a loss's symbols (L, y, yhat, delta)";
  if (name === 'g' || name === 'sigma') return 'an activation';
  if (/^d(?:H|L|[Wwbzax])?$/.test(name)) return 'the d of a derivative';
  return undefined;
}

/** Names a function already gives a meaning; a variable may not take them. */
export const RESERVED_NAMES = new Set(['e', 'pi', 'sqrt', 'abs', 'exp', 'log', 'ln', 'log10', 'sin', 'cos', 'tan']);
