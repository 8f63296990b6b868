import { problemOf, type Problem } from '../bank/model.js';
import type { Random } from '../random/prng.js';
import { instantiate, whyNotDrawn } from '../template/instantiate.js';

/** Seeds a drill draws: small enough that a variant code is easy to quote. */
export const MAX_DRAWN_SEED = 99_999;
/**
 * Seeds a drill tries before giving up on a template. `check` fails a
 * template when more than 5% of its draws fail, so 20 failures in a row
 * is a chance of at most 1e-26.
 */
export const MAX_SEED_TRIES = 20;

export type VariantRequest = { id: string; seed: number };

/** Reads `problem-id@seed`, the code the drill shows for each variant. */
export function parseVariantCode(code: string): VariantRequest | undefined {
  const m = /^([a-z0-9][a-z0-9-]*)@(\d{1,9})$/.exec(code.trim());
  return m ? { id: m[1]!, seed: Number(m[2]) } : undefined;
}

export type Drawn = { ok: true; problems: Problem[] } | { ok: false; error: string };

/**
 * Gives every template of the drill its variant: the requested seed, or a
 * fresh one from `random`. Fixed problems pass through unchanged.
 */
export function drawVariants(problems: Problem[], random: Random, requested: VariantRequest[] = []): Drawn {
  const out: Problem[] = [];
  for (const p of problems) {
    if (!p.template) {
      if (requested.some((r) => r.id === p.id)) return { ok: false, error: `'${p.id}' is not a template; it has no variants (drill it with --id ${p.id})` };
      out.push(p);
      continue;
    }
    const wanted = requested.find((r) => r.id === p.id)?.seed;
    let seed = wanted ?? 1 + Math.floor(random() * MAX_DRAWN_SEED);
    let made = instantiate(p.template, seed);
    // A variant that cannot be drawn is never shown: a fresh seed is drawn instead.
    for (let tries = 1; !made.ok && wanted === undefined && tries < MAX_SEED_TRIES; tries++) {
      seed = 1 + Math.floor(random() * MAX_DRAWN_SEED);
      made = instantiate(p.template, seed);
    }
    if (!made.ok) {
      const why = whyNotDrawn(made);
      return wanted === undefined
        ? { ok: false, error: `cannot draw a variant of ${p.id} in ${MAX_SEED_TRIES} seeds (the last, ${seed}: ${why}); 'quizdrill check' reports the template` }
        : { ok: false, error: `variant ${p.id}@${seed} cannot be drawn: ${why}; drill ${p.id} without --variant for one that can` };
    }
    // A review may ask only some parts of a problem; keep to those.
    const full = problemOf(p.file, made.variant.data, made.variant, p.template);
    const asked = new Set(p.parts.map((x) => x.id));
    out.push({ ...full, parts: full.parts.filter((x) => asked.has(x.id)) });
  }
  return { ok: true, problems: out };
}
