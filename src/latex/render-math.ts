import { asciiFold } from './ascii-fold.js';
import { Layout } from './layout.js';
import { parseMath } from './parse.js';
import { renderProse } from './prose.js';
import { renderSeq } from './render-seq.js';
import { splitSpans } from './spans.js';
import type { RenderOptions, Rendered, UnknownCommand } from './types.js';

/**
 * A parenthetical remark written flush against math, `\(H = z\)(linear
 * activation)`, reads as a product in a terminal; it gets its space back.
 * Only words followed by a space count, so `\(f\)(x)` stays as written.
 */
const GLUED_REMARK = /^\([A-Za-z]{2,} /;

function mathBox(source: string, offset: number, opts: RenderOptions, unknown: UnknownCommand[]) {
  return renderSeq(parseMath(source, offset, unknown), { ascii: opts.ascii, inline: false, tight: false });
}

function finish(text: string, unknown: UnknownCommand[], opts: RenderOptions): Rendered {
  unknown.sort((a, b) => a.offset - b.offset);
  return { text: opts.ascii ? asciiFold(text) : text, unknown };
}

/** Prose with its `\( \)`, `\[ \]` and `$ $` math rendered for a terminal. */
export function renderMath(text: string, opts: RenderOptions): Rendered {
  const unknown: UnknownCommand[] = [];
  const layout = new Layout();
  let afterInline = false;
  for (const seg of splitSpans(text)) {
    if (seg.kind === 'prose') {
      const prose = renderProse(seg.text, seg.offset, opts.ascii, unknown);
      layout.text(afterInline && GLUED_REMARK.test(prose) ? ` ${prose}` : prose);
      afterInline = false;
      continue;
    }
    const box = mathBox(seg.source, seg.offset, opts, unknown);
    afterInline = box.lines.length === 1 && !seg.display;
    if (afterInline) layout.text(box.lines[0] ?? '');
    else layout.block(box);
  }
  return finish(layout.done(), unknown, opts);
}

/** A bare formula, all of it math: an `expression` answer such as `W_{22}^{(2)} g'(z_2^{(2)})`. */
export function renderFormula(source: string, opts: RenderOptions): Rendered {
  const unknown: UnknownCommand[] = [];
  const box = mathBox(source, 0, opts, unknown);
  return finish(box.lines.map((l) => l.trimEnd()).join('\n'), unknown, opts);
}

/**
 * The commands in a text (or, with `formula`, a bare formula) that the
 * renderer does not know, as `renderMath` reports them: they are found while
 * parsing, so `check` parses and skips the layout.
 */
export function unknownCommands(text: string, formula = false): UnknownCommand[] {
  const unknown: UnknownCommand[] = [];
  if (formula) parseMath(text, 0, unknown);
  else {
    for (const seg of splitSpans(text)) {
      if (seg.kind === 'prose') renderProse(seg.text, seg.offset, false, unknown);
      else parseMath(seg.source, seg.offset, unknown);
    }
  }
  return unknown.sort((a, b) => a.offset - b.offset);
}
