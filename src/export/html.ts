import { formulaLatex } from '../formula/index.js';
import { figureData, formatNumber, type FigureData } from './figure-data.js';
import { escapeHtml, mathHtml, richHtml, type OnMathError } from './html-text.js';
import { katexCss } from './katex-css.js';
import type { ExportBank, ExportOutput, ExportPart, ExportProblem, ExportWarning } from './model.js';
import { PAGE_CSS } from './html-style.js';
import { networkSvg } from './svg.js';
import { letter, pmatrix } from './text.js';

/**
 * One standalone page: math typeset by KaTeX now (its CSS and the fonts the
 * page uses inlined), each network as inline SVG, a "Show answer" toggle
 * per part (a <details> element: no script), and print styles that print a
 * worksheet without the answers.
 */
export function exportHtml(bank: ExportBank): ExportOutput {
  const warnings: ExportWarning[] = [];
  const body = bank.problems.map((p, i) => {
    const onError = (part?: number): OnMathError => (source, error) => warnings.push({ problem: p.code, ...(part !== undefined && { part }), message: `KaTeX cannot typeset \`${source}\` (${error}); shown as LaTeX source` });
    return problemHtml(p, i + 1, onError);
  });
  const main = `<main>\n<h1>Worksheet</h1>\n${body.join('\n')}\n</main>`;
  const page = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="quizdrill">',
    '<title>Worksheet</title>',
    `<style>${katexCss(main)}</style>`,
    `<style>${PAGE_CSS}</style>`,
    '</head>',
    '<body>',
    main,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { files: [{ path: 'worksheet.html', content: page }], single: true, warnings };
}

function problemHtml(p: ExportProblem, n: number, onError: (part?: number) => OnMathError): string {
  const anchor = `p${n}`;
  const out = [`<section class="problem" id="${anchor}">`, `<h2>Problem ${n} <span class="code">${escapeHtml(p.code)}</span></h2>`];
  if (p.tags.length) out.push(`<p class="tags">${p.tags.map((t) => `<span>${escapeHtml(t)}</span>`).join(' ')}</p>`);
  const only = p.parts.length === 1 && p.parts[0]!.prompt.trim() === p.prompt.trim();
  if (!only) out.push(`<div class="statement">${richHtml(p.prompt, 'html', onError())}</div>`);
  const figure = figureData(p);
  if (figure) out.push(figureHtml(figure, anchor, onError()));
  out.push('<ol class="parts">', ...p.parts.map((part) => partHtml(part, `${anchor}-${part.index}`, onError(part.index))), '</ol>', '</section>');
  return out.join('\n');
}

function partHtml(part: ExportPart, anchor: string, onError: OnMathError): string {
  const out = [`<li class="part" id="${anchor}">`, `<div class="prompt">${richHtml(part.prompt, 'html', onError)}</div>`];
  if (part.key.kind === 'choice') out.push(`<ol class="options" type="a">${part.key.options.map((o) => `<li>${richHtml(o, 'html', onError)}</li>`).join('')}</ol>`);
  if (part.key.kind === 'true-false') out.push('<p class="tf">True or false?</p>');
  out.push(
    '<details class="answer">',
    '<summary>Show answer</summary>',
    `<div class="key"><p><strong>Answer:</strong> ${answerHtml(part, onError)}</p>${richHtml(part.explanation, 'html', onError)}</div>`,
    '</details>',
    '</li>',
  );
  return out.join('\n');
}

function answerHtml(part: ExportPart, onError: OnMathError): string {
  const k = part.key;
  switch (k.kind) {
    case 'number':
    case 'vector':
      return mathHtml(part.answerText, false, 'html', onError);
    case 'matrix':
      return `${mathHtml(pmatrix(k.answer), false, 'html', onError)} <span class="typed">(typed as <code>${escapeHtml(part.answerText)}</code>)</span>`;
    case 'expression':
      return `${mathHtml(formulaLatex(k.answer), false, 'html', onError)} <span class="typed">(typed as <code>${escapeHtml(k.spellings.at(-1)!)}</code>)</span>`;
    case 'choice':
      return `${letter(k.answer)}) ${richHtml(k.options[k.answer]!, 'html', onError).replace(/^<p>|<\/p>$/g, '')}`;
    case 'true-false':
      return k.answer ? 'True' : 'False';
    default: {
      const never: never = k;
      return never;
    }
  }
}

/** Which node each index of a shown W is, in the bank's layout (the figure's weight table says the same). */
function indexNote(f: FigureData): string {
  const [i, j] = f.layout === 'to-from' ? ['to node i of layer \\(\\ell\\)', 'from node j of layer \\(\\ell-1\\)'] : ['from node i of layer \\(\\ell-1\\)', 'to node j of layer \\(\\ell\\)'];
  return `\\(W^{(\\ell)}_{ij}\\) is the weight ${i} ${j} (the ${f.layout} layout).`;
}

function figureHtml(f: FigureData, anchor: string, onError: OnMathError): string {
  const math: string[] = [];
  const matrix = (rows: number[][]) => `\\begin{pmatrix} ${rows.map((r) => r.map(formatNumber).join(' & ')).join(' \\\\ ')} \\end{pmatrix}`;
  for (const { layer, matrix: m } of f.weights) math.push(`W^{(${layer})} = ${matrix(m)}`);
  for (const { layer, values } of f.biases) math.push(`\\vec b^{(${layer})} = (${values.map(formatNumber).join(', ')})`);
  const caption = math.length ? `<figcaption>${math.map((m) => mathHtml(m, true, 'html', onError)).join('')}<p class="note">${indexNote(f)}</p></figcaption>` : '';
  return `<figure class="network">\n${networkSvg(f, anchor)}\n${caption.replace(/\\\((.*?)\\\)/g, (_, s: string) => mathHtml(s, false, 'html', onError))}</figure>`;
}
