import type { Bank } from '../bank/load-bank.js';
import type { ProblemData } from '../schema/problem.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { coinciding } from '../mistakes/index.js';

/**
 * Warns, per numeric part, about catalogued slips whose answer equals the
 * key: the part cannot tell a student who made them from one who did not,
 * and an author may want numbers that separate them (docs/mistakes.md).
 */
export function checkMistakes(bank: Bank, index: number, p: ProblemData): Diagnostic[] {
  return p.parts.flatMap((part, k) => {
    if (part.kind !== 'number' && part.kind !== 'vector') return [];
    const same = coinciding(p, k).map((m) => m.id);
    if (!same.length) return [];
    const where = bank.locate(['problems', index, 'parts', k]);
    return [diagnostic(bank.file, where, 'indistinct-mistake', `${p.id} part ${k + 1}: the key is also what these slips give, so they cannot be told apart here: ${same.join(', ')}`, 'warning')];
  });
}

/**
 * Over a template's variants: in how many each slip gives the key of each
 * part. One warning per part, so 200 variants do not print 200 lines.
 */
export class SlipTally {
  private readonly counts = new Map<number, Map<string, number>>();
  private id = '';

  add(p: ProblemData): void {
    this.id = p.id;
    p.parts.forEach((part, k) => {
      if (part.kind !== 'number' && part.kind !== 'vector') return;
      const byPart = this.counts.get(k) ?? new Map<string, number>();
      for (const m of coinciding(p, k)) byPart.set(m.id, (byPart.get(m.id) ?? 0) + 1);
      this.counts.set(k, byPart);
    });
  }

  warnings(bank: Bank, index: number, variants: number): Diagnostic[] {
    return [...this.counts.entries()].flatMap(([k, byPart]) => {
      if (!byPart.size) return [];
      const list = [...byPart.entries()].map(([id, n]) => `${id} in ${n}`).join(', ');
      const where = bank.locate(['problems', index, 'parts', k]);
      return [diagnostic(bank.file, where, 'indistinct-mistake', `${this.id} part ${k + 1}, over ${variants} variants: the key is also what these slips give (in how many variants): ${list}`, 'warning')];
    });
  }
}
