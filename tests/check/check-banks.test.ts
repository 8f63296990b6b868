import { describe, expect, it } from 'vitest';
import { BUNDLED_BANK_DIR, readSources } from '../../src/bank/read-files.js';
import { checkSources, exitClass } from '../../src/check/check-banks.js';
import { CheckCache } from '../../src/check/check-cache.js';
import { bundledTotals } from '../helpers/bank.js';

const bundled = readSources([BUNDLED_BANK_DIR], process.cwd());
const seedFile = bundled.sources.find((s) => s.file.endsWith('quiz-07.yaml'))!;

function checkText(text: string) {
  return checkSources([{ file: 'copy.yaml', text }]);
}

/** Line (1-based) of the first line matching, after a given line. */
function lineOf(text: string, pattern: RegExp, after = 0): number {
  const lines = text.split('\n');
  const i = lines.findIndex((l, k) => k >= after && pattern.test(l));
  if (i < 0) throw new Error(`no line matches ${pattern}`);
  return i + 1;
}

/**
 * The bundled bank with its parts' `ignore: [indistinct-mistake]` taken out:
 * the seed's own numbers (and the templates' seeds pinned to them) make
 * some slips coincide, which the bank silences part by part.
 */
const unsilenced = bundled.sources.map((s) => ({ ...s, text: s.text.replace(/^ *ignore: \[indistinct-mistake\]\n/gm, '') }));
/** Shared by the two checks: the files the silencing does not touch are checked once. */
const memory = new CheckCache();

describe('check on the bundled bank', () => {
  const report = checkSources(bundled.sources, bundled.diagnostics, {}, memory);

  it('holds with no warning at all (issue 21): every key computes and every part passes its self-test', () => {
    expect(report.diagnostics).toEqual([]);
    expect(report.ok).toBe(true);
    expect(exitClass(report)).toBe(0);
  });

  it('carries the whole seed in quiz-07.yaml: 19 problems, 33 parts', () => {
    const seed = checkSources([seedFile]);
    expect([seed.files, seed.problems, seed.parts]).toEqual([1, 19, 33]);
  });

  it('adds the other bank files, each template checked across 200 variants', () => {
    const t = bundledTotals();
    expect([report.files, report.problems, report.parts, report.variants]).toEqual([t.files, t.problems, t.parts, t.variants]);
    // Counted independently of the YAML: the seed file and at least one more.
    expect(report.files).toBeGreaterThan(2);
  });

  it('warns about nothing in the unit files: every slip a part can meet is told apart from its key', () => {
    expect(report.diagnostics.filter((d) => /unit-[^/]*$/.test(d.file))).toEqual([]);
  });
});

describe('check on a broken copy', () => {
  it('names the line of a wrong literal answer and exits 1', () => {
    const text = seedFile.text.replace(/answer: -14\n/, 'answer: -13\n');
    const report = checkText(text);
    expect(exitClass(report)).toBe(1);
    const d = report.diagnostics.find((x) => x.code === 'key-mismatch');
    expect(d?.line).toBe(lineOf(text, /answer: -13$/));
    expect(d?.message).toMatch(/-13 .*computes -14/);
  });

  it('catches a wrong vector key against the descent step', () => {
    const report = checkText(seedFile.text.replace('answer: [4, 9]', 'answer: [4, 8]'));
    expect(report.diagnostics.map((d) => d.code)).toContain('key-mismatch');
  });

  it('catches data that no longer gives the key', () => {
    const report = checkText(seedFile.text.replace('- [[5, 1], [1, 2]]', '- [[5, 1], [1, 3]]'));
    expect(report.diagnostics.filter((d) => d.code === 'key-mismatch').length).toBeGreaterThan(0);
  });

  it('exits 2 on broken YAML, with a located message, and still checks other files', () => {
    const broken = { file: 'broken.yaml', text: seedFile.text.replace('problems:\n', 'problems:\n  - id: [\n') };
    const report = checkSources([broken, seedFile]);
    expect(exitClass(report)).toBe(2);
    expect(report.diagnostics[0]).toMatchObject({ file: 'broken.yaml', code: 'yaml-syntax' });
    expect(report.problems).toBe(19);
  });

  it('reports a duplicate id across files', () => {
    const report = checkSources([seedFile, { ...seedFile, file: 'again.yaml' }]);
    expect(report.diagnostics.some((d) => d.code === 'duplicate-id' && d.file === 'again.yaml')).toBe(true);
  });

  it('reports a file that is not UTF-8', () => {
    const r = readSources([new URL('../fixtures/not-utf8.yaml', import.meta.url).pathname], process.cwd());
    expect(r.diagnostics[0]?.code).toBe('not-utf8');
  });
});

