import { availableParallelism } from 'node:os';
import { readSources, type Source } from '../../bank/read-files.js';
import type { ChalkInstance } from 'chalk';
import { checkSources, DEFAULT_VARIANTS, exitClass, type CheckReport } from '../../check/check-banks.js';
import type { CheckCache, Prepared } from '../../check/check-cache.js';
import type { BankSelection } from '../../config/find-banks.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { colorFor } from '../color.js';
import { write, type Io } from '../io.js';
import { progressLine } from '../progress-line.js';
import { formatDiagnostic } from '../print-diagnostics.js';
import { selectBanks } from '../bank-selection.js';
import { githubAnnotation } from '../check-formats/github.js';
import { junitReport } from '../check-formats/junit.js';
import { readStdinSource, STDIN_PATH } from '../stdin-source.js';
import { VERSION } from '../version.js';
import { hangingWrap } from '../../render/style.js';
import { visibleLine } from '../../text/visible.js';

export const CHECK_FORMATS = ['text', 'json', 'github', 'junit'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckOptions {
  json?: boolean;
  format?: CheckFormat;
  color?: boolean;
  ascii?: boolean;
  variants?: number;
  maxWarnings?: number;
  bundled?: boolean;
  /** Threads that check template variants (default: the cores); the report is the same for any number. */
  jobs?: number;
}

/** `--format`, else `--json`, else annotations inside GitHub Actions, else text. */
export function formatOf(io: Io, opts: CheckOptions): CheckFormat {
  return opts.format ?? (opts.json ? 'json' : io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
}

export async function runCheck(io: Io, paths: string[], opts: CheckOptions & { watch?: boolean }): Promise<ExitCode> {
  if (opts.watch) {
    const { runCheckWatch } = await import('./check-watch.js');
    return runCheckWatch(io, paths, opts);
  }
  const fromStdin = paths.includes(STDIN_PATH);
  const selection = selectBanks(io, paths.filter((p) => p !== STDIN_PATH), opts.bundled && !fromStdin ? true : opts.bundled);
  // `check -` alone reads only stdin, not the course's banks as well.
  const read = fromStdin && paths.length === 1 && !opts.bundled ? { sources: [], diagnostics: [] } : readSources(selection.paths, io.cwd);
  const sources: Source[] = [...read.sources, ...(fromStdin ? [await readStdinSource(io)] : [])];
  const { checkTemplatesInParallel, defaultJobs } = await import('../../check/parallel.js');
  // A check of a large bank takes seconds: a terminal is told how far it is.
  const progress = progressLine(io);
  const onTaken = progress && ((taken: number, total: number) => progress.say(`Checking: template ${taken} of ${total}`));
  const prepared = await checkTemplatesInParallel(sources, variantsOf(selection, opts), opts.jobs ?? defaultJobs(availableParallelism()), undefined, onTaken);
  const total = [...prepared.banks.values()].reduce((n, b) => n + ((b.ok ? b.bank : b.partial)?.problems.length ?? 0), 0);
  let checked = 0;
  const onChecked = progress && (() => progress.say(`Checking: ${++checked} of ${total} problems`));
  const outcome = checkOnce(selection, sources, read.diagnostics, opts, undefined, prepared, onChecked);
  progress?.done();
  // File names come from arguments or a course's config: shown, like bank text, with control characters visible.
  const said = visibleLine(fromStdin ? (paths.length === 1 ? 'the bank on standard input' : `${selection.said} and the bank on standard input`) : selection.said);
  const format = formatOf(io, opts);
  switch (format) {
    case 'json':
      write(io.stdout, JSON.stringify(jsonReport(outcome, said), null, 2));
      break;
    case 'junit':
      write(io.stdout, junitReport(outcome.report));
      break;
    case 'github':
      write(io.stdout, `Checking ${said}`);
      for (const d of outcome.report.diagnostics) write(io.stdout, githubAnnotation(d));
      if (outcome.limit) write(io.stdout, `::error title=quizdrill max-warnings::${outcome.limit}`);
      write(io.stdout, summary(outcome, colorFor(io, io.stdout, false)));
      break;
    case 'text': {
      const c = colorFor(io, io.stdout, opts.color);
      write(io.stdout, c.dim(`Checking ${said}`));
      write(io.stdout, textReport(outcome, sources, c));
      break;
    }
    default: {
      const never: never = format;
      throw new Error(`unhandled format ${String(never)}`);
    }
  }
  return outcome.code;
}

/** A check's report, with what decides the exit code: the counts and the warning limit. */
export interface CheckOutcome {
  report: CheckReport;
  errors: number;
  warnings: number;
  maxWarnings?: number;
  /** Set when there are more warnings than allowed: says so. */
  limit?: string;
  code: ExitCode;
}

/** Checks the sources read from a selection of banks, with the options of the command line, else of the course's config. */
export function checkOnce(
  selection: BankSelection,
  sources: Source[],
  readDiagnostics: Diagnostic[],
  opts: CheckOptions,
  cache?: CheckCache,
  prepared?: Prepared,
  /** Called as each problem's check is done, for a progress line. */
  onChecked?: () => void,
): CheckOutcome {
  const config = selection.config ?? {};
  const report = checkSources(sources, [...selection.diagnostics, ...readDiagnostics], {
    variants: variantsOf(selection, opts),
    ...(config.ignore && { ignore: config.ignore }),
    ...(onChecked && { onChecked }),
  }, cache, prepared);
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.length - errors;
  const maxWarnings = opts.maxWarnings ?? config['max-warnings'];
  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  const cls = exitClass(report);
  // Too many warnings fail the run as a wrong key does (eslint's --max-warnings).
  const code = [EXIT.ok, EXIT.wrongKey, EXIT.invalid][cls === 0 && tooManyWarnings ? 1 : cls]!;
  const limit = tooManyWarnings ? `${warnings} warnings, more than the ${maxWarnings} allowed (--max-warnings)` : undefined;
  return { report, errors, warnings, code, ...(maxWarnings !== undefined && { maxWarnings }), ...(limit && { limit }) };
}

/** Variants of each template to check: the command line's, else the course's config's, else 200. */
function variantsOf(selection: BankSelection, opts: CheckOptions): number {
  return opts.variants ?? selection.config?.variants ?? DEFAULT_VARIANTS;
}

/**
 * Each diagnostic (errors with their source line and a caret), then the
 * summary line. With a `width`, each diagnostic's first line and the summary
 * are wrapped to it (`check` keeps one line per diagnostic, for grep).
 */
export function textReport(outcome: CheckOutcome, sources: Source[], c: ChalkInstance, width?: number): string {
  const texts = new Map(sources.map((s) => [s.file, s.text]));
  const fit = (text: string): string => {
    if (width === undefined) return text;
    const [head = '', ...rest] = text.split('\n');
    return [hangingWrap('', head, width, '    '), ...rest].join('\n');
  };
  return [...outcome.report.diagnostics.map((d) => formatDiagnostic(d, c, (f) => texts.get(f))), summary(outcome, c)].map(fit).join('\n');
}

export function jsonReport(o: CheckOutcome, banks: string) {
  const { sites: _sites, diagnostics, ...counts } = o.report;
  return { version: VERSION, banks, ...counts, errors: o.errors, warnings: o.warnings, ...(o.maxWarnings !== undefined && { maxWarnings: o.maxWarnings }), diagnostics: diagnostics.map(plain) };
}

function plain(d: Diagnostic): Diagnostic {
  return { file: d.file, line: d.line, col: d.col, code: d.code, severity: d.severity, message: d.message };
}

function summary(o: CheckOutcome, c: ChalkInstance): string {
  const { report: r, errors, warnings, limit } = o;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const counts = `${plural(r.files, 'file')}, ${plural(r.problems, 'problem')}, ${plural(r.parts, 'part')}` + (r.variants ? `, ${r.variants} template variants` : '');
  if (r.ok && !limit) return c.green(`✓ ${counts}: every key holds`) + (warnings ? c.yellow(` (${plural(warnings, 'warning')})`) : '');
  if (r.ok) return c.red(`✗ ${counts}: every key holds, but ${limit}`);
  return c.red(`✗ ${counts}: ${plural(errors, 'error')}`) + (warnings ? `, ${plural(warnings, 'warning')}` : '') + (limit ? `; ${limit}` : '');
}
