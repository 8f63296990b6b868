import { instantiationDiagnostics, type Bank, type BankProblem } from '../bank/load-bank.js';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.js';
import { instantiate, type Instantiated } from '../template/instantiate.js';
import { checkLatex } from './check-latex.js';
import { checkMistakes, SlipTally } from './check-mistakes.js';
import { checkVariant, VariantMemo } from './check-variant.js';

/** Where a part starts in its file: what a diagnostic is attributed to (JUnit cases, `ignore:`). */
export interface PartSite {
  file: string;
  problem: string;
  /** 1-based position, and the id progress knows the part by. */
  part: number;
  partId: string;
  line: number;
  col: number;
  /** Where the next part or problem starts, if one does. */
  end?: Position;
}

/** What checking one problem found: all of it depends only on the problem, its place in the file and the options. */
export interface ProblemCheck {
  parts: number;
  /** Template variants drawn beyond the first. */
  variants: number;
  /** What was found, without the warnings that are silenced. */
  diagnostics: Diagnostic[];
  sites: PartSite[];
}

export interface ProblemCheckOptions {
  variants: number;
  /** Warning codes silenced for every bank (a course's config). */
  silenced: ReadonlySet<string>;
  /** Called as each problem's check is done (or found in the memory), for a progress line. */
  onChecked?: () => void;
}

/**
 * Variants of a template whose slips are tallied, and typed to see whether
 * the comparison accepts them: enough to show which slips a template lets
 * through, at a quarter of the cost of all 200.
 */
const SLIP_SAMPLE = 50;
/** Failing seeds reported per template; the rest would repeat the same fault. */
const MAX_FAILING_SEEDS = 3;
/**
 * A drill redraws a variant that cannot be drawn, so a rare one is a
 * warning; past this share of draws the template is an error: its
 * variants are not what its author meant.
 */
export const MAX_FAILED_DRAW_SHARE = 0.05;

/**
 * Recomputes every key of one problem and compares it with the literal
 * answer, self-tests every part, and draws and checks the variants of a
 * template. Duplicate ids are not seen here: they depend on the other problems.
 */
export function checkProblem(bank: Bank, bp: BankProblem, opts: ProblemCheckOptions, checked?: TemplateResult): ProblemCheck {
  const found = [...checkVariant(bank, bp, bp.first), ...checkLatex(bank, bp.index, bp.first.data), ...checkMistakes(bank, bp.index, bp.first.data)];
  let variants = 0;
  if (bp.template) {
    // `checked`: its variants were checked already, on another thread (parallel.ts).
    const r = checked ?? checkTemplate(bank, bp, opts.variants);
    variants = r.variants;
    found.push(...r.diagnostics);
  }
  const sites = partSites(bank, bp);
  return { parts: bp.first.data.parts.length, variants, diagnostics: withoutSilenced(found, opts.silenced, bp, sites), sites };
}

function partSites(bank: Bank, bp: BankProblem): PartSite[] {
  const { parts, id } = bp.first.data;
  const starts = parts.map((_, k) => bank.locate(['problems', bp.index, 'parts', k]));
  const next = nextProblem(bank, bp);
  return parts.map((part, k) => {
    const start = starts[k]!;
    const end = starts[k + 1] ?? next;
    return { file: bank.file, problem: id, part: k + 1, partId: part.id ?? String(k + 1), ...start, ...(end && { end }) };
  });
}

/** Where the problem after this one starts, if there is one. */
export function nextProblem(bank: Bank, bp: BankProblem): Position | undefined {
  return bp.index + 1 < bank.listed ? bank.locate(['problems', bp.index + 1]) : undefined;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.col < b.col);
}

/** Drops the warnings a course, a problem or a part has chosen to silence (`ignore:`); errors always stay. */
function withoutSilenced(found: Diagnostic[], course: ReadonlySet<string>, bp: BankProblem, sites: PartSite[]): Diagnostic[] {
  const problem = new Set<string>(bp.first.data.ignore ?? []);
  const parts = bp.first.data.parts.map((p) => new Set<string>(p.ignore ?? []));
  return found.filter((d) => {
    if (d.severity === 'error') return true;
    if (course.has(d.code) || problem.has(d.code)) return false;
    const k = partAt(sites, d);
    return k === undefined || !parts[k]!.has(d.code);
  });
}

