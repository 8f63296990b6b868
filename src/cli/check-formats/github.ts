import type { Diagnostic } from '../../diagnostics/diagnostic.js';

/**
 * GitHub Actions workflow commands: each diagnostic becomes an annotation
 * on the file and line of the pull request. Values are escaped as the
 * runner expects (`%`, CR, LF; in properties also `:` and `,`).
 */
export function githubAnnotation(d: Diagnostic): string {
  const kind = d.severity === 'error' ? 'error' : 'warning';
  const props = [`file=${property(d.file)}`, `line=${d.line}`, `col=${d.col}`, `title=${property(`quizdrill ${d.code}`)}`].join(',');
  return `::${kind} ${props}::${data(d.message)}`;
}

function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
