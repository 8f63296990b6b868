import { onTestFailed, onTestFinished } from 'vitest';

/**
 * Polls `probe` every `everyMs` until it gives a value (anything but
 * undefined or false), and returns it. It keeps no clock of its own: a wait
 * that never ends is ended by the test's own (generous) time-out, and a
 * loaded machine only makes it slower. It stops when the test has finished
 * (so a timed-out test leaves no loop behind) or when `stop` says why. If the
 * test fails while this wait is pending, it prints what it waited for and
 * `state()`, the last thing it saw.
 */
export async function pollUntil<T>(
  what: string,
  probe: () => T | undefined | false,
  opts: { state?: () => string; stop?: () => string | undefined; everyMs?: number } = {},
): Promise<T> {
  let pending = true;
  let finished = false;
  onTestFinished(() => void (finished = true));
  onTestFailed(() => {
    if (pending) console.error(`waiting for ${what}${opts.state ? `; last seen:\n${opts.state()}` : ''}`);
  });
  try {
    for (;;) {
      const got = probe();
      if (got !== undefined && got !== false) return got;
      const why = finished ? 'the test ended' : opts.stop?.();
      if (why) throw new Error(`${why} while waiting for ${what}${opts.state ? `; last seen:\n${opts.state()}` : ''}`);
      await new Promise((r) => setTimeout(r, opts.everyMs ?? 50));
    }
  } finally {
    pending = false;
  }
}
