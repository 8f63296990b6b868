import { appendFileSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { formatRecord, parseLog, type AnswerRecord } from './record.js';

/**
 * Where progress lives: --store DIR, else QUIZDRILL_HOME, else the XDG data
 * directory ($XDG_DATA_HOME/quizdrill, by default ~/.local/share/quizdrill).
 */
export function storeDir(env: Record<string, string | undefined>, override?: string): string {
  if (override) return override;
  if (env.QUIZDRILL_HOME) return env.QUIZDRILL_HOME;
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'quizdrill');
}

export interface StoreRead {
  records: AnswerRecord[];
  /** What went wrong and what was done about it, for the user to read. */
  warnings: string[];
}

/**
 * The store is a folder of JSON Lines files, one per session, under
 * `answers/`. A session only ever appends whole lines to its own file, so a
 * kill loses at most the line being written, and two sessions at once never
 * write to the same file.
 */
export class Store {
  readonly answersDir: string;
  readonly damagedDir: string;

  constructor(readonly dir: string) {
    this.answersDir = join(dir, 'answers');
    this.damagedDir = join(dir, 'damaged');
  }

  /** Reads every session's answers; damaged files are set aside and replaced by their good lines. */
  read(): StoreRead {
    const records: AnswerRecord[] = [];
    const warnings: string[] = [];
    let names: string[];
    try {
      names = readdirSync(this.answersDir).filter((n) => n.endsWith('.jsonl')).sort();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') warnings.push(`cannot read the progress store ${this.answersDir}: ${(e as Error).message}`);
      return { records, warnings };
    }
    for (const name of names) {
      const file = join(this.answersDir, name);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        warnings.push(`cannot read ${file}: ${(e as Error).message}`);
        continue;
      }
      const parsed = parseLog(text);
      records.push(...parsed.records);
      if (parsed.damaged.length) warnings.push(this.setAside(name, text, parsed.records, parsed.damaged));
    }
    return { records, warnings };
  }

  /** A new file for one session's answers. */
  sessionFile(sessionId: string): string {
    return join(this.answersDir, `${sessionId}.jsonl`);
  }

  /** Appends one record as one whole line. */
  append(file: string, record: AnswerRecord): { ok: true } | { ok: false; error: string } {
    try {
      mkdirSync(this.answersDir, { recursive: true });
      appendFileSync(file, formatRecord(record));
      return { ok: true };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  }

  private setAside(name: string, text: string, good: AnswerRecord[], damaged: number[]): string {
    const lines = damaged.length === 1 ? `line ${damaged[0]}` : `lines ${damaged.slice(0, 5).join(', ')}${damaged.length > 5 ? ', …' : ''}`;
    try {
      mkdirSync(this.damagedDir, { recursive: true });
      const kept = join(this.damagedDir, `${name}.${Date.now()}`);
      writeFileSync(kept, text);
      const file = join(this.answersDir, name);
      writeFileSync(`${file}.tmp`, good.map(formatRecord).join(''));
      renameSync(`${file}.tmp`, file);
      return `progress file ${name} was damaged (${lines}); the original is kept as ${kept} and the ${good.length} good answers were kept`;
    } catch (e) {
      return `progress file ${name} is damaged (${lines}); its good answers are used, but it could not be repaired: ${(e as Error).message}`;
    }
  }
}
