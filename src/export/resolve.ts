import type { Part, Problem } from '../bank/model.js';
import { formatFormula, parseFormula } from '../formula/index.js';
import { formatKey } from '../grade/format.js';
import type { AnswerKey, Tolerance } from '../grade/key.js';
import { DEFAULT_ABS_TOL, DEFAULT_REL_TOL, MIN_ROUNDING_SIG_FIGS } from '../grade/tolerance.js';
import type { Comparison, ExportKey, ExportPart, ExportProblem } from './model.js';

/** A drill's problem as export data: keys resolved, comparisons spelled out. */
export function exportProblem(p: Problem): ExportProblem {
  return {
    id: p.id,
    code: p.variant?.code ?? p.id,
    ...(p.variant && { seed: p.variant.seed }),
    file: p.file,
    ...(p.title !== undefined && { title: p.title }),
    tags: p.tags,
    prompt: p.prompt.trimEnd(),
    ...(p.network && { network: p.network }),
    ...(p.figure !== undefined && { figure: p.figure }),
    ...(p.descent && { descent: p.descent }),
    parts: p.parts.map(exportPart),
  };
}

function exportPart(part: Part): ExportPart {
  return {
    index: part.index,
    id: part.id,
    prompt: part.prompt.trimEnd(),
    explanation: part.explanation.trimEnd(),
    key: exportKey(part.key),
    answerText: formatKey(part.key),
  };
}

export function exportKey(key: AnswerKey): ExportKey {
  switch (key.kind) {
    case 'number':
    case 'vector':
      return { kind: key.kind, answer: key.answer, comparison: comparisonOf(key.tolerance) } as ExportKey;
    case 'true-false':
      return { kind: 'true-false', answer: key.answer };
    case 'choice':
      return { kind: 'choice', options: key.options, answer: key.answer };
    case 'expression': {
      const parsed = parseFormula(key.answer, key.arch);
      const short = parsed.ok ? formatFormula(parsed.value) : undefined;
      return { kind: 'expression', answer: key.answer, spellings: [...new Set([key.answer, ...(short ? [short] : [])])] };
    }
    default: {
      const never: never = key;
      throw new Error(`unhandled key ${JSON.stringify(never)}`);
    }
  }
}

/** The grader's rule with its defaults filled in (src/grade/tolerance.ts). */
export function comparisonOf(t: Tolerance | undefined): Comparison {
  return { mode: 'default', abs: t?.abs ?? DEFAULT_ABS_TOL, rel: t?.rel ?? DEFAULT_REL_TOL, roundingSigFigs: MIN_ROUNDING_SIG_FIGS };
}
