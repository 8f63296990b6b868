import { formulaLatex } from '../formula/index.js';
import { figureData, formatNumber, weightAxes, type FigureData } from './figure-data.js';
import type { ExportBank, ExportOutput, ExportPart, ExportProblem } from './model.js';
import { activationName, letter, paragraphs } from './text.js';

export interface MarkdownOptions {
  /** Add the answers, with their explanations, in a section of their own at the end. */
  answers: boolean;
}

/**
 * A worksheet in Markdown with `$…$` math (as GitHub, pandoc and most
 * course sites render it), network figures as tables, and, with
 * `answers`, the keys and explanations after every problem's statement.
 */
export function exportMarkdown(bank: ExportBank, opts: MarkdownOptions): ExportOutput {
  const out: string[] = ['# Worksheet', ''];
  bank.problems.forEach((p, i) => out.push(...problemMd(p, i + 1)));
  if (opts.answers) {
    out.push('---', '', '# Answers', '');
    bank.problems.forEach((p, i) => out.push(...answersMd(p, i + 1)));
  }
  return { files: [{ path: 'worksheet.md', content: out.join('\n').replace(/\n+$/, '\n') }], single: true, warnings: [] };
}

function problemMd(p: ExportProblem, n: number): string[] {
  const out = [`## Problem ${n} · ${p.code}`, ''];
  if (p.tags.length) out.push(`*${p.tags.map(escape).join(' · ')}*`, '');
  const only = p.parts.length === 1 && p.parts[0]!.prompt.trim() === p.prompt.trim();
  if (!only) out.push(md(p.prompt), '');
  const figure = figureData(p);
  if (figure) out.push(...figureMd(figure));
  for (const part of p.parts) out.push(...partMd(part, p.parts.length));
  return out;
}

function partMd(part: ExportPart, parts: number): string[] {
  const head = parts > 1 ? `**Part ${part.index}.** ` : '';
  const out = [head + md(part.prompt), ''];
  if (part.key.kind === 'choice') out.push(...part.key.options.map((o, i) => `- ${letter(i)}) ${md(o)}`), '');
  if (part.key.kind === 'true-false') out.push('True or false?', '');
  return out;
}

function answersMd(p: ExportProblem, n: number): string[] {
  const out = [`## Problem ${n} · ${p.code}`, ''];
  for (const part of p.parts) {
    out.push(`**Part ${part.index}.** Answer: ${answerMd(part)}`, '');
    out.push(md(part.explanation), '');
  }
  return out;
}

export function answerMd(part: ExportPart): string {
  if (part.key.kind === 'expression') return `$${formulaLatex(part.key.answer)}$ (typed as \`${part.key.spellings.at(-1)}\`)`;
  return `\`${part.answerText}\``;
}

/** Bank text as Markdown: paragraphs apart, math in `$…$` or `$$…$$`. */
export function md(text: string): string {
  return paragraphs(text)
    .map((pieces) =>
      pieces
        .map((x) => (x.kind === 'prose' ? escape(x.text) : x.display ? `\n$$${oneLine(x.source)}$$\n` : `$${oneLine(x.source)}$`))
        .join('')
        .trim(),
    )
    .join('\n\n');
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ');

/** Characters Markdown would read as markup (and `$`, which would open math). */
function escape(s: string): string {
  return s.replace(/[\\`*_<>[\]|$#]/g, (c) => `\\${c}`);
}

function figureMd(f: FigureData): string[] {
  const out = ['| layer | nodes | activation |', '| --- | ---: | --- |'];
  f.layers.forEach((nodes, l) => {
    const name = l === 0 ? '0 (input)' : l === f.layers.length - 1 ? `${l} (output)` : String(l);
    out.push(`| ${name} | ${nodes} | ${l === 0 ? '' : activationName(f.activations?.[l - 1])} |`);
  });
  out.push('');
  for (const { layer, matrix } of f.weights) {
    const { row: r, column: c } = weightAxes(f.layout);
    const [rowLayer, columnLayer] = r === 'from' ? [layer - 1, layer] : [layer, layer - 1];
    out.push(`$W^{(${layer})}$, ${f.layout}: the weight ${r} node $i$ of layer ${rowLayer} (row) ${c} node $j$ of layer ${columnLayer} (column)`, '');
    out.push(`| | ${matrix[0]!.map((_, j) => `${c} ${j + 1}`).join(' | ')} |`, `| --- | ${matrix[0]!.map(() => '---:').join(' | ')} |`);
    matrix.forEach((row, i) => out.push(`| ${r} ${i + 1} | ${row.map(formatNumber).join(' | ')} |`));
    out.push('');
  }
  for (const { layer, values } of f.biases) out.push(`$b^{(${layer})} = (${values.map(formatNumber).join(', ')})$`, '');
  if (f.input) out.push(`$\\vec x = (${f.input.map(formatNumber).join(', ')})$`, '');
  if (f.values) {
    out.push('| layer | $z$ | $a$ |', '| --- | --- | --- |');
    f.values.z.forEach((z, k) => out.push(`| ${k + 1} | (${z.map(formatNumber).join(', ')}) | (${f.values!.a[k]!.map(formatNumber).join(', ')}) |`));
    out.push('');
  }
  return out;
}
