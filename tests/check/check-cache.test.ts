import { describe, expect, it } from 'vitest';
import { BUNDLED_BANK_DIR, readSources, type Source } from '../../src/bank/read-files.js';
import { checkSources, type CheckOptions } from '../../src/check/check-banks.js';
import { CheckCache } from '../../src/check/check-cache.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { bundledTotals } from '../helpers/bank.js';

/**
 * The memory of `check --watch`: after an edit, the report must be the one
 * a fresh `check` gives, and only the problems the edit touched are checked
 * again. Few variants keep the runs short; the templates are still drawn.
 */
const OPTS: CheckOptions = { variants: 5 };
/** Every bundled problem, counted from the YAML. */
const PROBLEMS = bundledTotals().problems;
const bundled = readSources([BUNDLED_BANK_DIR], process.cwd()).sources;
/** These tests look at errors (the bundled bank has no warnings, but an edit may make one). */
const errors = (r: { diagnostics: Diagnostic[] }) => r.diagnostics.filter((d) => d.severity === 'error');
const seed = bundled.find((s) => s.file.endsWith('quiz-07.yaml'))!;
const fresh = bundled.find((s) => s.file.endsWith('quiz-07b-fresh.yaml'))!;

function edit(source: Source, from: string | RegExp, to: string): Source {
  const text = source.text.replace(from, to);
  if (text === source.text) throw new Error(`the edit ${String(from)} changes nothing`);
  return { ...source, text };
}

/** A cache that has seen the bundled bank once. */
function warmed(): CheckCache {
  const cache = new CheckCache();
  checkSources(bundled, [], OPTS, cache);
  expect(cache.last.checked).toHaveLength(PROBLEMS);
  return cache;
}

describe('CheckCache', () => {
  it('checks nothing again, and parses nothing, when nothing changed', () => {
    const cache = warmed();
    const again = checkSources(bundled, [], OPTS, cache);
    expect(cache.last).toEqual({ loaded: [], checked: [], reused: PROBLEMS });
    expect(again).toEqual(checkSources(bundled, [], OPTS));
  });

  it('after an edit of one problem, checks only that problem, and reports as a fresh check does', () => {
    const cache = warmed();
    const sources = bundled.map((s) => (s === seed ? edit(seed, 'answer: 29', 'answer: 28') : s));
    const report = checkSources(sources, [], OPTS, cache);
    expect(cache.last.loaded).toEqual([seed.file]);
    expect(cache.last.checked).toEqual([`${seed.file}: param-count-a`]);
    expect(cache.last.reused).toBe(PROBLEMS - 1);
    expect(report).toEqual(checkSources(sources, [], OPTS));
    expect(errors(report).map((d) => [d.code, d.line])).toEqual([['key-mismatch', seed.text.split('\n').indexOf('        answer: 29') + 1]]);
    // Fixed again: the problem's earlier check is still in memory.
    const fixed = checkSources(bundled, [], OPTS, cache);
    expect(cache.last.checked).toEqual([`${seed.file}: param-count-a`]);
    expect(fixed.ok).toBe(true);
  });

  it('moves the diagnostics of the problems below an edit that adds lines, without checking them again', () => {
    const cache = new CheckCache();
    const broken = edit(seed, 'answer: 37', 'answer: 36');
    checkSources([broken, fresh], [], OPTS, cache);
    // Three lines more in the first problem, above the wrong key.
    const longer = edit(broken, '  - id: backprop-partial-facts-a\n', '  - id: backprop-partial-facts-a\n    # one\n    # two\n    # three\n');
    const report = checkSources([longer, fresh], [], OPTS, cache);
    expect(cache.last.checked).toEqual([`${seed.file}: backprop-partial-facts-a`]);
    expect(report).toEqual(checkSources([longer, fresh], [], OPTS));
    const d = report.diagnostics.find((x) => x.code === 'key-mismatch')!;
    expect(longer.text.split('\n')[d.line - 1]).toContain('answer: 36');
  });

  it('drops the diagnostics of a file that is gone', () => {
    const cache = new CheckCache();
    const broken = edit(fresh, /id: param-count-fresh/, 'id: param-count-a');
    expect(errors(checkSources([seed, broken], [], OPTS, cache)).map((d) => d.code)).toEqual(['duplicate-id']);
    const report = checkSources([seed], [], OPTS, cache);
    expect(errors(report)).toEqual([]);
    expect(report.diagnostics.every((d) => d.file === seed.file)).toBe(true);
    expect([report.files, report.problems]).toEqual([1, 19]);
    expect(cache.last).toEqual({ loaded: [], checked: [], reused: 19 });
  });

  it('finds a duplicate id made by renaming, in a file not edited, and loses it when renamed back', () => {
    const cache = warmed();
    const renamed = edit(seed, 'id: sgd-step\n', 'id: sgd-step-fresh\n');
    const report = checkSources([renamed, fresh], [], OPTS, cache);
    expect(cache.last.checked).toEqual([`${seed.file}: sgd-step-fresh`]);
    expect(report).toEqual(checkSources([renamed, fresh], [], OPTS));
    // The bank read second holds the repeat.
    expect(errors(report).map((d) => [d.file, d.code])).toEqual([[fresh.file, 'duplicate-id']]);
    expect(errors(checkSources(bundled, [], OPTS, cache))).toEqual([]);
  });

  it('checks everything again when the options change', () => {
    const cache = warmed();
    checkSources(bundled, [], { ...OPTS, ignore: ['indistinct-mistake'] }, cache);
    expect(cache.last.checked).toHaveLength(PROBLEMS);
    checkSources(bundled, [], { variants: 6 }, cache);
    expect(cache.last.checked).toHaveLength(PROBLEMS);
  });

  it('still reports every error of a file that does not load, and checks again once it does', () => {
    const cache = warmed();
    const broken = edit(seed, 'problems:\n', 'problems:\n  - id: [\n');
    const report = checkSources([broken, fresh], [], OPTS, cache);
    expect(report).toEqual(checkSources([broken, fresh], [], OPTS));
    expect(errors(report).map((d) => d.code)).toEqual(['yaml-syntax']);
    expect(checkSources(bundled, [], OPTS, cache).ok).toBe(true);
  });
});
