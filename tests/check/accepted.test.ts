import { describe, expect, it } from 'vitest';
import { checkSources, exitClass } from '../../src/check/check-banks.js';

/** One descent step that moves w0 from 0.45 to 0.4502: too small for 3 significant digits to see. */
function bank(rate: number, compare = ''): string {
  return `problems:
  - id: tiny-step
    tags: []
    prompt: One step.
    descent: { model: linear, data: [[0, 0.46]], weights: [0.45, 1], rate: ${rate} }
    parts:
      - prompt: The weights after one step?
        kind: vector
        compute: { of: descent-step }${compare}
        explanation: w - rate * gradient.
`;
}

describe('a comparison that accepts a mistake', () => {
  it('fails check when the weights before the step are graded right', () => {
    const report = checkSources([{ file: 'b.yaml', text: bank(0.01) }]);
    const found = report.diagnostics.filter((d) => d.code === 'mistake-accepted');
    expect(found.map((d) => d.message).join('\n')).toMatch(/the weights before the step are \(0\.45, 1\), and typed as \(0\.450, 1\.00\) it is graded right/);
    expect(found[0]!.message).toMatch(/compare: \{ sigfigs: 4 \}/);
    expect(found[0]!.line).toBe(7);
    expect(exitClass(report)).toBe(1);
  });

  it('names a catalogued slip that the comparison lets through', () => {
    const report = checkSources([{ file: 'b.yaml', text: bank(0.01) }]);
    expect(report.diagnostics.map((d) => d.message).join('\n')).toMatch(/the slip 'step-up' gives/);
  });

  it('holds with a step big enough to see, or a tighter comparison', () => {
    const errors = (text: string) => checkSources([{ file: 'b.yaml', text }]).diagnostics.filter((d) => d.severity === 'error');
    expect(errors(bank(1))).toEqual([]);
    expect(errors(bank(0.01, '\n        compare: { sigfigs: 4 }'))).toEqual([]);
  });
});
