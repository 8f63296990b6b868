// The CLI from source (the pack test compares it with the installed package; other whole-CLI tests run the bundle, see tests/global-setup.ts).
import { main } from '../../src/cli/main.js';

await main(process.argv);
