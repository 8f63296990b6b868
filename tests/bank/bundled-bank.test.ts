import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bundledTotals, REPO } from '../helpers/bank.js';
import { formatTopicTable, topicRows, unitFiles } from '../helpers/topics.js';

describe('the bundled bank', () => {
  it('has at least 30 templates and 90 parts (issue 21)', () => {
    const t = bundledTotals();
    expect(t.templates).toBeGreaterThanOrEqual(30);
    expect(t.parts).toBeGreaterThanOrEqual(90);
  });

  it('tags every problem of a unit file with its topic, so practice --tag drills it', () => {
    const topics = new Set(topicRows().map((r) => r.tag));
    for (const file of unitFiles()) {
      const doc = parse(readFileSync(file, 'utf8')) as { problems: { id: string; tags: string[] }[] };
      for (const p of doc.problems) expect(topics.has(p.tags[0] ?? ''), `${p.id} in ${file}`).toBe(true);
    }
  });

  it('lists its topics in the README with the part counts the YAML has', () => {
    const readme = readFileSync(`${REPO}README.md`, 'utf8');
    const shown = /<!-- topic-table:start -->\n([\s\S]*?)\n<!-- topic-table:end -->/.exec(readme)?.[1];
    const table = formatTopicTable(topicRows());
    expect(shown, `paste this between the markers in README.md:\n${table}`).toBe(table);
  });
});
