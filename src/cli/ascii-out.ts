import { asciiFold } from '../latex/index.js';

/** Terminal control: colour and cursor sequences, carriage returns, backspaces. Kept as they are. */
const CONTROL = /(\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[\r\b])/;

/** Text to ASCII, control sequences untouched (asciiFold would turn ESC into `?`). */
export function foldText(text: string): string {
  return text
    .split(CONTROL)
    .map((piece, i) => (i % 2 === 1 ? piece : asciiFold(piece)))
    .join('');
}

/** JSON stays the same data in ASCII: what is not ASCII is written as a \u escape. */
export function escapeJson(text: string): string {
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The stream, with every string written to it made ASCII. The renderers
 * already draw in ASCII when asked; this is the net under them, for what
 * they pass through (bank text in a diagnostic, a tag, a file name), so that
 * under --ascii or a non-UTF-8 locale every byte printed is ASCII.
 */
export function asciiStream<T extends NodeJS.WritableStream>(stream: T, fold: (text: string) => string): T {
  return new Proxy(stream, {
    get(target, prop) {
      if (prop === 'write') {
        return (chunk: unknown, ...rest: unknown[]) =>
          (target.write as (...a: unknown[]) => boolean)(typeof chunk === 'string' ? fold(chunk) : chunk, ...rest);
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
