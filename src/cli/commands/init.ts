import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { README_HEADING, scaffold } from '../../init/scaffold.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { write, type Io } from '../io.js';
import { VERSION } from '../version.js';

/**
 * `quizdrill init [dir]`: writes a course's starting files. A file that
 * exists is kept as it is (the README gets the section added once), so
 * init never destroys an author's work.
 */
export function runInit(io: Io, dir: string | undefined): ExitCode {
  const root = resolve(io.cwd, dir ?? '.');
  const written: string[] = [];
  const kept: string[] = [];
  try {
    for (const f of scaffold(VERSION)) {
      const path = join(root, f.path);
      mkdirSync(dirname(path), { recursive: true });
      if (!existsSync(path)) {
        writeFileSync(path, f.text);
        written.push(f.path);
      } else if (f.append && !readFileSync(path, 'utf8').includes(README_HEADING)) {
        const old = readFileSync(path, 'utf8');
        writeFileSync(path, `${old}${old.endsWith('\n') ? '' : '\n'}\n${f.text}`);
        written.push(`${f.path} (section added)`);
      } else kept.push(f.path);
    }
  } catch (e) {
    write(io.stderr, `quizdrill: cannot write the course in '${dir ?? '.'}': ${(e as Error).message}`);
    return EXIT.invalid;
  }
  const where = dir ?? '.';
  for (const f of written) write(io.stdout, `  wrote ${join(where, f)}`);
  for (const f of kept) write(io.stdout, `  kept  ${join(where, f)} (it exists)`);
  write(io.stdout, `\nNext: cd ${where} && npx quizdrill check, then edit banks/example.yaml.`);
  return EXIT.ok;
}
