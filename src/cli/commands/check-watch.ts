import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readSources } from '../../bank/read-files.js';
import { CheckCache } from '../../check/check-cache.js';
import { CONFIG_FILE } from '../../config/course-config.js';
import { wrap } from '../../render/style.js';
import { visibleLine } from '../../text/visible.js';
import { selectBanks } from '../bank-selection.js';
import { colorFor } from '../color.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { write, type Io } from '../io.js';
import { STDIN_PATH } from '../stdin-source.js';
import { watchBanks } from '../watch-banks.js';
import { checkOnce, jsonReport, textReport, type CheckOptions } from './check.js';

const SIGNALS = { SIGINT: EXIT.interrupted, SIGTERM: EXIT.terminated, SIGHUP: EXIT.hangup } as const;
/** Clears a terminal's screen and scroll-back, and homes the cursor: each report replaces the last. */
const CLEAR = '\u001b[2J\u001b[3J\u001b[H';

/**
 * `check --watch`: checks the banks, then again on every save, checking
 * again only the problems that changed (CheckCache). Text reports replace
 * each other in a terminal; with --format json each run is one JSON
 * document on one line. Runs until Ctrl-C (exit 130), SIGTERM (143) or a
 * hang-up (129).
 */
export async function runCheckWatch(io: Io, paths: string[], opts: CheckOptions): Promise<ExitCode> {
  if (paths.includes(STDIN_PATH)) {
    write(io.stderr, "quizdrill: check --watch cannot watch standard input ('-'); give bank files or folders, or none for the course's banks");
    return EXIT.invalid;
  }
  // GITHUB_ACTIONS does not choose annotations here: a watch is for an author at work, not for CI.
  const format = opts.format ?? (opts.json ? 'json' : 'text');
  if (format !== 'text' && format !== 'json') {
    write(io.stderr, `quizdrill: check --watch prints a report on every save, and --format ${format} is one report for CI; use --format text, or json (one JSON document per line, one per run)`);
    return EXIT.invalid;
  }
  const json = format === 'json';
  const c = colorFor(io, io.stdout, opts.color);
  const width = Math.max(40, Math.min(io.stdout.columns ?? 80, 80));
  const clear = !json && Boolean(io.stdout.isTTY) && io.env.TERM !== 'dumb';
  // With JSON on stdout, what is said to the author goes to stderr.
  const say = json ? io.stderr : io.stdout;
  const config = [join(io.cwd, CONFIG_FILE), join(io.cwd, 'package.json')];
  let selection = selectBanks(io, paths, opts.bundled);
  const cache = new CheckCache();
  const shown = (p: string) => visibleLine(relative(io.cwd, p) || p);
  const watching = () => c.dim(wrap(`Watching ${visibleLine(selection.said)}; checking again on every save (Ctrl-C to stop)`, width));
  let runs = 0;

  const check = (changed: string[]): void => {
    if (!paths.length && changed.some((p) => config.includes(p))) {
      // The course's config lists the banks: watch what it lists now.
      const before = selection.said;
      selection = selectBanks(io, paths, opts.bundled);
      watcher?.setRoots(selection.paths);
      if (!clear && selection.said !== before) write(say, watching());
    }
    const started = performance.now();
    const read = readSources(selection.paths, io.cwd);
    const outcome = checkOnce(selection, read.sources, read.diagnostics, opts, cache);
    const ms = Math.round(performance.now() - started);
    runs++;
    const { checked, reused } = cache.last;
    if (json) {
      write(io.stdout, JSON.stringify({ ...jsonReport(outcome, visibleLine(selection.said)), run: runs, changed: changed.map(shown), checkedAgain: checked.length, ms }));
      return;
    }
    const total = checked.length + reused;
    const what = runs === 1 ? `checked ${total} problems in ${ms} ms` : `${changedText(changed.map(shown))}: ${checked.length} of ${total} problems checked again in ${ms} ms`;
    if (clear) io.stdout.write(CLEAR + watching() + '\n');
    write(io.stdout, c.dim(wrap(`[${new Date().toTimeString().slice(0, 8)}] ${what}`, width)));
    write(io.stdout, textReport(outcome, read.sources, c, width));
  };

  let fail: (e: unknown) => void = () => {};
  const guarded = (changed: string[]) => {
    try {
      check(changed);
    } catch (e) {
      fail(e);
    }
  };
  let watcher: Awaited<ReturnType<typeof watchBanks>> | undefined;
  watcher = await watchBanks(selection.paths, paths.length ? [] : config, io.cwd, {
    onChange: guarded,
    onError: (e) => write(io.stderr, `quizdrill: watching: ${e.message}`),
  });
  write(say, watching());
  return new Promise<ExitCode>((resolve, reject) => {
    const handlers = Object.entries(SIGNALS).map(([s, code]) => [s, () => stop(code)] as const);
    const stop = (code: ExitCode, error?: unknown) => {
      for (const [s, h] of handlers) process.off(s, h);
      void watcher?.close().then(() => (error === undefined ? resolve(code) : reject(error)), reject);
    };
    fail = (e) => stop(EXIT.internal, e);
    for (const [s, h] of handlers) process.on(s, h);
    guarded([]);
  });
}

/** `banks/a.yaml changed`, `banks/a.yaml and 2 more changed`. */
function changedText(files: string[]): string {
  if (!files.length) return 'changed';
  return `${files[0]}${files.length > 1 ? ` and ${files.length - 1} more` : ''} changed`;
}
