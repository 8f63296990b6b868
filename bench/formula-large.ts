// Formula grading on the largest networks (issue 19). The first answer on a
// network draws its points, so it is timed in a fresh process each run: a
// child imports the grader, then times its first grade and its later ones.
// The child is this file bundled and minified as scripts/build.mjs bundles
// the CLI, so it runs the code a student's `npx quizdrill` runs (from source,
// tsx's module hooks were part of the first answer's time).
// Run alone: `node --import tsx bench/formula-large.ts`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { grade, prepareKey } from '../src/grade/index.js';
import type { Arch } from '../src/nn/types.js';

const LARGEST: Arch = { layers: [...Array<number>(16).fill(64), 1], activations: [...Array(15).fill('relu' as const), 'linear'] };
const SMALL: Arch = { layers: [2, 2, 2, 1], activations: ['relu', 'relu', 'linear'] };
const EXAM: Arch = { layers: [3, 6, 6, 1], activations: ['relu', 'relu', 'linear'] };
const WIDE: Arch = { layers: [2, 64, 64, 64, 64, 1], activations: ['relu', 'relu', 'relu', 'relu', 'linear'] };
const CASES: Record<string, { arch: Arch; key: string; answers: string[] }> = {
  '16 layers of 64 nodes': { arch: LARGEST, key: "a14_1 g'(z15_2) W16_21", answers: ["W16_21 a14_1 g'(z15_2)", 'a14_1 W16_21'] },
  '2-64-64-64-64-1': { arch: WIDE, key: "a3_1 g'(z4_2) W5_21", answers: ["W5_21 a3_1 g'(z4_2)", 'a3_1 W5_21'] },
  // The most each network lets a formula draw (src/formula/drawn-from.ts): from layer 13 of the largest, and x of the wide one.
  '16 layers of 64 nodes, from layer 13': { arch: LARGEST, key: "a13_1 g'(z14_2) W15_21", answers: ["W15_21 a13_1 g'(z14_2)", 'a13_1 W15_21'] },
  '2-64-64-64-64-1, from x': { arch: WIDE, key: "x_1 g'(z1_2) W2_21", answers: ["W2_21 x_1 g'(z1_2)", 'x_1 W2_21'] },
  // An exam-sized network with the most points: too many patterns to list, so MAX_FORMULA_POINTS random ones.
  '3-6-6-1 (1024 points)': { arch: EXAM, key: "x_1 g'(z1_2) W2_21", answers: ["W2_21 x_1 g'(z1_2)", 'x_1 W2_21'] },
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * In the child: a first formula on the seed's 2-2-2-1 network (the grader's
 * own first use: loading and compiling its code), then the first on the
 * large network (which draws its points), then the median of 50 more.
 * `prepared`: the key's work done first, as a terminal drill does it while
 * the question is on screen (prepareKey), so `first` is what the student waits.
 */
function child(name: string, prepared: boolean): void {
  const c = CASES[name]!;
  const key = { kind: 'expression' as const, answer: c.key, arch: c.arch };
  let t = performance.now();
  grade({ kind: 'expression', answer: "W2_22 g'(z2_2) W3_21", arch: SMALL }, "W3_21 g'(z2_2) W2_22");
  const cold = performance.now() - t;
  if (prepared) prepareKey(key);
  t = performance.now();
  grade(key, c.answers[0]!);
  const first = performance.now() - t;
  const later: number[] = [];
  for (let i = 0; i < 50; i++) {
    t = performance.now();
    grade(key, c.answers[i % c.answers.length]!);
    later.push(performance.now() - t);
  }
  process.stdout.write(JSON.stringify({ cold, first, later: median(later) }));
}

/** The time `node -e 0` takes now: the scale of the rows on a loaded machine. */
export function nodeUnit(runs = 5): number {
  return median(
    Array.from({ length: runs }, () => {
      const t = performance.now();
      spawnSync(process.execPath, ['-e', '0']);
      return performance.now() - t;
    }),
  );
}

/**
 * Rows of [network, first formula on 2-2-2-1 ms, first on the network ms,
 * first in a terminal drill ms, later ms], medians over `runs` fresh processes each.
 */
export async function formulaLarge(runs = 5): Promise<[string, number, number, number, number][]> {
  const self = fileURLToPath(new URL('./out/formula-large.mjs', import.meta.url));
  // Imported here, not at the top: the child, this file bundled, must not carry esbuild.
  const { buildSync } = await import('esbuild');
  buildSync({
    entryPoints: [fileURLToPath(import.meta.url)],
    outfile: self,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    external: ['./mathjs-parse.cjs', 'mathjs'],
    banner: { js: "import { createRequire as __qdCreateRequire } from 'node:module'; const require = __qdCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return Object.keys(CASES).map((name) => {
    const measure = (prepared: boolean) =>
      Array.from({ length: runs }, () => {
        const r = spawnSync(process.execPath, [self, name, ...(prepared ? ['prepared'] : [])], { encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`${name}: ${r.stderr}`);
        return JSON.parse(r.stdout) as { cold: number; first: number; later: number };
      });
    const results = measure(false);
    const drill = measure(true);
    return [name, median(results.map((r) => r.cold)), median(results.map((r) => r.first)), median(drill.map((r) => r.first)), median(results.map((r) => r.later))];
  });
}

const name = process.argv[2];
if (name !== undefined && process.argv[1] === fileURLToPath(import.meta.url)) {
  if (name in CASES) child(name, process.argv[3] === 'prepared');
  else {
    for (const [what, cold, first, drill, later] of await formulaLarge()) console.log(`| ${what} | ${cold.toFixed(0)} | ${first.toFixed(0)} | ${drill.toFixed(2)} | ${later.toFixed(2)} |`);
    console.log(`node -e 0: ${nodeUnit().toFixed(0)} ms`);
  }
}
