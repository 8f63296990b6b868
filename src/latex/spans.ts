/** Text cut into prose and math: `\( \)` and `$ $` inline, `\[ \]` and `$$ $$` display. */
export type Segment =
  | { kind: 'prose'; text: string; offset: number }
  | { kind: 'math'; source: string; offset: number; display: boolean };

/**
 * `$` opens math only when a non-space follows it, and closes only after a
 * non-space and before a non-digit (pandoc's rule), so prose such as
 * "costs $5 or $10" stays prose. An unclosed `\(` runs to the end: the
 * author forgot to close it, and raw LaTeX would be worse.
 */
export function splitSpans(text: string): Segment[] {
  const out: Segment[] = [];
  let proseStart = 0;
  let i = 0;
  const pushProse = (end: number): void => {
    if (end > proseStart) out.push({ kind: 'prose', text: text.slice(proseStart, end), offset: proseStart });
  };
  while (i < text.length) {
    const ch = text[i];
    const next = text[i + 1];
    let open: { len: number; close: string; display: boolean } | undefined;
    if (ch === '\\' && next === '(') open = { len: 2, close: '\\)', display: false };
    else if (ch === '\\' && next === '[') open = { len: 2, close: '\\]', display: true };
    else if (ch === '$' && next === '$') open = { len: 2, close: '$$', display: true };
    else if (ch === '$' && next !== undefined && !/\s/.test(next)) open = { len: 1, close: '$', display: false };
    if (!open) {
      i += ch === '\\' ? 2 : 1;
      continue;
    }
    const start = i + open.len;
    const end = findClose(text, start, open.close);
    if (end === -1 && open.close === '$') {
      i++;
      continue;
    }
    pushProse(i);
    const stop = end === -1 ? text.length : end;
    out.push({ kind: 'math', source: text.slice(start, stop), offset: start, display: open.display });
    i = end === -1 ? text.length : end + open.close.length;
    proseStart = i;
  }
  pushProse(text.length);
  return out;
}

/** The index of `close` after `from`, skipping backslash escapes; -1 when there is none. */
function findClose(text: string, from: number, close: string): number {
  for (let j = from; j < text.length; j++) {
    const ch = text[j];
    if (close === '$' && ch === '$') {
      const ok = j > from && !/\s/.test(text[j - 1] ?? '') && !/[0-9]/.test(text[j + 1] ?? '');
      if (ok) return j;
      continue;
    }
    if (text.startsWith(close, j)) return j;
    if (ch === '\\') j++;
  }
  return -1;
}
