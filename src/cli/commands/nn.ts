import { readSources } from '../../bank/read-files.js';
import { loadNetworkFile, type EvaluableNetwork } from '../../bank/network-file.js';
import { networkOf, pointsOf } from '../../compute/network-of.js';
import { lossReport, riskReport } from '../../nn/loss-report.js';
import { nnReport } from '../../nn/report.js';
import { renderLossTable, renderRiskTable } from '../../render/nn-loss-table.js';
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
  write(io.stdout, nnOutput(loaded.bank.data.network, opts.json === true));
  return EXIT.ok;
}

/**
 * What `nn` prints. Without a loss: H and its derivatives, as it always
 * has. With one: the loss and its derivatives at the input, or the risk
 * over the data with each point's own pass. Matrices are in the file's layout.
 */
function nnOutput(block: EvaluableNetwork, json: boolean): string {
  const net = networkOf(block)!;
  const points = pointsOf(block) ?? [];
  const layout = block.layout;
  const show = { network: net, layout };
  if (block.data) {
    const report = riskReport(net, points, block.reduce ?? 'mean', layout);
    return json ? JSON.stringify(report, null, 2) : renderRiskTable(report, show);
  }
  const point = points[0]!;
  if (block.loss) {
    const report = lossReport(net, point, layout);
    return json ? JSON.stringify(report, null, 2) : renderLossTable(report, { ...show, x: point.x, y: point.y });
  }
  const report = nnReport(net, point.x, layout);
  return json ? JSON.stringify(report, null, 2) : renderNnTable(report, { ...show, x: point.x });
}
