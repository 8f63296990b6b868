import { readSources } from '../../bank/read-files.js';
import { loadNetworkFile } from '../../bank/network-file.js';
import { nnReport } from '../../nn/report.js';
import { renderNnTable } from '../../render/nn-table.js';
import { byLocation } from '../../diagnostics/diagnostic.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { colorFor } from '../color.js';
import { write, type Io } from '../io.js';
import { formatDiagnostic } from '../print-diagnostics.js';

export interface NnOptions {
  json?: boolean;
  color?: boolean;
}

export function runNn(io: Io, file: string, opts: NnOptions): ExitCode {
  const c = colorFor(io, io.stderr, opts.color);
  const { sources, diagnostics } = readSources([file], io.cwd);
  const source = sources[0];
  const loaded = source ? loadNetworkFile(source.file, source.text) : undefined;
  if (!loaded?.ok) {
    const all = [...diagnostics, ...(loaded && !loaded.ok ? loaded.diagnostics : [])].sort(byLocation);
    for (const d of all) write(io.stderr, formatDiagnostic(d, c, () => source?.text));
    return EXIT.invalid;
  }
  const report = nnReport(loaded.bank.data.network, loaded.bank.data.input);
  const { network, input } = loaded.bank.data;
  write(io.stdout, opts.json ? JSON.stringify(report, null, 2) : renderNnTable(report, { network, x: input }));
  return EXIT.ok;
}
