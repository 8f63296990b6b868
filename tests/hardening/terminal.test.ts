/**
 * Issue 19, the terminal: text from a bank and text typed by a student is
 * printed, reported and stored with every C0/C1 control character made
 * visible (`<xHH>`), so a downloaded bank or a pasted answer cannot write the
 * clipboard (OSC 52), set the title, or clear the screen; and every
 * bidirectional control (`<U+202E>`), so it cannot make text read other
 * than it is. Our own colours
 * stay: with colour on, the only escape sequences printed are SGR colours.
 * `check` warns, located, at each text that holds control characters.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasControl, visible, visibleLine } from '../../src/text/visible.js';
import { runCli } from '../helpers/cli.js';

const BANK = 'tests/hardening/terminal/escapes.yaml';
const work = mkdtempSync(join(tmpdir(), 'quizdrill-terminal-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** An escape sequence that is not one of our SGR colours (ESC [ digits ; ... m), or any other control but line feed. */
const FOREIGN = /\u001b(?!\[[0-9;]*m)|[\u0000-\u0009\u000b-\u001a\u001c-\u001f\u007f-\u009f]/;
const ANY_ESCAPE = /[\u001b\u009b]/;
const SLOW = { timeoutMs: 120_000 };

describe('visible()', () => {
  it.each([
    ['OSC 52', '\u001b]52;c;cHduZWQ=\u0007', '<x1B>]52;c;cHduZWQ=<x07>'],
    ['C1 CSI', 'a\u009b31mb', 'a<x9B>31mb'],
    ['DEL and NUL', '\u007f\u0000', '<x7F><x00>'],
    ['CR', 'a\rb', 'a<x0D>b'],
    ['a tab becomes a space', 'a\tb', 'a b'],
    ['a line feed stays', 'a\nb', 'a\nb'],
    ['plain Unicode is untouched', 'W⁽²⁾ ∂H/∂z → ✓', 'W⁽²⁾ ∂H/∂z → ✓'],
  ])('%s', (_, text, want) => {
    expect(visible(text)).toBe(want);
    expect(visible(want)).toBe(want); // made visible once is plain text
  });

  // Every Bidi_Control character, at the edges of its ranges, and the neighbours that stay.
  it.each([
    ['RLO, the override that shows 41 as 14', '\u202e41', '<U+202E>41'],
    ['LRE, the first of the embeddings and overrides', 'a\u202ab', 'a<U+202A>b'],
    ['PDF and LRO', '\u202c\u202d', '<U+202C><U+202D>'],
    ['LRI, the first isolate, and PDI, the last', '\u2066x\u2069', '<U+2066>x<U+2069>'],
    ['RLI and FSI', '\u2067\u2068', '<U+2067><U+2068>'],
    ['LRM, RLM and the Arabic letter mark', '\u200e\u200f\u061c', '<U+200E><U+200F><U+061C>'],
    ['next to the ranges: separators, NNBSP, ZWJ, invisible operators, Arabic punctuation stay', '\u2029\u202f\u200d\u2065\u206a\u061b\u061d', '\u2029\u202f\u200d\u2065\u206a\u061b\u061d'],
    ['Hebrew and Arabic letters stay', 'שלום سلام', 'שלום سلام'],
    ['mixed with a C0 control', '\u001b\u202e', '<x1B><U+202E>'],
  ])('bidirectional controls: %s', (_, text, want) => {
    expect(visible(text)).toBe(want);
    expect(visible(want)).toBe(want);
    expect(hasControl(text)).toBe(want !== text);
  });

  it('visibleLine also shows a line feed', () => {
    expect(visibleLine('a\nb')).toBe('a<x0A>b');
  });

  it('hasControl: anything but tab and line feed', () => {
    expect(['\u001b', '\u0085', '\r', '\u007f'].map(hasControl)).toEqual([true, true, true, true]);
    expect(['\t', '\n', 'plain', 'ü'].map(hasControl)).toEqual([false, false, false, false]);
  });
});

/** Any Bidi_Control character: none may reach the terminal, a report or the store. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const BIDI_BANK = 'tests/hardening/terminal/bidi.yaml';

describe.concurrent('a bank with bidirectional controls in every text field', { timeout: 240_000 }, () => {
  it('check warns at each text, located, and prints none of them; exit 0', async () => {
    const r = await runCli(['check', BIDI_BANK], SLOW);
    expect(r.stdout).not.toMatch(BIDI);
    const warnings = r.stdout.split('\n').filter((l) => / warning control-character /.test(l));
    // title, problem title, 2 tags, prompt, 2 part prompts, 2 explanations, 1 option
    expect(warnings.map((l) => l.split(' ')[0])).toEqual([
      `${BIDI_BANK}:5:8`, `${BIDI_BANK}:8:12`, `${BIDI_BANK}:9:12`, `${BIDI_BANK}:9:34`, `${BIDI_BANK}:10:13`,
      `${BIDI_BANK}:17:17`, `${BIDI_BANK}:21:22`, `${BIDI_BANK}:22:17`, `${BIDI_BANK}:24:19`, `${BIDI_BANK}:26:22`,
    ]);
    expect(warnings[0]).toContain('<U+XXXX>');
    expect(r.status).toBe(0);
  });

  it('a bank whose file name holds an override is named with it made visible', async () => {
    // "bank\u202elmth.yaml" would show as "bankmlay.htm"-like text; the diagnostics name the file as it is.
    const file = join(work, 'bank\u202elmth.yaml');
    writeFileSync(file, readFileSync(BIDI_BANK, 'utf8'));
    const r = await runCli(['check', file], SLOW);
    expect(r.stdout).not.toMatch(BIDI);
    expect(r.stdout).toContain('bank<U+202E>lmth.yaml:5:8 warning control-character');
    expect(r.status).toBe(0);
  });

  it('a piped drill shows them in text and answers; an overridden answer is a format error; report and store hold none', async () => {
    const home = join(work, 'home-bidi');
    const report = join(work, 'report-bidi.json');
    // "\u202e41" shows as 14 on a terminal; the key is 6.
    const answers = ['\u202e41', '6', 'six \u202d'].join('\n') + '\n';
    const r = await runCli(['practice', BIDI_BANK, '--report', report], { ...SLOW, stdin: answers, env: { NO_COLOR: '1', QUIZDRILL_HOME: home } });
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(BIDI);
    expect(r.stdout).toContain('The answer is <U+202E>41<U+202C>. Read it twice.');
    expect(r.stdout).toContain('> <U+202E>41\n"<U+202E>41" is not a number');
    const saved = readFileSync(report, 'utf8');
    expect(saved).not.toMatch(BIDI);
    expect(saved).not.toMatch(/\\u(061c|200[ef]|202[a-e]|206[6-9])/i);
    const parts = (JSON.parse(saved) as { parts: { answer: string | null; result: string; formatErrors: number }[] }).parts;
    expect(parts[0]).toMatchObject({ answer: '6', result: 'right', formatErrors: 1 });
    expect(parts[1]).toMatchObject({ answer: 'six <U+202D>', result: 'right' });
    const stored = readdirSync(join(home, 'answers')).map((f) => readFileSync(join(home, 'answers', f), 'utf8')).join('');
    expect(stored).not.toMatch(BIDI);
    expect(stored).toContain('"answer":"six <U+202D>"');
    expect(r.status).toBe(0);
  });
});

describe.concurrent('a bank with escape sequences in every text field', { timeout: 240_000 }, () => {
  it('check warns at each text, located, and prints none of them; exit 0', async () => {
    const r = await runCli(['check', BANK], SLOW);
    expect(r.stdout).not.toMatch(FOREIGN);
    const warnings = r.stdout.split('\n').filter((l) => / warning control-character /.test(l));
    // title, problem title, 2 tags, prompt, 2 part prompts, 2 explanations, 1 option
    expect(warnings.map((l) => l.split(' ')[0])).toEqual([
      `${BANK}:5:8`, `${BANK}:8:12`, `${BANK}:9:12`, `${BANK}:9:43`, `${BANK}:10:13`,
      `${BANK}:17:17`, `${BANK}:21:22`, `${BANK}:22:17`, `${BANK}:24:19`, `${BANK}:26:22`,
    ]);
    expect(r.status).toBe(0);
  });

  for (const colour of [{ NO_COLOR: '1' }, { NO_COLOR: undefined, FORCE_COLOR: '1' }]) {
    it(`a piped drill with hostile answers prints no foreign escape (${JSON.stringify(colour)}); report and store hold none`, async () => {
      const home = join(work, `home-${Object.keys(colour).length}`);
      const report = join(work, `report-${Object.keys(colour).length}.json`);
      const answers = ['\u001b]0;pwned\u0007', '\u001b]52;c;cHduZWQ=\u0007 6', '6', 'six \u001b[1A'].join('\n') + '\n';
      const r = await runCli(['practice', BANK, '--report', report], { ...SLOW, stdin: answers, env: { ...colour, QUIZDRILL_HOME: home } });
      expect(r.stderr).toBe('');
      expect(r.stdout).not.toMatch(FOREIGN);
      if ('FORCE_COLOR' in colour) expect(r.stdout).toMatch(/\u001b\[[0-9;]*m/); // our colours stay
      else expect(r.stdout).not.toMatch(ANY_ESCAPE);
      expect(r.stdout).toContain('> <x1B>]0;pwned<x07>');
      expect(r.stdout).toContain('Read this. <x1B>]52;c;cHduZWQ=<x07> Then answer.<x08><x08>');
      const saved = readFileSync(report, 'utf8');
      expect(saved).not.toMatch(/\\u001b|\\u009b|\u001b/i);
      const parts = (JSON.parse(saved) as { parts: { answer: string | null; result: string }[] }).parts;
      // The option's text, typed with its escape: matched as the option, stored as shown.
      expect(parts[1]).toMatchObject({ answer: 'six <x1B>[1A', result: 'right' });
      const logs = readdirSync(join(home, 'answers'));
      const stored = logs.map((f) => readFileSync(join(home, 'answers', f), 'utf8')).join('');
      expect(stored).not.toMatch(/\\u001b|\\u009b|\u001b/i);
      expect(stored).toContain('"answer":"six <x1B>[1A"');
      expect(r.status).toBe(0);
    });
  }
});
