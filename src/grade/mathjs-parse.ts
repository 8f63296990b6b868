// Entry of dist/mathjs-parse.cjs (see scripts/build.mjs): a mathjs instance
// with only the parser and what it needs, a fraction of the whole library.
import { create, parseDependencies, type FactoryFunctionMap } from 'mathjs';

export const parse = create({ parseDependencies } as FactoryFunctionMap).parse;
