// CommonJS on purpose, like src/grade/load-mathjs.cts: require() is
// synchronous, so computing a key stays synchronous while mathjs's
// `derivative` (slow to load) is read only when a gradient is needed.
import type { SymbolicMath } from './symbolic-math.js';

type MathInstance = ReturnType<typeof import('mathjs').create>;

function loadDerivative(): SymbolicMath {
  const math = instance();
  return { parse: math.parse, derivative: math.derivative, FunctionNode: math.FunctionNode, SymbolNode: math.SymbolNode, OperatorNode: math.OperatorNode, ConstantNode: math.ConstantNode } as unknown as SymbolicMath;
}

function instance(): MathInstance {
  try {
    // The package ships mathjs's parser, with `derivative` on request, beside its own code (src/grade/mathjs-parse.ts).
    return (require('./mathjs-parse.cjs') as { symbolicMath(): MathInstance }).symbolicMath();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw e;
  }
  // From source: mathjs's own one-file build. Its many-file CommonJS entry
  // costs seconds of CPU under tsx's loader hooks (about 5 s a start on a
  // shared machine), paid by every run from source that draws a function's
  // variant, end-to-end tests included; the one file loads in under one.
  return require('mathjs/lib/browser/math.js') as MathInstance;
}

export = loadDerivative;
