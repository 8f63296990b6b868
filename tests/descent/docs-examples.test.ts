import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load-bank.js';
import { problemsOf } from '../../src/bank/model.js';
import { checkSources } from '../../src/check/check-banks.js';
import { formatKey, grade } from '../../src/grade/index.js';

/*
 * The problems shown in docs/bank-format.md load, pass `check`, and give
 * the keys their comments state (`compute: ... # (0.89, 0.46)`).
 */
const doc = readFileSync(new URL('../../docs/bank-format.md', import.meta.url), 'utf8');
const examples = [...doc.matchAll(/```yaml\n(  - id: [\s\S]*?)```/g)].map((m) => m[1]!).filter((text) => text.includes('# key: '));

// Loading mathjs's derivative from source takes seconds on a loaded machine.
describe('the problems in docs/bank-format.md', { timeout: 120_000 }, () => {
  it('are there', () => expect(examples.length).toBeGreaterThanOrEqual(2));

  it.each(examples.map((text) => [/id: (\S+)/.exec(text)![1]!, text]))('%s checks, with the keys its comments state', (_, text) => {
    const bank = `problems:\n${text}`;
    const report = checkSources([{ file: 'doc.yaml', text: bank }]);
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const loaded = loadBank('doc.yaml', bank);
    if (!loaded.ok) throw new Error('does not load');
    const keys = problemsOf(loaded.bank).flatMap((p) => p.parts.map((part) => part.key));
    // `# key: b (2.53)` is typed as `b`: what a student answering right would type.
    const stated = [...text.matchAll(/^\s+(?:- )?compute: .*# key: (\([^)]*\)|\S+)/gm)].map((m) => m[1]!);
    expect(stated.length).toBe(keys.length);
    keys.forEach((key, k) => expect(grade(key, stated[k]!), `part ${k + 1}: ${stated[k]} for ${formatKey(key)}`).toMatchObject({ correct: true }));
  });
});

describe('declared symbols in a bank', { timeout: 60_000 }, () => {
  const bank = (extra: string) => `problems:
  - id: s
    tags: []
    prompt: p
${extra}
    parts:
      - prompt: q
        kind: expression
        answer: exp(-eta * alpha^2)
        explanation: e`;
  const errors = (text: string) => checkSources([{ file: 'b.yaml', text }]).diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);

  it('lets a formula part do without a network', () => {
    expect(errors(bank('    symbols: [alpha, { eta: positive }]'))).toEqual([]);
  });

  it.each([
    ['    symbols: [alpha, alpha, eta]', "'alpha' is declared twice"],
    ['    symbols: [e, alpha, eta]', "'e' is a constant or function"],
    ['    symbols: [{ alpha: positive, eta: positive }]', 'one symbol per entry'],
    ['    symbols: [alpha]', 'unknown name "eta"'],
    ['', "give the problem a network"],
  ])('refuses %s', (extra, why) => {
    expect(errors(bank(extra)).join('\n')).toContain(why);
  });
});
