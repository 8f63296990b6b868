import type { AnswerKey } from '../grade/key.js';
import type { LoadedBank } from './load.js';
import type { DescentData, NetworkData } from './schema-data.js';
import type { PartData, ProblemData } from './schema.js';

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
  descent?: DescentData;
  parts: Part[];
}

export function answerKey(part: PartData): AnswerKey {
  switch (part.kind) {
    case 'number':
      return { kind: 'number', answer: part.answer, ...(part.tolerance && { tolerance: part.tolerance }) };
    case 'vector':
      return { kind: 'vector', answer: part.answer, ...(part.tolerance && { tolerance: part.tolerance }) };
    case 'true-false':
      return { kind: 'true-false', answer: part.answer };
    case 'choice':
      return { kind: 'choice', options: part.options, answer: part.answer.charCodeAt(0) - 97 };
    case 'expression':
      return { kind: 'expression', answer: part.answer };
    default: {
      const never: never = part;
      throw new Error(`unhandled part kind ${JSON.stringify(never)}`);
    }
  }
}

function problemOf(file: string, p: ProblemData): Problem {
  return {
    id: p.id,
    file,
    ...(p.title !== undefined && { title: p.title }),
    tags: p.tags,
    prompt: p.prompt,
    ...(p.network && { network: p.network }),
    ...(p.descent && { descent: p.descent }),
    parts: p.parts.map((part, k) => ({
      index: k + 1,
      id: part.id ?? String(k + 1),
      prompt: part.prompt,
      key: answerKey(part),
      explanation: part.explanation,
    })),
  };
}

export function problemsOf(bank: LoadedBank): Problem[] {
  return bank.data.problems.map((p) => problemOf(bank.file, p));
}
