const COMBINING = /^\p{M}$/u;

/**
 * Display cells of a string: one per code point, with combining marks kept
 * on the cell before them, so width is the number of cells.
 */
export function cells(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    const last = out.length - 1;
    if (COMBINING.test(ch) && last >= 0) out[last] += ch;
    else out.push(ch);
  }
  return out;
}

export function displayWidth(text: string): number {
  return cells(text).length;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Centred, with any odd space on the right. */
export function center(text: string, width: number): string {
  const room = Math.max(0, width - displayWidth(text));
  const left = Math.floor(room / 2);
  return ' '.repeat(left) + text + ' '.repeat(room - left);
}
