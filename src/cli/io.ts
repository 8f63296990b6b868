
import type { CheckCache } from '../check/check-cache.js';

/** Everything a command may touch of the outside world, so tests can pass their own. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /**
   * A memory of checks kept across runs in one process: `export` checks
   * through it, so a program that runs several exports of the same banks
   * (the tests do) checks each problem once. A one-off run has none.
   */
  checkCache?: CheckCache;
}

export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

export function write(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text.endsWith('\n') ? text : text + '\n');
}
