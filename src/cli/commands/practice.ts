import { randomInt } from 'node:crypto';
import { summaryText } from '../../render/summary.js';
import type { Style } from '../../render/style.js';
import { runDrill, type DrillUi, type ExplainWhen } from '../../session/drill.js';
import { selectProblems } from '../../session/select.js';
import { drawVariants, parseVariantCode } from '../../session/variants.js';
import { seeded } from '../../random/prng.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { colorFor, write, type Io } from '../io.js';
import { loadProblems } from '../load-problems.js';
import { lineUi } from '../drill/line-ui.js';
import { writeReport } from '../drill/report-file.js';
import { VERSION } from '../version.js';

export interface PracticeOptions {
  tag?: string[];
  id?: string[];
  variant?: string[];
  limit?: number;
  shuffle?: boolean;
  seed?: number;
  explain: ExplainWhen;
  report?: string;
  color?: boolean;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export async function runPractice(io: Io, paths: string[], opts: PracticeOptions): Promise<ExitCode> {
  const loaded = loadProblems(io, paths, opts.color);
  if (!loaded.ok) return EXIT.invalid;
  const shuffle = Boolean(opts.shuffle || opts.seed !== undefined);
  const seed = opts.seed ?? (shuffle ? randomInt(2 ** 31) : undefined);
  const requests = (opts.variant ?? []).map((code) => ({ code, request: parseVariantCode(code) }));
  const badCode = requests.find((r) => !r.request);
  if (badCode) {
    write(io.stderr, `quizdrill: '${badCode.code}' is not a variant code; a code is a problem id, '@' and a seed, as the drill shows it (e.g. sgd-step-fresh@42)`);
    return EXIT.invalid;
  }
  const variants = requests.map((r) => r.request!);
  const ids = opts.id || variants.length ? [...(opts.id ?? []), ...variants.map((v) => v.id)] : undefined;
  const selected = selectProblems(loaded.problems, { tags: opts.tag, ids, limit: opts.limit, shuffle, seed });
  const drawn = selected.ok ? drawVariants(selected.problems, seeded(randomInt(2 ** 31)), variants) : selected;
  if (!drawn.ok) {
    write(io.stderr, `quizdrill: ${drawn.error}`);
    return EXIT.invalid;
  }
  const style: Style = { c: colorFor(io, io.stdout, opts.color), width: Math.min(io.stdout.columns ?? 80, 80) };
  const meta = { version: VERSION, banks: loaded.files, options: { ...opts, shuffle, seed, paths } };
  const save = opts.report ? (s: Parameters<typeof writeReport>[2]) => writeReport(opts.report!, meta, s) : undefined;
  const first = { startedAt: new Date().toISOString(), seconds: 0, score: { right: 0, wrong: 0, skipped: 0, total: 0 }, tags: {}, parts: [] };
  try {
    save?.(first); // fail now, before any answer, if the report cannot be written
  } catch (e) {
    write(io.stderr, `quizdrill: cannot write the report '${opts.report}': ${(e as Error).message}`);
    return EXIT.invalid;
  }
  if (shuffle) write(io.stdout, style.c.dim(`Shuffled with seed ${seed} (--seed ${seed} gives this order again).`));

  const abort = new AbortController();
  const onSignal = () => abort.abort();
  for (const s of SIGNALS) process.on(s, onSignal);
  const interactive = Boolean(io.stdin.isTTY && io.stdout.isTTY);
  const streams = { input: io.stdin, output: io.stdout };
  const ui: DrillUi & { close?(): void } = interactive
    ? (await import('../drill/tty-ui.js')).ttyUi(await import('@inquirer/prompts'), streams, style, abort.signal)
    : lineUi(streams, style, abort.signal);
  try {
    const session = await runDrill(drawn.problems, ui, { clock: Date.now, explain: opts.explain, onRecord: save });
    save?.(session);
    write(io.stdout, summaryText(session, style));
    if (opts.report) write(io.stdout, style.c.dim(`Report written to ${opts.report}`));
    return session.ended === 'interrupted' ? EXIT.interrupted : EXIT.ok;
  } finally {
    for (const s of SIGNALS) process.off(s, onSignal);
    ui.close?.();
  }
}
