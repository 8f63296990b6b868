import type { Source } from '../bank/read-files.js';
import { classOf, type Diagnostic } from '../diagnostics/diagnostic.js';
import { CheckCache, type Prepared } from './check-cache.js';
import type { PartSite } from './check-problem.js';

export { MAX_FAILED_DRAW_SHARE, partAt, type PartSite } from './check-problem.js';

export interface CheckReport {
  ok: boolean;
  files: number;
  problems: number;
  parts: number;
  /** Template variants drawn and checked, beyond each template's first. */
  variants: number;
  diagnostics: Diagnostic[];
  /** Every part checked, where it starts. */
  sites: PartSite[];
}

export interface CheckOptions {
  /** Variants of each template to check (seeds 1..n). */
  variants?: number;
  /** Warning codes silenced for every bank (a course's config). */
  ignore?: readonly string[];
  /** Called as each problem's check is done, for a progress line. */
  onChecked?: () => void;
}

export const DEFAULT_VARIANTS = 200;

/**
 * Validates every bank, recomputes every computable key and compares it with
 * the literal answer, self-tests every part, and draws and checks many
 * variants of every template. Reports everything found.
 *
 * With a `cache` kept from an earlier run (`check --watch`), only what
 * changed since is checked again; the report is the same either way. So it
 * is with templates already checked on other threads (`prepared`, from
 * parallel.ts).
 */
export function checkSources(sources: Source[], readDiagnostics: Diagnostic[] = [], opts: CheckOptions = {}, cache = new CheckCache(false), prepared?: Prepared): CheckReport {
  const r = cache.run(sources, readDiagnostics, { variants: opts.variants ?? DEFAULT_VARIANTS, silenced: new Set(opts.ignore ?? []), ...(opts.onChecked && { onChecked: opts.onChecked }) }, prepared);
  const ok = !r.diagnostics.some((d) => d.severity === 'error');
  return { ok, files: sources.length + readDiagnostics.filter((d) => d.code !== 'no-banks').length, ...r };
}

/** Exit status for a report: 2 if a file is unusable, 1 if a key is wrong, else 0. */
export function exitClass(report: CheckReport): 0 | 1 | 2 {
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  if (errors.some((d) => classOf(d) === 'invalid')) return 2;
  return errors.length ? 1 : 0;
}
