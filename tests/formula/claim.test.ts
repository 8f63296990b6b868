import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { claimHolds, parseClaim, parseFormula, type Arch } from '../../src/formula/index.js';
import { BIASED_2221, claim, formula, NET_221, NET_2221, SIGMOID_2221, TANH_2221 } from './fixtures.js';

/** Problem 2 as its prompt prints it, delimiters and all. */
const PROMPT_2 =
  "\\( \\dfrac{\\partial H}{\\partial W_{12}^{(1)}} = x_1\\, g'(z_2^{(1)}) \\left[ W_{21}^{(2)}\\, g'(z_1^{(2)}) \\, W_{11}^{(3)} + \\_\\_\\_\\_ \\right] \\)";
const CLAIM_2 = "dH/dW^{(1)}_{12} = x_1 g'(z_2^{(1)}) [W_{21}^{(2)} g'(z_1^{(2)}) W_{11}^{(3)} + \\blank]";
const KEY_2 = "W_{22}^{(2)} g'(z_2^{(2)}) W_{21}^{(3)}";
const OTHER_PATH_2 = "W_{21}^{(2)} g'(z_1^{(2)}) W_{11}^{(3)}";
const CLAIM_3 = "\\dfrac{\\partial H}{\\partial x_1} = W_{11}^{(1)}\\, g'(z_1^{(1)}) \\, W_{11}^{(2)} + \\_\\_\\_\\_";
const KEY_3 = "W_{12}^{(1)} g'(z_2^{(1)}) W_{21}^{(2)}";

const holds = (text: string, arch: Arch = NET_2221, blank?: string): boolean =>
  claimHolds(claim(text, arch), arch, blank === undefined ? undefined : formula(blank, arch)).holds;

describe('problem 2: the blank of dH/dW^(1)_12', () => {
  it.each([CLAIM_2, PROMPT_2, "dH/dW1_12 = x_1 g'(z1_2) (W2_21 g'(z2_1) W3_11 + ____)"])('%s', (text) => {
    expect(holds(text, NET_2221, KEY_2)).toBe(true);
    expect(holds(text, NET_2221, "W3_21 W2_22 g'(z2_2)")).toBe(true);
    expect(holds(text, NET_2221, OTHER_PATH_2)).toBe(false);
    expect(holds(text, NET_2221, `-${KEY_2}`)).toBe(false);
  });

  it('says where a wrong key fails', () => {
    const r = claimHolds(claim(CLAIM_2), NET_2221, formula(OTHER_PATH_2));
    expect(r.holds).toBe(false);
    expect(r.detail).toMatch(/^dH\/dW1_12 = x_1 \* g'\(z1_2\) \* \(W2_21 \* g'\(z2_1\) \* W3_11 \+ ____\) with ____ = W2_21 \* g'\(z2_1\) \* W3_11 fails at point \d+ of 40: dH\/dW1_12 = /);
    expect(claimHolds(claim(CLAIM_2), NET_2221, formula(KEY_2)).detail).toContain('holds at all 40 points');
  });

  it('a blank with nothing to fill it does not hold', () => {
    expect(claimHolds(claim(CLAIM_2), NET_2221)).toEqual({ holds: false, detail: expect.stringContaining('no formula was given') });
  });
});

describe('problem 3: the blank of dH/dx_1', () => {
  it('holds with the key and fails with the path already there', () => {
    expect(holds(CLAIM_3, NET_221, KEY_3)).toBe(true);
    expect(holds(CLAIM_3, NET_221, "W1_11 g'(z1_1) W2_11")).toBe(false);
    expect(holds(CLAIM_3, NET_221, "W1_12 g'(z1_1) W2_21")).toBe(false);
  });
});

describe('problem 7: three claims on 2-2-2-1', () => {
  it.each([
    ["\\dfrac{\\partial H}{\\partial z_1^{(2)}} = W_{11}^{(3)}\\, g'(z_1^{(2)})", true],
    ["dH/dW^{(2)}_{21} = W_{11}^{(3)} g'(z_1^{(2)}) a_2^{(1)}", true],
    ["\\dfrac{\\partial H}{\\partial W_{21}^{(2)}} = W_{11}^{(3)}\\, g'(z_1^{(2)}) \\, a_2^{(1)}", true],
    ["dH/da^{(1)}_2 = W_{11}^{(3)} g'(z_1^{(2)}) W_{21}^{(2)}", false],
    ["\\dfrac{\\partial H}{\\partial a_{2}^{(1)}} = W_{11}^{(3)}\\, g'(z_1^{(2)}) \\, W_{21}^{(2)}", false],
    ["dH/da^{(1)}_2 = W^{(3)}_{11} g'(z^{(2)}_1) W^{(2)}_{21} + W^{(3)}_{21} g'(z^{(2)}_2) W^{(2)}_{22}", true],
  ])('%s is %s', (text, expected) => {
    expect(holds(text)).toBe(expected);
  });
});

