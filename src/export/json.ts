import { renderMath } from '../latex/index.js';
import type { ExportBank, ExportOutput, ExportPart, ExportProblem } from './model.js';

/** Bumped when a field changes meaning or goes away; new fields keep it. */
export const EXPORT_FORMAT_VERSION = 1;

/** Bank text both ways: as written (LaTeX) and as the terminal shows it. */
export interface Text {
  latex: string;
  text: string;
}

const both = (latex: string): Text => ({ latex, text: renderMath(latex, { ascii: false }).text });

/**
 * The export model as JSON, with each prompt and explanation given both as
 * LaTeX and as plain Unicode text. Its schema: docs/export.schema.json.
 */
export function exportJson(bank: ExportBank): ExportOutput {
  const doc = {
    format: 'quizdrill-export',
    version: EXPORT_FORMAT_VERSION,
    files: bank.files,
    problems: bank.problems.map(problemJson),
  };
  return { files: [{ path: 'export.json', content: JSON.stringify(doc, null, 2) + '\n' }], single: true, warnings: [] };
}

function problemJson(p: ExportProblem) {
  return { ...p, prompt: both(p.prompt), parts: p.parts.map(partJson) };
}

function partJson(part: ExportPart) {
  return { ...part, prompt: both(part.prompt), explanation: both(part.explanation) };
}
