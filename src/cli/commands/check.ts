import { readSources, type Source } from '../../bank/read-files.js';
import { checkSources, exitClass, type CheckReport } from '../../check/check-banks.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { colorFor } from '../color.js';
import { write, type Io } from '../io.js';
import { formatDiagnostic } from '../print-diagnostics.js';
import { selectBanks } from '../bank-selection.js';
import { githubAnnotation } from '../check-formats/github.js';
import { junitReport } from '../check-formats/junit.js';
import { readStdinSource, STDIN_PATH } from '../stdin-source.js';
import { VERSION } from '../version.js';

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
}

const DEFAULT_VARIANTS = 200;

/** `--format`, else `--json`, else annotations inside GitHub Actions, else text. */
export function formatOf(io: Io, opts: CheckOptions): CheckFormat {
  return opts.format ?? (opts.json ? 'json' : io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
}

export async function runCheck(io: Io, paths: string[], opts: CheckOptions): Promise<ExitCode> {
  const fromStdin = paths.includes(STDIN_PATH);
  const selection = selectBanks(io, paths.filter((p) => p !== STDIN_PATH), opts.bundled && !fromStdin ? true : opts.bundled);
  // `check -` alone reads only stdin, not the course's banks as well.
  const read = fromStdin && paths.length === 1 && !opts.bundled ? { sources: [], diagnostics: [] } : readSources(selection.paths, io.cwd);
  const sources: Source[] = [...read.sources, ...(fromStdin ? [await readStdinSource(io)] : [])];
  const config = selection.config ?? {};
  const report = checkSources(sources, [...selection.diagnostics, ...read.diagnostics], {
    variants: opts.variants ?? config.variants ?? DEFAULT_VARIANTS,
    ...(config.ignore && { ignore: config.ignore }),
  });
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.length - errors;
  const maxWarnings = opts.maxWarnings ?? config['max-warnings'];
  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  const cls = exitClass(report);
  // Too many warnings fail the run as a wrong key does (eslint's --max-warnings).
  const code = [EXIT.ok, EXIT.wrongKey, EXIT.invalid][cls === 0 && tooManyWarnings ? 1 : cls]!;
  const said = fromStdin ? (paths.length === 1 ? 'the bank on standard input' : `${selection.said} and the bank on standard input`) : selection.said;
  const limit = tooManyWarnings ? `${warnings} warnings, more than the ${maxWarnings} allowed (--max-warnings)` : undefined;
  const format = formatOf(io, opts);
  switch (format) {
    case 'json':
      write(io.stdout, JSON.stringify(jsonReport(report, said, errors, warnings, maxWarnings), null, 2));
      break;
    case 'junit':
      write(io.stdout, junitReport(report));
      break;
    case 'github':
      write(io.stdout, `Checking ${said}`);
      for (const d of report.diagnostics) write(io.stdout, githubAnnotation(d));
      if (limit) write(io.stdout, `::error title=quizdrill max-warnings::${limit}`);
      write(io.stdout, summary(report, errors, warnings, limit, colorFor(io, io.stdout, false)));
      break;
    case 'text': {
      const c = colorFor(io, io.stdout, opts.color);
      const texts = new Map(sources.map((s) => [s.file, s.text]));
      write(io.stdout, c.dim(`Checking ${said}`));
      for (const d of report.diagnostics) write(io.stdout, formatDiagnostic(d, c, (f) => texts.get(f)));
      write(io.stdout, summary(report, errors, warnings, limit, c));
      break;
    }
    default: {
      const never: never = format;
      throw new Error(`unhandled format ${String(never)}`);
    }
  }
  return code;
}

function jsonReport(r: CheckReport, banks: string, errors: number, warnings: number, maxWarnings: number | undefined) {
  const { sites: _sites, diagnostics, ...counts } = r;
  return { version: VERSION, banks, ...counts, errors, warnings, ...(maxWarnings !== undefined && { maxWarnings }), diagnostics: diagnostics.map(plain) };
}

function plain(d: Diagnostic): Diagnostic {
  return { file: d.file, line: d.line, col: d.col, code: d.code, severity: d.severity, message: d.message };
}

function summary(r: CheckReport, errors: number, warnings: number, limit: string | undefined, c: ReturnType<typeof colorFor>): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const counts = `${plural(r.files, 'file')}, ${plural(r.problems, 'problem')}, ${plural(r.parts, 'part')}` + (r.variants ? `, ${r.variants} template variants` : '');
  if (r.ok && !limit) return c.green(`✓ ${counts}: every key holds`) + (warnings ? c.yellow(` (${plural(warnings, 'warning')})`) : '');
  if (r.ok) return c.red(`✗ ${counts}: every key holds, but ${limit}`);
  return c.red(`✗ ${counts}: ${plural(errors, 'error')}`) + (warnings ? `, ${plural(warnings, 'warning')}` : '') + (limit ? `; ${limit}` : '');
}
