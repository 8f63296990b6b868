// CommonJS on purpose, like src/grade/load-mathjs.cts: require() is
// synchronous, so computing a key stays synchronous while mathjs's
// `derivative` (slow to load) is read only when a gradient is needed.
import type { SymbolicMath } from './symbolic-math.js';

function loadDerivative(): SymbolicMath {
  try {
    // The package ships a bundle of the parser and `derivative` beside its own code.
    return require('./mathjs-derivative.cjs') as SymbolicMath;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw e;
  }
  // From source: the same instance from the installed mathjs.
  const { create, parseDependencies, derivativeDependencies } = require('mathjs') as typeof import('mathjs');
  const math = create({ parseDependencies, derivativeDependencies } as import('mathjs').FactoryFunctionMap);
  return { parse: math.parse, derivative: math.derivative, FunctionNode: math.FunctionNode, SymbolNode: math.SymbolNode, OperatorNode: math.OperatorNode, ConstantNode: math.ConstantNode } as unknown as SymbolicMath;
}

export = loadDerivative;
