// CommonJS on purpose: the YAML library is required only when a file must
// really be parsed, so a bank served from the parse cache never loads it.
function yamlLib(): typeof import('yaml') {
  return require('yaml') as typeof import('yaml');
}

export = yamlLib;
