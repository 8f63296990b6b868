import type { Diagnostic, Position } from '../diagnostics/diagnostic.js';
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
    return this.addAt(bank.file, bp.first.data.id, bank.locate(['problems', bp.index, 'id']));
  }

  /** The same, for a problem known by its id and where the id is written (a problem checked in an earlier run). */
  addAt(file: string, id: string, pos: Position): Diagnostic | undefined {
    const first = this.seen.get(id);
    if (first === undefined) {
      this.seen.set(id, `${file}:${pos.line}`);
      return undefined;
    }
    return { file, line: pos.line, col: pos.col, code: 'duplicate-id', severity: 'error', message: `problem id '${id}' is already used at ${first}; ids must be unique across the banks loaded together` };
  }
}
