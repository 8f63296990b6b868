import type { Document, LineCounter } from 'yaml';
import type { z } from 'zod';
import { diagnostic, START, type Diagnostic, type Position } from '../diagnostics/diagnostic.js';
import { allowedKeys } from './keys.js';
import { locate, sourceText, type Path } from './locate.js';
import { cachedParse, literalKey } from './parse-cache.js';
import yamlLib from './yaml-lib.cjs';
import { zodDiagnostics } from './zod-diagnostics.js';

/** The parsed YAML with positions: built only when a position is asked for. */
export interface Syntax {
  doc: Document;
  lineCounter: LineCounter;
}

/** Validated content of a YAML file, with a way back to its source positions. */
export interface Loaded<T> {
  file: string;
  data: T;
  locate(path: Path): Position;
  /** The literal as typed in the file, where the path is a scalar. */
  source(path: Path): string | undefined;
  syntax(): Syntax;
}

export type LoadResult<T> = { ok: true; bank: Loaded<T>; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/** Aliases beyond this many expansions are an alias bomb, not a bank. */
const MAX_ALIAS_COUNT = 100;

function parseSyntax(text: string): Syntax {
  const { LineCounter: Counter, parseDocument } = yamlLib();
  const lineCounter = new Counter();
  return { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
}

/** Parses YAML (or JSON, which is YAML) and validates it against a schema. */
export function loadYaml<T>(
  file: string,
  text: string,
  schema: z.ZodType<T> | ((content: unknown) => z.ZodType<T>),
  emptyHint: string,
): LoadResult<T> {
  if (text.trim() === '') return fail(diagnostic(file, START, 'empty-file', `the file is empty; ${emptyHint}`));
  let syntax: Syntax | undefined;
  const getSyntax = (): Syntax => (syntax ??= parseSyntax(text));
  const cached = cachedParse(text);
  let js: unknown = cached?.data;
  let warnings: Diagnostic[] = [];
  if (!cached) {
    const { doc, lineCounter } = getSyntax();
    const at = (offset: number): Position => lineCounter.linePos(offset);
    const errors = doc.errors.map((e) => diagnostic(file, at(e.pos[0]), 'yaml-syntax', yamlMessage(e.code, e.message)));
    if (errors.length) return { ok: false, diagnostics: errors };
    warnings = doc.warnings.map((w) => diagnostic(file, at(w.pos[0]), 'yaml-syntax', w.message, 'warning'));
    try {
      js = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      // yaml throws a ReferenceError for excessive aliases: content, not a bug.
      return fail(diagnostic(file, START, 'yaml-syntax', `${(e as Error).message}; expand aliases by hand or use fewer`));
    }
  }
  const parsed = (typeof schema === 'function' ? schema(js) : schema).safeParse(js, { reportInput: true });
  if (!parsed.success) {
    const { doc, lineCounter } = getSyntax();
    return { ok: false, diagnostics: zodDiagnostics(file, doc, lineCounter, parsed.error.issues, allowedKeys) };
  }
  const bank: Loaded<T> = {
    file,
    data: parsed.data,
    locate: (path) => locate(getSyntax().doc, getSyntax().lineCounter, path),
    source: (path) => cached?.literals[literalKey(path)] ?? sourceText(getSyntax().doc, text, path),
    syntax: getSyntax,
  };
  return { ok: true, bank, warnings };
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
