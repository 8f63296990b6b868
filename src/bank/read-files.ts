import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diagnostic, START, type Diagnostic } from '../diagnostics/diagnostic.js';
import { SkipRules } from './skip-rules.js';

export interface Source {
  file: string;
  text: string;
}

/** Larger than any honest bank; reading on would only stall the user. */
export const MAX_BANK_BYTES = 5 * 1024 * 1024;

declare const __QUIZDRILL_ROOT__: string | undefined;

/** The bank that ships with the package (the bundle sits one folder below the root, the sources two). */
export const BUNDLED_BANK_DIR = fileURLToPath(new URL(`${typeof __QUIZDRILL_ROOT__ === 'string' ? __QUIZDRILL_ROOT__ : '../../'}problems/`, import.meta.url));

const isBankName = (name: string): boolean => /\.ya?ml$/i.test(name) && !name.startsWith('.');

/**
 * Reads every bank under the given files and folders (folders are searched
 * for *.yaml and *.yml). What cannot be read becomes a diagnostic.
 */
export function readSources(paths: string[], cwd: string): { sources: Source[]; diagnostics: Diagnostic[] } {
  const sources: Source[] = [];
  const diagnostics: Diagnostic[] = [];
  const display = (p: string): string => {
    const r = relative(cwd, p);
    return r && !r.startsWith('..') ? r : p;
  };
  for (const given of paths) {
    // Relative to the folder the command runs in, which a caller may set (tests do).
    const path = resolve(cwd, given);
    let files: string[];
    try {
      files = statSync(path).isDirectory() ? walk(path, SkipRules.above(path)) : [path];
    } catch (e) {
      diagnostics.push(diagnostic(given, START, 'read-error', `cannot read '${given}': ${reason(e)}; give a bank file or a folder of *.yaml files`));
      continue;
    }
    if (files.length === 0) diagnostics.push(diagnostic(given, START, 'no-banks', 'no *.yaml or *.yml bank files in this folder'));
    for (const file of files) {
      const read = readOne(file);
      if (typeof read === 'string') sources.push({ file: display(file), text: read });
      else diagnostics.push({ ...read, file: display(file) });
    }
  }
  return { sources, diagnostics };
}

/** Bank files under a folder, following links (a dangling link is reported by readOne), leaving out what `rules` skips. */
function walk(dir: string, rules: SkipRules, depth = 0): string[] {
  if (depth > 32) return []; // a link loop, or a tree no bank folder has
  const inside = rules.within(resolve(dir));
  return readdirSync(dir, { withFileTypes: true })
    // Code-point order, the same in every locale.
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => {
      const path = join(dir, e.name);
      let kind: 'dir' | 'file' | 'other' = e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other';
      if (e.isSymbolicLink()) {
        try {
          const st = statSync(path);
          kind = st.isDirectory() ? 'dir' : 'file';
        } catch {
          kind = 'file'; // dangling: readOne says so
        }
      }
      if (kind !== 'other' && inside.skips(resolve(path), e.name, kind === 'dir')) return [];
      if (kind === 'dir') return walk(path, inside, depth + 1);
      return kind === 'file' && isBankName(e.name) ? [path] : [];
    });
}

function readOne(file: string): string | Diagnostic {
  try {
    const size = statSync(file).size;
    if (size > MAX_BANK_BYTES) return diagnostic(file, START, 'file-too-large', `the file is ${(size / 1048576).toFixed(1)} MB; a bank may be at most ${MAX_BANK_BYTES / 1048576} MB (split it into several files)`);
    const bytes = readFileSync(file);
    if (isUtf16(bytes)) return diagnostic(file, START, 'not-utf8', 'the file is UTF-16 text (as some editors save "Unicode"); save it as UTF-8');
    if (bytes.includes(0)) return diagnostic(file, START, 'not-utf8', 'the file holds NUL bytes: it looks binary, not a YAML text file');
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      return diagnostic(file, START, 'not-utf8', 'the file is not valid UTF-8; save it as UTF-8 text');
    }
  } catch (e) {
    return diagnostic(file, START, 'read-error', `cannot read the file: ${reason(e)}`);
  }
}

/** A UTF-16 byte order mark, or the NULs every other byte that ASCII text in UTF-16 has. */
function isUtf16(bytes: Buffer): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const head = bytes.subarray(0, 64);
  if (head.length < 8) return false;
  const oddNuls = head.filter((b, i) => i % 2 === 1 && b === 0).length;
  const evenNuls = head.filter((b, i) => i % 2 === 0 && b === 0).length;
  return Math.max(oddNuls, evenNuls) >= head.length / 2 - 1 && Math.min(oddNuls, evenNuls) === 0;
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  return (e as Error).message;
}
