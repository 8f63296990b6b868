import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { instantiate, type Instantiated, type Variant } from '../template/instantiate.js';
import { allowedKeys } from './keys.js';
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
}

export type BankResult = { ok: true; bank: Bank; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

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
  if (!r.ok) return r;
  const loaded = r.bank;
  const diagnostics: Diagnostic[] = [];
  const problems: BankProblem[] = [];
  loaded.data.problems.forEach((raw, index) => {
    const made = instantiate(raw, firstSeed(raw));
    if (made.ok) problems.push({ index, raw, template: raw.params !== undefined, first: made.variant });
    else diagnostics.push(...instantiationDiagnostics(loaded, index, made));
  });
  if (diagnostics.length) return { ok: false, diagnostics };
  const { data, ...rest } = loaded;
  return { ok: true, bank: { ...rest, ...(data.title !== undefined && { title: data.title }), problems }, warnings: r.warnings };
}

/** Located diagnostics for a problem (or one variant of a template) that failed. */
export function instantiationDiagnostics(bank: Pick<Loaded<unknown>, 'file' | 'locate'>, index: number, made: Extract<Instantiated, { ok: false }>, seed?: number): Diagnostic[] {
  const prefix = ['problems', index];
  const variant = seed === undefined ? '' : ` (variant seed ${seed})`;
  if (made.kind === 'schema') {
    const issues = made.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
    return zodDiagnostics(bank.file, bank.locate, issues, allowedKeys).map((d) => ({ ...d, message: d.message + variant }));
  }
  const code = made.kind === 'compute' ? 'cannot-compute' : 'bad-template';
  return [diagnostic(bank.file, bank.locate([...prefix, ...made.path]), code, made.error + variant)];
}
