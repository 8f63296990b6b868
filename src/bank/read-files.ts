import { readdirSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diagnostic, START, type Diagnostic } from '../diagnostics/diagnostic.js';
import { visibleLine } from '../text/visible.js';
import { MAX_BANK_BYTES, notRegular, readOne, reason, specialKind } from './read-one.js';
import { SkipRules } from './skip-rules.js';

export { MAX_BANK_BYTES };

export interface Source {
  file: string;
  text: string;
}

declare const __QUIZDRILL_ROOT__: string | undefined;

/** The bank that ships with the package (the bundle sits one folder below the root, the sources two). */
export const BUNDLED_BANK_DIR = fileURLToPath(new URL(`${typeof __QUIZDRILL_ROOT__ === 'string' ? __QUIZDRILL_ROOT__ : '../../'}problems/`, import.meta.url));

const isBankName = (name: string): boolean => /\.ya?ml$/i.test(name) && !name.startsWith('.');

/** Deeper than any folder of banks; a tree this deep is a mistake, not a course. */
const MAX_DEPTH = 32;

/**
 * Reads every bank under the given files and folders (folders are searched
 * for *.yaml and *.yml, leaving out what SkipRules skips). What cannot be
 * read becomes a diagnostic, and the rest is still read: a FIFO, a device
 * or a socket is an error at its name, never a wait; a folder that cannot
 * be listed is an error, and its neighbours are still searched.
 */
export function readSources(paths: string[], cwd: string): { sources: Source[]; diagnostics: Diagnostic[] } {
  const sources: Source[] = [];
  const diagnostics: Diagnostic[] = [];
  // A file's name is printed: control characters in it are shown, never obeyed.
  const display = (p: string): string => {
    const r = relative(cwd, p);
    return visibleLine(r && !r.startsWith('..') ? r : p);
  };
  // Each real folder is searched and each real file read once, however many
  // links lead to it (two links to `.` would otherwise branch forever).
  const seen = new Set<string>();
  for (const given of paths) {
    // Relative to the folder the command runs in, which a caller may set (tests do).
    const path = resolve(cwd, given);
    let st: Stats;
    try {
      st = statSync(path);
    } catch (e) {
      diagnostics.push(diagnostic(visibleLine(given), START, 'read-error', `cannot read '${given}': ${reason(e)}; give a bank file or a folder of *.yaml files`));
      continue;
    }
    let files = [path];
    if (st.isDirectory()) {
      const found: Walked = { files: [], errors: [] };
      walk(path, st, SkipRules.above(path), { seen, depth: 0, out: found });
      for (const e of found.errors) diagnostics.push({ ...e, file: display(e.file) });
      files = found.files;
      if (files.length === 0 && found.errors.length === 0) diagnostics.push(diagnostic(visibleLine(given), START, 'no-banks', 'no *.yaml or *.yml bank files in this folder'));
    }
    for (const file of files) {
      const read = readOne(file);
      if (typeof read === 'string') sources.push({ file: display(file), text: read });
      else diagnostics.push({ ...read, file: display(file) });
    }
  }
  return { sources, diagnostics };
}

interface Walked {
  files: string[];
  errors: Diagnostic[];
}

/** Bank files under a folder, following links to files and to folders not yet searched, leaving out what `rules` skips. */
function walk(dir: string, st: Stats, rules: SkipRules, at: { seen: Set<string>; depth: number; out: Walked }): void {
  const { seen, depth, out } = at;
  const id = `${st.dev}:${st.ino}`;
  if (seen.has(id) || depth > MAX_DEPTH) return;
  seen.add(id);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    out.errors.push(diagnostic(dir, START, 'read-error', `cannot read the folder: ${reason(e)}; the banks beside it are still checked`));
    return;
  }
  const inside = rules.within(resolve(dir));
  // Code-point order, the same in every locale.
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const path = join(dir, name);
    let entry: Stats;
    try {
      entry = statSync(path); // follows links: what matters is what the link leads to
    } catch {
      if (isBankName(name) && !inside.skips(resolve(path), name, false)) out.files.push(path); // a dangling link: readOne says so
      continue;
    }
    if (inside.skips(resolve(path), name, entry.isDirectory())) continue;
    if (entry.isDirectory()) walk(path, entry, inside, { seen, depth: depth + 1, out });
    else if (!isBankName(name)) continue;
    else if (entry.isFile()) {
      const fileId = `${entry.dev}:${entry.ino}`;
      if (!seen.has(fileId)) out.files.push(path);
      seen.add(fileId);
    } else out.errors.push(notRegular(path, specialKind(entry)!));
  }
}
