// CommonJS on purpose: require() is synchronous, so grading stays
// synchronous while mathjs (slow to load) is read only when an answer needs it.
type MathParse = (text: string) => unknown;

function loadMathjs(): { parse: MathParse } {
  try {
    // The package ships a bundle of just mathjs's parser beside its own code.
    return require('./mathjs-parse.cjs') as { parse: MathParse };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw e;
  }
  // From source: the same parser from the installed mathjs.
  const { create, parseDependencies } = require('mathjs') as typeof import('mathjs');
  return { parse: create({ parseDependencies } as import('mathjs').FactoryFunctionMap).parse as MathParse };
}

export = loadMathjs;
