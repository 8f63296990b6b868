import { UNSUB, UNSUP, wrapScript } from './scripts.js';
import { SYMBOL_FOLDS } from './symbols.js';

/** Typography and marks that are common in prose; math symbols come from the symbol table. */
const PROSE_FOLDS = new Map<string, string>([
  ['—', '--'], ['–', '-'], ['‐', '-'], ['‑', '-'], ['−', '-'], ['‘', "'"], ['’', "'"], ['‚', ','],
  ['“', '"'], ['”', '"'], ['„', '"'], ['«', '<<'], ['»', '>>'], ['…', '...'], ['·', '*'], ['×', 'x'],
  ['÷', '/'], ['•', '*'], ['✓', 'v'], ['✔', 'v'], ['✗', 'x'], ['✘', 'x'], ['°', ' deg'],
  ['\u00a0', ' '], ['\u2009', ' '], ['\u200b', ''], ['€', 'EUR'], ['£', 'GBP'], ['©', '(c)'],
  ['ß', 'ss'], ['æ', 'ae'], ['Æ', 'AE'], ['œ', 'oe'], ['Œ', 'OE'], ['ø', 'o'], ['Ø', 'O'], ['ł', 'l'],
  ['Ł', 'L'], ['đ', 'd'], ['ı', 'i'], ['⎛', '['], ['⎜', '['], ['⎝', '['], ['⎞', ']'], ['⎟', ']'],
  ['⎠', ']'], ['⎡', '['], ['⎢', '['], ['⎣', '['], ['⎤', ']'], ['⎥', ']'], ['⎦', ']'], ['│', '|'],
]);

const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/gu;

/**
 * Any text to printable ASCII (plus tab and newline): accents are dropped
 * (é → e, x⃗ → x), runs of raised or lowered characters become ^(...) and
 * _..., symbols take their ASCII spelling (≈ → ~=, σ → sigma), and what is
 * left becomes `?`. For prose outside math; math renders to ASCII directly.
 */
export function asciiFold(text: string): string {
  let out = '';
  let run = '';
  let runMark = '';
  const endRun = (): void => {
    if (run) out += runMark + wrapScript([...run].map((c) => foldChar(c, '')).join(''));
    run = '';
  };
  // NFC first, so `=` + U+0338 is ≠ and folds to != rather than losing its stroke.
  for (const ch of text.normalize('NFC')) {
    const sup = UNSUP.get(ch);
    const sub = sup === undefined ? UNSUB.get(ch) : undefined;
    if (sup !== undefined || sub !== undefined) {
      const mark = sup !== undefined ? '^' : '_';
      if (mark !== runMark) endRun();
      runMark = mark;
      run += sup ?? sub;
      continue;
    }
    endRun();
    out += foldChar(ch, out);
  }
  endRun();
  return out;
}

function foldChar(ch: string, before: string): string {
  if (/^[\x20-\x7e\t\n]$/.test(ch)) return ch;
  if (ch === '\r') return '';
  const folded = PROSE_FOLDS.get(ch) ?? SYMBOL_FOLDS.get(ch);
  if (folded === undefined) {
    // Decompose only now: é → e, x⃗'s arrow → nothing; ≠ was folded above, before its stroke could go.
    const bare = ch.normalize('NFD').replace(COMBINING, '');
    return /^[\x20-\x7e]*$/.test(bare) ? bare : '?';
  }
  // A spelled-out name must not run into the word before it: 2π → 2 pi.
  return /^[A-Za-z]{2,}/.test(folded) && /[A-Za-z0-9]$/.test(before) ? ` ${folded}` : folded;
}
