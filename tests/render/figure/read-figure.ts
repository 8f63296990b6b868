/**
 * Reads a figure back the way a student would, independently of the
 * renderer: display columns are code points, combining marks take none.
 */
export function displayCells(line: string): string[] {
  const out: string[] = [];
  for (const ch of line) {
    if (/\p{M}/u.test(ch) && out.length > 0) out[out.length - 1] += ch;
    else out.push(ch);
  }
  return out;
}

const BARS = ['│', '|'];

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words separated by single spaces, with their first and last column. */
function tokens(cells: string[], from: number, to = cells.length): Token[] {
  const out: Token[] = [];
  let k = from;
  while (k < to) {
    if (cells[k] === ' ') {
      k++;
      continue;
    }
    const start = k;
    while (k < to && !(cells[k] === ' ' && (cells[k + 1] ?? ' ') === ' ')) k++;
    const text = cells.slice(start, k).join('').trimEnd();
    out.push({ text, start, end: start + displayCells(text).length - 1 });
  }
  return out;
}

/**
 * The entry printed in the grid named `corner` (e.g. `W(2)`), in the row
 * labelled `row` (e.g. `from x1`; `to 2` in a to-from grid) and the column
 * headed `column` (`to 2`; `from x1`):
 * the number right-aligned under that heading. Every grid block with that
 * corner is searched, so split matrices are read too.
 */
export function readGrid(text: string, corner: string, row: string, column: string): string[] {
  const lines = text.split('\n').map(displayCells);
  const found: string[] = [];
  const width = displayCells(corner).length;
  lines.forEach((cells, r) => {
    for (let c = 0; c + width <= cells.length; c++) {
      if (cells.slice(c, c + width).join('') !== corner || (c > 0 && cells[c - 1] !== ' ')) continue;
      let bar = c + width;
      while (cells[bar] === ' ') bar++;
      // A weight grid names its layout after the corner: `W(2) from-to`.
      const layout = cells.slice(bar, bar + 7).join('');
      const toFrom = layout === 'to-from';
      if (layout === 'from-to' || toFrom) bar += 7;
      while (cells[bar] === ' ') bar++;
      if (!BARS.includes(cells[bar] ?? '')) continue;
      const headings: Token[] = [];
      for (const t of tokens(cells, bar + 1)) {
        if (!t.text.startsWith(toFrom ? 'from ' : 'to ') && t.text !== 'bias') break;
        headings.push(t);
      }
      const heading = headings.find((t) => t.text === column);
      if (!heading) continue;
      for (let k = r + 2; k < lines.length; k++) {
        const body = lines[k] ?? [];
        if (!BARS.includes(body[bar] ?? '')) break;
        if (body.slice(c, bar).join('').trim() !== row) continue;
        const cell = tokens(body, bar + 1, heading.end + 1).find((t) => t.end === heading.end);
        if (cell) found.push(cell.text);
      }
    }
  });
  return found;
}
