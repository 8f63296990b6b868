import { loadBank, type Bank, type BankProblem, type BankResult } from '../bank/load-bank.js';
import { ProblemIds } from '../bank/duplicate-ids.js';
import { lineStarts } from '../bank/lines.js';
import { textHash } from '../bank/parse-cache.js';
import type { Source } from '../bank/read-files.js';
import { byLocation, capped, type Diagnostic, type Position } from '../diagnostics/diagnostic.js';
import { checkProblem, nextProblem, type PartSite, type ProblemCheck, type ProblemCheckOptions, type TemplateResult } from './check-problem.js';

/** One problem of a file as last checked, at its place in that version of the file. */
interface CheckedProblem {
  id: string;
  idAt: Position;
  check: ProblemCheck;
}

/** A file as last read: what loading it said, and its problems. */
interface CheckedFile {
  load: Diagnostic[];
  problems: CheckedProblem[];
  /** The memory keys of its problems, kept alive while the file is. */
  keys: string[];
}

/** A problem's check, and where the problem started when it was checked. */
interface Memo {
  start: Position;
  check: ProblemCheck;
}

/** What the last run did: `loaded` files were parsed again, `checked` problems checked again; the rest came from memory. */
export interface RunStats {
  loaded: string[];
  /** `file: id` of each problem checked again. */
  checked: string[];
  reused: number;
}

/** The report's totals and diagnostics, before `files` is counted (see checkSources). */
export interface CheckedSources {
  problems: number;
  parts: number;
  variants: number;
  diagnostics: Diagnostic[];
  sites: PartSite[];
}

/**
 * What `check --jobs` did before the report (parallel.ts): each source's
 * bank loaded, and the templates' variants checked, by source and problem
 * index. A template not found here is checked as usual.
 */
export interface Prepared {
  banks: ReadonlyMap<Source, BankResult>;
  templates: ReadonlyMap<Source, ReadonlyMap<number, TemplateResult>>;
}

/**
 * Checks banks again after an edit doing only the work the edit calls for,
 * for `check --watch`. A file whose text is unchanged is not parsed again;
 * in a file that changed, a problem whose text, data and place are unchanged
 * is not checked again, even if lines were added above it (its diagnostics
 * move down with it). Duplicate ids are found again on every run: they
 * depend on every file. Only what the last run used is kept.
 *
 * Without `remember`, nothing is hashed or kept: a one-off `check` pays
 * nothing for the memory it does not need.
 */
export class CheckCache {
  private files = new Map<string, CheckedFile>();
  private problems = new Map<string, Memo>();
  private options = '';
  last: RunStats = { loaded: [], checked: [], reused: 0 };

  constructor(private readonly remember = true) {}

  run(sources: readonly Source[], readDiagnostics: readonly Diagnostic[], opts: ProblemCheckOptions, prepared?: Prepared): CheckedSources {
    const options = JSON.stringify([opts.variants, [...opts.silenced].sort()]);
    if (options !== this.options) {
      this.files.clear();
      this.problems.clear();
      this.options = options;
    }
    const stats: RunStats = { loaded: [], checked: [], reused: 0 };
    const files = new Map<string, CheckedFile>();
    const problems = new Map<string, Memo>();
    const diagnostics = [...readDiagnostics];
    const sites: PartSite[] = [];
    const ids = new ProblemIds();
    const totals = { problems: 0, parts: 0, variants: 0 };
    for (const source of sources) {
      const fileKey = this.remember ? `${source.file}\0${textHash(source.text)}` : '';
      let file = this.remember ? (files.get(fileKey) ?? this.files.get(fileKey)) : undefined;
      if (file) {
        stats.reused += file.problems.length;
        for (let k = 0; k < file.problems.length; k++) opts.onChecked?.();
        // Its problems' memos stay alive for the next run.
        for (const key of file.keys) problems.set(key, this.problems.get(key) ?? problems.get(key)!);
      } else {
        file = this.load(source, opts, stats, problems, prepared);
        stats.loaded.push(source.file);
      }
      if (this.remember) files.set(fileKey, file);
      diagnostics.push(...file.load);
      for (const p of file.problems) {
        totals.problems++;
        totals.parts += p.check.parts;
        totals.variants += p.check.variants;
        const repeated = ids.addAt(source.file, p.id, p.idAt);
        if (repeated) diagnostics.push(repeated);
        sites.push(...p.check.sites);
        diagnostics.push(...p.check.diagnostics);
      }
    }
    diagnostics.sort(byLocation);
    if (this.remember) {
      this.files = files;
      this.problems = problems;
    }
    this.last = stats;
    return { ...totals, diagnostics, sites };
  }

  /** Parses a file and checks each of its problems that the memory does not hold. */
  private load(source: Source, opts: ProblemCheckOptions, stats: RunStats, problems: Map<string, Memo>, prepared?: Prepared): CheckedFile {
    const loaded = prepared?.banks.get(source) ?? loadBank(source.file, source.text);
    const templates = prepared?.templates.get(source);
    // The problems that loaded are checked even when others in the file did
    // not: a schema error in one problem must not hide a wrong key in the next.
    const load = loaded.ok ? loaded.warnings : capped(loaded.diagnostics);
    const bank = loaded.ok ? loaded.bank : loaded.partial;
    const file: CheckedFile = { load, problems: [], keys: [] };
    if (!bank) return file;
    const starts = this.remember ? lineStarts(source.text) : [];
    for (const bp of bank.problems) {
      const start = bank.locate(['problems', bp.index]);
      const key = this.remember ? problemKey(source, bank, bp, start, starts) : '';
      const memo = this.remember ? (problems.get(key) ?? this.problems.get(key)) : undefined;
      let check: ProblemCheck;
      if (memo) {
        check = moved(memo.check, memo.start, start);
        stats.reused++;
      } else {
        check = checkProblem(bank, bp, opts, templates?.get(bp.index));
        stats.checked.push(`${source.file}: ${bp.first.data.id}`);
      }
      if (this.remember) {
        problems.set(key, memo ?? { start, check });
        file.keys.push(key);
      }
      file.problems.push({ id: bp.first.data.id, idAt: bank.locate(['problems', bp.index, 'id']), check });
      opts.onChecked?.();
    }
    return file;
  }
}

/**
 * What a problem's check depends on: its file's name, its index, the column
 * it starts at, its text up to the next problem (positions and literals as
 * typed), and its data (an alias may bring in text from elsewhere).
 */
function problemKey(source: Source, bank: Bank, bp: BankProblem, start: Position, starts: readonly number[]): string {
  const next = nextProblem(bank, bp);
  const from = offsetOf(starts, start);
  const to = next ? offsetOf(starts, next) : source.text.length;
  return textHash(JSON.stringify([source.file, bp.index, start.col, source.text.slice(from, to), bp.raw]));
}

function offsetOf(starts: readonly number[], p: Position): number {
  return (starts[p.line - 1] ?? 0) + p.col - 1;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.col < b.col);
}

/** A problem's check, its positions moved down (or up) by as many lines as the problem moved. */
function moved(check: ProblemCheck, from: Position, to: Position): ProblemCheck {
  const delta = to.line - from.line;
  if (delta === 0) return check;
  const shift = <T extends Position>(p: T): T => (before(p, from) ? p : { ...p, line: p.line + delta });
  return {
    ...check,
    diagnostics: check.diagnostics.map(shift),
    sites: check.sites.map((s) => ({ ...shift(s), ...(s.end && { end: shift(s.end) }) })),
  };
}
