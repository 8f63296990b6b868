import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { BUNDLED_BANK_DIR, readSources } from '../../src/bank/read-files.js';
import { checkSources } from '../../src/check/check-banks.js';
import { CheckCache } from '../../src/check/check-cache.js';
import { checkTemplatesInParallel, defaultJobs, type SpawnWorker } from '../../src/check/parallel.js';
import type { Source } from '../../src/bank/read-files.js';

/**
 * Workers run the source through tsx, as the tests do; the bundle's worker
 * (dist/check-worker.js) is the same module, built (tests/cli/check-jobs.test.ts).
 */
const TSX = new URL('../../node_modules/tsx/dist/esm/api/index.mjs', import.meta.url).href;
const ENTRY = new URL('../../src/check/check-worker.ts', import.meta.url).href;
function sourceWorkers(): { spawn: SpawnWorker; started: () => number } {
  let n = 0;
  const spawn: SpawnWorker = (input) => {
    n++;
    const code = `import(${JSON.stringify(TSX)}).then(({ register }) => { register(); return import(${JSON.stringify(ENTRY)}); })`;
    return new Worker(code, { eval: true, workerData: input });
  };
  return { spawn, started: () => n };
}

const bundled = readSources([BUNDLED_BANK_DIR], process.cwd());

/** The report of a check on `jobs` threads, as `check --jobs` makes it. */
async function inParallel(sources: Source[], variants: number, jobs: number, spawn: SpawnWorker | undefined) {
  const prepared = await checkTemplatesInParallel(sources, variants, jobs, spawn);
  return { prepared, report: checkSources(sources, bundled.diagnostics, { variants }, new CheckCache(false), prepared) };
}

/** Templates whose variants fail at some seeds: errors of several seeds at one place, in seed order. */
const BROKEN = `problems:
${Array.from({ length: 4 }, (_, k) => `  - id: t-${k}
    tags: [t]
    params:
      a: { int: [1, 6] }
    prompt: x
    network: { layers: [1, 1], activations: [relu], weights: [[[=a]]], input: [1] }
    parts:
      - prompt: What is H?
        kind: number
        answer: =a - (a > ${k + 2})
        compute: { of: H }
        explanation: H = a.
`).join('')}`;

describe('check --jobs: template variants over worker threads', () => {
  it('defaults to one thread fewer than the cores, and never to none', () => {
    expect([1, 2, 3, 8].map(defaultJobs)).toEqual([1, 1, 2, 7]);
  });


  it('gives the bundled bank the same report as one thread, in the same order, for 2 and 3 threads', async () => {
    expect(bundled.sources.length).toBeGreaterThan(9);
    const one = checkSources(bundled.sources, bundled.diagnostics, { variants: 12 });
    for (const jobs of [2, 3]) {
      const w = sourceWorkers();
      const many = await inParallel(bundled.sources, 12, jobs, w.spawn);
      expect(w.started()).toBe(jobs - 1);
      // Every template was checked before the report, by one thread or another.
      const templates = [...many.prepared.templates.values()].reduce((n, m) => n + m.size, 0);
      expect(templates).toBeGreaterThan(30);
      expect(JSON.stringify(many.report)).toBe(JSON.stringify(one));
    }
  });

  it('puts the failing seeds of templates checked elsewhere where one thread puts them', async () => {
    const sources = [{ file: 'broken.yaml', text: BROKEN }];
    const one = checkSources(sources, bundled.diagnostics, { variants: 40 });
    expect(one.diagnostics.filter((d) => d.code === 'key-mismatch').length).toBeGreaterThan(8);
    const w = sourceWorkers();
    expect(JSON.stringify((await inParallel(sources, 40, 2, w.spawn)).report)).toBe(JSON.stringify(one));
    expect(w.started()).toBe(1);
  });

  it('checks in the report what a worker that dies never sent back', async () => {
    const dying: SpawnWorker = (input) => new Worker('throw new Error("no")', { eval: true, workerData: input });
    const one = checkSources(bundled.sources, bundled.diagnostics, { variants: 12 });
    const many = await inParallel(bundled.sources, 12, 2, dying);
    expect(JSON.stringify(many.report)).toBe(JSON.stringify(one));
  });

  it('starts no worker for one thread, no template, no variants, or without a worker to start', async () => {
    const w = sourceWorkers();
    // The seed's own set has no template.
    const plain = bundled.sources.filter((s) => s.file.endsWith('quiz-07.yaml'));
    expect(plain).toHaveLength(1);
    for (const [sources, variants, jobs] of [[bundled.sources, 12, 1], [plain, 12, 4], [bundled.sources, 0, 4]] as const) {
      const many = await inParallel([...sources], variants, jobs, w.spawn);
      expect(JSON.stringify(many.report)).toBe(JSON.stringify(checkSources([...sources], bundled.diagnostics, { variants })));
    }
    expect(w.started()).toBe(0);
    expect((await inParallel(bundled.sources, 12, 4, undefined)).prepared.templates.size).toBe(0);
  });
});
