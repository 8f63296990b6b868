// The time from a saved edit of one problem to the report of `check --watch`
// (bin/quizdrill.js, the built bundle), on a copy of the bundled banks.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve('bin/quizdrill.js');
const SUMMARY = /^[✓✗] \d+ files?, .*$/m;

/** Edits that each touch one problem: [file, from, to], applied back and forth. */
const EDITS = {
  'a fixed problem (quiz-07.yaml, 19 problems)': ['quiz-07.yaml', 'answer: 29', 'answer: 28'],
  'a template (quiz-07b-fresh.yaml, 200 variants)': ['quiz-07b-fresh.yaml', 'second hidden layer, and a single output node', 'second hidden layer, and one output node'],
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Per edit: [what, median and least ms from the write to the report on
 * stdout, median ms the watch says its check took]. On a busy machine the
 * least is the nearest to what an idle one gives.
 */
export async function watchLatency(runs = 15) {
  const course = mkdtempSync(join(tmpdir(), 'quizdrill-bench-watch-'));
  cpSync('problems', join(course, 'banks'), { recursive: true });
  // A course's own banks: the build's parse cache, which holds the bundled
  // bank's text, must not answer for them (and locating in a cached parse is slower).
  for (const name of readdirSync(join(course, 'banks'))) {
    const file = join(course, 'banks', name);
    writeFileSync(file, `# A course's copy of ${name}\n${readFileSync(file, 'utf8')}`);
  }
  const child = spawn(process.execPath, [BIN, 'check', '--watch'], { cwd: course, env: { ...process.env, NO_COLOR: '1' } });
  let out = '';
  const waiters = [];
  child.stdout.setEncoding('utf8').on('data', (s) => {
    out += s;
    for (const w of [...waiters]) w();
  });
  /** Resolves when a report's summary line is printed after `from`. */
  const report = (from) =>
    new Promise((done) => {
      const test = () => {
        if (!SUMMARY.test(out.slice(from))) return;
        waiters.splice(waiters.indexOf(test), 1);
        done();
      };
      waiters.push(test);
      test();
    });
  await report(0);
  const rows = [];
  for (const [what, [name, from, to]] of Object.entries(EDITS)) {
    const file = join(course, 'banks', name);
    const original = readFileSync(file, 'utf8');
    if (!original.includes(from)) throw new Error(`bench/watch.mjs: ${name} no longer holds '${from}'`);
    const times = [];
    const own = [];
    for (let i = 0; i < runs; i++) {
      const at = out.length;
      const t = process.hrtime.bigint();
      writeFileSync(file, i % 2 === 0 ? original.replace(from, to) : original);
      await report(at);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
      const [, checked, ms] = /(\d+) of \d+ problems\s+checked\s+again\s+in\s+(\d+)\s+ms/.exec(out.slice(at)) ?? [];
      own.push(Number(ms));
      if (checked !== '1') throw new Error(`bench/watch.mjs: the edit checked ${checked} problems again, not 1:\n${out.slice(at)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    if (runs % 2 === 1) {
      const at = out.length;
      writeFileSync(file, original);
      await report(at);
    }
    rows.push([what, median(times), Math.min(...times), median(own)]);
  }
  child.kill('SIGINT');
  rmSync(course, { recursive: true, force: true });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [what, ms, least, own] of await watchLatency(Number(process.env.BENCH_RUNS ?? 15))) console.log(`| ${what} | ${ms.toFixed(0)} | ${least.toFixed(0)} | ${own.toFixed(0)} |`);
}
