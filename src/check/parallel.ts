import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { loadBank, type Bank, type BankProblem, type BankResult } from '../bank/load-bank.js';
import type { Source } from '../bank/read-files.js';
import type { Prepared } from './check-cache.js';
import { checkTemplate, type TemplateResult } from './check-problem.js';

/*
 * `check --jobs N`: the variants of a bank's templates, checked on N
 * threads. Each thread (this one and N-1 workers) takes the next template
 * not yet taken, from a counter they share, until none is left: a costly
 * template holds up one thread, not a fixed share of them. The report is
 * then made on this thread as a one-thread check makes it, with the
 * templates' findings already known, so it is the same report, byte for byte.
 */

/**
 * `--jobs` when none is given: one thread fewer than the cores. A checking
 * thread keeps about half a core more busy with its collector and compiler
 * threads, and each worker compiles the same code again, so on 2 cores a
 * second checking thread made `check --bundled` slower (README, Performance).
 */
export function defaultJobs(cores: number): number {
  return Math.max(1, cores - 1);
}

/** What a worker is given (check-worker.ts reads it as its workerData). */
export interface WorkerInput {
  sources: Source[];
  variants: number;
  /** One Int32: the number of the next template to take, in bank order. */
  next: SharedArrayBuffer;
}

/** A template's findings: the source's place in the list, the problem's index in its bank, the result. */
export type TemplateDone = [source: number, problem: number, result: TemplateResult];

export type SpawnWorker = (input: WorkerInput) => Worker;

interface TemplateAt {
  source: number;
  bank: Bank;
  bp: BankProblem;
}

/** Every template of the banks that loaded (whole or in part), in bank order: every thread numbers them alike. */
function templatesOf(banks: readonly BankResult[]): TemplateAt[] {
  return banks.flatMap((loaded, source) => {
    const bank = loaded.ok ? loaded.bank : loaded.partial;
    return bank ? bank.problems.filter((bp) => bp.template).map((bp) => ({ source, bank, bp })) : [];
  });
}

/** Checks templates, each taken from the shared counter, until none is left; `onTaken` hears how many all threads have taken. */
function takeTemplates(list: readonly TemplateAt[], variants: number, next: SharedArrayBuffer, onTaken?: (taken: number, total: number) => void): TemplateDone[] {
  const counter = new Int32Array(next);
  const done: TemplateDone[] = [];
  for (let t = Atomics.add(counter, 0, 1); t < list.length; t = Atomics.add(counter, 0, 1)) {
    const { source, bank, bp } = list[t]!;
    done.push([source, bp.index, checkTemplate(bank, bp, variants)]);
    onTaken?.(Math.min(Atomics.load(counter, 0), list.length), list.length);
  }
  return done;
}

/** A worker's whole job (check-worker.ts): load the banks, take templates, return their findings. */
export function workerShare(input: WorkerInput): TemplateDone[] {
  return takeTemplates(templatesOf(input.sources.map((s) => loadBank(s.file, s.text))), input.variants, input.next);
}

/**
 * The bundle's worker, a file of its own beside it (dist/check-worker.js);
 * none when running from source (tsx), where everything runs on this thread.
 */
export function bundledWorker(): SpawnWorker | undefined {
  const file = new URL('./check-worker.js', import.meta.url);
  return existsSync(fileURLToPath(file)) ? (input) => new Worker(file, { workerData: input }) : undefined;
}

/**
 * Loads the banks and checks their templates' variants on up to `jobs`
 * threads (never more than there are templates), for CheckCache.run to
 * make the report from. A worker that cannot start or dies loses nothing:
 * a template whose findings did not come back is checked in the report.
 */
export async function checkTemplatesInParallel(
  sources: Source[],
  variants: number,
  jobs: number,
  spawn = bundledWorker(),
  /** Hears, on this thread, how many templates the threads have taken, of how many. */
  onTaken?: (taken: number, total: number) => void,
): Promise<Prepared> {
  const banks = sources.map((s) => loadBank(s.file, s.text));
  const list = templatesOf(banks);
  const workers = spawn && variants > 0 ? Math.min(jobs, list.length) - 1 : 0;
  const templates = new Map<Source, Map<number, TemplateResult>>();
  const prepared: Prepared = { banks: new Map(sources.map((s, k) => [s, banks[k]!])), templates };
  if (workers < 1) return prepared;
  const next = new SharedArrayBuffer(4);
  // Started first, so the workers load their banks while this thread checks.
  const others = Array.from({ length: workers }, () => inWorker(spawn!, { sources, variants, next }).catch((): TemplateDone[] => []));
  const mine = takeTemplates(list, variants, next, onTaken);
  for (const [source, problem, result] of [...mine, ...(await Promise.all(others)).flat()]) {
    const s = sources[source]!;
    templates.set(s, (templates.get(s) ?? new Map<number, TemplateResult>()).set(problem, result));
  }
  return prepared;
}

function inWorker(spawn: SpawnWorker, input: WorkerInput): Promise<TemplateDone[]> {
  return new Promise((resolve, reject) => {
    const worker = spawn(input);
    worker.once('message', (done: TemplateDone[]) => resolve(done));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a check worker exited with code ${code}`)));
  });
}
