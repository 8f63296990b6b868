import { readdirSync, readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Problem } from '../../src/bank/model.js';
import { loadProblems } from '../../src/cli/load-problems.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BUNDLED_DIR = fileURLToPath(new URL('../../problems/', import.meta.url));
/** The seed bank of issue 3: fixed problems (19 of them, 33 parts), with literal keys. */
export const SEED_BANK = fileURLToPath(new URL('../../problems/quiz-07.yaml', import.meta.url));

/** The bank files bundled with the package, as `practice` finds them. */
export function bundledBankFiles(): string[] {
  return readdirSync(BUNDLED_DIR).filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => BUNDLED_DIR + n);
}

/** Problems, parts and templates in a bank file, counted from the YAML itself. */
export function countsOf(file: string): { problems: number; parts: number; templates: number } {
  const doc = parse(readFileSync(file, 'utf8')) as { problems: { parts: unknown[]; params?: unknown }[] };
  return {
    problems: doc.problems.length,
    parts: doc.problems.reduce((n, p) => n + p.parts.length, 0),
    templates: doc.problems.filter((p) => p.params !== undefined).length,
  };
}

/**
 * The bundled bank's totals, counted from the YAML, and what `check` says
 * of it: with 200 variants per template, each template's first seed is
 * checked as the problem itself and 199 more as variants.
 */
export function bundledTotals(variantsPerTemplate = 200): { files: number; problems: number; parts: number; templates: number; variants: number } {
  const counts = bundledBankFiles().map(countsOf);
  const sum = (k: 'problems' | 'parts' | 'templates') => counts.reduce((n, c) => n + c[k], 0);
  const templates = sum('templates');
  return { files: counts.length, problems: sum('problems'), parts: sum('parts'), templates, variants: templates * (variantsPerTemplate - 1) };
}

/** The summary line `check` prints for the bundled bank, up to its verdict. */
export function bundledCheckSummary(): string {
  const t = bundledTotals();
  return `✓ ${t.files} files, ${t.problems} problems, ${t.parts} parts, ${t.variants} template variants: every key holds`;
}

let cached: Problem[] | undefined;

/** The bundled banks as `practice` loads them, for tests that need real parts. */
export function bundledProblems(): Problem[] {
  if (cached) return cached;
  const stderr = new PassThrough();
  const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr, env: { NO_COLOR: '1' }, cwd: REPO };
  const r = loadProblems(io, [], false);
  if (!r.ok) throw new Error(`the bundled bank does not load:\n${String(stderr.read() ?? '')}`);
  cached = r.problems;
  return cached;
}

export function bundledProblem(id: string): Problem {
  const p = bundledProblems().find((x) => x.id === id);
  if (!p) throw new Error(`no problem '${id}' in the bundled banks`);
  return p;
}

export interface RightAnswer {
  problem: string;
  tags: string[];
  part: number;
  /** Parts in the problem. */
  parts: number;
  kind: string;
  /** The key as a student would type it. */
  typed: string;
  /** For choice and true/false parts: how far down the select list the key is. */
  select?: number;
}

interface RawPart {
  kind: string;
  answer: unknown;
  options?: string[];
}

/**
 * The right answer to every part of a bank of fixed problems (by default the
 * seed bank), in order, read from the YAML with the `yaml` package rather
 * than quizdrill's loader, so the end-to-end tests follow the bank without
 * trusting the code under test.
 */
export function rightAnswersOfBank(file = SEED_BANK): RightAnswer[] {
  const doc = parse(readFileSync(file, 'utf8')) as { problems: { id: string; tags: string[]; parts: RawPart[] }[] };
  return doc.problems.flatMap((p) =>
    p.parts.map((part, k) => ({
      problem: p.id,
      tags: p.tags,
      part: k + 1,
      parts: p.parts.length,
      kind: part.kind,
      typed: typedAnswer(part),
      ...(part.kind === 'choice' && { select: String(part.answer).charCodeAt(0) - 97 }),
      ...(part.kind === 'true-false' && { select: part.answer ? 0 : 1 }),
    })),
  );
}

function typedAnswer(part: RawPart): string {
  switch (part.kind) {
    case 'number':
      return String(part.answer);
    case 'vector':
      return `(${(part.answer as number[]).join(', ')})`;
    case 'true-false':
      return part.answer ? 'true' : 'false';
    case 'choice': {
      const text = part.options?.[String(part.answer).charCodeAt(0) - 97];
      if (text === undefined) throw new Error(`choice answer ${String(part.answer)} is not an option`);
      return text;
    }
    case 'expression':
      return String(part.answer);
    default:
      throw new Error(`unknown kind ${part.kind}`);
  }
}
