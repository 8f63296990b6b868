// CommonJS on purpose: the YAML libraries are required only when a file must
// really be parsed, so a bank served from the parse cache never loads them.
// The package ships each as its own file beside the bundle
// (scripts/build.mjs), so a command that needs no parsing does not even
// read their code; from source, the installed packages are used.
function beside<T>(own: () => T, installed: () => T): T {
  try {
    return own();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw e;
  }
  return installed();
}

const yamlLibs = {
  /** yaml: the reference parser, with every error message. */
  yaml: (): typeof import('yaml') => beside(() => require('./yaml.cjs'), () => require('yaml')),
  /** js-yaml: the fast event stream (src/bank/events.ts). */
  jsYaml: (): typeof import('js-yaml') => beside(() => require('./js-yaml.cjs'), () => require('js-yaml')),
};

export = yamlLibs;
