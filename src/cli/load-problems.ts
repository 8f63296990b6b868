import { loadBank } from '../bank/load-bank.js';
import { ProblemIds } from '../bank/duplicate-ids.js';
import { problemsOf, type Problem } from '../bank/model.js';
import { readSources } from '../bank/read-files.js';
import { selectBanks } from './bank-selection.js';
import { byLocation, capped, type Diagnostic } from '../diagnostics/diagnostic.js';
import { colorFor } from './color.js';
import { write, type Io } from './io.js';
import { formatDiagnostic } from './print-diagnostics.js';

/** A bank file that loaded, and its title: `list` groups problems under it. */
export interface BankFile {
  file: string;
  title?: string;
}

export type Problems = { ok: true; problems: Problem[]; files: string[]; banks: BankFile[] } | { ok: false };

/**
 * Loads the problems of every bank under the paths (default: the course's
 * banks, found from the current folder; `bundled`: the bank that ships with
 * quizdrill) for a command that uses them. Errors are printed, located, to
 * stderr.
 */
export function loadProblems(io: Io, paths: string[], color: boolean | undefined, bundled?: boolean): Problems {
  const selection = selectBanks(io, paths, bundled);
  const { sources, diagnostics } = readSources(selection.paths, io.cwd);
  const errors: Diagnostic[] = [...selection.diagnostics, ...diagnostics];
  const problems: Problem[] = [];
  const ids = new ProblemIds();
  const banks: BankFile[] = [];
  for (const s of sources) {
    const r = loadBank(s.file, s.text);
    if (!r.ok) {
      for (const d of capped(r.diagnostics)) errors.push(d);
      continue;
    }
    // A repeated id is refused here as by `check`: --id, --variant and progress find a problem by it.
    for (const bp of r.bank.problems) {
      const repeated = ids.add(r.bank, bp);
      if (repeated) errors.push(repeated);
    }
    problems.push(...problemsOf(r.bank));
    banks.push({ file: s.file, ...(r.bank.title !== undefined && { title: r.bank.title }) });
  }
  if (errors.length === 0) return { ok: true, problems, files: sources.map((s) => s.file), banks };
  const c = colorFor(io, io.stderr, color);
  const texts = new Map(sources.map((s) => [s.file, s.text]));
  for (const d of errors.sort(byLocation)) write(io.stderr, formatDiagnostic(d, c, (f) => texts.get(f)));
  write(io.stderr, `quizdrill: the bank does not load (${errors.length} error${errors.length === 1 ? '' : 's'}); 'quizdrill check' reports the same`);
  return { ok: false };
}
