import { hconcat, line, vstack, type Box } from './box.js';
import { baseText, item, type Ctx, type Item } from './item.js';
import { renderNode } from './render-node.js';
import type { AtomClass, MathNode } from './types.js';

const BEFORE_UNARY: ReadonlySet<AtomClass> = new Set(['bin', 'rel', 'open', 'punct', 'bigop']);
const ORDINARY: ReadonlySet<AtomClass> = new Set(['ord', 'close', 'fn', 'bigop']);

/** A sequence of nodes as a box: lines split at `\\` (joined by a space when inline), spaced by class. */
export function renderSeq(nodes: MathNode[], ctx: Ctx): Box {
  const lines: MathNode[][] = [[]];
  for (const node of nodes) {
    if (node.kind === 'newline' && !ctx.inline) lines.push([]);
    else lines.at(-1)?.push(node.kind === 'newline' ? { kind: 'space', explicit: false } : node);
  }
  const boxes = lines.map((l) => renderLine(l, ctx));
  return boxes.length === 1 ? (boxes[0] ?? line('')) : vstack(boxes);
}

function renderLine(nodes: MathNode[], ctx: Ctx): Box {
  const items: Item[] = [];
  let spaced: Item['spaceBefore'] = 'none';
  for (const node of nodes) {
    if (node.kind === 'space') {
      if (spaced !== 'explicit') spaced = node.explicit ? 'explicit' : 'source';
      continue;
    }
    const it =
      node.kind === 'hspace' ? item(line(' '.repeat(node.width)), 'ord', { hard: node.width }) : renderNode(node, ctx);
    if (!it) continue;
    it.spaceBefore = spaced;
    spaced = 'none';
    items.push(it);
  }
  const real = items.filter((it) => it.hard === 0);
  real.forEach((it, k) => {
    const prev = real[k - 1];
    // A sign at the start, after an operator or after an opening bracket is unary: = -14, 5(-3).
    if (it.cls === 'bin' && (!prev || BEFORE_UNARY.has(prev.cls))) {
      it.cls = 'ord';
      it.unary = true;
    }
  });
  const touches = (it: Item | undefined): boolean =>
    it !== undefined && !it.unary && (ORDINARY.has(it.cls) || it.frac);
  real.forEach((it, k) => {
    if (!it.frac) return;
    const next = real[k + 1];
    if (touches(real[k - 1]) || touches(next) || next?.opens) {
      it.box = line(`(${baseText(it)})`);
      it.frac = false;
    }
  });
  const out: Box[] = [];
  let prev: Item | undefined;
  for (const it of items) {
    if (it.hard > 0) {
      out.push(it.box);
      continue;
    }
    // \text{for all } already ends in a space; a second would show.
    if (prev && !/ $/.test(baseText(prev)) && !/^ /.test(baseText(it))) out.push(line(separator(prev, it, ctx)));
    out.push(it.box);
    prev = it;
  }
  return out.length === 0 ? line('') : hconcat(out);
}

/** The space between two neighbours, after TeX's rules, simplified for a terminal. */
function separator(prev: Item, cur: Item, ctx: Ctx): string {
  const glued = (): string => {
    const l = baseText(prev);
    const r = baseText(cur);
    const alnumMeet = /[A-Za-z0-9]$/.test(l) && /^[A-Za-z0-9]/.test(r);
    // In ASCII, W^(2)_1k(dH/dz) would read as one long subscript.
    const afterScript = ctx.ascii && !ctx.tight && prev.scripted && /^[A-Za-z0-9(]/.test(r);
    return (alnumMeet && (prev.word || cur.word)) || afterScript ? ' ' : '';
  };
  if (ctx.tight) return glued();
  if (prev.unary) return cur.spaceBefore === 'explicit' ? ' ' : '';
  const [p, c] = [prev.cls, cur.cls];
  if (p === 'open' || c === 'close' || c === 'punct') return '';
  if (p === 'slash' || c === 'slash') return '';
  if (p === 'bin' || p === 'rel' || c === 'bin' || c === 'rel' || p === 'punct') return ' ';
  if (p === 'bigop') return ' ';
  // A prime marks the operator itself (tanh'(z)), as an opening bracket does its argument.
  if (p === 'fn' && !cur.opens && !/^['′″‴]/.test(baseText(cur))) return ' ';
  if (cur.spaceBefore !== 'none') return ' ';
  return glued();
}
