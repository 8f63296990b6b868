import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { appendLines } from './append-line.js';
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
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (e) {
        warnings.push(`cannot read ${file}: ${(e as Error).message}`);
        continue;
      }
      const parsed = parseLog(bytes.toString('utf8'));
      for (const r of parsed.records) records.push(r); // a spread of a long file's records would overflow the stack
      if (parsed.damaged.length) warnings.push(this.setAside(name, bytes, parsed.records, parsed.damaged));
    }
    return { records, warnings };
  }

  /** A new file for one session's answers. */
  sessionFile(sessionId: string): string {
    return join(this.answersDir, `${sessionId}.jsonl`);
  }

  /** Appends records as whole lines, all or none of them (see appendLines). */
  append(file: string, records: AnswerRecord[]): { ok: true } | { ok: false; error: string } {
    try {
      mkdirSync(this.answersDir, { recursive: true });
      appendLines(file, records.map(formatRecord).join(''));
      return { ok: true };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  }

  /**
   * Keeps the damaged file byte for byte under damaged/ (its bytes, not its
   * decoded text: what cannot be read may still matter to whoever repairs
   * it), then replaces it by its good lines. Until both are written the
   * original stays where it was, and a temporary file is never left behind.
   */
  private setAside(name: string, bytes: Buffer, good: AnswerRecord[], damaged: number[]): string {
    const lines = damaged.length === 1 ? `line ${damaged[0]}` : `lines ${damaged.slice(0, 5).join(', ')}${damaged.length > 5 ? ', …' : ''}`;
    const file = join(this.answersDir, name);
    const kept = join(this.damagedDir, `${name}.${Date.now()}`);
    const tmp = `${file}.${process.pid}.tmp`;
    let copied = false;
    try {
      mkdirSync(this.damagedDir, { recursive: true });
      copied = true; // from here on a part of the copy may exist
      writeFileSync(kept, bytes);
      writeFileSync(tmp, good.map(formatRecord).join(''));
      renameSync(tmp, file);
      return `progress file ${name} was damaged (${lines}); the original is kept as ${kept} and the ${good.length} good answers were kept`;
    } catch (e) {
      removeQuietly(tmp);
      if (copied) removeQuietly(kept); // the original is still in place: a half copy would only confuse
      return `progress file ${name} is damaged (${lines}); its good answers are used, but it could not be repaired: ${(e as Error).message}`;
    }
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // It was never made, or cannot be removed either; nothing more to do.
  }
}
