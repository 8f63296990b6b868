import { renameSync, rmSync, writeFileSync } from 'node:fs';
import type { SessionRecord } from '../../session/record.js';

export interface ReportMeta {
  version: string;
  banks: string[];
  options: Record<string, unknown>;
}

/**
 * Writes the session report whole or not at all (temp file, then rename),
 * so a crash mid-write never leaves a half report where a full one was. A
 * write that fails (a full disk) removes its temporary file and throws; the
 * report last written whole stays in place.
 */
export function writeReport(path: string, meta: ReportMeta, session: SessionRecord): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, reportJson(meta, session));
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** `--report -`: the report goes to standard output, once, when the drill ends. */
export const REPORT_TO_STDOUT = '-';

export function reportJson(meta: ReportMeta, session: SessionRecord): string {
  return JSON.stringify({ quizdrill: meta.version, banks: meta.banks, options: meta.options, ...session }, null, 2) + '\n';
}
