import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { closest } from '../../bank/suggest.js';
import { COMMAND_NAMES } from './names.js';
import type { ExplainWhen } from '../../session/drill.js';
import { selectProblems } from '../../session/select.js';
import { drawVariants, parseVariantCode } from '../../session/variants.js';
import { seeded } from '../../random/prng.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { styleFor } from '../color.js';
import { write, type Io } from '../io.js';
import { loadProblems } from '../load-problems.js';
import { runDrillCommand } from '../drill/run.js';
import { missedInLastSession } from '../../progress/plan.js';
import { Store, storeDir } from '../../progress/store.js';

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
  ascii?: boolean;
  store?: string;
  save?: boolean;
  missed?: boolean;
  bundled?: boolean;
}

export async function runPractice(io: Io, paths: string[], opts: PracticeOptions): Promise<ExitCode> {
  const typo = paths.find((p) => !/[./\\]/.test(p) && !existsSync(resolve(io.cwd, p)) && closest(p, COMMAND_NAMES));
  if (typo) {
    write(io.stderr, `quizdrill: '${typo}' is neither a command nor a bank file; did you mean 'quizdrill ${closest(typo, COMMAND_NAMES)}'? ('quizdrill --help' lists the commands)`);
    return EXIT.invalid;
  }
  const loaded = loadProblems(io, paths, opts.color, opts.bundled);
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
  let pool = loaded.problems;
  if (opts.missed) {
    const read = new Store(storeDir(io.env, opts.store)).read();
    for (const w of read.warnings) write(io.stderr, `quizdrill: ${w}`);
    pool = missedInLastSession(pool, read.records);
    if (pool.length === 0) {
      write(io.stdout, 'Nothing was missed or skipped in your last session.');
      return EXIT.ok;
    }
  }
  const selected = selectProblems(pool, { tags: opts.tag, ids, limit: opts.limit, shuffle, seed });
  const drawn = selected.ok ? drawVariants(selected.problems, seeded(randomInt(2 ** 31)), variants) : selected;
  if (!drawn.ok) {
    write(io.stderr, `quizdrill: ${drawn.error}`);
    return EXIT.invalid;
  }
  const style = styleFor(io, opts, true);
  if (shuffle) write(io.stdout, style.c.dim(`Shuffled with seed ${seed} (--seed ${seed} gives this order again).`));
  return runDrillCommand(io, {
    problems: drawn.problems,
    style,
    explain: opts.explain,
    ...(opts.report !== undefined && { report: opts.report }),
    store: opts.save === false ? false : opts.store,
    banks: loaded.files,
    options: { ...opts, color: style.c.level > 0, shuffle, seed, paths },
  });
}
