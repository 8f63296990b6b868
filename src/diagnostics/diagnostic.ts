/**
 * Problems found in user content are values, never exceptions. Each has a
 * stable code from this closed set, a position, and a message that says
 * what is wrong and what would be right.
 */
export const DIAGNOSTIC_CODES = {
  'read-error': 'invalid',
  'not-utf8': 'invalid',
  'empty-file': 'invalid',
  'file-too-large': 'invalid',
  'no-banks': 'invalid',
  'yaml-syntax': 'invalid',
  'unknown-key': 'invalid',
  'missing-key': 'invalid',
  'wrong-type': 'invalid',
  'invalid-value': 'invalid',
  'duplicate-id': 'invalid',
  'cannot-compute': 'invalid',
  'bad-template': 'invalid',
  'key-mismatch': 'wrong-key',
  'self-test': 'wrong-key',
  /** A part whose comparison marks a catalogued slip (or the value before a step) right. */
  'mistake-accepted': 'wrong-key',
  /** An explanation whose final value is not the key. */
  'explanation-mismatch': 'wrong-key',
  /** A warning only: text that will not render cleanly. */
  'unknown-latex': 'wrong-key',
  /** A warning only: a literal answer that is its computed key rounded. */
  'rounded-literal': 'wrong-key',
  /** A warning only: a part whose key a known slip also gives. */
  'indistinct-mistake': 'wrong-key',
  /** A warning only: text holding control characters (C0, C1, bidirectional), shown as <xHH> or <U+XXXX>. */
  'control-character': 'wrong-key',
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** Codes that are only ever warnings: the ones a course may silence (`ignore:`). */
export const WARNING_CODES = ['unknown-latex', 'indistinct-mistake'] as const satisfies readonly DiagnosticCode[];
export type WarningCode = (typeof WARNING_CODES)[number];
/** `invalid`: the file cannot be used (exit 2); `wrong-key`: a key is wrong (exit 1). */
export type DiagnosticClass = (typeof DIAGNOSTIC_CODES)[DiagnosticCode];
export type Severity = 'error' | 'warning';

export interface Position {
  line: number;
  col: number;
}

export interface Diagnostic extends Position {
  file: string;
  code: DiagnosticCode;
  severity: Severity;
  message: string;
}

export function diagnostic(
  file: string,
  pos: Position,
  code: DiagnosticCode,
  message: string,
  severity: Severity = 'error',
): Diagnostic {
  return { file, line: pos.line, col: pos.col, code, severity, message };
}

export const START: Position = { line: 1, col: 1 };

export function classOf(d: Diagnostic): DiagnosticClass {
  return DIAGNOSTIC_CODES[d.code];
}

/** Stable order for reports: by file, then position. */
/** By file (code point order: the same on every machine and locale, and no collator to load), then position. */
export function byLocation(a: Diagnostic, b: Diagnostic): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.col - b.col;
}

/** Errors shown per file: past this, one more line says how many were left out. */
export const MAX_DIAGNOSTICS_PER_FILE = 100;

export function capped(list: Diagnostic[]): Diagnostic[] {
  if (list.length <= MAX_DIAGNOSTICS_PER_FILE) return list;
  const last = list[MAX_DIAGNOSTICS_PER_FILE - 1]!;
  const more = list.length - MAX_DIAGNOSTICS_PER_FILE;
  return [...list.slice(0, MAX_DIAGNOSTICS_PER_FILE), { ...last, message: `... and ${more} more error${more === 1 ? '' : 's'} in this file, not shown; fix these first` }];
}
