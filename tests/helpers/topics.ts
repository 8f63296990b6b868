import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { bundledBankFiles } from './bank.js';

interface RawProblem {
  id: string;
  tags: string[];
  params?: unknown;
  parts: unknown[];
}

export interface TopicRow {
  topic: string;
  tag: string;
  problems: number;
  templates: number;
  parts: number;
}

/** The unit files: every bundled bank file but the seed's own (quiz-07*). */
export function unitFiles(): string[] {
  return bundledBankFiles().filter((f) => !/quiz-07[^/]*$/.test(f));
}

function problemsOf(file: string): { title: string; problems: RawProblem[] } {
  const doc = parse(readFileSync(file, 'utf8')) as { title: string; problems: RawProblem[] };
  return doc;
}

/**
 * The README's topic table, counted from the YAML with the `yaml` package:
 * a topic is the first tag of a unit file's problems, named by the file's
 * title; a row counts every bundled problem carrying the tag (seed ones
 * included), which is what `practice --tag TAG` drills.
 */
export function topicRows(): TopicRow[] {
  const all = bundledBankFiles().flatMap((f) => problemsOf(f).problems);
  const topics = new Map<string, string>();
  for (const file of unitFiles()) {
    const { title, problems } = problemsOf(file);
    for (const p of problems) if (p.tags[0] && !topics.has(p.tags[0])) topics.set(p.tags[0], title);
  }
  return [...topics].map(([tag, topic]) => {
    const tagged = all.filter((p) => p.tags.includes(tag));
    return { topic, tag, problems: tagged.length, templates: tagged.filter((p) => p.params !== undefined).length, parts: tagged.reduce((n, p) => n + p.parts.length, 0) };
  });
}

export function formatTopicTable(rows: TopicRow[]): string {
  return [
    '| topic | `--tag` | problems | of them templates | parts |',
    '| --- | --- | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.topic} | \`${r.tag}\` | ${r.problems} | ${r.templates} | ${r.parts} |`),
  ].join('\n');
}
