/** Reading a multiple-choice answer as the 0-based index of an option. */
import { parsedError, parsedOk, quote, type Parsed } from '../answer/parsed.js';

/**
 * The matching order, quoted in the README. The option text comes first so
 * that, with options `0`, `1`, `2`, typing `1` means the option `1`.
 */
export const CHOICE_MATCHING_DOC = [
  'A choice answer is matched in this order:',
  '1. the text of an option, as written or as shown (ignoring case and spaces);',
  '2. the letter of an option: a, b, c... (also written (a) or a));',
  '3. the number of an option, counting from 1.',
].join('\n');

const MAX_CHOICE_TEXT = 10_000;

export function optionLetter(index: number): string {
  return index < 26 ? String.fromCharCode(97 + index) : String(index + 1);
}

export function choiceHint(options: readonly string[]): string {
  const n = options.length;
  if (n === 0) return 'this question has no options';
  const letters = options.slice(0, 26).map((_, i) => optionLetter(i));
  const last = letters.pop() ?? 'a';
  const listed = letters.length > 0 ? `${letters.join(', ')} or ${last}` : last;
  return `a letter (${listed}), a number from 1 to ${n}, or the text of an option`;
}

/** How option texts and typed text are compared: without spaces, any case (`1.228,1.165` is `1.228, 1.165`). */
export const normalizeOption = (s: string): string => s.replace(/\s+/g, '').toLowerCase();

/**
 * `shown[i]` holds what option i looks like on screen when that differs
 * from its source (an option in LaTeX, `\\(1\\)`, shows as `1`): a student
 * types what they see, so that selects the option too.
 */
export function parseChoice(text: string, options: readonly string[], shown?: readonly (readonly string[])[]): Parsed<number> {
  const hint = choiceHint(options);
  if (text.length > MAX_CHOICE_TEXT) return parsedError('the answer is too long', hint);
  const typed = normalizeOption(text);
  if (typed === '') return parsedError('the answer is empty', hint);
  const byText = options.findIndex((o, i) => [o, ...(shown?.[i] ?? [])].some((t) => normalizeOption(t) === typed));
  if (byText >= 0) return parsedOk(byText);
  const letter = /^(?:\(([a-z])\)|([a-z])\)?)$/.exec(typed);
  const letterText = letter?.[1] ?? letter?.[2];
  if (letterText !== undefined) {
    const index = letterText.charCodeAt(0) - 97;
    if (index < options.length) return parsedOk(index);
    return parsedError(`there is no option ${quote(letterText)}`, hint);
  }
  if (/^\d{1,6}$/.test(typed)) {
    const index = Number(typed) - 1;
    if (index >= 0 && index < options.length) return parsedOk(index);
    return parsedError(`there is no option number ${typed}`, hint);
  }
  return parsedError(`${quote(text.trim())} is not one of the options`, hint);
}
