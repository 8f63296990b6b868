import { formatNumber } from '../grade/format.js';
import { mathJaxHtml, partQuestionHtml } from './lms-html.js';
import type { ExportBank, ExportOutput, ExportPart, ExportWarning } from './model.js';
import { absoluteTolerance, toleranceText } from './target-tolerance.js';

/**
 * Moodle's GIFT text format: the same questions as the Moodle XML export
 * where GIFT can say them (numerical, multichoice, true/false). GIFT has
 * no question with several blanks and no formula grading, so vector, matrix
 * and formula parts are left out, each with a warning.
 */
export function exportGift(bank: ExportBank): ExportOutput {
  const warnings: ExportWarning[] = [];
  const out: string[] = ['// quizdrill export: one question per part; import in Moodle as GIFT.', ''];
  let category = '';
  for (const p of bank.problems) {
    for (const part of p.parts) {
      const answer = answerBlock(part);
      if (typeof answer !== 'string') {
        warnings.push({ problem: p.code, part: part.index, message: answer.why });
        continue;
      }
      const name = p.seed === undefined ? `$course$/top/quizdrill/${p.file.replace(/\.ya?ml$/i, '')}` : `$course$/top/quizdrill/${p.id}/part ${part.index}`;
      if (name !== category) out.push(`$CATEGORY: ${name}`, '');
      category = name;
      const text = oneLine(partQuestionHtml(p, part));
      const feedback = oneLine(mathJaxHtml(part.explanation));
      out.push(`::${escapeGift(`${p.code} part ${part.index}`)}::[html]${escapeGift(text)} ${answer.replace(/\}$/, `####[html]${escapeGift(feedback)}}`)}`, '');
    }
  }
  return { files: [{ path: 'quiz.gift', content: out.join('\n') }], single: true, warnings };
}

function answerBlock(part: ExportPart): string | { why: string } {
  const k = part.key;
  switch (k.kind) {
    case 'number':
      return `{#${formatNumber(k.answer)}:${toleranceText(absoluteTolerance(k.answer, k.compare, k.noise).tolerance)}}`;
    case 'true-false':
      return k.answer ? '{TRUE}' : '{FALSE}';
    case 'choice':
      return `{${k.options.map((o, i) => `${i === k.answer ? '=' : '~'}[html]${escapeGift(oneLine(mathJaxHtml(o)))}`).join(' ')}}`;
    case 'vector':
      return { why: 'a vector part cannot be asked in GIFT (a question has one blank); left out (the moodle export asks it as a cloze question)' };
    case 'matrix':
      return { why: 'a matrix part cannot be asked in GIFT (a question has one blank); left out (the moodle export asks it as a cloze question)' };
    case 'expression':
      return { why: 'a formula part cannot be graded in GIFT; left out (the moodle export asks it as a short answer with its spellings)' };
    default: {
      const never: never = k;
      return never;
    }
  }
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ');

/**
 * GIFT's escapes, as Moodle's importer reads them: a backslash is written
 * `\\` (so LaTeX's `\nabla` does not become a newline and `n`), and
 * `~ = # { } :` are escaped with a backslash.
 */
export function escapeGift(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/[~=#{}:]/g, (c) => `\\${c}`);
}

