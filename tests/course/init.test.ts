import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/cli/version.js';
import { runInMemory } from '../helpers/memory-io.js';
import { course } from './helpers.js';

describe('quizdrill init', () => {
  const parent = course({});
  const dir = join(parent, 'my-course');
  let first: Awaited<ReturnType<typeof runInMemory>>;

  it('writes the files of a course', async () => {
    first = await runInMemory(['init', 'my-course'], { cwd: parent });
    expect(first.code).toBe(0);
    for (const f of ['banks/example.yaml', 'quizdrill.config.yaml', '.github/workflows/quizdrill.yml', '.vscode/settings.json', 'README.md'])
      expect(existsSync(join(dir, f)), f).toBe(true);
    expect(first.stdout).toMatch(/wrote my-course\/banks\/example\.yaml/);
  });

  it('the example bank has one part of each kind and a template, and check passes it with no warnings', async () => {
    const bank = parse(readFileSync(join(dir, 'banks/example.yaml'), 'utf8')) as { problems: { params?: unknown; parts: { kind: string }[] }[] };
    const kinds = new Set(bank.problems.flatMap((p) => p.parts.map((x) => x.kind)));
    expect([...kinds].sort()).toEqual(['choice', 'expression', 'number', 'true-false', 'vector']);
    expect(bank.problems.some((p) => p.params !== undefined)).toBe(true);
    const r = await runInMemory(['check', '--json'], { cwd: dir });
    const j = JSON.parse(r.stdout) as { ok: boolean; errors: number; warnings: number; banks: string; problems: number; variants: number };
    expect(r.code).toBe(0);
    expect(j).toMatchObject({ ok: true, errors: 0, warnings: 0, problems: 3 });
    expect(j.banks).toMatch(/quizdrill\.config\.yaml/);
    expect(j.variants).toBeGreaterThan(100);
  }, 120_000);

  it('the config holds the banks; the workflow runs check --format github at this version', () => {
    expect(parse(readFileSync(join(dir, 'quizdrill.config.yaml'), 'utf8'))).toMatchObject({ banks: ['banks/'] });
    const workflow = parse(readFileSync(join(dir, '.github/workflows/quizdrill.yml'), 'utf8')) as { jobs: { check: { steps: { run?: string }[] } } };
    expect(workflow.jobs.check.steps.map((s) => s.run).filter(Boolean)).toEqual([`npx --yes quizdrill@${VERSION} check --format github`]);
  });

  it('.vscode/settings.json maps this version\'s schema to the banks', () => {
    const settings = JSON.parse(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    expect(settings['yaml.schemas']).toEqual({ [`https://unpkg.com/quizdrill@${VERSION}/schema/bank.schema.json`]: ['banks/**/*.yaml', 'banks/**/*.yml'] });
  });

  it('the README says how to drill and check', () => {
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(readme).toMatch(/^## Drilling and checking these problems/m);
    expect(readme).toContain(`npx quizdrill@${VERSION} check`);
    expect(readme).toContain(`npx quizdrill@${VERSION} review`);
  });

  it('run again, keeps every file as it is and adds no second README section', async () => {
    writeFileSync(join(dir, 'banks/example.yaml'), 'problems: []\n');
    const again = await runInMemory(['init'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/kept {2}banks\/example\.yaml \(it exists\)/);
    expect(readFileSync(join(dir, 'banks/example.yaml'), 'utf8')).toBe('problems: []\n');
    expect(readFileSync(join(dir, 'README.md'), 'utf8').match(/## Drilling and checking/g)).toHaveLength(1);
  });

  it('adds its section to a README that is there', async () => {
    const cwd = course({ 'README.md': '# Machine learning, week by week\n' });
    await runInMemory(['init'], { cwd });
    const readme = readFileSync(join(cwd, 'README.md'), 'utf8');
    expect(readme.startsWith('# Machine learning, week by week\n\n## Drilling and checking these problems')).toBe(true);
  });
});
