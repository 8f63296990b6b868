import { Chalk, type ChalkInstance } from 'chalk';
import { wantsAscii } from '../latex/locale.js';
import type { Style } from '../render/style.js';
import type { Io } from './io.js';

/**
 * Colour is on for a terminal unless NO_COLOR is set (any value) or
 * --no-color is given; FORCE_COLOR turns it on even for a pipe.
 */
export function colorFor(io: Io, stream: { isTTY?: boolean }, flag: boolean | undefined): ChalkInstance {
  const force = io.env.FORCE_COLOR;
  let on = Boolean(stream.isTTY) && io.env.TERM !== 'dumb';
  if (force !== undefined) on = force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') on = false;
  if (flag === false) on = false;
  return new Chalk({ level: on ? 1 : 0 });
}


/**
 * How a command draws on stdout: colour, width (at most 80), and ASCII when
 * asked or when the locale is not UTF-8. A drill (`interactive`) is coloured
 * only in a real terminal session: with answers piped in, it prints plain text.
 */
export function styleFor(io: Io, opts: { color?: boolean; ascii?: boolean }, interactive = false): Style {
  const terminal = { isTTY: Boolean(io.stdout.isTTY && (!interactive || io.stdin.isTTY)) };
  return {
    c: colorFor(io, terminal, opts.color),
    width: Math.max(40, Math.min(io.stdout.columns ?? 80, 80)),
    ascii: Boolean(opts.ascii) || wantsAscii(io.env),
  };
}
