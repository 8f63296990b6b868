import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { instantiate, type Instantiated, type Variant } from '../template/instantiate.js';
import { BANK_KEY_RULES } from './keys.js';
import { loadYaml, type Loaded } from './load.js';
import * as z from 'zod/mini';
import { bankSchema, type BankData, type RawProblem } from '../schema/problem.js';
import { zodDiagnostics } from './zod-diagnostics.js';

/** One problem of a bank: fixed, or a template shown by its first variant. */
export interface BankProblem {
  /** Position in the file's `problems` list. */
  index: number;
  raw: RawProblem;
  template: boolean;
  /** The fixed problem, or the template's variant at its first seed. */
  first: Variant;
}

export interface Bank extends Omit<Loaded<BankData>, 'data'> {
  title?: string;
  problems: BankProblem[];
  /**
   * Items in the file's `problems` list, loaded or not: whether a problem
   * has one after it, known without locating it (a path that does not
   * exist sends `locate` to the slow parser).
   */
  listed: number;
}

/** `partial`: the problems that did load from a file with errors elsewhere, so `check` can still check them. */
export type BankResult = { ok: true; bank: Bank; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[]; partial?: Bank };

/** More than any course needs in one file; past it, split the bank. */
export const MAX_PROBLEMS = 5000;

function tooManyProblems(js: unknown): boolean {
  const problems = (js as { problems?: unknown } | null)?.problems;
  return Array.isArray(problems) && problems.length > MAX_PROBLEMS;
}

/** Refuses, at the list, a bank too long to validate item by item. */
const tooMany = z.custom<BankData>(() => false, {
  path: ['problems'],
  message: `a bank may hold at most ${MAX_PROBLEMS} problems; split this one into several files`,
});

/** A template's first seed: its first pinned seed (the original numbers), else 1. */
export function firstSeed(raw: RawProblem): number {
  const pinned = Object.keys((raw.pinned as object | undefined) ?? {}).map(Number).sort((a, b) => a - b);
  return pinned[0] ?? 1;
}

/** Parses and validates one bank file, every problem in it. Never throws on bad content. */
export function loadBank(file: string, text: string): BankResult {
  const r = loadYaml(file, text, (js) => (tooManyProblems(js) ? tooMany : bankSchema), 'a bank needs a `problems:` list');
  const diagnostics: Diagnostic[] = r.ok ? [] : [...r.diagnostics];
  // A bank-level error (an unknown top-level key, one problem that is not a
  // mapping) does not stop the other problems from being read and checked.
  const loaded = r.ok ? r.bank : r.raw && !tooManyProblems(r.raw.data) ? withProblemList(r.raw) : undefined;
  if (!loaded) return { ok: false, diagnostics };
  const problems: BankProblem[] = [];
  loaded.data.problems.forEach((raw, index) => {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return; // reported by the bank schema
    const made = instantiate(raw, firstSeed(raw));
    if (made.ok) problems.push({ index, raw, template: raw.params !== undefined, first: made.variant });
    else diagnostics.push(...instantiationDiagnostics(loaded, index, made));
  });
  const { data, ...rest } = loaded;
  const bank: Bank = { ...rest, ...(typeof data.title === 'string' && { title: data.title }), problems, listed: data.problems.length };
  if (diagnostics.length) return { ok: false, diagnostics, partial: bank };
  return { ok: true, bank, warnings: r.ok ? r.warnings : [] };
}

/** The raw content of a file that failed validation, where it still holds a list of problems. */
function withProblemList(raw: Loaded<unknown>): Loaded<{ title?: unknown; problems: RawProblem[] }> | undefined {
  const data = raw.data as { problems?: unknown; title?: unknown } | null;
  if (data === null || typeof data !== 'object' || !Array.isArray(data.problems)) return undefined;
  return { ...raw, data: { title: data.title, problems: data.problems as RawProblem[] } };
}

/** Located diagnostics for a problem (or one variant of a template) that failed. */
export function instantiationDiagnostics(bank: Pick<Loaded<unknown>, 'file' | 'locate'>, index: number, made: Extract<Instantiated, { ok: false }>, seed?: number): Diagnostic[] {
  const prefix = ['problems', index];
  const variant = seed === undefined ? '' : ` (variant seed ${seed})`;
  if (made.kind === 'schema') {
    const issues = made.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
    return zodDiagnostics(bank.file, bank.locate, issues, BANK_KEY_RULES).map((d) => ({ ...d, message: d.message + variant }));
  }
  const code = made.kind === 'compute' ? 'cannot-compute' : 'bad-template';
  return [diagnostic(bank.file, bank.locate([...prefix, ...made.path]), code, made.error + variant)];
}
