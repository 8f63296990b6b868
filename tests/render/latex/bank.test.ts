import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderFormula, renderMath, type Rendered } from '../../../src/latex/index.js';

/** Every text of the bundled bank a student can see, with where it is and whether it is a bare formula. */
interface BankText {
  where: string;
  source: string;
  /** An `expression` answer: LaTeX without `\( \)`. */
  formula: boolean;
}

const BANK = new URL('../../../problems/quiz-07.yaml', import.meta.url);

function bankTexts(): BankText[] {
  const doc = parse(readFileSync(BANK, 'utf8')) as { problems: Array<Record<string, unknown>> };
  const out: BankText[] = [];
  const add = (where: string, v: unknown, formula = false): void => {
    if (typeof v === 'string') out.push({ where, source: v, formula });
  };
  for (const p of doc.problems) {
    const id = String(p.id);
    add(`${id} prompt`, p.prompt);
    const parts = Array.isArray(p.parts) ? (p.parts as Array<Record<string, unknown>>) : [];
    parts.forEach((part, k) => {
      const at = `${id} part ${k + 1}`;
      add(`${at} prompt`, part.prompt);
      const options = Array.isArray(part.options) ? (part.options as unknown[]) : [];
      options.forEach((o, j) => add(`${at} option ${String.fromCharCode(97 + j)}`, o));
      add(`${at} answer`, part.answer, part.kind === 'expression');
      add(`${at} explanation`, part.explanation);
    });
  }
  return out;
}

const texts = bankTexts();
const render = (t: BankText, ascii: boolean): Rendered =>
  t.formula ? renderFormula(t.source, { ascii }) : renderMath(t.source, { ascii });
const count = (s: string, re: RegExp): number => s.match(re)?.length ?? 0;

describe('the bundled bank renders cleanly', () => {
  it('has texts to render', () => {
    expect(texts.length).toBeGreaterThan(80);
    expect(texts.some((t) => t.formula)).toBe(true);
  });

  // A brace or underscore may survive only where the author wrote a literal one: `\{` of a set, `\_` of a blank.
  it.each(texts.map((t) => [t.where, t] as const))('%s', (_, t) => {
    const escapedBraces = count(t.source, /\\[{}]/g);
    const escapedUnderscores = count(t.source, /\\_/g);
    for (const ascii of [false, true]) {
      const { text, unknown } = render(t, ascii);
      expect(unknown).toEqual([]);
      expect(text).not.toContain('\\');
      expect(count(text, /[{}]/g)).toBe(escapedBraces);
      if (ascii) expect(text).toMatch(/^[\x20-\x7e\n]*$/);
      else {
        expect(text).not.toContain('^');
        expect(count(text, /_/g)).toBe(escapedUnderscores);
      }
    }
  });
});

function golden(ascii: boolean): string {
  const sections = texts.map((t) => `## ${t.where}\n${render(t, ascii).text}\n`);
  const mode = ascii ? 'ASCII' : 'Unicode';
  return `# problems/quiz-07.yaml rendered by src/latex (${mode}); regenerate with vitest -u\n\n${sections.join('\n')}`;
}

describe('golden text of the bundled bank', () => {
  it('in Unicode', async () => {
    await expect(golden(false)).toMatchFileSnapshot('./__golden__/quiz-07.unicode.txt');
  });

  it('in ASCII', async () => {
    await expect(golden(true)).toMatchFileSnapshot('./__golden__/quiz-07.ascii.txt');
  });
});
