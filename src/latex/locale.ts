/**
 * Whether the terminal's locale asks for ASCII: the first of LC_ALL,
 * LC_CTYPE and LANG that is set and not empty (POSIX precedence) names a
 * character set other than UTF-8 (`C`, `POSIX`, `en_US.ISO-8859-1`).
 *
 * With none set, assume UTF-8: terminals today (Windows Terminal, macOS,
 * Linux desktops) all display it, and an empty environment is far more
 * often a stripped one (a container, cron, CI) than an ASCII terminal.
 * `--ascii` covers the rest.
 */
export function wantsAscii(env: Record<string, string | undefined>): boolean {
  const locale = [env.LC_ALL, env.LC_CTYPE, env.LANG].find((v) => v !== undefined && v !== '');
  if (locale === undefined) return false;
  return !/utf-?8/i.test(locale);
}
