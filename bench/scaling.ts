// Growth of the work that was quadratic (issue 19), in process: doubling the
// input must about double the time. Each row is a median of a few runs.
import { loadBank } from '../src/bank/load-bank.js';
import type { AnswerRecord } from '../src/progress/record.js';
import { replay } from '../src/progress/schedule.js';
import { computeStats } from '../src/progress/stats.js';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timed(runs: number, f: () => void): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

/** A bank whose one part holds `n` unknown keys (about 17 bytes each: 60,000 are 1 MB). */
export function unknownKeysBank(n: number): string {
  const keys = Array.from({ length: n }, (_, i) => `        unknown${i}: 1`).join('\n');
  return `problems:\n  - id: p\n    tags: [t]\n    prompt: P\n    parts:\n      - prompt: Q\n        kind: number\n        answer: 1\n        explanation: E\n${keys}\n`;
}

/** `n` answers of one session, to a handful of parts and tags. */
export function oneSession(n: number): AnswerRecord[] {
  const t0 = Date.UTC(2026, 0, 5);
  return Array.from({ length: n }, (_, i) => ({
    v: 1, at: new Date(t0 + i * 1000).toISOString(), session: 's', bank: 'b.yaml', problem: `p${i % 20}`, part: 1, partId: '1',
    tags: [`t${i % 5}`, 'all'], answer: '1', result: i % 3 ? 'right' : 'wrong', formatErrors: 0, seconds: 3,
  }));
}

export function scaling(): { what: string; sizes: number[]; ms: number[] }[] {
  const keys = [10_000, 20_000, 40_000];
  const answers = [5_000, 10_000, 20_000];
  return [
    { what: '`check` of a part with N unknown keys (load and locate)', sizes: keys, ms: keys.map((n) => { const text = unknownKeysBank(n); return timed(3, () => loadBank('b.yaml', text)); }) },
    { what: '`stats` of N answers from one session (replay and tally)', sizes: answers, ms: answers.map((n) => { const rs = oneSession(n); return timed(3, () => computeStats(rs, replay(rs), new Date(Date.UTC(2026, 0, 6)))); }) },
  ];
}