describe('check on LaTeX the renderer does not know', () => {
  it('warns at the text that holds it, and still exits 0', () => {
    const text = seedFile.text.replace('What is \\(\\partial H / \\partial a_{1}^{(1)}\\)', 'What is \\(\\foo H\\)');
    const report = checkText(text);
    const warnings = report.diagnostics.filter((d) => d.code === 'unknown-latex');
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0]).toMatchObject({ severity: 'warning', line: lineOf(text, /What is \\\(\\foo H/) - 1 });
    expect(warnings[0]!.message).toMatch(/\\foo/);
    expect(exitClass(report)).toBe(0);
  });

  it('finds none in the bundled bank', () => {
    expect(checkSources(bundled.sources).diagnostics.filter((d) => d.code === 'unknown-latex')).toEqual([]);
  });
});

describe('check on the slips a part cannot tell apart', () => {
  const report = checkSources(unsilenced, [], {}, memory);

  it('finds them only in the parts that silence them', () => {
    const silencing = bundled.sources.reduce((n, s) => n + (s.text.match(/^ *ignore: \[indistinct-mistake\]$/gm)?.length ?? 0), 0);
    expect(silencing).toBeGreaterThan(0);
    expect(report.diagnostics.filter((d) => d.code === 'indistinct-mistake')).toHaveLength(silencing);
  });
  const slips = report.diagnostics.filter((d) => d.code === 'indistinct-mistake');

  it('warns only where other numbers would separate the slips: seed problem 1 variant A part 2 (1 is two slips at once)', () => {
    const a = slips.filter((d) => d.message.startsWith('backprop-partial-facts-a part'));
    expect(a.map((d) => d.message)).toEqual([
      "backprop-partial-facts-a part 2: these slips give the key or each other's number with these numbers, so the drill cannot name them; other numbers would: layer-above, sign-error",
    ]);
    expect(a.every((d) => d.severity === 'warning')).toBe(true);
  });

  it("says nothing of ReLU'(0) where no z is 0: no number an author picks would change it", () => {
    expect(slips.filter((d) => /relu-prime-zero-as-one/.test(d.message))).toEqual([]);
  });

  it('tallies a template\'s slips over its variants, one warning per part, and names the constraint that redraws them', () => {
    const fresh = slips.filter((d) => /^backprop-partial-facts-fresh part \d, over 50 variants/.test(d.message));
    expect(fresh.length).toBeGreaterThan(0);
    for (const d of fresh) expect(d.message).toMatch(/: these slips could not be named \(in how many variants\): [a-z-]+ in \d+.*; the constraint distinct-mistakes redraws such variants/);
    expect(new Set(fresh.map((d) => d.line)).size).toBe(fresh.length);
  });
});

describe('check proves the formula claims of the seed', () => {
  it('fails, at the answer, when problem 7\'s third key is flipped to True', () => {
    const text = seedFile.text.replace(/answer: false\n(\s+claim: \\dfrac\{\\partial H\}\{\\partial a_\{2\}\^\{\(1\)\}\})/, 'answer: true\n$1');
    expect(text).not.toBe(seedFile.text);
    const report = checkText(text);
    expect(exitClass(report)).toBe(1);
    const d = report.diagnostics.find((x) => x.code === 'key-mismatch')!;
    expect(d.message).toMatch(/backprop-symbolic-claims part 3: the answer is True, but on the network the claim does not hold/);
  });

  it('fails when problem 2\'s key is the other path\'s term', () => {
    const text = seedFile.text.replace("answer: W_{22}^{(2)} g'(z_2^{(2)}) W_{21}^{(3)}", "answer: W_{21}^{(2)} g'(z_1^{(2)}) W_{11}^{(3)}");
    const report = checkText(text);
    expect(exitClass(report)).toBe(1);
    const d = report.diagnostics.find((x) => x.code === 'key-mismatch')!;
    expect(d.line).toBe(lineOf(text, /answer: W_\{21\}\^\{\(2\)\} g'\(z_1/));
    expect(d.message).toMatch(/fill-blank-weight-derivative part 1: with this key in the blank, the claim does not hold/);
  });
});
