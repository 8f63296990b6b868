/**
 * The outcome of parsing what a student typed. Parsing is separate from
 * grading: text that cannot be read is a format error (the student is asked
 * again), never a wrong mark.
 */
export type Parsed<T> =
  | { ok: true; value: T }
  /** `error` says what is wrong with the typed text; `hint` says what is accepted. */
  | { ok: false; error: string; hint: string };

export function parsedOk<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function parsedError<T>(error: string, hint: string): Parsed<T> {
  return { ok: false, error, hint };
}

/** Quote typed text for an error message, cut short so a huge paste stays readable. */
export function quote(text: string, max = 40): string {
  const shown = text.length > max ? `${text.slice(0, max)}...` : text;
  return JSON.stringify(shown);
}
