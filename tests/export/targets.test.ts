import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { comparisonBand, halfSigFigUnit, isWhole } from '../../src/grade/compare.js';
import { runInMemory } from '../helpers/memory-io.js';
import { referenceParts, type RefPart } from './reference.js';

const dir = mkdtempSync(join(tmpdir(), 'quizdrill-targets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SLOW = 120_000;
/** Every kind of part: numbers, vectors, true/false, choice, formulas, a template's variants. */
const PICK = ['--tag', 'quiz-07', '--variants', '2', '--seed', '9'];

interface Exported {
  problems: { code: string; parts: { index: number; id: string; key: { kind: string } }[] }[];
}
let exported: Exported | undefined;
async function exportedJson(): Promise<Exported> {
  exported ??= JSON.parse((await runInMemory(['export', 'json', ...PICK])).stdout) as Exported;
  return exported;
}

const keyOf = (ref: RefPart): number | number[] => (ref.computed ?? ref.answer) as number | number[];
const noiseOf = (ref: RefPart, i?: number): number => (Array.isArray(ref.noise) ? ((ref.noise.flat()[i ?? 0] as number | undefined) ?? 0) : (ref.noise ?? 0));

/** A "key ± tolerance" target must accept what the grader accepts typed in full; only rounding may be wider (3 significant digits). */
function expectTolerance(ref: RefPart, key: number, tolerance: number, where: string, i?: number): void {
  const compare = ref.compare as NonNullable<Parameters<typeof comparisonBand>[1]>;
  const band = comparisonBand(key, compare, noiseOf(ref, i));
  expect(tolerance, where).toBeGreaterThanOrEqual(band);
  const widest = compare.mode === 'rounding' && !isWhole(key) ? Math.max(band, halfSigFigUnit(key, 3)) : band;
  expect(tolerance, where).toBeLessThanOrEqual(widest * (1 + 1e-5));
}

describe('export moodle', () => {
  it('parses back to one question per part with every key and tolerance as check computes them', async () => {
    const r = await runInMemory(['export', 'moodle', ...PICK]);
    expect(r.code).toBe(0);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, isArray: (n) => ['question', 'answer', 'tag'].includes(n) }).parse(r.stdout) as { quiz: { question: Record<string, any>[] } };
    const questions = doc.quiz.question.filter((q) => q['@_type'] !== 'category');
    const { problems } = await exportedJson();
    expect(questions).toHaveLength(problems.reduce((n, p) => n + p.parts.length, 0));
    let k = 0;
    for (const p of problems) {
      const refs = referenceParts(p.code);
      refs.forEach((ref, i) => {
        const q = questions[k++]!;
        const where = `${p.code} part ${i + 1}`;
        expect(q.name.text, where).toBe(where);
        const answers = (q.answer ?? []) as { '@_fraction': string; text: string; tolerance?: string }[];
        const right = answers.filter((a) => a['@_fraction'] === '100');
        switch (ref.kind) {
          case 'number':
            expect(q['@_type']).toBe('numerical');
            expect(Number(right[0]!.text), where).toBe(keyOf(ref));
            expectTolerance(ref, keyOf(ref) as number, Number(right[0]!.tolerance), where);
            break;
          case 'vector': {
            expect(q['@_type']).toBe('cloze');
            const blanks = [...String(q.questiontext.text).matchAll(/\{1:NUMERICAL:=([^:}]+):([^}]+)\}/g)];
            expect(blanks.map((m) => Number(m[1])), where).toEqual(keyOf(ref));
            blanks.forEach((m, j) => expectTolerance(ref, Number(m[1]), Number(m[2]), where, j));
            break;
          }
          case 'true-false':
            expect(q['@_type']).toBe('truefalse');
            expect(right.map((a) => a.text), where).toEqual([String(ref.answer)]);
            break;
          case 'choice':
            expect(q['@_type']).toBe('multichoice');
            expect(answers.findIndex((a) => a['@_fraction'] === '100'), where).toBe(ref.answer);
            expect(answers).toHaveLength(ref.options!.length);
            break;
          case 'expression':
            expect(q['@_type']).toBe('shortanswer');
            expect(right.map((a) => a.text), where).toContain(String(ref.answer));
            expect(right.map((a) => a.text).some((t) => /\\\*/.test(t)), `${where}: a literal * is escaped`).toBe(true);
            break;
        }
      });
    }
    expect(r.stderr).toMatch(/warning: moodle: fill-blank-weight-derivative part 1: a formula part becomes a short-answer question/);
  }, SLOW);
});

