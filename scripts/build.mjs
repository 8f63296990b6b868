// Bundles the CLI into dist/: one ESM entry and lazily loaded chunks, with
// every dependency inside, so `npx quizdrill` installs a single package and
// each command loads only what it uses.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// `--outdir DIR` builds elsewhere than dist/ (the tests' own copy, see
// tests/global-setup.ts); the bundle finds the package root from wherever it is.
const at = process.argv.indexOf('--outdir');
const out = at > 0 ? process.argv[at + 1] : 'dist';
if (!out) throw new Error('--outdir needs a folder');
const root = relative(resolve(out), resolve(fileURLToPath(new URL('..', import.meta.url)))).split(sep).join('/');
rmSync(out, { recursive: true, force: true });

const result = await build({
  // check-worker: a worker thread of `check --jobs`, which src/check/parallel.ts starts by its file name.
  entryPoints: { main: 'src/cli/main.ts', 'check-worker': 'src/check/check-worker.ts' },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Smaller files parse faster at start-up; DEBUG stack traces read better from source (npm run dev).
  minify: !process.env.QUIZDRILL_BUILD_READABLE,
  keepNames: false,
  legalComments: 'linked',
  chunkNames: '[name]-[hash]',
  define: {
    __QUIZDRILL_VERSION__: JSON.stringify(pkg.version),
    // Where the package root is from the bundle's folder: '../' from dist/.
    __QUIZDRILL_ROOT__: JSON.stringify(root === '' ? './' : `${root}/`),
  },
  // Bundled CommonJS packages call require(); ESM has none, so give them one.
  banner: { js: "import { createRequire as __qdCreateRequire } from 'node:module'; const require = __qdCreateRequire(import.meta.url);" },
  // mathjs's parser and the YAML libraries are files of their own, read only
  // when an answer or a bank needs them (src/grade/load-mathjs.cts,
  // src/bank/yaml-libs.cts).
  external: ['./mathjs-parse.cjs', 'mathjs', './yaml.cjs', 'yaml', './js-yaml.cjs', 'js-yaml'],
  metafile: true,
  logLevel: 'warning',
});

// Libraries loaded only when needed, each a CommonJS file of its own beside
// the bundle: mathjs's parser (for arithmetic answers, and with `derivative`
// for a descent on a function) and the two YAML parsers (for banks not in
// the parse cache).
await build({
  entryPoints: { 'mathjs-parse': 'src/grade/mathjs-parse.ts', yaml: 'yaml', 'js-yaml': 'js-yaml' },
  outdir: out,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: !process.env.QUIZDRILL_BUILD_READABLE,
  legalComments: 'linked',
  logLevel: 'warning',
});

// KaTeX's style sheet and its woff2 fonts, which the html export inlines
// into each page (src/export/katex-css.ts reads them from dist/katex/).
mkdirSync(`${out}/katex/fonts`, { recursive: true });
copyFileSync('node_modules/katex/dist/katex.min.css', `${out}/katex/katex.min.css`);
for (const font of readdirSync('node_modules/katex/dist/fonts').filter((n) => n.endsWith('.woff2'))) copyFileSync(`node_modules/katex/dist/fonts/${font}`, `${out}/katex/fonts/${font}`);

if (process.argv.includes('--analyze')) {
  const { analyzeMetafile } = await import('esbuild');
  console.log(await analyzeMetafile(result.metafile));
}

// The bundled bank, parsed now: dist/bank-cache.json maps the hash of each
// file's text to its data and the source text of its numeric literals (see
// src/bank/parse-cache.ts). A file that does not parse cleanly is left out.
const cache = {};
for (const name of readdirSync('problems').filter((n) => /\.ya?ml$/.test(n))) {
  const text = readFileSync(`problems/${name}`, 'utf8').replace(/^\uFEFF/, '');
  const doc = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length || doc.warnings.length) continue;
  const literals = {};
  // Where the problems, their parts and their fields start: what check's warnings point at.
  const positions = {};
  const lc = new LineCounter();
  parseDocument(text, { lineCounter: lc });
  const walk = (node, path) => {
    if (node?.range && path.length <= 5) positions[JSON.stringify(path)] = lc.linePos(node.range[0]);
    if (isMap(node)) for (const pair of node.items) walk(pair.value, [...path, String(pair.key?.value ?? pair.key)]);
    else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
    else if (isScalar(node) && typeof node.value === 'number' && node.range) literals[JSON.stringify(path)] = text.slice(node.range[0], node.range[1]).trim();
  };
  walk(doc.contents, []);
  cache[createHash('sha256').update(text).digest('hex')] = { data: doc.toJS({ maxAliasCount: 100 }), literals, positions };
}
writeFileSync(`${out}/bank-cache.json`, JSON.stringify(cache));

// The derivatives of the bundled bank's descent functions, taken now with
// the code the CLI runs (src/descent/function-trees.ts, bundled for the
// moment): dist/function-cache.json maps each function (with its variables
// and constants) to its trees, so the bundled bank never loads mathjs's
// `derivative` at start-up. A function written with {{...}} differs per
// variant: each text it can take is kept when the parameters it reads have
// few values (src/template/function-texts.ts); otherwise it is derived when drawn.
const helper = `${out}/function-trees-build.mjs`;
await build({
  stdin: {
    contents: "export { derive, treesKey } from './src/descent/function-trees.ts'; export { functionTexts } from './src/template/function-texts.ts';",
    resolveDir: resolve(fileURLToPath(new URL('..', import.meta.url))),
    loader: 'ts',
  },
  outfile: helper,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['./mathjs-parse.cjs'],
  banner: { js: "import { createRequire as __qdCreateRequire } from 'node:module'; const require = __qdCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
const { derive, treesKey, functionTexts } = await import(pathToFileURL(resolve(helper)).href);
const functions = {};
for (const { data } of Object.values(cache)) {
  for (const p of data?.problems ?? []) {
    const text = p?.descent?.function;
    if (typeof text !== 'string' || typeof (p.descent.start ?? p.descent.reach) !== 'object') continue;
    const variables = Object.keys(p.descent.start ?? p.descent.reach ?? {});
    const constants = Object.keys(p.given ?? {});
    for (const each of functionTexts(text, p.params)) {
      const r = derive(each, variables, constants);
      if (r.ok) functions[treesKey(each, variables, constants)] = r.trees;
    }
  }
}
rmSync(helper);
writeFileSync(`${out}/function-cache.json`, JSON.stringify(functions));
