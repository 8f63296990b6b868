// `check` of the bundled bank against `node -e 0` (issue 21's bar: within
// 6x), on the built bundle, with the bank's size, the cores and the load
// beside the figures: on a shared 2-core machine a ratio means little
// without them. `BENCH_ONLY=check npm run bench` prints this table alone.
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';

const node = process.execPath;
const BIN = 'bin/quizdrill.js';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall and CPU (every thread of the process) ms of one run; the CPU comes from bench/usage.mjs. */
function timed(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(node, ['--import', './bench/usage.mjs', ...args], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20, env: { ...process.env, NO_COLOR: '1' } });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { wall, cpu: Number(/bench-cpu-ms (\d+)/.exec(r.stderr)?.[1] ?? NaN) };
}

/** The bundled bank's size as check counts it. */
export function bankSize() {
  const r = JSON.parse(spawnSync(node, [BIN, 'check', '--bundled', '--json', '--jobs', '1'], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 }).stdout);
  return { files: r.files, problems: r.problems, parts: r.parts, variants: r.variants };
}

/**
 * Rows [what, wall ms, CPU ms, ratio of wall to `node -e 0`], each a median
 * of `runs`, the commands taking turns so that a change of load falls on
 * all of them; and the load average before and after.
 */
export function checkRatios(runs = Number(process.env.BENCH_CHECK_RUNS ?? 5)) {
  const cores = availableParallelism();
  // The default is one thread fewer than the cores (src/check/parallel.ts); the other row is one thread, or all the cores where that is the default.
  const jobs = Math.max(1, cores - 1);
  const other = jobs === 1 ? cores : 1;
  const commands = [
    ['`node -e 0` (the unit)', ['-e', '0']],
    [`\`quizdrill check --bundled\` (--jobs ${jobs}, the default here)`, [BIN, 'check', '--bundled']],
    [`\`quizdrill check --bundled --jobs ${other}\``, [BIN, 'check', '--bundled', '--jobs', String(other)]],
    ['`quizdrill check --bundled --variants 0` (templates at one seed)', [BIN, 'check', '--bundled', '--variants', '0']],
  ];
  const loadBefore = loadavg()[0];
  const times = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach(([, args], k) => times[k].push(timed(args)));
  const unit = median(times[0].map((t) => t.wall));
  const rows = commands.map(([what], k) => {
    const wall = median(times[k].map((t) => t.wall));
    return [what, wall, median(times[k].map((t) => t.cpu)), wall / unit];
  });
  return { rows, cores, runs, load: [loadBefore, loadavg()[0]] };
}
