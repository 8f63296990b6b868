import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * `file:line:col severity code message`, then the source line with a caret
 * under the column, when the source is at hand.
 */
export function formatDiagnostic(d: Diagnostic, c: ChalkInstance, sourceOf?: (file: string) => string | undefined): string {
  const sev = d.severity === 'error' ? c.red('error') : c.yellow('warning');
  const head = `${c.bold(`${d.file}:${d.line}:${d.col}`)} ${sev} ${c.dim(d.code)} ${d.message}`;
  // Errors get the source line and a caret; warnings stay one line each.
  const text = d.severity === 'error' ? sourceOf?.(d.file) : undefined;
  const line = text?.split(/\r?\n/)[d.line - 1];
  if (line === undefined || line.length > 200) return head;
  const gutter = String(d.line).padStart(5);
  const caretPad = ' '.repeat(gutter.length) + ' | ' + line.slice(0, d.col - 1).replace(/[^\t]/g, ' ');
  return `${head}\n${c.dim(`${gutter} |`)} ${line}\n${c.dim(caretPad.slice(0, gutter.length + 2))}${caretPad.slice(gutter.length + 2)}${c.red('^')}`;
}
