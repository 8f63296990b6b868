import { describe, expect, it } from 'vitest';
import { renderFormula, renderMath } from '../../../src/latex/index.js';

describe('unknown commands', () => {
  it.each<[string, string, Array<{ command: string; offset: number }>]>([
    [String.raw`\(\foo x\)`, 'foo x', [{ command: '\\foo', offset: 2 }]],
    [String.raw`ab \(x + \bar{y} + \frobnicate{z}\)`, 'ab x + ȳ + frobnicate z', [{ command: '\\frobnicate', offset: 19 }]],
    [String.raw`see \cite{x} here`, 'see cite{x} here', [{ command: '\\cite', offset: 4 }]],
    [String.raw`\(\begin{weird} a & b \end{weird}\)`, 'a, b', [{ command: '\\begin{weird}', offset: 2 }]],
    [String.raw`\(\left\lbag x \right)\)`, 'lbagx)', [{ command: '\\lbag', offset: 7 }]],
    [String.raw`\(x\) then \(\qux\) and \(\Aug\)`, 'x then qux and Aug', [{ command: '\\qux', offset: 13 }]],
    ['trailing \\', 'trailing ', [{ command: '\\', offset: 9 }]],
    [String.raw`\(a \\ b\) \(\sigma\,\Sigma\)`, 'a\nb\nσ Σ', []],
  ])('%s', (input, text, unknown) => {
    const r = renderMath(input, { ascii: false });
    expect(r.text).toBe(text);
    expect(r.unknown).toEqual(unknown);
  });

  it('points at the backslash, for a located warning', () => {
    const input = String.raw`The value \(\zeta + \gizmo_1\) and \(\widget\).`;
    const { unknown } = renderMath(input, { ascii: true });
    expect(unknown.map((u) => input.slice(u.offset, u.offset + u.command.length))).toEqual(['\\gizmo', '\\widget']);
  });

  it('reports from renderFormula with offsets into the formula', () => {
    expect(renderFormula(String.raw`a + \blah`, { ascii: false }).unknown).toEqual([{ command: '\\blah', offset: 4 }]);
  });

  it('does not mistake object keys for commands', () => {
    const r = renderMath(String.raw`\(\constructor \toString \hasOwnProperty\)`, { ascii: false });
    expect(r.unknown.map((u) => u.command)).toEqual(['\\constructor', '\\toString', '\\hasOwnProperty']);
    expect(r.text).toBe('constructor toString hasOwnProperty');
  });
});
