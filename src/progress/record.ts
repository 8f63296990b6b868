import type { PartResult } from '../session/record.js';

/** One answered part, as the store keeps it: one JSON object per line. */
export interface AnswerRecord {
  v: 1;
  /** When the answer was given (ISO 8601). */
  at: string;
  session: string;
  bank: string;
  problem: string;
  part: number;
  partId: string;
  variant?: string;
  tags: string[];
  answer: string | null;
  result: PartResult;
  formatErrors: number;
  helpShown?: number;
  seconds: number;
}

/** The schedule follows a problem's part by stable ids, across wording edits and variants. */
export function cardKey(r: Pick<AnswerRecord, 'problem' | 'partId'>): string {
  return `${r.problem}#${r.partId}`;
}

export function formatRecord(r: AnswerRecord): string {
  return JSON.stringify(r) + '\n';
}

export interface ParsedLog {
  records: AnswerRecord[];
  /** 1-based numbers of lines that are not records. */
  damaged: number[];
  /** The last line was cut short (a write interrupted mid-line): harmless. */
  truncatedTail: boolean;
}

/** Reads the log, keeping every good line; never throws on bad content. */
export function parseLog(text: string): ParsedLog {
  const lines = text.split('\n');
  const last = lines.length - 1;
  const records: AnswerRecord[] = [];
  const damaged: number[] = [];
  let truncatedTail = false;
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const r = parseLine(line);
    if (r) records.push(r);
    else if (i === last) truncatedTail = true; // no newline yet: the write never finished
    else damaged.push(i + 1);
  });
  return { records, damaged, truncatedTail };
}

function parseLine(line: string): AnswerRecord | undefined {
  try {
    const r = JSON.parse(line) as Partial<AnswerRecord>;
    const ok = r && r.v === 1 && typeof r.at === 'string' && !Number.isNaN(Date.parse(r.at)) && typeof r.problem === 'string' && typeof r.partId === 'string' &&
      (r.result === 'right' || r.result === 'wrong' || r.result === 'skipped') && Array.isArray(r.tags);
    return ok ? (r as AnswerRecord) : undefined;
  } catch {
    return undefined;
  }
}
