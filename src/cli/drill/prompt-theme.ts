import { wrap, type Style } from '../../render/style.js';

/**
 * How Inquirer's prompts look in a drill: our colours (so --no-color and
 * NO_COLOR hold), ASCII glyphs under --ascii or a non-UTF-8 locale, and
 * messages wrapped at the terminal's width. Inquirer itself breaks long
 * lines mid-word ("arithmeti|c"), so the text arrives already wrapped.
 */
export function promptTheme(s: Style, width: () => number) {
  const ascii = Boolean(s.ascii);
  return {
    prefix: { idle: s.c.blue('?'), done: s.c.green(ascii ? '+' : '✔') },
    spinner: { interval: 80, frames: ascii ? ['-', '\\', '|', '/'] : ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'] },
    icon: { cursor: ascii ? '>' : '❯' },
    // After `?` or a format error the field starts empty; the message quotes what was typed.
    validationFailureMode: 'clear' as const,
    style: {
      answer: (text: string) => s.c.cyan(text),
      message: (text: string) => s.c.bold(text),
      error: (text: string) => s.c.red(wrap(`> ${text}`, width())),
      help: (text: string) => s.c.dim(text),
      highlight: (text: string) => s.c.cyan(text),
      keysHelpTip: (keys: [string, string][]) =>
        keys.map(([key, action]) => `${s.c.bold(ascii ? asciiKey(key) : key)} ${s.c.dim(action)}`).join(s.c.dim(ascii ? ', ' : ' • ')),
    },
  };
}

const KEYS: Record<string, string> = { '↑↓': 'up/down', '⏎': 'enter', '↑': 'up', '↓': 'down' };

function asciiKey(key: string): string {
  return KEYS[key] ?? key;
}
