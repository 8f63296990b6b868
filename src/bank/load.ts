import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { diagnostic, START, type Diagnostic, type Position } from '../diagnostics/diagnostic.js';
import { allowedKeys } from './keys.js';
import { locate, sourceText, type Path } from './locate.js';
import { zodDiagnostics } from './zod-diagnostics.js';

/** Validated content of a YAML file, with a way back to its source positions. */
export interface Loaded<T> {
  file: string;
  data: T;
  locate(path: Path): Position;
  /** The literal as typed in the file, where the path is a scalar. */
  source(path: Path): string | undefined;
  doc: Document;
  lineCounter: LineCounter;
}

export type LoadResult<T> = { ok: true; bank: Loaded<T>; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/** Aliases beyond this many expansions are an alias bomb, not a bank. */
const MAX_ALIAS_COUNT = 100;

/** Parses YAML (or JSON, which is YAML) and validates it against a schema. */
export function loadYaml<T>(
  file: string,
  text: string,
  schema: z.ZodType<T> | ((content: unknown) => z.ZodType<T>),
  emptyHint: string,
): LoadResult<T> {
  if (text.trim() === '') return fail(diagnostic(file, START, 'empty-file', `the file is empty; ${emptyHint}`));
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => lc.linePos(offset);
  const errors = doc.errors.map((e) => diagnostic(file, at(e.pos[0]), 'yaml-syntax', yamlMessage(e.code, e.message)));
  if (errors.length) return { ok: false, diagnostics: errors };
  const warnings = doc.warnings.map((w) => diagnostic(file, at(w.pos[0]), 'yaml-syntax', w.message, 'warning'));
  let js: unknown;
  try {
    js = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    // yaml throws a ReferenceError for excessive aliases: content, not a bug.
    return fail(diagnostic(file, START, 'yaml-syntax', `${(e as Error).message}; expand aliases by hand or use fewer`));
  }
  const parsed = (typeof schema === 'function' ? schema(js) : schema).safeParse(js, { reportInput: true });
  if (!parsed.success) return { ok: false, diagnostics: zodDiagnostics(file, doc, lc, parsed.error.issues, allowedKeys) };
  return { ok: true, bank: loadedOf(file, text, doc, lc, parsed.data), warnings };
}

function loadedOf<T>(file: string, text: string, doc: Document, lc: LineCounter, data: T): Loaded<T> {
  return { file, data, locate: (path) => locate(doc, lc, path), source: (path) => sourceText(doc, text, path), doc, lineCounter: lc };
}

function fail<T>(d: Diagnostic): LoadResult<T> {
  return { ok: false, diagnostics: [d] };
}

function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  if (code === 'TAB_AS_INDENT') return `${first}; indent with spaces, not tabs`;
  if (code === 'DUPLICATE_KEY') return `${first}; each key may appear once in a mapping`;
  return `${first} (${code})`;
}
