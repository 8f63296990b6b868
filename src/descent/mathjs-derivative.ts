// Entry of dist/mathjs-derivative.cjs (see scripts/build.mjs): mathjs's
// parser with its symbolic `derivative`, read only when a descent on a
// function needs a gradient (most commands never do).
import { create, derivativeDependencies, parseDependencies, type FactoryFunctionMap } from 'mathjs';

const math = create({ parseDependencies, derivativeDependencies } as FactoryFunctionMap);

export const parse = math.parse;
export const derivative = math.derivative;
export const FunctionNode = math.FunctionNode;
export const SymbolNode = math.SymbolNode;
export const OperatorNode = math.OperatorNode;
export const ConstantNode = math.ConstantNode;
