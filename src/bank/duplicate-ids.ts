import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Bank, BankProblem } from './load-bank.js';

/**
 * Problem ids must be unique across the banks loaded together: progress,
 * `--id` and `--variant` find a problem by its id. `check`, `practice`,
 * `list` and the rest refuse a repeat with the same message, from here.
 */
export class ProblemIds {
  // Where each id was first seen, located at once: a closure over the bank
  // would keep every file's parsed document alive until the last is read.
  private readonly seen = new Map<string, string>();

  /** Records the problem's id; a diagnostic if an earlier problem has it. */
  add(bank: Bank, bp: BankProblem): Diagnostic | undefined {
    const id = bp.first.data.id;
    const path = ['problems', bp.index, 'id'];
    const pos = bank.locate(path);
    const first = this.seen.get(id);
    if (first === undefined) {
      this.seen.set(id, `${bank.file}:${pos.line}`);
      return undefined;
    }
    return { file: bank.file, ...pos, code: 'duplicate-id', severity: 'error', message: `problem id '${id}' is already used at ${first}; ids must be unique across the banks loaded together` };
  }
}
