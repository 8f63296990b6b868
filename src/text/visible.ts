/**
 * Text from a bank or typed by a student is printed to a terminal, so any
 * control character in it is an instruction to that terminal: ESC starts
 * sequences that move the cursor, rewrite the screen, set the window title
 * or write the clipboard (OSC 52). Every C0 control but the line feed, DEL
 * and every C1 control is shown as `<xHH>` instead (no backslash: bank text
 * is LaTeX, where one starts a command); a tab becomes a space.
 *
 * Unicode's bidirectional controls (the Bidi_Control characters: the
 * embeddings and overrides U+202A-U+202E, the isolates U+2066-U+2069, and
 * the marks U+200E, U+200F and U+061C) are invisible and reorder what a
 * terminal shows: a right-to-left override makes `41` display as `14`, and
 * a prompt or an explanation can read other than it is (the "Trojan Source"
 * attack). They are shown as `<U+202E>` and so on.
 *
 * What remains is plain text, so our own colours, added after, are the only
 * escape sequences printed.
 */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ANY_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** The same, without the tab: a tab in prose is harmless, and worth no warning. */
const WARN_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function shown(c: string): string {
  if (c === '\t') return ' ';
  const code = c.charCodeAt(0).toString(16).toUpperCase();
  return code.length <= 2 ? `<x${code.padStart(2, '0')}>` : `<U+${code.padStart(4, '0')}>`;
}

export function visible(text: string): string {
  if (!ANY_CONTROL.test(text)) return text;
  return text.replace(CONTROL, shown);
}

/** Whether the text holds a control character worth a warning (anything but tab and line feed). */
export function hasControl(text: string): boolean {
  return WARN_CONTROL.test(text);
}

/** The same, for a single line: line feeds too, as in a file name or a one-line answer. */
export function visibleLine(text: string): string {
  return visible(text).replace(/\n/g, '<x0A>');
}

const SHOWN_CONTROL = /<(?:x[0-9A-F]{2}|U\+[0-9A-F]{4})>/y;

/**
 * The control character shown at `index` of text `visible` made (`<x1B>`,
 * `<U+202E>`), or undefined: an answer is graded in its visible form, so a
 * message about its first bad character can name the control character
 * the student typed rather than the `<` that shows it.
 */
export function shownControlAt(text: string, index: number): string | undefined {
  SHOWN_CONTROL.lastIndex = index;
  return SHOWN_CONTROL.exec(text)?.[0];
}