/** The index of the part (of one problem's sites, in order) that a position falls in, if any. */
export function partAt(sites: readonly (Position & { end?: Position })[], at: Position): number | undefined {
  let found: number | undefined;
  sites.forEach((s, k) => {
    if (!before(at, s) && (!s.end || before(at, s.end))) found = k;
  });
  return found;
}

/** What drawing and checking a template's variants found, before any warning is silenced. */
export interface TemplateResult {
  variants: number;
  diagnostics: Diagnostic[];
}

/** Draws and checks variants 1..count of a template (its first seed is the problem itself). */
export function checkTemplate(bank: Bank, bp: BankProblem, count: number): TemplateResult {
  const out: Diagnostic[] = [];
  const slips = new SlipTally();
  let failing = 0;
  let variants = 0;
  const failedDraws: { seed: number; made: Extract<Instantiated, { ok: false }> }[] = [];
  // A drawn seed of such a template passed distinct-mistakes (a pinned one may not): no slip to tally.
  const distinct = Array.isArray(bp.raw.constraints) && bp.raw.constraints.includes('distinct-mistakes');
  const sameVariants = new VariantMemo(bank, bp);
  // Every seed is drawn, so the share of failed draws is counted; only the first few faults are reported.
  for (let seed = 1; seed <= count; seed++) {
    if (seed === bp.first.seed) continue;
    variants++;
    const made = instantiate(bp.raw, seed);
    if (!made.ok) {
      failedDraws.push({ seed, made });
      continue;
    }
    if (variants <= SLIP_SAMPLE) slips.add(made.variant.data, distinct && !isPinned(bp.raw, seed));
    if (failing >= MAX_FAILING_SEEDS) continue;
    const found = sameVariants.check(made.variant, variants <= SLIP_SAMPLE).map((d) => ({ ...d, message: `${d.message} (variant seed ${seed})` }));
    if (found.length) failing++;
    out.push(...found);
  }
  out.push(...failedDrawDiagnostics(bank, bp, failedDraws, variants));
  return { variants, diagnostics: [...out, ...slips.warnings(bank, bp.index, Math.min(variants, SLIP_SAMPLE))] };
}

/** Does the template pin this seed's numbers (instantiate.ts waives distinct-mistakes there)? */
function isPinned(raw: Record<string, unknown>, seed: number): boolean {
  return (raw.pinned as Record<string, unknown> | undefined)?.[String(seed)] !== undefined;
}

/**
 * The share of a template's draws that fail: a warning when rare (the drill
 * draws again), an error past MAX_FAILED_DRAW_SHARE; with the first faults.
 */
function failedDrawDiagnostics(bank: Bank, bp: BankProblem, failed: { seed: number; made: Extract<Instantiated, { ok: false }> }[], draws: number): Diagnostic[] {
  if (!failed.length) return [];
  const share = failed.length / Math.max(1, draws);
  const severity = share > MAX_FAILED_DRAW_SHARE ? 'error' : 'warning';
  const pct = `${(share * 100).toFixed(1)}%`;
  const what = severity === 'error' ? `more than ${MAX_FAILED_DRAW_SHARE * 100}% of draws` : 'a drill draws another seed instead';
  const first = failed.slice(0, MAX_FAILING_SEEDS).map((f) => instantiationDiagnostics(bank, bp.index, f.made, f.seed)).flat();
  const summary = { ...first[0]!, severity, message: `${bp.first.data.id}: ${failed.length} of ${draws} variants (${pct}) cannot be drawn (${what}); seeds ${failed.slice(0, MAX_FAILING_SEEDS).map((f) => f.seed).join(', ')}${failed.length > MAX_FAILING_SEEDS ? ', ...' : ''}` } as Diagnostic;
  return [summary, ...first.map((d) => ({ ...d, severity }) as Diagnostic)];
}
