import type * as z from 'zod/mini';
import { problemSchema, type ProblemData } from '../schema/problem.js';
import { resolveChoice } from '../compute/choice-key.js';
import { computeKeyShared, copyOf, type KeyValue } from '../compute/compute-key.js';
import { seeded } from '../random/prng.js';
import { drawParam } from './draw.js';
import { templateSchema, type ParamSpec } from '../schema/template.js';
import { crossChecksHold, isKnownGood, rememberGood, signature } from './signature.js';
import type { Scope } from '../expression/expr.js';
import { evaluate, namesOf } from '../expression/expr.js';
import { checkConstraint, constraintScope } from './constraints.js';
import { Recent } from './recent.js';
import { fillTexts, substitute, substituteOnce, type Path, type Substituted } from './substitute.js';

/** What instantiation computed for a part with `compute`. */
export interface ComputedKey {
  /** The floating-point error the key may carry (compute/noise.ts). */
  noise: KeyValue;
  /** What was computed, for messages (`dH/dW^(1)_12`). */
  what: string;
  /** The author's literal `answer`, which the computed key replaced; `check` judges it. */
  literal?: KeyValue;
}

/**
 * A concrete problem: data validated, every key present. Where a part has
 * `compute`, the computed value is its key, whatever the literal says.
 */
export interface Variant {
  /** The seed that made it; undefined for a problem without parameters. */
  seed?: number;
  data: ProblemData;
  scope: Scope;
  /** Per part (by index): what was computed for it; undefined for a part without `compute`. */
  keys: (ComputedKey | undefined)[];
}

export type Instantiated =
  | { ok: true; variant: Variant }
  | { ok: false; kind: 'schema'; issues: z.core.$ZodIssue[] }
  | { ok: false; kind: 'template' | 'compute'; path: Path; error: string };

/** Redraws allowed before a template is declared unsatisfiable. */
export const MAX_DRAWS = 1000;

/**
 * Makes a problem concrete. A variant is a pure function of the problem and
 * the seed: the same seed always gives the same numbers. A fixed problem
 * (no `params`) is validated and its computed keys filled in.
 */
export function instantiate(raw: Record<string, unknown>, seed = 1): Instantiated {
  if (raw.params === undefined) return realize(raw, substituteOnce(raw, {}), undefined);
  // The template's own keys are checked before anything is drawn from them.
  const t = prepared(raw);
  if (!t.ok) return { ok: false, kind: 'schema', issues: t.issues };
  const { params, derived, constraints, isEarly } = t;
  const pinned = (raw.pinned as Record<string, Record<string, number>> | undefined)?.[String(seed)];
  // How often each constraint was tried and failed: the one that (nearly) never holds is to blame.
  const tally = constraints.map(() => ({ tried: 0, failed: 0 }));
  const record = (k: number, held: boolean) => {
    tally[k]!.tried++;
    if (!held) tally[k]!.failed++;
  };
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const random = seeded(mix(seed, draw));
    const scope: Record<string, number> = {};
    for (const [name, spec] of params) {
      // Own keys only: a parameter named `constructor` must not find Object.prototype's.
      scope[name] = draw === 0 && pinned && Object.hasOwn(pinned, name) ? pinned[name]! : drawParam(spec, random);
      if (Number.isNaN(scope[name])) return templateError(['params', name], `'${name}' excludes every value of its range`);
    }
    for (const [name, expr] of derived) {
      const r = evaluate(expr, scope);
      if (!r.ok) return templateError(['derived', name], r.error);
      scope[name] = r.value;
    }
    // Constraints on the parameters alone are tried before the costly part.
    let failed = -1;
    for (const [k, c] of constraints.entries()) {
      if (!isEarly[k]) continue;
      const r = evaluate(c, scope);
      if (!r.ok) continue; // reported below, on the whole variant
      record(k, r.value !== 0);
      if (r.value === 0 && failed < 0) failed = k;
    }
    if (failed >= 0) {
      if (pinned && draw === 0) return templateError(['pinned', String(seed)], `pinned seed ${seed} breaks the constraint '${constraints[failed]}'`);
      continue;
    }
    // A quick look, unvalidated, for the constraints on computed values: most
    // redraws end here, and only a draw that passes is validated in full.
    const sub = substitute(raw, scope, { texts: false });
    if (!sub.ok) return templateError(sub.path, sub.error);
    const trial = withKeys(sub.value);
    // Whether every constraint gave a verdict on the trial, and held.
    let held = false;
    if (trial && (!pinned || draw > 0)) {
      const tscope = constraintScope(trial, scope);
      let fails = false;
      held = true;
      constraints.forEach((c, k) => {
        const verdict = checkConstraint(c, trial, tscope);
        if (typeof verdict !== 'boolean') return void (held = false); // reported below
        held &&= verdict;
        if (isEarly[k]) return; // counted above
        record(k, verdict);
        fails ||= !verdict;
      });
      if (fails) continue;
    }
    const made = realize(raw, fillTexts(sub, scope), seed, scope);
    if (!made.ok) return made;
    // Validation changes no number, and the trial's keys are kept: what held on the trial holds.
    if (held) return made;
    const cscope = constraintScope(made.variant.data, scope);
    // A pinned seed keeps the numbers it pins (often the original problem's,
    // slips and all): distinct-mistakes redraws only what is drawn.
    const waived = (c: string) => pinned !== undefined && draw === 0 && c === 'distinct-mistakes';
    const broken = constraints.findIndex((c) => !waived(c) && checkConstraint(c, made.variant.data, cscope) !== true);
    if (broken < 0) return made;
    const verdict = checkConstraint(constraints[broken]!, made.variant.data, cscope);
    if (typeof verdict === 'string') return templateError(['constraints', broken], verdict);
    if (pinned && draw === 0) return templateError(['pinned', String(seed)], `pinned seed ${seed} breaks the constraint '${constraints[broken]}'`);
    record(broken, false);
  }
  const rate = (k: number) => tally[k]!.failed / Math.max(1, tally[k]!.tried);
  const worst = constraints.map((_, k) => k).sort((a, b) => rate(b) - rate(a) || tally[b]!.tried - tally[a]!.tried)[0]!;
  return templateError(['constraints', worst], `no variant satisfies the constraints in ${MAX_DRAWS} draws (seed ${seed}); '${constraints[worst]}' failed most often`);
}

