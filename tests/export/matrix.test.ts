/**
 * Matrix parts in every export format, from the fixture bank: each format
 * that can ask a matrix carries every entry of the key as the evaluator
 * computes it (parsed back here), and GIFT, which cannot, leaves the part
 * out with a warning, as it does a vector.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { computeKey } from '../../src/compute/compute-key.js';
import { exportJsonSchema } from '../../src/export/json-schema.js';
import { loadBank } from '../../src/bank/load-bank.js';
import { comparisonBand } from '../../src/grade/compare.js';
import { runInMemory } from '../helpers/memory-io.js';

const FIXTURE = join(__dirname, '..', 'fixtures', 'networks', 'matrix.yaml');
const SLOW = 120_000;
const dir = mkdtempSync(join(tmpdir(), 'quizdrill-matrix-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every matrix part of the fixture, with its key computed here, apart from the export code. */
const REFS = (() => {
  const loaded = loadBank(FIXTURE, readFileSync(FIXTURE, 'utf8'));
  if (!loaded.ok) throw new Error('the fixture does not load');
  return loaded.bank.problems.flatMap((bp) =>
    bp.first.data.parts.map((part, k) => {
      if (part.kind !== 'matrix' || !part.compute) throw new Error('the fixture asks only computed matrices');
      const c = computeKey(bp.first.data, part.compute);
      if (!c.ok) throw new Error(c.error);
      return { code: bp.first.data.id, index: k + 1, key: c.value as number[][], noise: c.noise as number[][] };
    }),
  );
})();

describe('matrix parts in exports', () => {
  it('json: each key is the computed matrix, with a noise per entry, valid against the export schema', async () => {
    const r = await runInMemory(['export', 'json', FIXTURE]);
    expect(r.code).toBe(0);
    const doc = exportJsonSchema.parse(JSON.parse(r.stdout));
    const keys = doc.problems.flatMap((p) => p.parts.map((part) => ({ code: p.code, index: part.index, key: part.key, text: part.answerText })));
    expect(keys).toHaveLength(REFS.length);
    keys.forEach(({ key, text }, i) => {
      expect(key.kind).toBe('matrix');
      if (key.kind !== 'matrix') return;
      expect(key.answer).toEqual(REFS[i]!.key);
      expect(key.noise).toEqual(REFS[i]!.noise);
      expect(key.compare).toEqual({ mode: 'rounding' });
      expect(text.startsWith('[[')).toBe(true);
    });
  }, SLOW);

  it('moodle: a cloze question with one blank per entry, a line per row, each tolerance covering the grader\'s band', async () => {
    const r = await runInMemory(['export', 'moodle', FIXTURE]);
    expect(r.code).toBe(0);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, isArray: (n) => n === 'question' }).parse(r.stdout) as { quiz: { question: Record<string, any>[] } };
    const questions = doc.quiz.question.filter((q) => q['@_type'] !== 'category');
    expect(questions).toHaveLength(REFS.length);
    questions.forEach((q, i) => {
      const ref = REFS[i]!;
      expect(q['@_type']).toBe('cloze');
      const text = String(q.questiontext.text);
      const rows = text.slice(text.lastIndexOf('<p>[')).split('<br>');
      expect(rows).toHaveLength(ref.key.length);
      const blanks = rows.map((row) => [...row.matchAll(/\{1:NUMERICAL:=([^:}]+):([^}]+)\}/g)]);
      expect(blanks.map((row) => row.map((m) => Number(m[1])))).toEqual(ref.key.map((row) => row.map((v) => Number(v.toPrecision(6)))));
      blanks.forEach((row, r) => row.forEach((m, c) => expect(Number(m[2])).toBeGreaterThanOrEqual(comparisonBand(ref.key[r]![c]!, { mode: 'rounding' }, ref.noise[r]![c]!) * (1 - 1e-9))));
    });
  }, SLOW);

  it('gift: leaves each matrix part out, with a warning that points to moodle', async () => {
    const r = await runInMemory(['export', 'gift', FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('::');
    expect(r.stderr.match(/a matrix part cannot be asked in GIFT/g)).toHaveLength(REFS.length);
  }, SLOW);

  it('prairielearn: a pl-matrix-input per part, its key the whole matrix in server.py', async () => {
    const out = join(dir, 'pl');
    const r = await runInMemory(['export', 'prairielearn', FIXTURE, '-o', out]);
    expect(r.code).toBe(0);
    for (const ref of REFS) {
      const html = readFileSync(join(out, ref.code, 'question.html'), 'utf8');
      expect(html).toContain(`<pl-matrix-input answers-name="p${ref.index}"`);
      const server = readFileSync(join(out, ref.code, 'server.py'), 'utf8');
      const m = new RegExp(`\\["p${ref.index}"\\] = pl\\.to_json\\(np\\.array\\((\\[\\[.*\\]\\]), dtype=float\\)\\)`).exec(server)!;
      expect(JSON.parse(m[1]!)).toEqual(ref.key);
    }
  }, SLOW);

  it('html, anki and markdown: the key typeset as a matrix, and as it is typed', async () => {
    const html = await runInMemory(['export', 'html', FIXTURE]);
    const anki = await runInMemory(['export', 'anki', FIXTURE]);
    const md = await runInMemory(['export', 'markdown', '--answers', FIXTURE]);
    for (const r of [html, anki, md]) expect(r.code).toBe(0);
    const typed = REFS.map((ref) => `[${ref.key.map((row) => `[${row.map((v) => Number(v.toPrecision(6))).join(', ')}]`).join(', ')}]`);
    for (const t of typed) {
      expect(html.stdout).toContain(`(typed as <code>${t}</code>)`);
      expect(anki.stdout).toContain(`(typed as <code>${t}</code>)`);
      expect(md.stdout).toContain(`Answer: \`${t}\``);
    }
    // KaTeX keeps the LaTeX it typeset: a pmatrix of the key's entries.
    expect(anki.stdout).toContain('\\begin{pmatrix} 0 &amp; 1 \\\\ 0 &amp; 2 \\end{pmatrix}');
    expect(html.stdout).toContain('\\begin{pmatrix} 0 &amp; 1 \\\\ 0 &amp; 2 \\end{pmatrix}');
  }, SLOW);
});
