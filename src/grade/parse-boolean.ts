/** Reading a typed true/false answer. */
import { parsedError, parsedOk, quote, type Parsed } from '../answer/parsed.js';

export const BOOLEAN_HINT = 'true or false (also t/f, yes/no, y/n, in any case)';

const WORDS: ReadonlyMap<string, boolean> = new Map([
  ['t', true],
  ['true', true],
  ['yes', true],
  ['y', true],
  ['f', false],
  ['false', false],
  ['no', false],
  ['n', false],
]);

export function parseBoolean(text: string): Parsed<boolean> {
  const word = text.trim().toLowerCase();
  if (word === '') return parsedError('the answer is empty', BOOLEAN_HINT);
  const value = WORDS.get(word);
  return value === undefined ? parsedError(`${quote(text.trim())} is not true or false`, BOOLEAN_HINT) : parsedOk(value);
}
