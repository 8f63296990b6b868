import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load-bank.js';
import { problemsOf } from '../../src/bank/model.js';
import { BUNDLED_BANK_DIR, readSources } from '../../src/bank/read-files.js';
import { worksheet } from '../../src/render/worksheet.js';

const problems = readSources([BUNDLED_BANK_DIR], process.cwd()).sources.flatMap((s) => {
  const r = loadBank(s.file, s.text);
  if (!r.ok) throw new Error(r.diagnostics[0]?.message);
  return problemsOf(r.bank);
});

function sheet(ascii: boolean): string {
  const style = { c: new Chalk({ level: 0 }), width: 80, ascii };
  return problems.map((p, i) => worksheet(p, { problem: i + 1, problems: problems.length }, style, true)).join('');
}

describe.each([
  ['unicode', false],
  ['ascii', true],
])('every bundled problem, rendered with answers (%s)', (name, ascii) => {
  const text = sheet(ascii);

  it('matches the golden worksheet', async () => {
    await expect(text).toMatchFileSnapshot(`__golden__/worksheet.${name}.txt`);
  });

  it('leaves no LaTeX behind: no backslash, no braced script, no \\( \\)', () => {
    expect(text).not.toMatch(/\\/);
    expect(text).not.toMatch(/[_^]\{/);
  });

  it('fits in 80 columns', () => {
    const wide = text.split('\n').filter((l) => [...l.normalize('NFC')].filter((ch) => !/\p{M}/u.test(ch)).length > 80);
    expect(wide).toEqual([]);
  });

  if (ascii) it('is printable ASCII only', () => expect(text).toMatch(/^[\x20-\x7e\n]*$/));
});
