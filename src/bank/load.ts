import type { Document, LineCounter } from 'yaml';
import type * as z from 'zod/mini';
import { diagnostic, START, type Diagnostic, type Position } from '../diagnostics/diagnostic.js';
import { BANK_KEY_RULES } from './keys.js';
import type { KeyRules } from './zod-diagnostics.js';
import { locate, sourceText, type Path } from './locate.js';
import { fastParse, type FastParse } from './events.js';
import { lineStarts, positionAt } from './lines.js';
import { PROTO_KEY, screen } from './screen.js';
import { cachedParse, literalKey } from './parse-cache.js';
import yamlLibs from './yaml-libs.cjs';
import { zodDiagnostics } from './zod-diagnostics.js';

/** yaml's parse of a file, with positions: the reference, built only when needed. */
interface Syntax {
  doc: Document;
  lineCounter: LineCounter;
}

/** Validated content of a YAML file, with a way back to its source positions. */
export interface Loaded<T> {
  file: string;
  data: T;
  /** Where the node at `path` starts (the deepest that exists); with `keyOf`, that key of the map at `path`. */
  locate(path: Path, keyOf?: string): Position;
  /** The literal as typed in the file, where the path is a scalar. */
  source(path: Path): string | undefined;
}

/**
 * A file that parsed but did not validate keeps its raw content (`raw`), so
 * a caller can go on checking the parts of it that are sound: one run then
 * reports every error of the file.
 */
export type LoadResult<T> = { ok: true; bank: Loaded<T>; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[]; raw?: Loaded<unknown> };

/** Deeper than any bank needs (a problem's weights sit about 6 levels down). */
export const MAX_NESTING = 64;

/** The offset where flow brackets or indentation first go past MAX_NESTING, if they do. */
function tooDeep(text: string): number | undefined {
  let depth = 0;
  let quote = '';
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      if (c === ' ') {
        if (++indent > 2 * MAX_NESTING) return i;
        continue;
      }
      lineStart = false;
    }
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_NESTING) return i;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** Aliases beyond this many expansions are an alias bomb, not a bank. */
const MAX_ALIAS_COUNT = 100;