describe('every way to write the left side', () => {
  it.each([
    ["dH/dW1_12 = x_1 g'(z1_2) (W2_21 g'(z2_1) W3_11 + W2_22 g'(z2_2) W3_21)"],
    ["dH / dW_{12}^{(1)} = x_1 g'(z1_2) (W2_21 g'(z2_1) W3_11 + W2_22 g'(z2_2) W3_21)"],
    ["dH/dz2_1 = W3_11 g'(z2_1)"],
    ["dH/da1_2 = W3_11 g'(z2_1) W2_21 + W3_21 g'(z2_2) W2_22"],
    ['dH/da2_1 = W3_11'],
    ['dH/dW3_21 = a2_2'],
    ["dH/dx_1 = W1_11 g'(z1_1) (W2_11 g'(z2_1) W3_11 + W2_12 g'(z2_2) W3_21) + W1_12 g'(z1_2) (W2_21 g'(z2_1) W3_11 + W2_22 g'(z2_2) W3_21)"],
    ["\\partial H / \\partial a_2^{(1)} = W3_11 g'(z2_1) W2_21 + W3_21 g'(z2_2) W2_22"],
    ["∂H/∂z2_1 = W3_11 g'(z2_1)"],
    ["$\\frac{\\partial H}{\\partial z_1^{(2)}} = W_{11}^{(3)} g'(z_1^{(2)})$"],
    ['dH/dz3_1 = 1'],
  ])('%s holds', (text) => {
    expect(holds(text)).toBe(true);
  });

  it.each([
    ["dH/db2_1 = W3_11 g'(z2_1)", true],
    ["dH/db_1^{(1)} = g'(z1_1) (W2_11 g'(z2_1) W3_11 + W2_12 g'(z2_2) W3_21)", true],
    ['dH/db3_1 = 1', true],
    ["dH/db2_1 = W3_11 g'(z2_1) a1_1", false],
  ])('with biases, %s is %s', (text, expected) => {
    expect(holds(text, BIASED_2221)).toBe(expected);
  });
});

describe('false claims are caught on smooth activations too', () => {
  it.each([
    ['sigmoid', SIGMOID_2221],
    ['tanh', TANH_2221],
  ])('%s', (_, arch) => {
    expect(holds("dH/da1_2 = W3_11 g'(z2_1) W2_21", arch)).toBe(false);
    expect(holds("dH/da1_2 = W3_11 g'(z2_1) W2_21 + W3_21 g'(z2_2) W2_22", arch)).toBe(true);
    expect(holds("dH/dz2_1 = W3_11 g'(z2_1)", arch)).toBe(true);
    expect(holds('dH/dz2_1 = W3_11', arch)).toBe(false);
    expect(holds("dH/dW2_21 = W3_11 g'(z2_1) a1_1", arch)).toBe(false);
    expect(holds(CLAIM_2, arch, KEY_2)).toBe(true);
    expect(holds(CLAIM_2, arch, OTHER_PATH_2)).toBe(false);
  });

  it('with the derivative written out', () => {
    expect(holds("dH/dz2_1 = W3_11 sigma'(z2_1)", SIGMOID_2221)).toBe(true);
    expect(holds('dH/dz2_1 = W3_11 a2_1 (1 - a2_1)', SIGMOID_2221)).toBe(true);
    expect(holds('dH/dz2_1 = W3_11 (1 - a2_1^2)', TANH_2221)).toBe(true);
    expect(holds('dH/dz2_1 = W3_11 (1 - a2_1)', TANH_2221)).toBe(false);
  });
});

describe('claims that cannot be read are format errors', () => {
  it.each([
    ['x_1 = x_1', 'a claim starts with'],
    ['dH/dH = 1', 'after the second d'],
    ['dH/dW4_11 = 1', 'there is no layer 4'],
    ['dH/dx_1', 'expected "="'],
    ['dH/dx_1 = 1 = 1', 'appears twice'],
    ['dH/dx_1 =', 'ends too soon'],
    ['\\frac{\\partial H}{\\partial x_1 = 1', 'not closed'],
    ['d'.repeat(601), '600'],
  ])('%j: %s', (text, message) => {
    expect(parseClaim(text, NET_2221)).toMatchObject({ ok: false, error: expect.stringContaining(message) });
  });

  it('counts the blanks, each standing for the same formula', () => {
    const c = claim('dH/dW3_21 = ____ + \\blank - \\_\\_');
    expect(c.blanks).toBe(3);
    expect(claimHolds(c, NET_2221, formula('a2_2')).holds).toBe(true);
  });
});

describe('the bundled bank', () => {
  const bank = parse(readFileSync(new URL('../../problems/quiz-07.yaml', import.meta.url), 'utf8')) as {
    problems?: { id: string; network?: Arch; parts: { kind: string; answer: unknown }[] }[];
  };
  const fillIns = (bank.problems ?? []).filter((p) => p.id.startsWith('fill-blank-') && p.network);

  it.each(fillIns.map((p) => [p.id, p] as const))('%s: its keys read as formulas', (_, problem) => {
    for (const part of problem.parts.filter((q) => q.kind === 'expression')) {
      expect(parseFormula(String(part.answer), problem.network as Arch)).toMatchObject({ ok: true });
    }
  });
});
