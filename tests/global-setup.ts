import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { TEST_BUILD, TEST_BIN } from './helpers/test-build.js';

/**
 * Before any test file: the CLI bundled from the current source, as
 * `npm run build` bundles it for the package, into a folder of the tests'
 * own (dist/ is rebuilt by the pack test's `npm pack`). Whole-CLI tests run
 * it: from source through tsx, each start took seconds of CPU (every module
 * compiled, the bundled bank parsed), which on a loaded 2-core machine made
 * runs time out; the bundle starts as a student's `npx quizdrill` does.
 */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', TEST_BUILD], { cwd: new URL('..', import.meta.url), stdio: 'inherit' });
  writeFileSync(TEST_BIN, "import { main } from './main.js';\n\nmain(process.argv);\n");
}
