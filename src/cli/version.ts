import { readFileSync } from 'node:fs';

declare const __QUIZDRILL_VERSION__: string | undefined;

/** The bundle has it built in; from source it is read from package.json, so the version has one source. */
export const VERSION: string =
  typeof __QUIZDRILL_VERSION__ === 'string'
    ? __QUIZDRILL_VERSION__
    : (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
