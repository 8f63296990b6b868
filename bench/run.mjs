// npm run bench: start-up ratios, check throughput and memory, grading
// throughput, and the time check --watch takes to report an edit. Prints
// Markdown tables for the README. Run after `npm run build`.
import { spawn, spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { makeBank } from './make-bank.mjs';

const node = process.execPath;
const BIN = 'bin/quizdrill.js';
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeRun(args, input = '') {
  const t = process.hrtime.bigint();
  const r = spawnSync(node, args, { input, encoding: 'utf8', maxBuffer: 256 * 2 ** 20, env: { ...process.env, NO_COLOR: '1', QUIZDRILL_HOME: 'bench/out/home' } });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const rss = Number(/bench-max-rss-kb (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  if (r.status !== 0 && r.status !== null && !args.includes('--version')) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, rss };
}

/** Time from start until the first question is on stdout, answers piped in (none yet). */
function firstQuestion() {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const child = spawn(node, [BIN, 'practice', '--no-save'], { env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (/part 1 of \d+\n/.test(out)) {
        resolve(Number(process.hrtime.bigint() - t) / 1e6);
        child.kill();
      }
    });
    child.on('error', reject);
  });
}

async function startup() {
  const base = [], version = [], first = [];
  for (let i = 0; i < RUNS; i++) {
    base.push(timeRun(['-e', '0']).ms);
    version.push(timeRun([BIN, '--version']).ms);
    first.push(await firstQuestion());
  }
  const b = median(base);
  return [
    ['`node -e 0` (the unit)', b, 1, '-'],
    ['`quizdrill --version`', median(version), median(version) / b, '≤ 1.3x'],
    ['first question of a piped `practice`', median(first), median(first) / b, '≤ 2.5x'],
  ];
}

/** `check` of the bundled bank against `node -e 0` (bench/check.mjs), with the bank's size, the cores and the load. */
async function checkTable() {
  const { bankSize, checkRatios } = await import('./check.mjs');
  const size = bankSize();
  const r = checkRatios();
  console.log(`\`check\` of the bundled bank: ${size.files} files, ${size.problems} problems, ${size.parts} parts, ${size.variants} template variants (200 per template). ${r.cores} cores; load average ${fmt(r.load[0], 1)} before, ${fmt(r.load[1], 1)} after; medians of ${r.runs} runs, the commands taking turns.\n`);
  console.log('| command | ms (wall) | ms of CPU (all threads) | wall ratio to `node -e 0` | target |\n|---|---:|---:|---:|---|');
  r.rows.forEach(([what, wall, cpu, ratio], k) => console.log(`| ${what} | ${fmt(wall)} | ${fmt(cpu)} | ${fmt(ratio, 2)}x | ${k === 1 ? '≤ 6x' : '-'} |`));
}

function checkScale() {
  const rows = [];
  for (const parts of [100, 1000, 10000]) {
    const bank = makeBank(parts, `bench/out/bank-${parts}`);
    const runs = Array.from({ length: parts >= 10000 ? 3 : 5 }, () => timeRun(['--import', './bench/rss.mjs', BIN, 'check', `bench/out/bank-${parts}`, '--variants', '0']));
    rows.push({ parts: bank.parts, files: bank.files, ms: median(runs.map((r) => r.ms)), rss: Math.max(...runs.map((r) => r.rss)) });
  }
  return rows;
}

async function grading() {
  const { gradeThroughput } = await import('./grading.ts');
  return gradeThroughput();
}

const fmt = (x, d = 0) => x.toFixed(d);

/** Work that was quadratic (issue 19): doubling the input must about double the time. */
async function scalingTable() {
  const { scaling } = await import('./scaling.ts');
  console.log('| doubling the input (in process, median of 3) | sizes | ms | growth per doubling |\n|---|---|---|---:|');
  for (const r of scaling()) {
    const growth = r.ms.slice(1).map((ms, i) => ms / r.ms[i]);
    console.log(`| ${r.what} | ${r.sizes.join(' / ')} | ${r.ms.map((x) => fmt(x)).join(' / ')} | ${growth.map((g) => `${fmt(g, 1)}x`).join(', ')} |`);
  }
}

/** `check --watch`: from the save of a one-problem edit to its report (target: under 100 ms). */
async function watchTable() {
  const { watchLatency } = await import('./watch.mjs');
  console.log('| `check --watch`, one problem edited (15 saves) | ms, save to report (median) | (least) | ms, checking (median, as printed) |\n|---|---:|---:|---:|');
  for (const [what, ms, least, own] of await watchLatency()) console.log(`| ${what} | ${fmt(ms)} | ${fmt(least)} | ${fmt(own)} |`);
}

/** Formulas on the largest networks (issue 19): the first answer draws the network's points. */
async function formulaLargeTable() {
  const { formulaLarge, nodeUnit } = await import('./formula-large.ts');
  console.log('| formula on a large network (fresh process, median of 5) | first formula on 2-2-2-1, ms | first on this network (draws its points), ms | first in a terminal drill (drawn while the question is shown), ms | each later answer, ms |\n|---|---:|---:|---:|---:|');
  for (const [what, cold, first, drill, later] of await formulaLarge()) console.log(`| ${what} | ${fmt(cold)} | ${fmt(first)} | ${fmt(drill, 2)} | ${fmt(later, 2)} |`);
  console.log(`\n\`node -e 0\` took ${fmt(nodeUnit())} ms in the same run (the scale on a loaded machine).`);
}

// BENCH_ONLY=check, =scaling, =watch or =formula runs just that table (the rest takes minutes).
if (process.env.BENCH_ONLY === 'check') {
  await checkTable();
  process.exit(0);
}
if (process.env.BENCH_ONLY === 'scaling') {
  await scalingTable();
  process.exit(0);
}
if (process.env.BENCH_ONLY === 'watch') {
  await watchTable();
  process.exit(0);
}
if (process.env.BENCH_ONLY === 'formula') {
  await formulaLargeTable();
  process.exit(0);
}
const s = await startup();
const scale = checkScale();
const g = await grading();
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${fmt(totalmem() / 2 ** 30)} GiB, Node ${process.version}; medians of ${RUNS} runs.\n`);
console.log('| start-up | ms | ratio to `node -e 0` | target |\n|---|---:|---:|---|');
for (const [what, ms, ratio, target] of s) console.log(`| ${what} | ${fmt(ms)} | ${fmt(ratio, 2)}x | ${target} |`);
console.log('');
await checkTable();
console.log('\n| `check --variants 0` of a synthetic bank | files | ms | peak RSS (MB) |\n|---|---:|---:|---:|');
for (const r of scale) console.log(`| ${r.parts} parts | ${r.files} | ${fmt(r.ms)} | ${fmt(r.rss)} |`);
const [small, mid, big] = scale;
console.log(`\nGrowth: 1,000 → 10,000 parts took ${fmt(big.ms / mid.ms, 1)}x the time (target ≤ 11x); 100 → 1,000 took ${fmt(mid.ms / small.ms, 1)}x.`);
console.log('\n| grading | answers per second |\n|---|---:|');
for (const [what, perSecond] of g) console.log(`| ${what} | ${fmt(perSecond)} |`);
console.log('');
await scalingTable();
console.log('');
await watchTable();
console.log('');
await formulaLargeTable();
