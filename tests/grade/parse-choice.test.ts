import { describe, expect, it } from 'vitest';
import { CHOICE_MATCHING_DOC, parseChoice } from '../../src/grade/parse-choice.js';

const WORDS = ['Newton', 'Leibniz', 'Gauss  Weber', 'Euler'];
const DIGITS = ['0', '1', '2'];

describe('parseChoice matches option text, then letter, then 1-based number', () => {
  it.each([
    [WORDS, 'leibniz', 1],
    [WORDS, '  EULER ', 3],
    [WORDS, 'gauss weber', 2],
    [WORDS, 'a', 0],
    [WORDS, 'C', 2],
    [WORDS, '(b)', 1],
    [WORDS, 'd)', 3],
    [WORDS, '4', 3],
    [WORDS, '1', 0],
    // Option text first: `1` means the option whose text is 1.
    [DIGITS, '1', 1],
    [DIGITS, '0', 0],
    [DIGITS, '3', 2],
    [DIGITS, 'b', 1],
    [['b', 'a'], 'a', 1],
  ] as const)('%j: %j -> %d', (options, text, index) => {
    expect(parseChoice(text, options)).toEqual({ ok: true, value: index });
  });

  it.each([
    [WORDS, 'e'],
    [WORDS, '5'],
    [WORDS, '0'],
    [WORDS, 'Planck'],
    [WORDS, ''],
    [WORDS, 'ab'],
    [[], 'a'],
  ] as const)('%j: %j is a format error', (options, text) => {
    expect(parseChoice(text, options).ok).toBe(false);
  });

  it('lists the letters in the hint', () => {
    const r = parseChoice('Planck', WORDS);
    expect(r).toMatchObject({ ok: false, hint: 'a letter (a, b, c or d), a number from 1 to 4, or the text of an option' });
  });

  it('documents the order for the README', () => {
    expect(CHOICE_MATCHING_DOC).toMatch(/1\. the text.*\n2\. the letter.*\n3\. the number/s);
  });
});

describe('parseChoice: what a student sees is what they may type (issue 16)', () => {
  const LATEX = ['\\(0\\)', '\\(1\\)', '\\(\\frac{1}{\\|w\\|}\\)'];
  const SHOWN = [['0'], ['1'], ['1/‖w‖', '1/(||w||)']];
  it.each([
    ['1', 1],
    ['0', 0],
    ['1/‖w‖', 2],
    ['1/(||w||)', 2],
    ['\\(1\\)', 1],
    ['a', 0],
  ] as const)('options in LaTeX: %j -> %d', (text, index) => {
    expect(parseChoice(text, LATEX, SHOWN)).toEqual({ ok: true, value: index });
  });

  it.each([
    ['1.228,1.165', 0],
    [' 1.165 ,  1.228 ', 1],
    ['GAUSSWEBER', 2],
  ] as const)('spaces are ignored: %j -> %d', (text, index) => {
    expect(parseChoice(text, ['1.228, 1.165', '1.165, 1.228', 'Gauss Weber'])).toEqual({ ok: true, value: index });
  });
});
