import { flatten, hconcat, line, tallDelim, type Box } from './box.js';
import { item, type Ctx, type Item } from './item.js';
import { renderMatrix } from './matrix.js';
import { renderSeq } from './render-seq.js';
import { attachScripts } from './scripts.js';
import type { AccentName, MathNode } from './types.js';

/** Combining marks in Unicode; ASCII writes the accent's name around its argument, but drops the vector arrow. */
const ACCENTS: Record<AccentName, { mark: string; ascii: string }> = {
  vec: { mark: '\u20d7', ascii: '' },
  hat: { mark: '\u0302', ascii: 'hat' },
  bar: { mark: '\u0304', ascii: 'bar' },
  tilde: { mark: '\u0303', ascii: 'tilde' },
  dot: { mark: '\u0307', ascii: 'dot' },
  ddot: { mark: '\u0308', ascii: 'ddot' },
  underline: { mark: '\u0332', ascii: 'underline' },
};

const DOUBLE_STRUCK = new Map([...'RNZQCPHE'].map((c, i) => [c, [...'ℝℕℤℚℂℙℍ𝔼'][i] ?? c]));

/** Compound text needs parentheses as a numerator, denominator or root: (a + b)/c, √(x + 1). */
export function isCompound(s: string): boolean {
  let depth = 0;
  const chars = [...s.trim()];
  for (let k = 0; k < chars.length; k++) {
    const ch = chars[k] ?? '';
    if ('([{⟨'.includes(ch)) depth++;
    else if (')]}⟩'.includes(ch)) depth--;
    else if (depth === 0 && k > 0 && /[\s+\-−·×*=<>≤≥≈≠/,;±∓∈→|]/u.test(ch)) return true;
  }
  return false;
}

const paren = (s: string): string => (isCompound(s) ? `(${s})` : s);
const inlineText = (nodes: MathNode[], ctx: Ctx): string => flatten(renderSeq(nodes, { ...ctx, inline: true }));

export function renderNode(node: MathNode, ctx: Ctx): Item | null {
  const { ascii } = ctx;
  switch (node.kind) {
    case 'atom': {
      const text = ascii ? node.a : node.u;
      return item(line(text), node.cls, { word: /^[A-Za-z]{2,}/.test(text) });
    }
    case 'space':
    case 'hspace':
    case 'newline':
      return null;
    case 'group':
      return item(renderSeq(node.body, ctx), 'ord');
    case 'scripts':
      return renderScripts(node, ctx);
    case 'frac': {
      const num = inlineText(node.num, ctx);
      const den = inlineText(node.den, ctx);
      const under = /^[-+−]/.test(den) ? `(${den})` : paren(den);
      return item(line(`${paren(num)}/${under}`), 'ord', { frac: true });
    }
    case 'sqrt': {
      const body = inlineText(node.body, ctx);
      const index = node.index ? inlineText(node.index, ctx) : '';
      if (ascii) return item(line(index ? `root(${index}, ${body})` : `sqrt(${body})`), 'ord');
      const raised = index ? attachScripts({ base: '', sub: null, sup: index, bigop: false, ascii }) : '';
      return item(line(`${raised}√${paren(body)}`), 'ord');
    }
    case 'accent': {
      const body = inlineText(node.body, ctx);
      const { mark, ascii: name } = ACCENTS[node.accent];
      if (ascii) return item(line(name ? `${name}(${body})` : body), 'ord');
      // Composed where Unicode has the letter (ŷ), which terminals draw better than a loose mark.
      const marked = [...body].map((c) => (c === ' ' ? c : c + mark)).join('');
      return item(line(marked.normalize('NFC')), 'ord');
    }
    case 'text':
      return item(line(textOf(node.body, ctx)), 'ord');
    case 'font': {
      const body = renderSeq(node.body, ctx);
      const struck = (l: string): string => [...l].map((c) => DOUBLE_STRUCK.get(c) ?? c).join('');
      const box = node.bb && !ascii ? { lines: body.lines.map(struck), base: body.base } : body;
      return item(box, node.cls, { word: node.cls === 'fn' });
    }
    case 'delimited':
      return renderDelimited(node, ctx);
    case 'matrix':
      return item(renderMatrix(node, ctx), 'ord');
    default: {
      const never: never = node;
      return never;
    }
  }
}

function renderScripts(node: MathNode & { kind: 'scripts' }, ctx: Ctx): Item {
  const base = node.base ? renderNode(node.base, ctx) : null;
  const script = { ...ctx, inline: true, tight: true };
  const sub = node.sub ? flatten(renderSeq(node.sub, script)) : null;
  const sup = node.sup ? flatten(renderSeq(node.sup, script)) : null;
  const bigop = base?.cls === 'bigop';
  const box = base?.box ?? line('');
  if (box.lines.length === 1) {
    const text = attachScripts({ base: box.lines[0] ?? '', sub, sup, bigop, ascii: ctx.ascii });
    return { ...(base ?? item(box, 'ord')), box: line(text), frac: false, scripted: true };
  }
  // A tall base (a matrix) takes its superscript at the top right and its subscript at the bottom right.
  const h = box.lines.length;
  const side: Box = {
    lines: box.lines.map((_, r) => {
      const s = r === 0 ? sup : r === h - 1 ? sub : null;
      if (s === null) return '';
      return attachScripts({ base: '', sub: r === 0 ? null : s, sup: r === 0 ? s : null, bigop, ascii: ctx.ascii });
    }),
    base: box.base,
  };
  return { ...(base ?? item(box, 'ord')), box: hconcat([box, side]) };
}

function renderDelimited(node: MathNode & { kind: 'delimited' }, ctx: Ctx): Item {
  const body = renderSeq(node.body, ctx);
  const [l, r] = ctx.ascii ? [node.left.a, node.right.a] : [node.left.u, node.right.u];
  const opens = l !== '';
  if (body.lines.length === 1) return item(line(`${l}${body.lines[0] ?? ''}${r}`), 'ord', { opens });
  const h = body.lines.length;
  const column = (d: string): Box => ({ lines: tallDelim(d, h, ctx.ascii).map((s) => (s ? s : '')), base: body.base });
  const pad = (d: string): Box => line(d ? ' ' : '');
  return item(hconcat([column(l), pad(l), body, pad(r), column(r)]), 'ord', { opens });
}

/** \text{...}: as written, one space for each run of spaces. */
function textOf(nodes: MathNode[], ctx: Ctx): string {
  let out = '';
  for (const n of nodes) {
    if (n.kind === 'space') out += ' ';
    else if (n.kind === 'atom') out += ctx.ascii ? n.a : n.u;
    else if (n.kind === 'group' || n.kind === 'text') out += textOf(n.body, ctx);
    else {
      const it = renderNode(n, { ...ctx, inline: true });
      if (it) out += flatten(it.box);
    }
  }
  return out.replace(/ {2,}/g, ' ');
}
