import { resolve, basename, sep } from 'node:path';
import type { Stats } from 'node:fs';
import { watch, type FSWatcher } from 'chokidar';
import { skipsBelow } from '../bank/skip-rules.js';

/**
 * Quiet time after the last file event before checking: an editor's save
 * is often several events (write, truncate, rename), and they should make
 * one report. Short, since a one-problem edit is reported in ~100 ms.
 */
export const SETTLE_MS = 10;

export interface BankWatcher {
  /** Watch these banks instead (the course's config changed). */
  setRoots(roots: string[]): void;
  close(): Promise<void>;
}

export interface WatchHandlers {
  /** The paths that changed since the last call, once the events settle. */
  onChange(paths: string[]): void;
  onError(error: Error): void;
}

const isBankName = (name: string): boolean => /\.ya?ml$/i.test(name);

/**
 * Watches bank files and folders with chokidar, leaving out what a check
 * never reads (node_modules, dot-folders, what .gitignore ignores, files
 * that are not YAML), plus `extra` files (the course's config). Resolves
 * once the first scan is done, so that no save after it is missed.
 *
 * chokidar rather than Node 20's recursive fs.watch: on Linux the latter
 * walks the tree asynchronously and can miss a folder made during the walk
 * (nodejs/node#48437), has thrown on deleted files (nodejs/node#52018), and
 * cannot leave out node_modules, so it would watch every folder in it.
 */
export function watchBanks(roots: string[], extra: string[], cwd: string, handlers: WatchHandlers): Promise<BankWatcher> {
  let named = new Set(roots.map((r) => resolve(cwd, r)));
  const extras = new Set(extra.map((e) => resolve(cwd, e)));
  const skippers = new Map<string, (path: string, isDir: boolean) => boolean>();
  const skipperOf = (root: string) => {
    let s = skippers.get(root);
    if (!s) skippers.set(root, (s = skipsBelow(root)));
    return s;
  };
  const ignored = (path: string, stats?: Stats): boolean => {
    if (named.has(path) || extras.has(path)) return false;
    const name = basename(path);
    // Dot-folders are never searched, and a dot-file is not a bank.
    if (name.startsWith('.') || name === 'node_modules') return true;
    if (!stats) return false; // asked before the kind is known: asked again with it
    if (stats.isFile() && !isBankName(name)) return true;
    const root = [...named].find((r) => path.startsWith(r + sep));
    return root !== undefined && skipperOf(root)(path, stats.isDirectory());
  };
  const watcher = watch([...named], { ignoreInitial: true, ignored, persistent: true });
  // The config files, by a watcher of their folder alone. Given to the same
  // watcher as the banks, a file that does not exist yet has it watch the
  // whole folder, banks again included, and saves were then missed.
  const home = resolve(cwd);
  const configWatcher = extras.size && !named.has(home) ? watch(home, { ignoreInitial: true, depth: 0, ignored: (p) => p !== home && !extras.has(p) }) : undefined;
  if (!configWatcher) for (const e of extras) watcher.add(e);
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const onEvent = (_event: string, path: string) => {
    changed.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const paths = [...changed];
      changed.clear();
      handlers.onChange(paths);
    }, SETTLE_MS);
  };
  const onError = (e: unknown) => handlers.onError(e instanceof Error ? e : new Error(String(e)));
  for (const w of [watcher, configWatcher]) w?.on('all', onEvent).on('error', onError);
  const api: BankWatcher = {
    setRoots(next) {
      const nextSet = new Set(next.map((r) => resolve(cwd, r)));
      const gone = [...named].filter((r) => !nextSet.has(r));
      const added = [...nextSet].filter((r) => !named.has(r));
      named = nextSet;
      if (gone.length) watcher.unwatch(gone);
      if (added.length) watcher.add(added);
    },
    async close() {
      clearTimeout(timer);
      await Promise.all([watcher.close(), configWatcher?.close()]);
    },
  };
  const ready = (w: FSWatcher | undefined) => new Promise<void>((done) => (w ? w.once('ready', done) : done()));
  return Promise.all([ready(watcher), ready(configWatcher)]).then(() => api);
}
