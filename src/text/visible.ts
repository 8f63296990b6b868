/**
 * Text from a bank or typed by a student is printed to a terminal, so any
 * control character in it is an instruction to that terminal: ESC starts
 * sequences that move the cursor, rewrite the screen, set the window title
 * or write the clipboard (OSC 52). Every C0 control but the line feed, DEL
 * and every C1 control is shown as `<xHH>` instead (no backslash: bank text
 * is LaTeX, where one starts a command); a tab becomes a space.
 * What remains is plain text, so our own colours, added after, are the only
 * escape sequences printed.
 */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
const ANY_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
/** The same, without the tab: a tab in prose is harmless, and worth no warning. */
const WARN_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

export function visible(text: string): string {
  if (!ANY_CONTROL.test(text)) return text;
  return text.replace(CONTROL, (c) => (c === '\t' ? ' ' : `<x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}>`));
}

/** Whether the text holds a control character worth a warning (anything but tab and line feed). */
export function hasControl(text: string): boolean {
  return WARN_CONTROL.test(text);
}

/** The same, for a single line: line feeds too, as in a file name or a one-line answer. */
export function visibleLine(text: string): string {
  return visible(text).replace(/\n/g, '<x0A>');
}
