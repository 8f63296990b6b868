// CommonJS on purpose: the YAML library is required only when a file must
// really be parsed, so a bank served from the parse cache never loads it.
// The package ships it as its own file beside the bundle (scripts/build.mjs),
// so a command that needs no parsing does not even read its code.
function yamlLib(): typeof import('yaml') {
  try {
    return require('./yaml.cjs') as typeof import('yaml');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw e;
  }
  // From source: the installed package.
  return require('yaml') as typeof import('yaml');
}

export = yamlLib;
