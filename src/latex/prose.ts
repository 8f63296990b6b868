import type { UnknownCommand } from './types.js';

/** Commands whose braced argument is shown as plain text in prose. */
const WRAPPERS = new Set(['text', 'textbf', 'textit', 'textrm', 'texttt', 'textsf', 'emph', 'underline', 'mbox']);
const WORDS = new Map<string, readonly [string, string]>([
  ['ldots', ['…', '...']], ['dots', ['…', '...']], ['LaTeX', ['LaTeX', 'LaTeX']], ['TeX', ['TeX', 'TeX']],
  ['textendash', ['–', '-']], ['textemdash', ['—', '--']], ['S', ['§', 'S.']], ['quad', ['  ', '  ']],
]);
const ESCAPED = '_%$&#{}';

/**
 * Prose outside math is kept as written, except LaTeX's escapes (`\_` → `_`),
 * `\\` (a line break), `---` (an em dash; `--` in ASCII) and a few text
 * commands. Braces that are not a command's argument are kept: prose may
 * mean them. Linear and without recursion, so nesting cannot overflow.
 */
export function renderProse(text: string, offset: number, ascii: boolean, unknown: UnknownCommand[]): string {
  let out = '';
  let literalDepth = 0;
  const dropAt: number[] = [];
  for (let i = 0; i < text.length; ) {
    const ch = text[i] ?? '';
    if (ch === '-' && text.startsWith('---', i)) {
      out += ascii ? '--' : '—';
      i += 3;
    } else if (ch === '{') {
      literalDepth++;
      out += ch;
      i++;
    } else if (ch === '}') {
      if (dropAt.at(-1) === literalDepth) dropAt.pop();
      else {
        literalDepth = Math.max(0, literalDepth - 1);
        out += ch;
      }
      i++;
    } else if (ch !== '\\') {
      out += ch;
      i++;
    } else {
      const next = text[i + 1];
      const name = /^[A-Za-z]+/.exec(text.slice(i + 1, i + 40))?.[0];
      if (next === undefined) {
        unknown.push({ command: '\\', offset: offset + i });
        i++;
      } else if (next === '\\') {
        out += '\n';
        i += 2;
      } else if (!name) {
        out += ESCAPED.includes(next) ? next : /\s|[,;:!]/.test(next) ? ' ' : next;
        i += 2;
      } else {
        i += 1 + name.length;
        if (WRAPPERS.has(name) && text[i] === '{') {
          dropAt.push(literalDepth);
          i++;
        } else {
          const word = WORDS.get(name);
          if (!word) unknown.push({ command: `\\${name}`, offset: offset + i - 1 - name.length });
          out += word ? word[ascii ? 1 : 0] : name;
        }
      }
    }
  }
  return out;
}
