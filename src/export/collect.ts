import { instantiationDiagnostics, loadBank, type Bank, type BankProblem } from '../bank/load-bank.js';
import { problemOf, type Problem } from '../bank/model.js';
import type { Source } from '../bank/read-files.js';
import type { CheckCache } from '../check/check-cache.js';
import { checkSources, exitClass, type CheckOptions, type CheckReport } from '../check/check-banks.js';
import { checkVariant } from '../check/check-variant.js';
import { byLocation, type Diagnostic } from '../diagnostics/diagnostic.js';
import { seeded } from '../random/prng.js';
import { selectProblems } from '../session/select.js';
import { MAX_DRAWN_SEED } from '../session/variants.js';
import { basename } from 'node:path';
import { instantiate } from '../template/instantiate.js';
import type { ExportBank } from './model.js';
import { exportProblem } from './resolve.js';

export interface ExportRequest {
  tags?: string[];
  ids?: string[];
  /** Variants drawn of each template. */
  variants: number;
  /** Seed of the draw of variant seeds, so an export can be made again. */
  seed: number;
  /** The gating check's options, as `check` takes them from the course's config. */
  check?: CheckOptions;
  /** The check's memory across runs (Io.checkCache), if the caller keeps one. */
  cache?: CheckCache;
}

export type Collected =
  | { ok: true; bank: ExportBank; warnings: Diagnostic[] }
  /** The banks fail `check`, or a drawn variant fails it: nothing may be written. */
  | { ok: false; kind: 'check'; report: CheckReport; exit: 1 | 2 }
  | { ok: false; kind: 'selection'; error: string };

/**
 * Checks the banks exactly as `check` does, then picks the problems as
 * `practice` does and draws each template's variants, checking each one
 * drawn (a seed `check` did not draw is checked here). Anything that fails
 * means nothing is exported.
 */
export function collectExport(sources: Source[], readDiagnostics: Diagnostic[], req: ExportRequest): Collected {
  const report = checkSources(sources, readDiagnostics, req.check ?? {}, req.cache);
  if (!report.ok) return { ok: false, kind: 'check', report, exit: exitClass(report) === 2 ? 2 : 1 };
  const origin = new Map<string, { bank: Bank; bp: BankProblem }>();
  const all: Problem[] = [];
  for (const s of sources) {
    const loaded = loadBank(s.file, s.text);
    // check passed, so every bank loads; a bank that does not is a bug.
    if (!loaded.ok) throw new Error(`${s.file} passed check but does not load`);
    for (const bp of loaded.bank.problems) {
      origin.set(bp.first.data.id, { bank: loaded.bank, bp });
      all.push(problemOf(s.file, bp.first.data, bp.first, bp.template ? bp.raw : undefined));
    }
  }
  const picked = selectProblems(all, { ...(req.tags && { tags: req.tags }), ...(req.ids && { ids: req.ids }) });
  if (!picked.ok) return { ok: false, kind: 'selection', error: picked.error };
  const out: Problem[] = [];
  const failed: Diagnostic[] = [];
  for (const p of picked.problems) {
    const { bank, bp } = origin.get(p.id)!;
    if (!bp.template) {
      out.push(p);
      continue;
    }
    for (const seed of variantSeeds(p.id, req.seed, req.variants)) {
      const made = instantiate(bp.raw, seed);
      if (!made.ok) {
        failed.push(...instantiationDiagnostics(bank, bp.index, made, seed));
        continue;
      }
      const found = checkVariant(bank, bp, made.variant).map((d) => ({ ...d, message: `${d.message} (variant seed ${seed})` }));
      if (found.some((d) => d.severity === 'error')) failed.push(...found);
      else out.push(problemOf(p.file, made.variant.data, made.variant, bp.raw));
    }
  }
  if (failed.length) {
    const diagnostics = [...report.diagnostics, ...failed].sort(byLocation);
    const bad = { ...report, ok: false, diagnostics };
    return { ok: false, kind: 'check', report: bad, exit: exitClass(bad) === 2 ? 2 : 1 };
  }
  // File names only: an export reads the same wherever the banks were.
  const problems = out.map((p) => exportProblem({ ...p, file: basename(p.file) }));
  return { ok: true, bank: { files: sources.map((s) => basename(s.file)), problems }, warnings: report.diagnostics };
}

/**
 * `count` distinct seeds for a template. Each template draws from its own
 * stream (the export seed and its id), so adding a problem to the selection
 * does not change the variants of the others.
 */
export function variantSeeds(id: string, seed: number, count: number): number[] {
  let h = seed >>> 0;
  for (const ch of id) h = (Math.imul(h ^ ch.charCodeAt(0), 0x01000193) + 0x9e3779b9) >>> 0;
  const random = seeded(h);
  const seeds = new Set<number>();
  while (seeds.size < Math.min(count, MAX_DRAWN_SEED)) seeds.add(1 + Math.floor(random() * MAX_DRAWN_SEED));
  return [...seeds];
}
