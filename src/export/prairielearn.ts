import { createHash } from 'node:crypto';
import { XMLBuilder } from 'fast-xml-parser';
import { isWhole, type Comparison } from '../grade/compare.js';
import { formatNumber } from '../grade/format.js';
import { figureData, weightAxes, type FigureData } from './figure-data.js';
import type { ExportBank, ExportOutput, ExportPart, ExportProblem, ExportWarning } from './model.js';
import { activationName, paragraphs } from './text.js';

/** fast-xml-parser's ordered form: `{ tag: children, ':@': attributes }` or `{ '#text': text }`. */
type Node = Record<string, unknown>;
type Attrs = Record<string, string>;

const txt = (t: string): Node => ({ '#text': t });
function el(tag: string, attrs: Attrs, children: Node[] = []): Node {
  const at = Object.fromEntries(Object.entries(attrs).map(([k, v]) => [`@_${k}`, v]));
  return Object.keys(at).length ? { [tag]: children, ':@': at } : { [tag]: children };
}

/** The namespace of quizdrill's question UUIDs (a UUID v5 of the problem's code in it). */
const NAMESPACE = 'b7c3a1e2-5f0d-4c8e-9a61-2d7f43e8c915';

/**
 * PrairieLearn: one question folder per problem (per variant of a
 * template), each with info.json, question.html and, for vector and matrix
 * parts, server.py (pl-matrix-input takes its key only from there). Numbers carry
 * their comparison as PrairieLearn's own (sigfig, decimals, relabs).
 */
export function exportPrairieLearn(bank: ExportBank): ExportOutput {
  const warnings: ExportWarning[] = [];
  const files: { path: string; content: string }[] = [];
  for (const p of bank.problems) {
    const dir = p.seed === undefined ? p.id : `${p.id}-${p.seed}`;
    const info = { uuid: uuidFor(p.code), title: p.title ?? p.code, topic: p.tags[0] ?? 'quizdrill', tags: [...p.tags, 'quizdrill'], type: 'v3' };
    files.push({ path: `${dir}/info.json`, content: JSON.stringify(info, null, 2) + '\n' });
    files.push({ path: `${dir}/question.html`, content: questionHtml(p, warnings) });
    const matrices = p.parts.filter((x) => x.key.kind === 'vector' || x.key.kind === 'matrix');
    if (matrices.length) files.push({ path: `${dir}/server.py`, content: serverPy(matrices) });
  }
  return { files, single: false, warnings };
}

/** A UUID (version 5, RFC 9562) from the problem's code: the same code always gives the same UUID. */
export function uuidFor(code: string): string {
  const ns = Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex');
  const h = createHash('sha1').update(ns).update(code, 'utf8').digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

function questionHtml(p: ExportProblem, warnings: ExportWarning[]): string {
  const only = p.parts.length === 1 && p.parts[0]!.prompt.trim() === p.prompt.trim();
  const figure = figureData(p);
  const panel: Node[] = [...(only ? [] : richNodes(p.prompt)), ...(figure ? figureNodes(figure) : [])];
  const items: Node[] = [];
  if (panel.length) items.push(el('pl-question-panel', {}, panel));
  for (const part of p.parts) {
    const lead = p.parts.length > 1 ? [el('p', {}, [el('strong', {}, [txt(`Part ${part.index}.`)])])] : [];
    items.push(el('pl-question-panel', {}, [...lead, ...richNodes(part.prompt)]), element(part, p, warnings));
    items.push(el('pl-answer-panel', {}, richNodes(part.explanation)));
  }
  const builder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: false, suppressBooleanAttributes: false });
  return (builder.build(items) as string).trimStart().replace(/\n*$/, '\n');
}

function element(part: ExportPart, p: ExportProblem, warnings: ExportWarning[]): Node {
  const name = `p${part.index}`;
  const k = part.key;
  switch (k.kind) {
    case 'number':
      return el('pl-number-input', { 'answers-name': name, 'correct-answer': String(k.answer), ...plComparison(k.answer, k.compare, k.noise), label: `Part ${part.index}:` });
    case 'vector': {
      const noise = Math.max(0, ...k.noise);
      // One comparison for the whole matrix: rounding becomes sigfig unless every entry is whole.
      const sample = k.answer.find((v) => !isWhole(v)) ?? k.answer[0] ?? 0;
      return el('pl-matrix-input', { 'answers-name': name, ...plComparison(sample, k.compare, noise), label: `Part ${part.index}:` });
    }
    case 'matrix': {
      const all = k.answer.flat();
      const noise = Math.max(0, ...k.noise.flat());
      const sample = all.find((v) => !isWhole(v)) ?? all[0] ?? 0;
      return el('pl-matrix-input', { 'answers-name': name, ...plComparison(sample, k.compare, noise), label: `Part ${part.index}:` });
    }
    case 'true-false':
      return el('pl-multiple-choice', { 'answers-name': name, 'fixed-order': 'true' }, [el('pl-answer', { correct: String(k.answer) }, [txt('True')]), el('pl-answer', { correct: String(!k.answer) }, [txt('False')])]);
    case 'choice':
      return el('pl-multiple-choice', { 'answers-name': name, 'fixed-order': 'true' }, k.options.map((o, i) => el('pl-answer', { correct: String(i === k.answer) }, [txt(inlineText(o))])));
    case 'expression':
      warnings.push({ problem: p.code, part: part.index, message: 'a formula part becomes a pl-string-input that accepts its short spelling exactly, not every equal formula as quizdrill does' });
      return el('pl-string-input', { 'answers-name': name, 'correct-answer': k.spellings.at(-1)!, 'remove-spaces': 'true', label: `Part ${part.index}:` });
    default: {
      const never: never = k;
      return never;
    }
  }
}

