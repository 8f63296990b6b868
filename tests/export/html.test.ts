import { describe, expect, it } from 'vitest';
import { runInMemory } from '../helpers/memory-io.js';
import { referenceParts } from './reference.js';

describe('export html', () => {
  it('puts each key, typeset, in its part\'s answer toggle', async () => {
    const pick = ['--id', 'backprop-partial-facts-a', '--id', 'sgd-step-fresh', '--id', 'vanishing-gradient-definition', '--id', 'backprop-partial-facts-fresh', '--variants', '2'];
    const r = await runInMemory(['export', 'html', ...pick]);
    expect(r.code).toBe(0);
    const doc = JSON.parse((await runInMemory(['export', 'json', ...pick])).stdout) as { problems: { code: string; parts: { answerText: string; key: { kind: string } }[] }[] };
    const sections = r.stdout.split('<section class="problem"').slice(1);
    expect(sections).toHaveLength(doc.problems.length);
    sections.forEach((section, i) => {
      const p = doc.problems[i]!;
      expect(section).toContain(`<span class="code">${p.code}</span>`);
      const parts = section.split('<li class="part"').slice(1);
      const ref = referenceParts(p.code);
      expect(parts).toHaveLength(ref.length);
      parts.forEach((html, k) => {
        const answer = /<details class="answer">[\s\S]*?<strong>Answer:<\/strong> ([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
        const tex = /<annotation encoding="application\/x-tex">([^<]*)<\/annotation>/.exec(answer)?.[1];
        if (p.parts[k]!.key.kind === 'number' || p.parts[k]!.key.kind === 'vector') {
          expect(tex, `${p.code} part ${k + 1}`).toBe(p.parts[k]!.answerText);
          const shown = JSON.parse(tex!.replace(/^\(/, '[').replace(/\)$/, ']')) as number | number[];
          expect(shown).toEqual(ref[k]!.answer);
        }
      });
    });
  }, 60_000);

  it('is a standalone page: no script, no link, no remote URL', async () => {
    const r = await runInMemory(['export', 'html', '--id', 'backprop-partial-facts-a']);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(r.stdout).not.toMatch(/<script|<link|https?:\/\/(?!www\.w3\.org\/)/);
    expect(r.stdout).toContain('@media print');
    expect(r.stdout).toContain('<svg class="network"');
  }, 60_000);
});
