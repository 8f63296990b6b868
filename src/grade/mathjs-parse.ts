// Entry of dist/mathjs-parse.cjs (see scripts/build.mjs): mathjs's parser,
// and, on request, its symbolic `derivative` for a descent on a function.
// One file for both: a second bundle with `derivative` repeated the
// parser's ~300 kB and made the package ~90 kB (compressed) larger.
import { create, derivativeDependencies, parseDependencies, type FactoryFunctionMap } from 'mathjs';

/** Only the parser and what it needs: all that grading an answer uses. */
export const parse = create({ parseDependencies } as FactoryFunctionMap).parse;

let symbolic: ReturnType<typeof create> | undefined;

/** An instance with `derivative` too, built on first use (src/descent/load-derivative.cts). */
export function symbolicMath(): ReturnType<typeof create> {
  symbolic ??= create({ parseDependencies, derivativeDependencies } as FactoryFunctionMap);
  return symbolic;
}
