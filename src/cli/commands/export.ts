import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readSources } from '../../bank/read-files.js';
import { selectBanks } from '../bank-selection.js';
import { collectExport, renderExport, type ExportFormat, type ExportWarning } from '../../export/index.js';
import { colorFor } from '../color.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { write, type Io } from '../io.js';
import { formatDiagnostic } from '../print-diagnostics.js';

export interface ExportOptions {
  output?: string;
  tag?: string[];
  id?: string[];
  variants: number;
  seed: number;
  answers?: boolean;
  color?: boolean;
}

/**
 * Checks the banks as `check` does, then writes the export. A bank that
 * fails its check writes nothing: the diagnostics go to stderr, and the
 * exit code is check's (1 for a wrong key, 2 for a bank that is invalid).
 */
export async function runExport(io: Io, format: ExportFormat, paths: string[], opts: ExportOptions): Promise<ExitCode> {
  const c = colorFor(io, io.stderr, opts.color);
  // The banks `check` would read: the paths given, else the course's (its config, problems/ or banks/), else the bundled bank.
  const selection = selectBanks(io, paths, false);
  const { sources, diagnostics } = readSources(selection.paths, io.cwd);
  const config = selection.config ?? {};
  const collected = collectExport(sources, [...selection.diagnostics, ...diagnostics], {
    check: { ...(config.variants !== undefined && { variants: config.variants }), ...(config.ignore && { ignore: config.ignore }) },
    variants: opts.variants,
    seed: opts.seed,
    ...(io.checkCache && { cache: io.checkCache }),
    ...(opts.tag && { tags: opts.tag }),
    ...(opts.id && { ids: opts.id }),
  });
  if (!collected.ok) {
    if (collected.kind === 'selection') {
      write(io.stderr, `quizdrill: ${collected.error}`);
      return EXIT.invalid;
    }
    const texts = new Map(sources.map((s) => [s.file, s.text]));
    for (const d of collected.report.diagnostics) if (d.severity === 'error') write(io.stderr, formatDiagnostic(d, c, (f) => texts.get(f)));
    const errors = collected.report.diagnostics.filter((d) => d.severity === 'error').length;
    write(io.stderr, c.red(`quizdrill: nothing exported: the banks fail check (${errors} error${errors === 1 ? '' : 's'}); fix them, then export again`));
    return collected.exit === 2 ? EXIT.invalid : EXIT.wrongKey;
  }
  const out = await renderExport(format, collected.bank, { answers: Boolean(opts.answers) });
  if (!out.single && (!opts.output || opts.output === '-')) {
    write(io.stderr, `quizdrill: the ${format} export is a folder of files; give the folder with -o DIR`);
    return EXIT.invalid;
  }
  for (const w of out.warnings) write(io.stderr, c.yellow(warningText(format, w)));
  if (out.single && (!opts.output || opts.output === '-')) {
    io.stdout.write(out.files[0]!.content);
    return EXIT.ok;
  }
  const target = resolve(io.cwd, opts.output!);
  try {
    for (const f of out.files) {
      const path = out.single ? target : join(target, f.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.content);
    }
  } catch (e) {
    write(io.stderr, `quizdrill: cannot write '${opts.output}': ${(e as Error).message}`);
    return EXIT.invalid;
  }
  const problems = collected.bank.problems.length;
  const parts = collected.bank.problems.reduce((n, p) => n + p.parts.length, 0);
  write(io.stderr, `quizdrill: exported ${problems} problem${problems === 1 ? '' : 's'} (${parts} parts) as ${format} to ${opts.output}`);
  return EXIT.ok;
}

function warningText(format: ExportFormat, w: ExportWarning): string {
  return `quizdrill: warning: ${format}: ${w.problem}${w.part === undefined ? '' : ` part ${w.part}`}: ${w.message}`;
}
