import { figureData, formatNumber, weightAxes, type FigureData } from './figure-data.js';
import { escapeHtml } from './html-text.js';
import type { ExportPart, ExportProblem } from './model.js';
import { activationName, paragraphs } from './text.js';

/**
 * Bank text as HTML for a site that typesets math itself (Moodle's MathJax
 * filter, PrairieLearn, Anki's MathJax): prose escaped, math kept as LaTeX
 * in `\( \)` or `\[ \]`.
 */
export function mathJaxHtml(text: string): string {
  return paragraphs(text)
    .map((pieces) => `<p>${pieces.map((x) => (x.kind === 'prose' ? escapeHtml(x.text) : x.display ? `\\[${escapeHtml(x.source)}\\]` : `\\(${escapeHtml(x.source)}\\)`)).join('')}</p>`)
    .join('\n');
}

/**
 * A problem's figure as plain HTML tables: sites clean SVG out of question
 * text, but keep tables. The layers, then each revealed weight matrix.
 */
export function figureTablesHtml(f: FigureData): string {
  const rows = f.layers.map((n, l) => `<tr><td>${l === 0 ? '0 (input)' : l === f.layers.length - 1 ? `${l} (output)` : l}</td><td>${n}</td><td>${l === 0 ? '' : escapeHtml(activationName(f.activations?.[l - 1]))}</td></tr>`);
  const out = [`<table class="layers"><thead><tr><th>layer</th><th>nodes</th><th>activation</th></tr></thead><tbody>${rows.join('')}</tbody></table>`];
  for (const { layer, matrix } of f.weights) {
    const { row: r, column: c } = weightAxes(f.layout);
    const head = `<tr><th>\\(W^{(${layer})}\\) ${f.layout}</th>${matrix[0]!.map((_, j) => `<th>${c} ${j + 1}</th>`).join('')}</tr>`;
    const body = matrix.map((row, i) => `<tr><th>${r} ${i + 1}</th>${row.map((v) => `<td>${formatNumber(v)}</td>`).join('')}</tr>`).join('');
    out.push(`<table class="weights"><thead>${head}</thead><tbody>${body}</tbody></table>`);
  }
  for (const { layer, values } of f.biases) out.push(`<p>\\(\\vec b^{(${layer})} = (${values.map(formatNumber).join(', ')})\\)</p>`);
  if (f.input) out.push(`<p>\\(\\vec x = (${f.input.map(formatNumber).join(', ')})\\)</p>`);
  if (f.values) {
    const vrows = f.values.z.map((z, k) => `<tr><td>${k + 1}</td><td>(${z.map(formatNumber).join(', ')})</td><td>(${f.values!.a[k]!.map(formatNumber).join(', ')})</td></tr>`);
    out.push(`<table class="values"><thead><tr><th>layer</th><th>\\(z\\)</th><th>\\(a\\)</th></tr></thead><tbody>${vrows.join('')}</tbody></table>`);
  }
  return out.join('\n');
}

/**
 * A part as a question on its own, as LMS questions are: the problem's
 * statement and figure, then the part's prompt.
 */
export function partQuestionHtml(p: ExportProblem, part: ExportPart): string {
  const only = p.parts.length === 1 && part.prompt.trim() === p.prompt.trim();
  const figure = figureData(p);
  return [only ? '' : mathJaxHtml(p.prompt), figure ? figureTablesHtml(figure) : '', p.parts.length > 1 ? `<p><strong>Part ${part.index}.</strong></p>` : '', mathJaxHtml(part.prompt)].filter(Boolean).join('\n');
}