/**
 * Validates a substituted problem and computes the keys of its parts that
 * say how (a failure is reported here), keeping each literal aside.
 */
function realize(raw: Record<string, unknown>, sub: Substituted, seed: number | undefined, scope: Scope = {}): Instantiated {
  if (!sub.ok) return templateError(sub.path, sub.error);
  const sig = seed === undefined ? undefined : signature(sub.numbers);
  let data: ProblemData;
  if (sig !== undefined && isKnownGood(raw, sig) && crossChecksHold(sub.value as ProblemData)) data = sub.value as ProblemData;
  else {
    const parsed = problemSchema.safeParse(sub.value);
    // The input goes into the issues only when they are needed (it costs on every parse).
    if (!parsed.success) return { ok: false, kind: 'schema', issues: problemSchema.safeParse(sub.value, { reportInput: true }).error!.issues };
    data = parsed.data;
    if (sig !== undefined) rememberGood(raw, sig);
  }
  const keys: (ComputedKey | undefined)[] = [];
  for (const [k, part] of data.parts.entries()) {
    if (part.kind === 'choice') {
      const error = resolveChoice(data, part);
      if (error) return { ok: false, kind: 'compute', path: ['parts', k, part.compute ? 'compute' : 'options'], error };
      continue;
    }
    if ((part.kind !== 'number' && part.kind !== 'vector' && part.kind !== 'matrix') || !part.compute) continue;
    const c = copyOf(computeKeyShared(data, part.compute));
    if (!c.ok) return { ok: false, kind: 'compute', path: ['parts', k, 'compute'], error: c.error };
    keys[k] = { noise: c.noise, what: c.what, ...(part.answer !== undefined && { literal: part.answer }) };
    // The computed value is the key; the literal is the author's claim about it.
    // The schema guarantees a vector compute sits on a vector part, a matrix on a matrix part.
    (part as { answer?: KeyValue }).answer = c.value;
  }
  return { ok: true, variant: { ...(seed !== undefined && { seed }), data, scope, keys } };
}

/**
 * The substituted data with its computed keys, unvalidated; undefined if
 * anything about it is off. Parts are copied: the literal answers stay in
 * `value` for `realize` to keep.
 */
function withKeys(value: unknown): ProblemData | undefined {
  try {
    const source = value as ProblemData;
    const data = { ...source, parts: source.parts.map((part) => ({ ...part })) } as ProblemData;
    for (const part of data.parts) {
      if ((part.kind !== 'number' && part.kind !== 'vector' && part.kind !== 'matrix') || !part.compute) continue;
      const c = copyOf(computeKeyShared(data, part.compute));
      if (!c.ok) return undefined;
      (part as { answer?: KeyValue }).answer = c.value;
    }
    return data;
  } catch {
    return undefined; // malformed: the full, validated path reports it
  }
}

/** What every draw of a template needs: its own keys validated, and which constraints read only the parameters. */
type Prepared =
  | { ok: false; issues: z.core.$ZodIssue[] }
  | {
      ok: true;
      params: [string, ParamSpec][];
      derived: [string, string][];
      constraints: string[];
      /** Per constraint: whether it reads the parameters and derived values alone, so it is tried before anything is computed. */
      isEarly: boolean[];
    };

/** A template is the same for every seed: prepared once, not per draw. */
const preparedTemplates = new Recent<Record<string, unknown>, Prepared>();

function prepared(raw: Record<string, unknown>): Prepared {
  return preparedTemplates.get(raw, prepare);
}

function prepare(raw: Record<string, unknown>): Prepared {
  const header = templateSchema.safeParse({ params: raw.params, derived: raw.derived, constraints: raw.constraints, pinned: raw.pinned }, { reportInput: true });
  if (!header.success) return { ok: false, issues: header.error.issues };
  const params = Object.entries(header.data.params);
  const derived = Object.entries(header.data.derived ?? {});
  const constraints = header.data.constraints ?? [];
  const known = new Set([...params, ...derived].map(([name]) => name));
  const isEarly = constraints.map((c) => namesOf(c)?.every((name) => known.has(name)) ?? false);
  return { ok: true, params, derived, constraints, isEarly };
}

/** Why a variant could not be drawn, in one line: where and what. */
export function whyNotDrawn(made: Extract<Instantiated, { ok: false }>): string {
  if (made.kind === 'schema') {
    const issue = made.issues[0];
    return issue ? `${issue.path.join('.')}: ${issue.message}` : 'the filled-in problem is not valid';
  }
  return `${made.path.join('.')}: ${made.error}`;
}

function templateError(path: Path, error: string): Instantiated {
  return { ok: false, kind: 'template', path, error };
}

/** A different, well-spread stream for each redraw of the same seed. */
function mix(seed: number, draw: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(draw, 0xc2b2ae35)) >>> 0;
}
