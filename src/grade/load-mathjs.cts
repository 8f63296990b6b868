// CommonJS on purpose: a plain require() here is synchronous in Node and is
// inlined (and initialised only when called) by the bundler, while the ESM
// modules around it stay free of mathjs until an answer needs it.
function loadMathjs(): { parse: (text: string) => unknown } {
  return require('mathjs') as { parse: (text: string) => unknown };
}
export = loadMathjs;
