import type { Part, Problem } from '../bank/model.js';
import { formatFormula, parseFormula } from '../formula/index.js';
import { formatKey } from '../grade/format.js';
import { DEFAULT_COMPARISON } from '../grade/compare.js';
import type { AnswerKey } from '../grade/key.js';
import type { ExportKey, ExportPart, ExportProblem } from './model.js';

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
      return { kind: 'number', answer: key.answer, compare: key.compare ?? DEFAULT_COMPARISON, noise: key.noise ?? 0 };
    case 'vector':
      return { kind: 'vector', answer: key.answer, compare: key.compare ?? DEFAULT_COMPARISON, noise: key.noise ?? key.answer.map(() => 0) };
    case 'matrix':
      return { kind: 'matrix', answer: key.answer, compare: key.compare ?? DEFAULT_COMPARISON, noise: key.noise ?? key.answer.map((row) => row.map(() => 0)) };
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
