// The CLI from source, for end-to-end tests: bin/quizdrill.js runs dist/, which may be stale.
import { main } from '../../src/cli/main.js';

await main(process.argv);