/** Moodle's GIFT unescaping: `\\` is a backslash, `\` before ~=#{}: the character itself. */
const unescapeGift = (s: string): string => s.replace(/\\([\\~=#{}:])/g, '$1');

describe('export gift', () => {
  it('parses back to every part GIFT can ask, each key and tolerance as check computes them, and warns for the rest', async () => {
    const r = await runInMemory(['export', 'gift', ...PICK]);
    expect(r.code).toBe(0);
    const blocks = r.stdout.split('\n\n').filter((b) => b.startsWith('::'));
    const byName = new Map(blocks.map((b) => [unescapeGift(/^::((?:[^:\\]|\\.)*)::/.exec(b)![1]!), b]));
    const { problems } = await exportedJson();
    let skipped = 0;
    for (const p of problems) {
      referenceParts(p.code).forEach((ref, i) => {
        const where = `${p.code} part ${i + 1}`;
        const block = byName.get(where);
        if (ref.kind === 'vector' || ref.kind === 'expression') {
          expect(block, where).toBeUndefined();
          expect(r.stderr).toContain(`warning: gift: ${where}: a ${ref.kind === 'vector' ? 'vector' : 'formula'} part cannot`);
          skipped++;
          return;
        }
        // The answer block is the last unescaped { ... } of the question.
        const open = [...block!.matchAll(/(?<!\\)\{/g)].at(-1)!.index!;
        const answer = block!.slice(open + 1, block!.lastIndexOf('}')).split('####')[0]!.trim();
        if (ref.kind === 'number') {
          const m = /^#([^:]+):(.+)$/.exec(answer)!;
          expect(Number(m[1]), where).toBe(keyOf(ref));
          expectTolerance(ref, keyOf(ref) as number, Number(m[2]), where);
        } else if (ref.kind === 'true-false') expect(answer, where).toBe(ref.answer ? 'TRUE' : 'FALSE');
        else {
          const marks = [...answer.matchAll(/(?<!\\)([=~])\[html\]/g)].map((m) => m[1]);
          expect(marks.indexOf('='), where).toBe(ref.answer);
          expect(marks).toHaveLength(ref.options!.length);
        }
        // No unescaped special character is left in the question text, so Moodle reads it as written.
        const text = block!.slice(0, open).replace(/^::(?:[^:\\]|\\.)*::\[html\]/, '');
        expect(text.replace(/\\./g, ''), where).not.toMatch(/[~=#{}:]/);
      });
    }
    expect(byName.size + skipped).toBe(problems.reduce((n, p) => n + p.parts.length, 0));
    // LaTeX survives the escaping: Moodle reads back exactly what the bank says.
    expect(unescapeGift(byName.get('backprop-partial-facts-a part 1')!)).toContain('\\(W^{(2)} = \\begin{pmatrix} 5 &amp; 1 \\\\ 1 &amp; 2 \\end{pmatrix}.\\)');
  }, SLOW);
});

describe('export prairielearn', () => {
  it('writes a question folder per problem whose elements carry every key and comparison', async () => {
    const out = join(dir, 'pl');
    const r = await runInMemory(['export', 'prairielearn', ...PICK, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const { problems } = await exportedJson();
    expect(readdirSync(out).sort()).toEqual(problems.map((p) => p.code.replace('@', '-')).sort());
    const uuids = new Set<string>();
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, isArray: (n) => n.startsWith('pl-') });
    for (const p of problems) {
      const folder = join(out, p.code.replace('@', '-'));
      const info = JSON.parse(readFileSync(join(folder, 'info.json'), 'utf8')) as { uuid: string; type: string };
      expect(info.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(info.type).toBe('v3');
      uuids.add(info.uuid);
      const html = parser.parse(`<root>${readFileSync(join(folder, 'question.html'), 'utf8')}</root>`).root as Record<string, Record<string, any>[]>;
      const server = (() => {
        try {
          return readFileSync(join(folder, 'server.py'), 'utf8');
        } catch {
          return '';
        }
      })();
      referenceParts(p.code).forEach((ref, i) => {
        const name = `p${i + 1}`;
        const where = `${p.code} part ${i + 1}`;
        const find = (tag: string) => (html[tag] ?? []).find((e) => e['answers-name'] === name);
        if (ref.kind === 'number') {
          const e = find('pl-number-input')!;
          expect(Number(e['correct-answer']), where).toBe(keyOf(ref));
          expect(e.comparison, where).toBe(plMode(ref, keyOf(ref) as number));
        } else if (ref.kind === 'vector') {
          expect(find('pl-matrix-input'), where).toBeDefined();
          const m = new RegExp(`\\["${name}"\\] = pl\\.to_json\\(np\\.array\\(\\[(\\[[^\\]]*\\])\\]`).exec(server)!;
          expect(JSON.parse(m[1]!), where).toEqual(keyOf(ref));
        } else if (ref.kind === 'choice' || ref.kind === 'true-false') {
          const answers = find('pl-multiple-choice')!['pl-answer'] as { correct: string; '#text': string }[];
          const right = answers.findIndex((a) => a.correct === 'true');
          expect(right, where).toBe(ref.kind === 'choice' ? ref.answer : ref.answer ? 0 : 1);
        } else expect(find('pl-string-input'), where).toBeDefined();
      });
    }
    expect(uuids.size).toBe(problems.length);
    // The UUID belongs to the problem, not to the export it came in.
    const alone = join(dir, 'pl-alone');
    await runInMemory(['export', 'prairielearn', '--id', 'sgd-step', '-o', alone]);
    expect(readFileSync(join(alone, 'sgd-step', 'info.json'), 'utf8')).toBe(readFileSync(join(out, 'sgd-step', 'info.json'), 'utf8'));
  }, SLOW);
});

/** PrairieLearn's comparison for a part, from the bank's comparison (docs/export.md). */
function plMode(ref: RefPart, key: number): string {
  const mode = (ref.compare as { mode: string }).mode;
  if (mode === 'rounding') return isWhole(key) ? 'relabs' : 'sigfig';
  return { tolerance: 'relabs', exact: 'relabs', sigfigs: 'sigfig', decimals: 'decimals' }[mode]!;
}

describe('export anki', () => {
  it('writes one card per part, tab-separated, with rendered math and the key on the back', async () => {
    const r = await runInMemory(['export', 'anki', ...PICK]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    const header = lines.filter((l) => l.startsWith('#'));
    expect(header).toEqual(['#separator:tab', '#html:true', '#notetype:Basic', '#deck:quizdrill', '#columns:Front\tBack\tTags\tGUID', '#tags column:3', '#guid column:4']);
    const rows = lines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
    const { problems } = await exportedJson();
    expect(rows).toHaveLength(problems.reduce((n, p) => n + p.parts.length, 0));
    expect(new Set(rows.map((r) => r[3])).size).toBe(rows.length);
    expect(rows.filter((r) => r[0]!.includes('<math')).length).toBeGreaterThan(rows.length / 2);
    let k = 0;
    for (const p of problems) {
      referenceParts(p.code).forEach((ref, i) => {
        const [front, back, tags] = rows[k++]!;
        const where = `${p.code} part ${i + 1}`;
        for (const side of [front!, back!]) expect(side.replace(/<annotation[^>]*>[^<]*<\/annotation>/g, ''), where).not.toMatch(/\\\(|\\\)|\\[a-z]+\{/);
        expect(tags!.split(' ')).toContain('quizdrill');
        expect(tags).not.toMatch(/\t/);
        if (ref.kind === 'number' || ref.kind === 'vector') {
          const tex = /<b>Answer:<\/b> [\s\S]*?<annotation encoding="application\/x-tex">([^<]*)<\/annotation>/.exec(back!)![1]!;
          const shown = JSON.parse(tex.replace(/^\(/, '[').replace(/\)$/, ']')) as number | number[];
          expect(shown, where).toEqual(keyOf(ref));
        }
      });
    }
  }, SLOW);
});
