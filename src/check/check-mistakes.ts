import type { Bank } from '../bank/load-bank.js';
import type { ProblemData } from '../bank/schema.js';
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
