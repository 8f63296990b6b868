import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { visible, visibleLine } from '../text/visible.js';

/**
 * `file:line:col severity code message`, then the source line with a caret
 * under the column, when the source is at hand.
 */
export function formatDiagnostic(d: Diagnostic, c: ChalkInstance, sourceOf?: (file: string) => string | undefined): string {
  const sev = d.severity === 'error' ? c.red('error') : c.yellow('warning');
  // Messages quote the bank (keys, literals) and name files: shown, never obeyed by the terminal.
  const head = `${c.bold(`${visibleLine(d.file)}:${d.line}:${d.col}`)} ${sev} ${c.dim(d.code)} ${visibleLine(d.message)}`;
  // Errors get the source line and a caret; warnings stay one line each.
  const text = d.severity === 'error' ? sourceOf?.(d.file) : undefined;
  const raw = text?.split(/\r\n?|\n/)[d.line - 1];
  if (raw === undefined || raw.length > 200) return head;
  const line = visible(raw);
  const gutter = String(d.line).padStart(5);
  const caretPad = ' '.repeat(gutter.length) + ' | ' + visible(raw.slice(0, d.col - 1)).replace(/./g, ' ');
  return `${head}\n${c.dim(`${gutter} |`)} ${line}\n${c.dim(caretPad.slice(0, gutter.length + 2))}${caretPad.slice(gutter.length + 2)}${c.red('^')}`;
}
