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
  let r: unknown;
  try {
    r = JSON.parse(line);
  } catch {
    return undefined;
  }
  return isRecord(r) ? r : undefined;
}

const isString = (x: unknown): x is string => typeof x === 'string';
const isCount = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/**
 * Every field stats, review and the schedule read, checked for its type: a
 * record of another shape (a `null` among the tags, a number for a string)
 * would otherwise crash them far from here. It is a damaged line like any other.
 */
function isRecord(x: unknown): x is AnswerRecord {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const r = x as Record<string, unknown>;
  return (
    r.v === 1 &&
    isString(r.at) && !Number.isNaN(Date.parse(r.at)) &&
    isString(r.session) && isString(r.bank) && isString(r.problem) && isString(r.partId) &&
    Number.isInteger(r.part) && isCount(r.part) &&
    (r.variant === undefined || isString(r.variant)) &&
    Array.isArray(r.tags) && r.tags.every(isString) &&
    (r.answer === null || isString(r.answer)) &&
    (r.result === 'right' || r.result === 'wrong' || r.result === 'skipped') &&
    isCount(r.formatErrors) && isCount(r.seconds) &&
    (r.helpShown === undefined || isCount(r.helpShown))
  );
}
