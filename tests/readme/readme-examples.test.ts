import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliCommand, REPO_ROOT } from '../helpers/cli.js';

/**
 * The README's examples, run: every fenced block that starts with `$ ` is a
 * shell session. Each command runs from the repository's root (as the paths
 * it prints assume) and its output must be what the README shows, so the
 * two cannot drift. In the shown output a line `...` stands for any lines;
 * `time 3s` matches any time. `$ cat FILE` shows a file the next commands
 * use: its shown text is written to a scratch file of that name.
 */
interface Step {
  command: string;
  shown: string[];
}

/** Files the prose describes rather than shows: made here the way the README says. */
const DESCRIBED: Record<string, () => string> = {
  // "a copy of the seed bank with -13 for -14, which two parts share"
  'copy.yaml': () => readFileSync(join(REPO_ROOT, 'problems/quiz-07.yaml'), 'utf8').replaceAll('answer: -14', 'answer: -13'),
};

function sessions(readme: string): Step[][] {
  const blocks = [...readme.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)].map((m) => m[1]!.replace(/\n$/, '').split('\n'));
  return blocks
    .filter((lines) => lines[0]?.startsWith('$ '))
    .map((lines) => {
      const steps: Step[] = [];
      for (const line of lines) {
        if (line.startsWith('$ ')) steps.push({ command: line.slice(2), shown: [] });
        else steps.at(-1)!.shown.push(line);
      }
      return steps;
    });
}

const scratch = mkdtempSync(join(tmpdir(), 'quizdrill-readme-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A `quizdrill` on PATH that runs the CLI from source. */
const bin = join(scratch, 'bin');
const [node, args] = cliCommand([]);
spawnSync('mkdir', ['-p', bin]);
writeFileSync(join(bin, 'quizdrill'), `#!/bin/sh\ncd ${JSON.stringify(REPO_ROOT)} || exit 99\nexec ${[node, ...args].map((a) => JSON.stringify(a)).join(' ')} "$@"\n`);
chmodSync(join(bin, 'quizdrill'), 0o755);

/** Does `actual` read as `shown`, where a shown `...` line stands for any lines? */
function matches(actual: string[], shown: string[]): boolean {
  const norm = (l: string) => l.trimEnd().replace(/time \d+s/, 'time Ns');
  const a = actual.map(norm);
  const s = shown.map(norm);
  const at = (i: number, j: number): boolean => {
    if (j === s.length) return i === a.length;
    if (s[j] === '...') return Array.from({ length: a.length - i + 1 }, (_, k) => i + k).some((k) => at(k, j + 1));
    return i < a.length && a[i] === s[j] && at(i + 1, j + 1);
  };
  return at(0, 0);
}

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

describe('every shell example in README.md prints what it shows', () => {
  const all = sessions(readme);

  it('finds the examples', () => {
    expect(all.length).toBeGreaterThanOrEqual(3);
  });

  it.each(all.map((steps) => [steps.map((s) => s.command).join(' ; '), steps] as const))('%s', (_, steps) => {
    const files = new Map<string, string>();
    let last = 0;
    for (const step of steps) {
      const cat = /^cat (\S+)$/.exec(step.command);
      if (cat) {
        const path = join(scratch, cat[1]!);
        writeFileSync(path, step.shown.join('\n') + '\n');
        files.set(cat[1]!, path);
        continue;
      }
      if (step.command === 'echo $?') {
        expect(step.shown).toEqual([String(last)]);
        continue;
      }
      let command = step.command;
      for (const [name, make] of Object.entries(DESCRIBED)) {
        if (!new RegExp(`\\b${name.replace('.', '\\.')}\\b`).test(command) || files.has(name)) continue;
        const path = join(scratch, name);
        writeFileSync(path, make());
        files.set(name, path);
      }
      for (const [name, path] of files) command = command.replaceAll(name, path);
      const r = spawnSync('bash', ['-c', command], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        timeout: 110_000,
        env: { PATH: `${bin}:${process.env.PATH}`, HOME: scratch, QUIZDRILL_HOME: join(scratch, 'home'), NO_COLOR: '1', LANG: 'C.UTF-8', CI: 'true' },
      });
      last = r.status ?? -1;
      let out = r.stdout;
      for (const [name, path] of files) out = out.replaceAll(path, name);
      const actual = out.replace(/\n$/, '').split('\n');
      if (!matches(actual, step.shown)) expect(actual.join('\n'), `$ ${step.command}`).toBe(step.shown.join('\n'));
    }
  });
});
