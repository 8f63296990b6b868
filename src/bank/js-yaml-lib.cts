// CommonJS on purpose, like yaml-lib.cts: js-yaml is required only when a
// bank must really be parsed. The package ships it as its own file beside
// the bundle (scripts/build.mjs); from source, the installed package.
function jsYamlLib(): typeof import('js-yaml') {
  try {
    return require('./js-yaml.cjs') as typeof import('js-yaml');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw e;
  }
  return require('js-yaml') as typeof import('js-yaml');
}

export = jsYamlLib;
