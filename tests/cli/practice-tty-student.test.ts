import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cliCommand, REPO_ROOT, testStore, UTF8_LOCALE } from '../helpers/cli.js';
import { hasTmux, shellQuote, TmuxSession } from '../helpers/tmux.js';

/**
 * The drill in a real terminal, as a student meets it (issue 16): what is
 * left in the answer field after `?` or a format error, Ctrl-D, text
 * wrapped at the terminal's width, ASCII prompts, and output sent to a file.
 * Every wait polls the screen until the test's own time-out, generous
 * because a loaded machine makes everything slow; nothing here is timed.
 */
const TIMEOUT = 120_000;
const dir = mkdtempSync(join(tmpdir(), 'quizdrill-tty-student-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let tmux: TmuxSession | undefined;
afterEach(() => {
  tmux?.kill();
  tmux = undefined;
});

/** Starts the CLI in tmux; `redirect` is shell text after the command (`> out.txt`). */
function start(name: string, args: string[], opts: { width?: number; redirect?: string; env?: Record<string, string> } = {}): TmuxSession {
  const t = TmuxSession.unique(`quizdrill-student-${name}`);
  const [node, argv] = cliCommand(args);
  const command = `${[node, ...argv].map(shellQuote).join(' ')} ${opts.redirect ?? ''}; echo EXIT=$?; exec sleep infinity`;
  t.start(command, { cwd: REPO_ROOT, width: opts.width ?? 80, env: { QUIZDRILL_HOME: testStore(), ...UTF8_LOCALE, ...opts.env } });
  tmux = t;
  return t;
}

const A = ['practice', '--id', 'backprop-partial-facts-a', '--no-save', '--explain', 'never'];
const PROMPT = /\? Answer \(\? for help\)\s*$/;

describe.skipIf(!hasTmux)('the answer field after help or a format error', () => {
  it('starts empty after ?: typing -14 next is the answer -14, not "?-14"', async () => {
    const t = start('help', A);
    await t.waitFor(PROMPT);
    t.type('?');
    t.press('Enter');
    await t.waitFor(/Type a number such as/);
    t.type('-14');
    t.press('Enter');
    const screen = await t.waitFor(/✓ Right\.|✗ Wrong\.|is not a number/);
    expect(screen).not.toContain('"?-14"');
    expect(screen).toContain('✓ Right.');
  }, TIMEOUT);

  it('starts empty after a format error: abc, then -14, is the answer -14', async () => {
    const t = start('format', A);
    await t.waitFor(PROMPT);
    t.type('abc');
    t.press('Enter');
    await t.waitFor(/"abc" is not a number/);
    t.type('-14');
    t.press('Enter');
    const screen = await t.waitFor(/✓ Right\.|✗ Wrong\.|"abc-14"/);
    expect(screen).not.toContain('"abc-14"');
    expect(screen).toContain('✓ Right.');
  }, TIMEOUT);
});

describe.skipIf(!hasTmux)('Ctrl-D at a prompt', () => {
  it.each([
    ['a typed part', A, PROMPT],
    ['a choice', ['practice', '--id', 'square-loss-point-contribution', '--no-save'], /Choose/],
  ])('on %s ends the drill as end of input, with its summary and exit 0', async (_, args, prompt) => {
    const t = start('ctrl-d', args);
    await t.waitFor(prompt);
    t.press('C-d');
    const screen = await t.waitFor(/EXIT=\d+/);
    expect(screen).toContain('Drill ended (end of input).');
    expect(screen).not.toContain('Drill interrupted.');
    expect(screen).toMatch(/^EXIT=0$/m);
  }, TIMEOUT);
});

/** The lines of the screen from the first that contains `from` on. */
const linesFrom = (screen: string, from: string): string[] => {
  const lines = screen.split('\n');
  return lines.slice(lines.findIndex((l) => l.includes(from)));
};

describe.skipIf(!hasTmux)('help and format errors are wrapped to the terminal', () => {
  it.each([
    [60, 60],
    [100, 80],
  ])('at %i columns, at %i, between words', async (columns, width) => {
    // capture-pane -J joins lines the terminal wrapped, so a line longer than the width is one we did not wrap.
    const t = start(`wrap-${columns}`, A, { width: columns });
    await t.waitFor(PROMPT);
    t.type('abc');
    t.press('Enter');
    await t.waitFor(/"abc" is not a number/);
    t.type('?');
    t.press('Enter');
    const screen = await t.waitFor(/Type a number such as[\s\S]*'quit'\s+to\s+end\s+the\s+drill\./);
    const help = linesFrom(screen, 'Type a number such as').join('\n');
    for (const line of linesFrom(screen, 'What is').filter((l) => !/^EXIT=/.test(l))) expect([...line.trimEnd()].length, line).toBeLessThanOrEqual(width);
    expect(help.replace(/\s+/g, ' ')).toContain('or arithmetic with + - * / ^, ( ), sqrt, abs, exp, log, ln, log10, sin, cos, tan, pi and e.');
    for (const word of ['arithmetic', 'exactly', 'accepted', 'formats']) expect(help).toContain(word);
  }, TIMEOUT);
});

describe.skipIf(!hasTmux)('--ascii covers the prompts', () => {
  it('a choice and a typed part show only ASCII: no ❯, ↑↓, ⏎, • or ✔', async () => {
    const t = start('ascii', ['practice', '--id', 'square-loss-point-contribution', '--id', 'backprop-partial-facts-a', '--no-save', '--ascii']);
    let screen = await t.waitFor(/Choose/);
    expect(screen).toMatch(/> a\) 0/);
    t.press('Enter');
    screen = await t.waitFor(PROMPT);
    t.type('-14');
    t.press('Enter');
    screen = await t.waitFor(/part 2 of 6[\s\S]*\? Answer/);
    expect(screen).toContain('+ Answer (? for help) -14');
    expect(screen.match(/[^\x00-\x7f]/g) ?? []).toEqual([]);
  }, TIMEOUT);
});

describe.skipIf(!hasTmux)('a drill whose output is sent to a file, typed at a terminal', () => {
  it('asks on the terminal (stderr) and leaves the summary in the file', async () => {
    const out = join(dir, 'out.txt');
    const t = start('to-file', ['practice', '--id', 'square-loss-point-contribution', '--no-save'], { redirect: `> ${shellQuote(out)}` });
    const screen = await t.waitFor(/Choose/);
    expect(screen).toContain('What is the contribution of the point');
    t.press('Enter');
    expect(await t.waitFor(/EXIT=\d+/)).toMatch(/Drill complete\.[\s\S]*^EXIT=0$/m);
    expect(readFileSync(out, 'utf8')).toMatch(/Drill complete\.\nScore: 1 of 1 right/);
  }, TIMEOUT);

  it('refuses, with a message and exit 2, when stderr is not a terminal either', async () => {
    const err = join(dir, 'err.txt');
    const t = start('to-files', ['practice', '--id', 'square-loss-point-contribution', '--no-save'], { redirect: `> /dev/null 2> ${shellQuote(err)}` });
    expect(await t.waitFor(/EXIT=\d+/)).toMatch(/^EXIT=2$/m);
    expect(readFileSync(err, 'utf8')).toMatch(/^quizdrill: answers would be typed at a terminal that shows none of the questions/);
  }, TIMEOUT);
});
