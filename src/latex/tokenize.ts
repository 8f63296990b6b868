import type { Token } from './types.js';

const LETTER = /[A-Za-z]/;
const SPACE = /\s/;

/**
 * Splits math source into tokens, with offsets into `source` plus `base`.
 * As in TeX, a control word (`\frac`) eats the spaces after it, so
 * `\partial H` is ∂ then H; `\,`-style control symbols do not. A `%` is kept
 * as a percent sign rather than starting a comment: quiz authors mean 50%.
 * The star of `\operatorname*` belongs to the command.
 */
export function tokenize(source: string, base = 0): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const offset = base + i;
    const ch = source[i] ?? '';
    if (ch === '\\') {
      let j = i + 1;
      while (j < source.length && LETTER.test(source[j] ?? '')) j++;
      if (j === i + 1) {
        // A control symbol: `\,`, `\{`, `\\`; a lone backslash at the end has the empty name.
        const next = source.codePointAt(j);
        const sym = next === undefined ? '' : String.fromCodePoint(next);
        out.push({ t: 'cmd', name: sym, offset });
        i = j + sym.length;
        continue;
      }
      let name = source.slice(i + 1, j);
      if (name === 'operatorname' && source[j] === '*') {
        name += '*';
        j++;
      }
      out.push({ t: 'cmd', name, offset });
      while (j < source.length && SPACE.test(source[j] ?? '')) j++;
      i = j;
      continue;
    }
    if (SPACE.test(ch) || ch === '~') {
      while (i < source.length && (SPACE.test(source[i] ?? '') || source[i] === '~')) i++;
      out.push({ t: 'space', offset });
      continue;
    }
    const single = SINGLE[ch];
    if (single) {
      out.push({ t: single, offset });
      i++;
      continue;
    }
    const cp = source.codePointAt(i) ?? 0;
    const glyph = String.fromCodePoint(cp);
    out.push({ t: 'char', ch: glyph, offset });
    i += glyph.length;
  }
  return out;
}

const SINGLE: Record<string, 'open' | 'close' | 'sup' | 'sub' | 'amp' | undefined> = {
  '{': 'open',
  '}': 'close',
  '^': 'sup',
  _: 'sub',
  '&': 'amp',
};
