import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** Folders never searched for banks: they hold tools and dependencies, not a course's problems. */
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** A .gitignore larger than this is not a hand-written one; it is not read. */
const MAX_GITIGNORE_BYTES = 256 * 1024;

interface Layer {
  base: string;
  rules: Ignore;
}

/**
 * What a folder search leaves out: `node_modules`, folders whose name
 * starts with a dot (.git, .github, .vscode), and what the `.gitignore`
 * files of the repository ignore, as git would. A file named on the
 * command line is always read; these rules apply only inside folders.
 */
export class SkipRules {
  private constructor(private readonly layers: Layer[]) {}

  /**
   * The rules for a search of the folder `root`: the .gitignore files above
   * it, up to the repository's top. (Its own and those below are added by
   * `within` as the search enters each folder.)
   */
  static above(root: string): SkipRules {
    const top = repositoryTop(root);
    const chain: string[] = [];
    if (top !== undefined && top !== root) {
      for (let dir = dirname(root); ; dir = dirname(dir)) {
        chain.unshift(dir);
        if (dir === top || dirname(dir) === dir) break;
      }
    }
    return chain.reduce<SkipRules>((rules, dir) => rules.within(dir), new SkipRules([]));
  }

  /** The rules inside `dir`, with its own .gitignore added. */
  within(dir: string): SkipRules {
    const text = readGitignore(join(dir, '.gitignore'));
    return text === undefined ? this : new SkipRules([...this.layers, { base: dir, rules: ignore().add(text) }]);
  }

  /** Whether the search passes over this entry of a folder. */
  skips(path: string, name: string, isDir: boolean): boolean {
    if (isDir && (name.startsWith('.') || SKIPPED_FOLDERS.has(name))) return true;
    return this.layers.some(({ base, rules }) => {
      const rel = relative(base, path);
      if (rel === '' || rel.startsWith('..')) return false;
      return rules.ignores(rel.split(sep).join('/') + (isDir ? '/' : ''));
    });
  }
}

/** The nearest folder at or above `dir` that holds `.git`, if any. */
function repositoryTop(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    try {
      statSync(join(d, '.git'));
      return d;
    } catch {
      // not here: look higher
    }
    if (dirname(d) === d) return undefined;
  }
}

function readGitignore(file: string): string | undefined {
  try {
    const st = statSync(file);
    if (!st.isFile() || st.size > MAX_GITIGNORE_BYTES) return undefined;
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Whether a search of the folder `root` passes over `path` (an entry below
 * it, a folder or a file), as `readSources` would: for a watcher, which
 * should not watch what no check reads. The rules of each folder on the way
 * are read once and kept.
 */
export function skipsBelow(root: string): (path: string, isDir: boolean) => boolean {
  const rulesIn = new Map<string, SkipRules>();
  const rulesOf = (dir: string): SkipRules => {
    let rules = rulesIn.get(dir);
    if (!rules) {
      rules = (dir === root ? SkipRules.above(root) : rulesOf(dirname(dir))).within(dir);
      rulesIn.set(dir, rules);
    }
    return rules;
  };
  return (path, isDir) => {
    const rel = relative(root, path);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
    return rulesOf(dirname(path)).skips(path, basename(path), isDir);
  };
}
