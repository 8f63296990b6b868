import { describe, expect, it } from 'vitest';
import { runDrill } from '../../src/session/drill.js';
import { bundledProblem } from '../helpers/bank.js';
import { fakeClock, scriptedUi } from '../helpers/fake-ui.js';

// Seed problem 9: W1 = [[2,1],[3,1]], W2 = [[2,1],[0,1]], W3 = [[3],[-2]], x = (1, 3).
// dH/da^(1)_2 = W2_21 * 3 + W2_22 * (-2) = 0*3 + 1*(-2) = -2; with W^(2) transposed
// (W2_12 for W2_21): 1*3 + 1*(-2) = 1.
describe('the drill names the slip behind a wrong answer', () => {
  it('records and says which mistake a wrong number came from, with the worked solution', async () => {
    const clock = fakeClock();
    const ui = scriptedUi(['3', '1', '57'], clock);
    const session = await runDrill([bundledProblem('backprop-values-compute')], ui, { clock: clock.now, explain: 'wrong' });
    const [a, b, c] = session.parts;
    expect(a).toMatchObject({ result: 'right' });
    expect(a!.mistake).toBeUndefined();
    expect(b).toMatchObject({ result: 'wrong', mistake: 'transpose' });
    expect(ui.feedback[1]!.mistake).toMatch(/transpose/);
    expect(ui.feedback[1]!.worked).toMatch(/= -2/);
    // 57 is no catalogued slip of this part: no made-up diagnosis.
    expect(c).toMatchObject({ result: 'wrong' });
    expect(c!.mistake).toBeUndefined();
    expect(ui.feedback[2]!.mistake).toBeUndefined();
  });

  it('shows no worked solution when explanations are off', async () => {
    const clock = fakeClock();
    const ui = scriptedUi(['3', '1', 'quit'], clock);
    await runDrill([bundledProblem('backprop-values-compute')], ui, { clock: clock.now, explain: 'never' });
    expect(ui.feedback[1]!.worked).toBeUndefined();
    expect(ui.feedback[1]!.mistake).toMatch(/transpose/);
  });
});

describe('two slips that give the same wrong number are named together (issue 16)', () => {
  // backprop-partial-facts-a part 2: the key is -1; 1 is both the sign slip
  // and layer l+1's values (dH/dz^(2)_2 = 1). Neither is more likely.
  it('says "either ..., or ..." and records both ids', async () => {
    const clock = fakeClock();
    const ui = scriptedUi(['-14', '1', 'quit'], clock);
    const session = await runDrill([bundledProblem('backprop-partial-facts-a')], ui, { clock: clock.now, explain: 'never' });
    expect(session.parts[1]).toMatchObject({ result: 'wrong', mistake: 'layer-above sign-error' });
    const said = ui.feedback[1]!.mistake!;
    expect(said).toMatch(/^This is what you get either .+, or .+\.$/);
    expect(said).toContain("using layer l+1's values for layer l");
    expect(said).toContain('with a sign error somewhere');
  });
});

describe('the drill counts the help asked for', () => {
  it('records how often ? was shown for a part, and nothing when it was not', async () => {
    const clock = fakeClock();
    const ui = scriptedUi(['?', '?', '3', '-2', 'quit'], clock);
    const session = await runDrill([bundledProblem('backprop-values-compute')], ui, { clock: clock.now, explain: 'never' });
    expect(session.parts[0]).toMatchObject({ result: 'right', helpShown: 2, formatErrors: 0 });
    expect(session.parts[1]!.helpShown).toBeUndefined();
  });
});
