import type { Io } from './io.js';

/** A line a long command rewrites in place while it works. */
export interface ProgressLine {
  say(text: string): void;
  /** Erases the line, so what is printed next is as it would be without it. */
  done(): void;
}

/** Rewritten at most this often: a terminal need not redraw for every problem. */
const EVERY_MS = 100;

/**
 * One line on stderr that a long run rewrites in place (`Checking: 37 of 90
 * problems`), in a terminal only: never in a pipe, a file, a CI log or a
 * dumb terminal, where a carriage return would be noise.
 */
export function progressLine(io: Io): ProgressLine | undefined {
  if (!io.stderr.isTTY || io.env.TERM === 'dumb') return undefined;
  let last = -Infinity;
  let shown = false;
  return {
    say(text) {
      const now = Date.now();
      if (now - last < EVERY_MS) return;
      last = now;
      io.stderr.write(`\r${text}\u001b[K`);
      shown = true;
    },
    done() {
      if (shown) io.stderr.write('\r\u001b[K');
      shown = false;
    },
  };
}