function parseSyntax(text: string): Syntax {
  const { LineCounter: Counter, parseDocument } = yamlLibs.yaml();
  const lineCounter = new Counter();
  return { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
}

/**
 * Parses YAML (or JSON, which is YAML) and validates it against a schema.
 * The data comes from the build's parse cache, else from js-yaml's events
 * (fast, with positions), else from yaml, which also says what is wrong
 * with a file that does not parse. Positions the fast path cannot give
 * exactly are asked of yaml.
 */
export function loadYaml<T>(
  file: string,
  text: string,
  schema: z.ZodMiniType<T> | ((content: unknown) => z.ZodMiniType<T>),
  emptyHint: string,
  keyRules: KeyRules = BANK_KEY_RULES,
): LoadResult<T> {
  if (text.trim() === '') return fail(diagnostic(file, START, 'empty-file', `the file is empty; ${emptyHint}`));
  if (onlyComments(text)) return fail(diagnostic(file, START, 'empty-file', `the file holds only comments; ${emptyHint}`));
  // A lone CR ends a line in YAML (old Mac files), but the line counters count LFs only: the same
  // offsets with LFs give the right lines. CRLF is left as it is.
  if (text.includes('\r')) text = text.replace(/\r(?!\n)/g, '\n');
  let syntax: Syntax | undefined;
  const getSyntax = (): Syntax => (syntax ??= parseSyntax(text));
  const cached = cachedParse(text);
  let js: unknown = cached?.data;
  let fast: FastParse | undefined;
  let warnings: Diagnostic[] = [];
  if (!cached) {
    // The parsers recurse per level: refuse absurd nesting before they run out of stack.
    const deep = tooDeep(text);
    if (deep !== undefined) return fail(diagnostic(file, positionAt(lineStarts(text), deep), 'yaml-syntax', `the YAML is nested more than ${MAX_NESTING} levels deep here; a bank needs only a few levels`));
    fast = fastParse(text);
    if (fast) js = fast.data;
    else {
      const { doc, lineCounter } = getSyntax();
      const at = (offset: number): Position => lineCounter.linePos(offset);
      const first = doc.errors[0];
      if (first) {
        // The first error is the cause; those after it are mostly its echoes.
        const more = doc.errors.length - 1;
        const tail = more ? ` (${more} more YAML error${more === 1 ? '' : 's'} after this one may be echoes of it)` : '';
        return fail(diagnostic(file, at(yamlErrorOffset(first.code, first.message, first.pos[0], text)), 'yaml-syntax', yamlMessage(first.code, first.message) + tail));
      }
      warnings = doc.warnings.map((w) => diagnostic(file, at(w.pos[0]), 'yaml-syntax', w.message, 'warning'));
      try {
        js = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch (e) {
        // yaml throws for aliases it cannot or will not expand: content, not a bug.
        return fail(aliasError(file, (e as Error).message, text, at));
      }
    }
  }
  let lines: number[] | undefined;
  const locateAt = (path: Path, keyOf?: string): Position => {
    const cachedAt = keyOf === undefined ? cached?.positions?.[literalKey(path)] : undefined;
    if (cachedAt) return cachedAt;
    const offset = fast?.locator.offset(path, keyOf);
    if (offset !== undefined) return positionAt((lines ??= lineStarts(text)), offset);
    return locate(getSyntax().doc, getSyntax().lineCounter, path, keyOf);
  };
  const screened = screen(js);
  if (screened.protoKeys.length) {
    return {
      ok: false,
      diagnostics: screened.protoKeys.map((path) =>
        diagnostic(file, locateAt(path, PROTO_KEY), 'unknown-key', `the key '${PROTO_KEY}' is not allowed anywhere in a bank: JavaScript reads it as an object's prototype, not as data`),
      ),
    };
  }
  let parsed: ReturnType<z.ZodMiniType<T>['safeParse']>;
  try {
    parsed = (typeof schema === 'function' ? schema(js) : schema).safeParse(js, { reportInput: true });
  } catch (e) {
    // Hundreds of thousands of wrong items overflow the validator's stack: content, not a bug.
    if (e instanceof RangeError) return fail(diagnostic(file, START, 'invalid-value', 'the file is too large or too wrong to list its errors; a bank holds at most a few thousand problems (split it)'));
    throw e;
  }
  const source = (path: Path): string | undefined => cached?.literals[literalKey(path)] ?? fast?.locator.source(path) ?? sourceText(getSyntax().doc, text, path);
  if (!parsed.success) return { ok: false, diagnostics: zodDiagnostics(file, locateAt, parsed.error.issues, keyRules), raw: { file, data: js, locate: locateAt, source } };
  for (const path of screened.controls) {
    warnings.push(diagnostic(file, locateAt(path), 'control-character', 'this text holds control characters (an escape sequence can rewrite a terminal, a bidirectional override reorders what it shows); they are shown as <xHH> or <U+XXXX>, never sent to the terminal: remove them', 'warning'));
  }
  return { ok: true, bank: { file, data: parsed.data, locate: locateAt, source }, warnings };
}

/** Blank lines and comments only: a bank started and never written, not a `null` document. */
function onlyComments(text: string): boolean {
  return /^(?:[ \t]*(?:#[^\r\n]*)?(?:\r\n|\r|\n|$))*$/.test(text);
}

function fail<T>(d: Diagnostic): LoadResult<T> {
  return { ok: false, diagnostics: [d] };
}

const YAML_HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  DUPLICATE_KEY: 'each key may appear once in a mapping',
  BLOCK_AS_IMPLICIT_KEY: "a ': ' inside a plain value starts a mapping: put the value in quotes",
  MISSING_CHAR: 'close it, or use a block scalar (| or >-) for long text',
};

function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  if (code === 'MULTIPLE_DOCS') return "a bank is one YAML document, and this '---' starts a second: remove it, or put the rest in another file";
  const hint = YAML_HINTS[code];
  return hint ? `${first}; ${hint}` : `${first} (${code})`;
}

/** yaml reports an unclosed quote where the file ends; point at the quote that opens it. */
function yamlErrorOffset(code: string, message: string, offset: number, text: string): number {
  const quote = /closing (["'])/.exec(message)?.[1];
  if (code !== 'MISSING_CHAR' || !quote) return offset;
  let lineStart = 0;
  let opener = -1;
  for (const line of text.slice(0, offset).split('\n')) {
    const count = line.split(quote).length - 1;
    if (count % 2 === 1) opener = lineStart + line.lastIndexOf(quote);
    lineStart += line.length + 1;
  }
  return opener >= 0 ? opener : offset;
}

function aliasError(file: string, message: string, text: string, at: (offset: number) => Position): Diagnostic {
  const name = /alias[^:]*: (\S+)\s*$/.exec(message)?.[1];
  if (name) {
    const offset = text.search(new RegExp(`\\*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`));
    return diagnostic(file, offset >= 0 ? at(offset) : START, 'yaml-syntax', `the alias *${name} names no anchor set before it; define &${name} first, or write the value out`);
  }
  return diagnostic(file, START, 'yaml-syntax', `${message}; expand aliases by hand or use fewer`);
}
