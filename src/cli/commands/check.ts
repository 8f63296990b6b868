import { readSources, BUNDLED_BANK_DIR } from '../../bank/read-files.js';
import { checkSources, exitClass, type CheckReport } from '../../check/check-banks.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { colorFor } from '../color.js';
import { write, type Io } from '../io.js';
import { formatDiagnostic } from '../print-diagnostics.js';

export interface CheckOptions {
  json?: boolean;
  color?: boolean;
  variants?: number;
}

export function runCheck(io: Io, paths: string[], opts: CheckOptions): ExitCode {
  const { sources, diagnostics } = readSources(paths.length ? paths : [BUNDLED_BANK_DIR], io.cwd);
  const report = checkSources(sources, diagnostics, { ...(opts.variants !== undefined && { variants: opts.variants }) });
  const code = [EXIT.ok, EXIT.wrongKey, EXIT.invalid][exitClass(report)]!;
  if (opts.json) {
    write(io.stdout, JSON.stringify(report, null, 2));
    return code;
  }
  const c = colorFor(io, io.stdout, opts.color);
  const texts = new Map(sources.map((s) => [s.file, s.text]));
  for (const d of report.diagnostics) write(io.stdout, formatDiagnostic(d, c, (f) => texts.get(f)));
  write(io.stdout, summary(report, c));
  return code;
}

function summary(r: CheckReport, c: ReturnType<typeof colorFor>): string {
  const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = r.diagnostics.length - errors;
  const counts = `${r.files} file${r.files === 1 ? '' : 's'}, ${r.problems} problems, ${r.parts} parts` + (r.variants ? `, ${r.variants} template variants` : '');
  if (r.ok) return c.green(`✓ ${counts}: every key holds`) + (warnings ? c.yellow(` (${warnings} warning${warnings === 1 ? '' : 's'})`) : '');
  return c.red(`✗ ${counts}: ${errors} error${errors === 1 ? '' : 's'}`) + (warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : '');
}
