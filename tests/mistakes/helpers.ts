import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { computeShape, type Compute, type DescentData, type NetworkData } from '../../src/schema/data.js';
import type { ProblemData } from '../../src/schema/problem.js';
import { loadBank } from '../../src/bank/load-bank.js';
import { instantiate, type Variant } from '../../src/template/instantiate.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** Every bundled bank file, as `check` reads the folder. */
export const BANK_FILES = readdirSync(REPO + 'problems').filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => `problems/${n}`);

export function bankTexts(): { file: string; text: string }[] {
  return BANK_FILES.map((file) => ({ file, text: readFileSync(REPO + file, 'utf8') }));
}

/** The problems of bank files as check first sees them: fixed ones, templates at their first seed. */
export function bankProblems(files: readonly { file: string; text: string }[]): ProblemData[] {
  return files.flatMap(({ file, text }) => {
    const r = loadBank(file, text);
    if (!r.ok) throw new Error(`${file} does not load: ${r.diagnostics.map((d) => d.message).join('; ')}`);
    return r.bank.problems.map((p) => p.first.data);
  });
}

let cached: ProblemData[] | undefined;

/** The bundled problems as check sees them: fixed ones, templates at their first seed. */
export function bundled(): ProblemData[] {
  cached ??= bankProblems(bankTexts());
  return cached;
}

export function seedProblem(id: string): ProblemData {
  const p = bundled().find((x) => x.id === id);
  if (!p) throw new Error(`no problem ${id}`);
  return p;
}

/** A template of the bundled banks, raw, to draw variants from. */
export function template(id: string): Record<string, unknown> {
  for (const file of BANK_FILES) {
    const doc = parse(readFileSync(REPO + file, 'utf8')) as { problems: Record<string, unknown>[] };
    const raw = doc.problems.find((p) => p.id === id);
    if (raw) return raw;
  }
  throw new Error(`no template ${id}`);
}

export function variant(raw: Record<string, unknown>, seed: number): Variant {
  const made = instantiate(raw, seed);
  if (!made.ok) throw new Error(`variant ${seed} of ${String(raw.id)} fails: ${JSON.stringify(made)}`);
  return made.variant;
}

/** A hand-made problem whose parts compute `computes`, keys filled in by the evaluator. */
export function handMade(data: { network?: unknown; descent?: unknown }, computes: Compute[]): ProblemData {
  const parts = computes.map((compute) => ({
    kind: computeShape(compute, data.network as NetworkData | undefined, data.descent as DescentData | undefined),
    prompt: 'What is it?',
    explanation: 'Because.',
    compute,
  }));
  return variant({ id: 'hand-made', tags: [], prompt: 'A problem.', ...data, parts }, 1).data;
}

/** Seed problem 8's network (figure values z^(2)_1 = 0), which the bank only asks a true/false about. */
export const PROBLEM_8_NETWORK = {
  layers: [2, 2, 2, 1],
  activations: ['relu', 'relu', 'linear'],
  weights: [
    [[5, 0], [-1, 3]],
    [[1, -1], [0, 1]],
    [[4], [-2]],
  ],
  input: [-2, 3],
};
