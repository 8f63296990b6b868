import type { Event, ScalarEvent } from 'js-yaml';
import type { Path } from './locate.js';
import jsYamlLib from './js-yaml-lib.cjs';

/**
 * The fast way in: js-yaml's event stream (about five times faster than
 * building yaml's document, and a fraction of its memory) gives the data
 * and, from the same events, where each node starts. It serves the plain
 * YAML that banks are written in; anything else (a syntax error, anchors,
 * aliases, tags, more than one document, keys that are not text) returns
 * undefined, and the caller parses with yaml, whose messages and positions
 * are the reference. tests/bank/events.test.ts holds the two to the same
 * data and the same positions.
 */
export interface FastParse {
  data: unknown;
  locator: EventLocator;
}

const { MAPPING, SEQUENCE, SCALAR, ALIAS, DOCUMENT, POP } = { DOCUMENT: 1, SEQUENCE: 2, MAPPING: 3, SCALAR: 4, ALIAS: 5, POP: 6 } as const;
const PLAIN = 1;
const SINGLE_QUOTED = 2;
const DOUBLE_QUOTED = 3;

export function fastParse(text: string): FastParse | undefined {
  const lib = jsYamlLib();
  let events: Event[];
  let data: unknown;
  try {
    events = lib.parseEvents(text, { maxDepth: 1000 });
    if (!plain(events, text, lib.getScalarValue)) return undefined;
    const docs = lib.constructFromEvents(events, { source: text, schema: lib.CORE_SCHEMA, maxAliases: 0 });
    if (docs.length !== 1) return undefined;
    data = docs[0];
  } catch {
    return undefined; // yaml says what is wrong, and where
  }
  return { data, locator: new EventLocator(text, events, lib.getScalarValue) };
}

/** One document of mappings, sequences and scalars: no anchors, aliases, tags or directives, and text keys. */
function plain(events: Event[], text: string, scalarValue: (input: string, scalar: ScalarEvent) => string): boolean {
  let documents = 0;
  const inMapping: boolean[] = [];
  // Within each open mapping, whether the next node is a key.
  const atKey: boolean[] = [];
  for (const e of events) {
    if (e.type === DOCUMENT) {
      if (++documents > 1 || e.directives.length) return false;
      continue;
    }
    if (e.type === ALIAS) return false;
    if (e.type === POP) {
      if (inMapping.pop()) atKey.pop();
      continue;
    }
    if (e.anchorStart !== -1 || e.tagStart !== -1) return false;
    const top = inMapping.length - 1;
    const isKey = inMapping[top] === true && atKey[atKey.length - 1] === true;
    if (inMapping[top]) atKey[atKey.length - 1] = !atKey[atKey.length - 1];
    if (isKey && (e.type !== SCALAR || keyValue(e, text, scalarValue) === undefined)) return false;
    if (!isKey && e.type === SCALAR && overflows(e, text)) return false;
    if (e.type === MAPPING) {
      inMapping.push(true);
      atKey.push(true);
    } else if (e.type === SEQUENCE) inMapping.push(false);
  }
  return documents === 1;
}

/** A number too large for a double: yaml reads it as Infinity, js-yaml as text. */
function overflows(e: ScalarEvent, text: string): boolean {
  if (e.style !== PLAIN || e.valueStart < 0) return false;
  const c = text.charCodeAt(e.valueStart);
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return false; // 0-9 + - .
  const s = text.slice(e.valueStart, e.valueEnd);
  return /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(s) && !Number.isFinite(Number(s));
}

/**
 * A key as yaml reads it (core schema): text, or a whole number (`1:` under
 * `pinned`). Undefined for keys that read as anything else (null, booleans,
 * other numbers), which the fast path leaves to yaml.
 */
function keyValue(e: ScalarEvent, text: string, scalarValue: (input: string, scalar: ScalarEvent) => string): string | number | undefined {
  if (e.style === SINGLE_QUOTED || e.style === DOUBLE_QUOTED) return scalarValue(text, e);
  if (e.style !== PLAIN || e.valueStart < 0) return undefined;
  const s = text.slice(e.valueStart, e.valueEnd);
  if (/^[0-9]+$/.test(s)) return Number(s);
  if (/^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$|^[-+]?(\.[0-9]|[0-9])|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$/.test(s)) return undefined;
  return scalarValue(text, e);
}

