// `npm run dev -- <args>`: the CLI from source (tsx), for development; stack traces name the source files.
import { main } from './main.js';

await main(process.argv);
