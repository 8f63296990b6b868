import type { Bank } from '../bank/load-bank.js';
import type { ProblemData } from '../schema/problem.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { indistinctSlipsByPart } from '../mistakes/distinct.js';

/**
 * Warns, per numeric part, about catalogued slips the drill cannot name
 * because the numbers make them give the key or each other's number. Only
 * what other numbers would change is said (docs/mistakes.md): a slip that
 * cannot differ here (no z is 0, so ReLU'(0) never matters) is no news to
 * an author, and no number they pick would change it.
 */
export function checkMistakes(bank: Bank, index: number, p: ProblemData): Diagnostic[] {
  const byPart = indistinctSlipsByPart(p);
  return p.parts.flatMap((part, k) => {
    if (part.kind !== 'number' && part.kind !== 'vector') return [];
    const blurred = byPart[k]!;
    if (!blurred.length) return [];
    const where = bank.locate(['problems', index, 'parts', k]);
    return [diagnostic(bank.file, where, 'indistinct-mistake', `${p.id} part ${k + 1}: these slips give the key or each other's number with these numbers, so the drill cannot name them; other numbers would: ${blurred.join(', ')}`, 'warning')];
  });
}

/**
 * Over a template's variants: in how many each slip could not be named on
 * each part. One warning per part, so 200 variants do not print 200 lines.
 */
export class SlipTally {
  private readonly counts = new Map<number, Map<string, number>>();
  private id = '';

  /** `distinct`: the variant is known to pass distinct-mistakes, so every part tells its slips apart. */
  add(p: ProblemData, distinct = false): void {
    this.id = p.id;
    if (distinct) return;
    const blurred = indistinctSlipsByPart(p);
    p.parts.forEach((part, k) => {
      if (part.kind !== 'number' && part.kind !== 'vector') return;
      const byPart = this.counts.get(k) ?? new Map<string, number>();
      for (const id of blurred[k]!) byPart.set(id, (byPart.get(id) ?? 0) + 1);
      this.counts.set(k, byPart);
    });
  }

  warnings(bank: Bank, index: number, variants: number): Diagnostic[] {
    return [...this.counts.entries()].flatMap(([k, byPart]) => {
      if (!byPart.size) return [];
      const list = [...byPart.entries()].map(([id, n]) => `${id} in ${n}`).join(', ');
      const where = bank.locate(['problems', index, 'parts', k]);
      return [
        diagnostic(
          bank.file,
          where,
          'indistinct-mistake',
          `${this.id} part ${k + 1}, over ${variants} variants: these slips could not be named (in how many variants): ${list}; the constraint distinct-mistakes redraws such variants (pinned seeds keep their numbers)`,
          'warning',
        ),
      ];
    });
  }
}
