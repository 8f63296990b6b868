import { renderMath } from '../latex/index.js';
import type { Arch, DeclaredSymbol } from '../nn/types.js';
import type { AnswerKey } from '../grade/key.js';
import { comparisonOf } from '../grade/comparison-of.js';
import type { ComputedKey, Variant } from '../template/instantiate.js';
import type { Bank, BankProblem } from './load-bank.js';
import type { DescentData, FigureData, NetworkData } from '../schema/data.js';
import type { PartData, ProblemData, RawProblem, SymbolsData } from '../schema/problem.js';

/** One question of a problem, ready to ask and grade. */
export interface Part {
  /** 1-based position in its problem. */
  index: number;
  id: string;
  prompt: string;
  key: AnswerKey;
  explanation: string;
}

export interface Problem {
  id: string;
  file: string;
  title?: string;
  tags: string[];
  prompt: string;
  network?: NetworkData;
  figure?: FigureData;
  descent?: DescentData;
  parts: Part[];
  /** Parts of the whole problem; `parts` may be fewer in a review. */
  partCount?: number;
  /** For a template: the seed of this variant and the raw template, to draw others. */
  variant?: { seed: number; code: string };
  template?: RawProblem;
  /** The validated data, for what works from the network (mistakes, worked solutions). */
  data?: ProblemData;
}

/** The network a formula's symbols refer to: the problem's architecture. */
export function archOf(network: NetworkData | undefined): Arch {
  // The schema requires layers and activations wherever a formula is asked.
  const arch: Arch = { layers: network?.layers ?? [], activations: network?.activations ?? [], biases: Boolean(network?.biases) };
  // Formulas may then name L, y, yhat and delta (docs/formulas.md).
  if (network?.loss) arch.loss = network.loss;
  return arch;
}

/** The part's comparison as the grader takes it; none for the default. */

/**
 * The grader's key for a part. `computed` is what instantiation computed
 * for it (the key's noise), when the part has a `compute`.
 */
export function answerKey(part: PartData, network?: NetworkData, computed?: ComputedKey, symbols?: SymbolsData): AnswerKey {
  switch (part.kind) {
    case 'number': {
      const noise = typeof computed?.noise === 'number' ? computed.noise : undefined;
      return { kind: 'number', answer: present(part.answer), ...comparisonOf(part), ...(noise !== undefined && { noise }) };
    }
    case 'vector': {
      const noise = Array.isArray(computed?.noise) && computed.noise.every((n) => typeof n === 'number') ? (computed.noise as number[]) : undefined;
      return { kind: 'vector', answer: present(part.answer), ...comparisonOf(part), ...(noise && { noise }) };
    }
    case 'matrix': {
      const noise = Array.isArray(computed?.noise) && computed.noise.every(Array.isArray) ? (computed.noise as number[][]) : undefined;
      return { kind: 'matrix', answer: present(part.answer), ...comparisonOf(part), ...(noise && { noise }) };
    }
    case 'true-false':
      return { kind: 'true-false', answer: part.answer };
    case 'choice': {
      // Instantiation writes computed options out and finds a computed key's letter.
      const options = part.options.map((o) => (typeof o === 'string' ? o : present<string>(undefined)));
      return { kind: 'choice', options, answer: present(part.answer).charCodeAt(0) - 97, ...shownOptions(options) };
    }
    case 'expression':
      // Declared symbols with a network join the network's (formula/): without one, mathjs reads them (grade/free-formula.ts).
      if (symbols && network?.layers && network.activations) return { kind: 'expression', answer: part.answer, arch: { ...archOf(network), symbols: declaredSymbols(symbols) } };
      return { kind: 'expression', answer: part.answer, arch: archOf(network), ...(symbols && { symbols: declaredSymbols(symbols) }) };
    default: {
      const never: never = part;
      throw new Error(`unhandled part kind ${JSON.stringify(never)}`);
    }
  }
}

/** How options written in LaTeX show on screen (Unicode and ASCII), so typing what is shown selects them. */
function shownOptions(options: string[]): { shown?: string[][] } {
  if (!options.some((o) => /[\\$]/.test(o))) return {};
  return { shown: options.map((o) => [...new Set([false, true].map((ascii) => renderMath(o, { ascii }).text))].filter((t) => t !== o)) };
}

/** `[alpha, { eta: positive }]` as the grader's list. */
export function declaredSymbols(symbols: SymbolsData): DeclaredSymbol[] {
  return symbols.map((s) => (typeof s === 'string' ? { name: s } : { name: Object.keys(s)[0]!, positive: true }));
}

/** Instantiation fills every computed key, so a missing one here is a bug. */
function present<T>(answer: T | undefined): T {
  if (answer === undefined) throw new Error('a part reached the drill without its key');
  return answer;
}

/** The code a student can quote to get exactly this variant back. */
export function variantCode(id: string, seed: number): string {
  return `${id}@${seed}`;
}

export function problemOf(file: string, p: ProblemData, variant?: Variant, template?: RawProblem): Problem {
  return {
    id: p.id,
    file,
    ...(p.title !== undefined && { title: p.title }),
    tags: p.tags,
    prompt: p.prompt,
    ...(p.network && { network: p.network }),
    ...(p.figure !== undefined && { figure: p.figure }),
    ...(p.descent && { descent: p.descent }),
    parts: p.parts.map((part, k) => ({
      index: k + 1,
      id: part.id ?? String(k + 1),
      prompt: part.prompt,
      key: answerKey(part, p.network, variant?.keys?.[k], p.symbols),
      explanation: part.explanation,
    })),
    partCount: p.parts.length,
    data: p,
    ...(template && variant?.seed !== undefined && { variant: { seed: variant.seed, code: variantCode(p.id, variant.seed) }, template }),
  };
}

export function problemsOf(bank: Bank): Problem[] {
  return bank.problems.map((bp: BankProblem) => problemOf(bank.file, bp.first.data, bp.first, bp.template ? bp.raw : undefined));
}
