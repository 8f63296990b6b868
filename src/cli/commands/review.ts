import { randomInt } from 'node:crypto';
import { planReview, take } from '../../progress/plan.js';
import { replay } from '../../progress/schedule.js';
import { Store, storeDir } from '../../progress/store.js';
import { seeded } from '../../random/prng.js';
import type { ExplainWhen } from '../../session/drill.js';
import { drawVariants } from '../../session/variants.js';
import { runDrillCommand } from '../drill/run.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { styleFor } from '../color.js';
import { write, type Io } from '../io.js';
import { loadProblems } from '../load-problems.js';

export interface ReviewOptions {
  max?: number;
  new?: number;
  retention: number;
  explain: ExplainWhen;
  report?: string;
  store?: string;
  color?: boolean;
  ascii?: boolean;
  bundled?: boolean;
}

const count = (ps: { parts: unknown[] }[]) => ps.reduce((n, p) => n + p.parts.length, 0);

export async function runReview(io: Io, paths: string[], opts: ReviewOptions): Promise<ExitCode> {
  const loaded = loadProblems(io, paths, opts.color, opts.bundled);
  if (!loaded.ok) return EXIT.invalid;
  const style = styleFor(io, opts, true);
  const read = new Store(storeDir(io.env, opts.store)).read();
  for (const w of read.warnings) write(io.stderr, `quizdrill: ${w}`);
  const plan = planReview(loaded.problems, replay(read.records, opts.retention), new Date(), opts.max);
  const due = count(plan.due);
  const more = plan.dueTotal > due ? ` (drilling the ${due} most overdue)` : '';
  write(io.stdout, plan.dueTotal ? `${plan.dueTotal} part${plan.dueTotal === 1 ? ' is' : 's are'} due for review${more}.` : 'Nothing is due for review now.');

  let extra = opts.new ?? 0;
  const room = opts.max === undefined ? Infinity : opts.max - due;
  if (opts.new === undefined && room > 0 && plan.fresh.length && io.stdin.isTTY && io.stdout.isTTY) {
    const { confirm } = await import('../drill/prompts.js');
    try {
      const more = await confirm({ message: `Then drill new parts (${plan.freshTotal} never answered)?`, default: due === 0 }, { input: io.stdin, output: io.stdout });
      extra = more ? Math.min(room, 10) : 0;
    } catch {
      return EXIT.interrupted;
    }
  }
  const problems = [...plan.due, ...take(plan.fresh, Math.min(extra, room))];
  if (problems.length === 0) {
    write(io.stdout, plan.fresh.length ? 'Use --new N to drill parts you have not answered yet.' : 'Every part has been answered; come back when some are due.');
    return EXIT.ok;
  }
  const drawn = drawVariants(problems, seeded(randomInt(2 ** 31)));
  if (!drawn.ok) {
    write(io.stderr, `quizdrill: ${drawn.error}`);
    return EXIT.invalid;
  }
  return runDrillCommand(io, {
    problems: drawn.problems,
    style,
    explain: opts.explain,
    ...(opts.report !== undefined && { report: opts.report }),
    store: opts.store,
    banks: loaded.files,
    options: { ...opts, color: style.c.level > 0, paths, mode: 'review' },
  });
}
