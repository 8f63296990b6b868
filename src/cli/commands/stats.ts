import { replay } from '../../progress/schedule.js';
import { computeStats } from '../../progress/stats.js';
import { Store, storeDir } from '../../progress/store.js';
import { statsText } from '../../render/stats.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { styleFor } from '../color.js';
import { write, type Io } from '../io.js';
import { loadProblems } from '../load-problems.js';

export function runStats(io: Io, paths: string[], opts: { json?: boolean; color?: boolean; ascii?: boolean; bundled?: boolean; store?: string; retention: number }): ExitCode {
  const loaded = loadProblems(io, paths, opts.color, opts.bundled);
  if (!loaded.ok) return EXIT.invalid;
  const read = new Store(storeDir(io.env, opts.store)).read();
  for (const w of read.warnings) write(io.stderr, `quizdrill: ${w}`);
  const stats = computeStats(read.records, replay(read.records, opts.retention), new Date(), loaded.problems);
  write(io.stdout, opts.json ? JSON.stringify(stats, null, 2) : statsText(stats, styleFor(io, opts)));
  return EXIT.ok;
}
