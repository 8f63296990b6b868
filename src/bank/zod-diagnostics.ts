import type * as z from 'zod/mini';
import { diagnostic, type Diagnostic, type DiagnosticCode, type Position } from '../diagnostics/diagnostic.js';
import { closest } from './suggest.js';

type Issue = z.core.$ZodIssue;

/** What keys an object may hold; `misplaced` says why a key that belongs elsewhere is refused here. */
export interface KeyRules {
  allowed(path: Path, input?: unknown): string[];
  misplaced?(path: Path, input: unknown, key: string): string | undefined;
  /** What a key of several possible shapes accepts, in words. */
  accepts?(path: Path): string | undefined;
}

/** Turns zod's issues into located diagnostics that say what would be right. */
export function zodDiagnostics(file: string, locate: (path: Path, keyOf?: string) => Position, issues: Issue[], rules: KeyRules): Diagnostic[] {
  const schemaKeys = rules.allowed;
  const misspelt = misspeltKeys(issues, schemaKeys);
  return issues.flatMap((issue) => {
    // A misspelt key also leaves the right key missing; one message says both.
    if (issue.code === 'invalid_type' && misspelt.has(issue.path.map(String).join('.'))) return [];
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
      // A key already there is not what a misspelt one was meant to be.
      const input = (issue as { input?: unknown }).input;
      const allowed = schemaKeys(path, input);
      const present = new Set(input && typeof input === 'object' ? Object.keys(input) : []);
      return issue.keys.map((key) => {
        const misplaced = rules.misplaced?.(path, input, key);
        if (misplaced) return diagnostic(file, locate(path, key), 'unknown-key', `${misplaced}${where(path)}`);
        const guess = closest(key, allowed.filter((k) => !present.has(k)));
        const hint = guess ? `did you mean '${guess}'?` : `allowed keys: ${allowed.join(', ')}`;
        return diagnostic(file, locate(path, key), 'unknown-key', `unknown key '${key}'${where(path)}; ${hint}`);
      });
    }
    const { code, message } = describe(issue, rules);
    return [diagnostic(file, locate(path), code, message + where(path))];
  });
}

type Path = readonly PropertyKey[];

/** Paths of required keys that an unknown key beside them was probably meant to be. */
function misspeltKeys(issues: Issue[], schemaKeys: KeyRules['allowed']): Set<string> {
  const out = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const input = (issue as { input?: unknown }).input;
    const present = new Set(input && typeof input === 'object' ? Object.keys(input) : []);
    for (const key of issue.keys) {
      const guess = closest(key, schemaKeys(issue.path, input).filter((k) => !present.has(k)));
      if (guess) out.add([...issue.path, guess].map(String).join('.'));
    }
  }
  return out;
}

function where(path: Path): string {
  return path.length ? ` (at ${path.map(String).join('.')})` : '';
}

function describe(issue: Issue, rules: KeyRules): { code: DiagnosticCode; message: string } {
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'invalid_type': {
      const input = (issue as { input?: unknown }).input;
      if (input === undefined && typeof last === 'string') return { code: 'missing-key', message: `missing required key '${last}' (${article(issue.expected)})` };
      return { code: 'wrong-type', message: `expected ${article(issue.expected)}, got ${kindOf(input)}` };
    }
    case 'invalid_union': {
      const u = issue as { discriminator?: string; options?: unknown[]; input?: unknown };
      if (u.discriminator) {
        const options = (u.options ?? []).map(String);
        const given = typeof u.input === 'object' && u.input !== null ? (u.input as Record<string, unknown>)[u.discriminator] : undefined;
        if (given === undefined) return { code: 'missing-key', message: `missing required key '${u.discriminator}' (one of: ${options.join(', ')})` };
        const guess = typeof given === 'string' ? closest(given, options) : undefined;
        return { code: 'invalid-value', message: `'${u.discriminator}: ${String(given)}' is not allowed; '${u.discriminator}' must be one of: ${options.join(', ')}${guess ? `; did you mean '${guess}'?` : ''}` };
      }
      const accepts = rules.accepts?.(issue.path);
      if (accepts) return { code: 'wrong-type', message: `'${String(last)}' must be ${accepts}; got ${shapeOf(u.input)}` };
      return { code: 'wrong-type', message: issue.message };
    }
    case 'invalid_value': {
      const input = (issue as { input?: unknown }).input;
      const guess = typeof input === 'string' ? closest(input, issue.values.map(String)) : undefined;
      const hint = guess ? `; did you mean '${guess}'?` : '';
      return { code: 'invalid-value', message: `'${String(input)}' is not allowed here: expected one of ${issue.values.map(String).join(', ')}${hint}` };
    }
    case 'too_small':
      if (isOwnMessage(issue.message)) return { code: 'invalid-value', message: issue.message };
      return { code: 'invalid-value', message: issue.origin === 'array' ? `needs at least ${String(issue.minimum)} item(s)` : smallMessage(issue) };
    case 'too_big':
      if (isOwnMessage(issue.message)) return { code: 'invalid-value', message: issue.message };
      return { code: 'invalid-value', message: issue.origin === 'array' ? `allows at most ${String(issue.maximum)} item(s)` : `must be at most ${String(issue.maximum)}` };
    case 'invalid_format':
      return { code: 'invalid-value', message: formatMessage(last) };
    case 'custom': {
      // Our own refinements may name the code that fits best.
      const code = (issue.params as { code?: DiagnosticCode } | undefined)?.code ?? 'invalid-value';
      return { code, message: issue.message };
    }
    default:
      return { code: 'invalid-value', message: issue.message };
  }
}

/** A message the schema gives itself, rather than zod's generic one. */
function isOwnMessage(message: string): boolean {
  return message !== '' && message !== 'Invalid input' && !message.startsWith('Too ');
}

function smallMessage(issue: Extract<Issue, { code: 'too_small' }>): string {
  if (issue.origin === 'string') return 'must not be empty';
  return `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
}

function formatMessage(key: PropertyKey | undefined): string {
  if (key === 'id') return 'an id uses lowercase letters, digits and -, starting with a letter or digit (e.g. backprop-relu-1)';
  if (key === 'answer') return "a choice answer is the letter of the right option: a, b, c, ...";
  return 'has the wrong form';
}

function article(expected: string): string {
  const names: Record<string, string> = { number: 'a number', string: 'a string', boolean: 'true or false', array: 'a list', object: 'a mapping (key: value)', record: 'a mapping (key: value)', tuple: 'a list' };
  return names[expected] ?? expected;
}

/** Like kindOf, but a mapping names its keys: what was written, when the shape is what is wrong. */
function shapeOf(v: unknown): string {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return kindOf(v);
  const keys = Object.keys(v);
  return keys.length ? `a mapping of ${keys.join(', ')}` : 'an empty mapping';
}

function kindOf(v: unknown): string {
  if (v === null) return 'null (an empty value)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string '${v.length > 30 ? v.slice(0, 30) + '…' : v}'`;
  return `${typeof v} ${String(v)}`;
}