/** Offsets of nodes by path, walking the events; undefined where only yaml can say exactly. */
export class EventLocator {
  /** For each collection's event, the index of the POP that closes it. */
  private readonly ends: Int32Array;
  private readonly root: number;

  constructor(
    private readonly text: string,
    private readonly events: Event[],
    private readonly scalarValue: (input: string, scalar: ScalarEvent) => string,
  ) {
    this.ends = new Int32Array(events.length).fill(-1);
    const open: number[] = [];
    events.forEach((e, i) => {
      if (e.type === MAPPING || e.type === SEQUENCE) open.push(i);
      else if (e.type === POP && open.length) this.ends[open.pop()!] = i;
    });
    this.root = events.findIndex((e) => e.type === MAPPING || e.type === SEQUENCE || e.type === SCALAR);
  }

  /**
   * Where the node at `path` starts; for a path that does not exist, the
   * deepest node that does. With `keyOf`, the key of that name in the map
   * at `path`. Undefined when the answer would need yaml's own rules.
   */
  offset(path: Path, keyOf?: string): number | undefined {
    if (this.root < 0) return undefined;
    const trail = [this.root];
    for (const segment of path) {
      const next = this.child(trail[trail.length - 1]!, segment);
      if (next === undefined) break;
      trail.push(next.value);
    }
    const at = trail[trail.length - 1]!;
    if (keyOf !== undefined && trail.length === path.length + 1 && this.events[at]!.type === MAPPING) {
      const pair = this.child(at, keyOf);
      if (pair) return this.start(pair.key);
    }
    return this.start(at);
  }

  /** The text of the scalar at `path` as typed (quotes included); undefined if there is none. */
  source(path: Path): string | undefined {
    let at = this.root;
    for (const segment of path) {
      const next = at < 0 ? undefined : this.child(at, segment);
      if (next === undefined) return undefined;
      at = next.value;
    }
    const e = this.events[at];
    if (!e || e.type !== SCALAR || e.valueStart < 0) return undefined;
    if (e.style === PLAIN) return this.text.slice(e.valueStart, e.valueEnd).trim();
    if (e.style === SINGLE_QUOTED || e.style === DOUBLE_QUOTED) return this.text.slice(e.valueStart - 1, e.valueEnd + 1);
    return undefined;
  }

  private child(at: number, segment: PropertyKey): { key: number; value: number } | undefined {
    const e = this.events[at]!;
    if (e.type === SEQUENCE) {
      if (typeof segment !== 'number') return undefined;
      let i = at + 1;
      for (let k = 0; this.events[i]!.type !== POP; k++) {
        if (k === segment) return { key: i, value: i };
        i = this.after(i);
      }
      return undefined;
    }
    if (e.type !== MAPPING) return undefined;
    let i = at + 1;
    while (this.events[i]!.type !== POP) {
      const value = this.after(i);
      // As yaml matches: a key `1` is the number 1, not the text '1'.
      if (keyValue(this.events[i] as ScalarEvent, this.text, this.scalarValue) === segment) return { key: i, value };
      i = this.after(value);
    }
    return undefined;
  }

  /** The index of the event after the node at `i` and everything in it. */
  private after(i: number): number {
    const end = this.ends[i]!;
    return end >= 0 ? end + 1 : i + 1;
  }

  private start(i: number): number | undefined {
    const e = this.events[i]!;
    if (e.type === MAPPING || e.type === SEQUENCE) return e.start;
    if (e.type !== SCALAR || e.valueStart < 0) return undefined;
    if (e.style === PLAIN) return e.valueStart;
    if (e.style === SINGLE_QUOTED || e.style === DOUBLE_QUOTED) return e.valueStart - 1;
    return this.blockHeader(e.valueStart);
  }

  /** A block scalar starts at its `|` or `>`, on the last non-blank line before its content. */
  private blockHeader(contentStart: number): number | undefined {
    let end = this.text.lastIndexOf('\n', contentStart - 1);
    while (end > 0) {
      const start = this.text.lastIndexOf('\n', end - 1) + 1;
      const line = this.text.slice(start, end);
      if (line.trim() !== '') {
        const m = /[|>][-+0-9]*[ \t]*(#.*)?$/.exec(line);
        return m ? start + m.index : undefined;
      }
      end = start - 1;
    }
    return undefined;
  }
}
