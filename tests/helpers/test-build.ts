import { fileURLToPath } from 'node:url';

/** Where tests/global-setup.ts bundles the CLI for the whole-CLI tests (inside node_modules: never committed or packed). */
export const TEST_BUILD = fileURLToPath(new URL('../../node_modules/.cache/quizdrill-test/', import.meta.url));
/** That bundle's entry, as bin/quizdrill.js is the package's. */
export const TEST_BIN = `${TEST_BUILD}quizdrill.mjs`;
