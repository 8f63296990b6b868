import type { ChalkInstance } from 'chalk';

/** How text is drawn: colour (possibly off), the width to wrap at, and Unicode or plain ASCII. */
export interface Style {
  c: ChalkInstance;
  width: number;
  ascii?: boolean;
}

const SGR = /\u001b\[[0-9;]*m/g;

/** Columns a line takes on screen: code points, colour codes not counted. */
const visible = (text: string): number => [...text.replace(SGR, '')].length;

/** An indented table row: a short label, then two spaces or more before its text (the `?` help's rows). */
const TABLE_ROW = /^ {2,}\S+(?: \S+)? {2,}/;

/**
 * Wraps each paragraph at `width`, keeping the author's line breaks and
 * indentation; a table row that does not fit goes on under its text, not
 * under its label, a column to a line.
 */
export function wrap(text: string, width: number, indent = ''): string {
  return text
    .split('\n')
    .map((line) => {
      // A line that fits is kept as it is, so aligned grids (matrices) survive.
      if (visible(indent + line) <= width) return indent + line;
      // The row's label keeps its place; each of its further columns (three
      // spaces or more apart) goes on a line of its own under the first.
      const row = TABLE_ROW.exec(line)?.[0];
      if (row !== undefined && visible(indent + row) <= width / 2) {
        const under = ' '.repeat(visible(indent + row));
        return line
          .slice(row.length)
          .split(/ {3,}/)
          .map((cell, k) => hangingWrap(k === 0 ? indent + row : under, cell, width))
          .join('\n');
      }
      const lead = indent + (/^\s*/.exec(line)?.[0] ?? '');
      const words = line.trim().split(/\s+/).filter(Boolean);
      const out: string[] = [];
      let cur = '';
      for (const w of words) {
        if (cur && visible(lead) + visible(cur) + 1 + visible(w) > width) {
          out.push(lead + cur);
          cur = w;
        } else cur = cur ? `${cur} ${w}` : w;
      }
      out.push(lead + cur);
      return out.join('\n');
    })
    .join('\n');
}

/** `lead` then `text` wrapped at `width`, continuation lines indented under the text. `plainLead` is the lead without colour codes. */
export function hangingWrap(lead: string, text: string, width: number, plainLead = lead): string {
  return wrap(text, width - plainLead.length)
    .split('\n')
    .map((line, i) => (i === 0 ? lead : ' '.repeat(plainLead.length)) + line)
    .join('\n');
}

/** `text` cut to `width` columns, with an ellipsis (three dots in ASCII) where it was cut. */
export function clip(text: string, width: number, ascii: boolean | undefined): string {
  if (text.length <= width) return text;
  return ascii ? `${text.slice(0, width - 3)}...` : `${text.slice(0, width - 1)}…`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m ${String(s % 60).padStart(2, '0')}s` : `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/** The few symbols the drill draws, in Unicode or plain ASCII. */
export function glyphs(ascii: boolean | undefined) {
  return ascii
    ? { right: '+', wrong: 'x', skipped: '-', rule: '-', double: '=', full: '#', empty: '.', dot: '-' }
    : { right: '✓', wrong: '✗', skipped: '–', rule: '─', double: '═', full: '█', empty: '░', dot: '·' };
}
