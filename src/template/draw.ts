import type { Random } from '../random/prng.js';
import type { ParamSpec } from '../schema/template.js';

/** Draws one parameter; `not` values are drawn again (bounded by the caller's tries). */
export function drawParam(spec: ParamSpec, random: Random): number {
  if ('choice' in spec) return spec.choice[Math.floor(random() * spec.choice.length)]!;
  for (let tries = 0; tries < 100; tries++) {
    const v = 'int' in spec ? drawInt(spec.int, random) : drawDecimal(spec.decimal, spec.places ?? 1, random);
    if (!spec.not?.includes(v)) return v;
  }
  return NaN; // every value excluded: reported by the caller as a template that cannot be drawn
}

function drawInt([lo, hi]: [number, number], random: Random): number {
  const a = Math.ceil(Math.min(lo, hi));
  const b = Math.floor(Math.max(lo, hi));
  return a + Math.floor(random() * (b - a + 1));
}

function drawDecimal([lo, hi]: [number, number], places: number, random: Random): number {
  const scale = 10 ** places;
  return drawInt([lo * scale, hi * scale], random) / scale;
}
