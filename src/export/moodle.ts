import { XMLBuilder } from 'fast-xml-parser';
import { formatNumber } from '../grade/format.js';
import { mathJaxHtml, partQuestionHtml } from './lms-html.js';
import type { ExportBank, ExportOutput, ExportPart, ExportProblem, ExportWarning } from './model.js';
import { absoluteTolerance, toleranceText } from './target-tolerance.js';

type Node = Record<string, unknown>;
const text = (t: string): Node => ({ text: t });
const html = (t: string): Node => ({ '@_format': 'html', text: t });

/**
 * Moodle XML: one question per part (Moodle's questions have one answer,
 * but a cloze question has several), each with the problem's statement.
 * Fixed problems sit in a category per bank file; a template's variants of
 * one part share a category, so a quiz can draw one as a random question.
 */
export function exportMoodle(bank: ExportBank): ExportOutput {
  const warnings: ExportWarning[] = [];
  const questions: Node[] = [];
  let category = '';
  for (const p of bank.problems) {
    for (const part of p.parts) {
      const name = categoryOf(p, part);
      if (name !== category) questions.push({ '@_type': 'category', category: text(name) });
      category = name;
      questions.push(question(p, part, warnings));
    }
  }
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: false });
  const xml = builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, quiz: { question: questions } }) as string;
  return { files: [{ path: 'quiz.xml', content: xml.trimStart() }], single: true, warnings };
}

function categoryOf(p: ExportProblem, part: ExportPart): string {
  if (p.seed === undefined) return `$course$/top/quizdrill/${p.file.replace(/\.ya?ml$/i, '')}`;
  return `$course$/top/quizdrill/${p.id}/part ${part.index}`;
}

function question(p: ExportProblem, part: ExportPart, warnings: ExportWarning[]): Node {
  const k = part.key;
  const common: Node = {
    name: text(`${p.code} part ${part.index}`),
    questiontext: html(partQuestionHtml(p, part)),
    generalfeedback: html(mathJaxHtml(part.explanation)),
    defaultgrade: '1',
    penalty: '0.3333333',
    hidden: '0',
    idnumber: `${p.code}#${part.id}`,
  };
  const tags = { tags: { tag: p.tags.map((t) => text(t)) } };
  const answer = (fraction: number, body: string, extra: Node = {}, format = 'moodle_auto_format'): Node => ({ '@_fraction': String(fraction), '@_format': format, text: body, ...extra, feedback: html('') });
  switch (k.kind) {
    case 'number': {
      const { tolerance } = absoluteTolerance(k.answer, k.compare, k.noise);
      const units = { unitgradingtype: '0', unitpenalty: '0.1000000', showunits: '3', unitsleft: '0' };
      return { '@_type': 'numerical', ...common, answer: answer(100, formatNumber(k.answer), { tolerance: toleranceText(tolerance) }), ...units, ...tags };
    }
    case 'vector': {
      // Cloze: one NUMERICAL blank per component, each with its own tolerance.
      const blanks = k.answer.map((v, i) => `{1:NUMERICAL:=${formatNumber(v)}:${toleranceText(absoluteTolerance(v, k.compare, k.noise[i] ?? 0).tolerance)}}`);
      const qt = `${partQuestionHtml(p, part)}\n<p>(${blanks.join(', ')})</p>`;
      return { '@_type': 'cloze', ...common, questiontext: html(qt), ...tags };
    }
    case 'matrix': {
      // Cloze: one NUMERICAL blank per entry, a line per row.
      const rows = k.answer.map((row, i) => `[${row.map((v, j) => `{1:NUMERICAL:=${formatNumber(v)}:${toleranceText(absoluteTolerance(v, k.compare, k.noise[i]?.[j] ?? 0).tolerance)}}`).join(', ')}]`);
      const qt = `${partQuestionHtml(p, part)}\n<p>${rows.join('<br>\n')}</p>`;
      return { '@_type': 'cloze', ...common, questiontext: html(qt), ...tags };
    }
    case 'true-false':
      return { '@_type': 'truefalse', ...common, answer: [answer(k.answer ? 100 : 0, 'true'), answer(k.answer ? 0 : 100, 'false')], ...tags };
    case 'choice':
      return {
        '@_type': 'multichoice',
        ...common,
        single: 'true',
        shuffleanswers: 'false',
        answernumbering: 'abc',
        answer: k.options.map((o, i) => answer(i === k.answer ? 100 : 0, mathJaxHtml(o), {}, 'html')),
        ...tags,
      };
    case 'expression': {
      const spellings = shortAnswerSpellings(k.spellings);
      warnings.push({ problem: p.code, part: part.index, message: `a formula part becomes a short-answer question that accepts ${spellings.length} exact spellings, not every equal formula as quizdrill does` });
      return { '@_type': 'shortanswer', ...common, usecase: '0', answer: spellings.map((s) => answer(100, s)), ...tags };
    }
    default: {
      const never: never = k;
      return never;
    }
  }
}

/** The key's spellings, and the short one without `*`; a literal `*` is escaped, since Moodle reads it as a wildcard. */
export function shortAnswerSpellings(spellings: string[]): string[] {
  const all = [...spellings, ...spellings.filter((s) => s.includes(' * ')).map((s) => s.replace(/ \* /g, ' '))];
  return [...new Set(all)].map((s) => s.replace(/\*/g, '\\*'));
}