/**
 * quizdrill's comparison as PrairieLearn's. Every one is exact but the
 * default `rounding` of a key that is not whole, which becomes 3
 * significant figures (docs/export.md says what differs).
 */
export function plComparison(key: number, c: Comparison, noise: number): Attrs {
  const relabs = (rtol: number, atol: number): Attrs => ({ comparison: 'relabs', rtol: String(Math.max(rtol, 1e-9)), atol: String(Math.max(atol, noise)) });
  switch (c.mode) {
    case 'rounding':
      return isWhole(key) ? relabs(1e-9, 0) : { comparison: 'sigfig', digits: '3' };
    case 'tolerance':
      return relabs(c.rel ?? 0, c.abs ?? 0);
    case 'sigfigs':
      return { comparison: 'sigfig', digits: String(c.digits) };
    case 'decimals':
      return { comparison: 'decimals', digits: String(c.digits) };
    case 'exact':
      return relabs(1e-9, 0);
    default: {
      const never: never = c;
      return never;
    }
  }
}

/** Paragraphs as <p> nodes whose text keeps LaTeX in \( \), which PrairieLearn's MathJax typesets. */
function richNodes(text: string): Node[] {
  return paragraphTexts(text).map((t) => el('p', {}, [txt(t)]));
}

function paragraphTexts(text: string): string[] {
  return paragraphs(text).map((pieces) => pieces.map((x) => (x.kind === 'prose' ? x.text : x.display ? `\\[${x.source}\\]` : `\\(${x.source}\\)`)).join(''));
}

const inlineText = (text: string): string => paragraphTexts(text).join(' ');

function figureNodes(f: FigureData): Node[] {
  const row = (cells: [string, string][]) => el('tr', {}, cells.map(([tag, t]) => el(tag, {}, [txt(t)])));
  const layers = f.layers.map((n, l) => row([['td', l === 0 ? '0 (input)' : l === f.layers.length - 1 ? `${l} (output)` : String(l)], ['td', String(n)], ['td', l === 0 ? '' : activationName(f.activations?.[l - 1])]]));
  const table = (head: Node, body: Node[]) => el('table', {}, [el('thead', {}, [head]), el('tbody', {}, body)]);
  const out: Node[] = [table(row([['th', 'layer'], ['th', 'nodes'], ['th', 'activation']]), layers)];
  for (const { layer, matrix } of f.weights) {
    const { row: rn, column: cn } = weightAxes(f.layout);
    const head = row([['th', `\\(W^{(${layer})}\\) ${f.layout}`], ...matrix[0]!.map((_, j): [string, string] => ['th', `${cn} ${j + 1}`])]);
    out.push(table(head, matrix.map((r, i) => row([['th', `${rn} ${i + 1}`], ...r.map((v): [string, string] => ['td', formatNumber(v)])]))));
  }
  const para = (t: string) => el('p', {}, [txt(t)]);
  for (const { layer, values } of f.biases) out.push(para(`\\(\\vec b^{(${layer})} = (${values.map(formatNumber).join(', ')})\\)`));
  if (f.input) out.push(para(`\\(\\vec x = (${f.input.map(formatNumber).join(', ')})\\)`));
  if (f.values) out.push(...f.values.z.map((z, k) => para(`Layer ${k + 1}: \\(z = (${z.map(formatNumber).join(', ')})\\), \\(a = (${f.values!.a[k]!.map(formatNumber).join(', ')})\\)`)));
  return out;
}

/** pl-matrix-input reads its key from data["correct_answers"], set here: a vector as one row, a matrix as its rows. */
function serverPy(parts: ExportPart[]): string {
  const rows = (part: ExportPart) => JSON.stringify(part.key.kind === 'matrix' ? part.key.answer : [part.key.answer]);
  const lines = parts.map((part) => `    data["correct_answers"]["p${part.index}"] = pl.to_json(np.array(${rows(part)}, dtype=float))`);
  return ['# Written by quizdrill export: the keys of the vector and matrix parts, as computed and checked.', 'import numpy as np', 'import prairielearn as pl', '', '', 'def generate(data):', ...lines, ''].join('\n');
}
