import { formulaLatex } from '../formula/index.js';
import { figureData } from './figure-data.js';
import { escapeHtml, mathHtml, richHtml, type OnMathError } from './html-text.js';
import { figureTablesHtml } from './lms-html.js';
import type { ExportBank, ExportOutput, ExportPart, ExportProblem, ExportWarning } from './model.js';
import { letter, pmatrix } from './text.js';

/**
 * A tab-separated file that Anki imports as it is (File > Import): one
 * Basic card per part, front and back as HTML with math typeset now as
 * MathML (no fonts or scripts needed in Anki), tags from the bank, and a
 * GUID per part so that importing a new export updates the cards.
 */
export function exportAnki(bank: ExportBank): ExportOutput {
  const warnings: ExportWarning[] = [];
  const header = ['#separator:tab', '#html:true', '#notetype:Basic', '#deck:quizdrill', '#columns:Front\tBack\tTags\tGUID', '#tags column:3', '#guid column:4'];
  const rows: string[] = [];
  for (const p of bank.problems) {
    for (const part of p.parts) {
      const onError: OnMathError = (source, error) => warnings.push({ problem: p.code, part: part.index, message: `KaTeX cannot typeset \`${source}\` (${error}); shown as LaTeX source` });
      const fields = [front(p, part, onError), back(part, onError), tagsOf(p), `quizdrill:${p.code}#${part.id}`];
      rows.push(fields.map(field).join('\t'));
    }
  }
  return { files: [{ path: 'cards.txt', content: [...header, ...rows].join('\n') + '\n' }], single: true, warnings };
}

function front(p: ExportProblem, part: ExportPart, onError: OnMathError): string {
  const only = p.parts.length === 1 && part.prompt.trim() === p.prompt.trim();
  const figure = figureData(p);
  const out = [`<div class="qd-code">${escapeHtml(p.code)}${p.parts.length > 1 ? ` · part ${part.index} of ${p.parts.length}` : ''}</div>`];
  if (!only) out.push(richHtml(p.prompt, 'mathml', onError));
  if (figure) out.push(typesetDelimited(figureTablesHtml(figure), onError));
  out.push(richHtml(part.prompt, 'mathml', onError));
  if (part.key.kind === 'choice') out.push(`<ol type="a">${part.key.options.map((o) => `<li>${richHtml(o, 'mathml', onError)}</li>`).join('')}</ol>`);
  if (part.key.kind === 'true-false') out.push('<p>True or false?</p>');
  return out.join('');
}

function back(part: ExportPart, onError: OnMathError): string {
  const k = part.key;
  let answer: string;
  if (k.kind === 'number' || k.kind === 'vector') answer = mathHtml(part.answerText, false, 'mathml', onError);
  else if (k.kind === 'matrix') answer = `${mathHtml(pmatrix(k.answer), false, 'mathml', onError)} (typed as <code>${escapeHtml(part.answerText)}</code>)`;
  else if (k.kind === 'expression') answer = `${mathHtml(formulaLatex(k.answer), false, 'mathml', onError)} (typed as <code>${escapeHtml(k.spellings.at(-1)!)}</code>)`;
  else if (k.kind === 'choice') answer = `${letter(k.answer)}) ${richHtml(k.options[k.answer]!, 'mathml', onError)}`;
  else answer = k.answer ? 'True' : 'False';
  return `<p><b>Answer:</b> ${answer}</p>${richHtml(part.explanation, 'mathml', onError)}`;
}

/** Anki tags hold no spaces; the problem's code is kept as a tag too (quizdrill::id). */
function tagsOf(p: ExportProblem): string {
  return [...p.tags.map((t) => t.trim().replace(/\s+/g, '_')), 'quizdrill', `quizdrill::${p.id}`].join(' ');
}

/** HTML with `\( \)` math (the figure's tables) typeset as MathML. */
function typesetDelimited(html: string, onError: OnMathError): string {
  return html.replace(/\\\((.*?)\\\)/g, (_, src: string) => mathHtml(src, false, 'mathml', onError));
}

/** A field on one line: tabs and line breaks would start a new field or card. */
function field(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}
