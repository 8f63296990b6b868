import type { Event, ScalarEvent } from 'js-yaml';
import type { Path } from './locate.js';
import yamlLibs from './yaml-libs.cjs';

/**
 * The fast way in: js-yaml's event stream (about five times faster than
 * building yaml's document, and a fraction of its memory) gives the data
 * and, from the same events, where each node starts. It serves the plain
 * YAML that banks are written in; anything else (a syntax error, anchors,
 * aliases, tags, more than one document, keys that are not text or whole
 * numbers) returns undefined, and the caller parses with yaml, whose
 * messages and positions are the reference. tests/bank/events.test.ts
 * holds the two to the same data and the same positions.
 */
export interface FastParse {
  data: unknown;
  locator: EventLocator;
}

const DOCUMENT = 1;
const SEQUENCE = 2;
const MAPPING = 3;
const SCALAR = 4;
const ALIAS = 5;
const POP = 6;
const PLAIN = 1;
const SINGLE_QUOTED = 2;
const DOUBLE_QUOTED = 3;

export function fastParse(text: string): FastParse | undefined {
  const lib = yamlLibs.jsYaml();
  try {
    const events = lib.parseEvents(text, { maxDepth: 1000 });
    const locator = EventLocator.of(text, events, lib.getScalarValue);
    if (!locator) return undefined;
    const docs = lib.constructFromEvents(events, { source: text, schema: lib.CORE_SCHEMA, maxAliases: 0 });
    return docs.length === 1 ? { data: docs[0], locator } : undefined;
  } catch {
    return undefined; // yaml says what is wrong, and where
  }
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
  return s;
}

/**
 * Offsets of nodes by path, from a compact copy of the events (typed
 * arrays: a bank keeps a few numbers per node, not an object per event);
 * undefined where only yaml can say exactly.
 */
export class EventLocator {
  private constructor(
    private readonly text: string,
    /** Per node, in document order: its kind, where it starts (or its value does), where its value ends, its style. */
    private readonly kind: Uint8Array,
    private readonly from: Int32Array,
    private readonly to: Int32Array,
    private readonly style: Uint8Array,
    /** For a collection, the index of the node after it and all it holds. */
    private readonly next: Int32Array,
    /** The value of each quoted key, by the key's index (a plain key is read from the text). */
    private readonly quotedKeys: Map<number, string>,
  ) {}

  /** Each mapping's keys by value, built when first looked up (see keysOf). */
  private readonly maps = new Map<number, Map<PropertyKey, { key: number; value: number }>>();

  /** The index of one document of mappings, sequences and scalars; undefined for anything else. */
  static of(text: string, events: Event[], scalarValue: (input: string, scalar: ScalarEvent) => string): EventLocator | undefined {
    const n = events.length;
    const kind = new Uint8Array(n);
    const from = new Int32Array(n);
    const to = new Int32Array(n);
    const style = new Uint8Array(n);
    const next = new Int32Array(n);
    const quotedKeys = new Map<number, string>();
    // Open collections (their node index), and for each whether the next node is a mapping key.
    const open: number[] = [];
    const atKey: boolean[] = [];
    let documents = 0;
    let count = 0;
    for (const e of events) {
      if (e.type === DOCUMENT) {
        if (++documents > 1 || e.directives.length) return undefined;
        continue;
      }
      if (e.type === ALIAS) return undefined;
      if (e.type === POP) {
        if (open.length) next[open.pop()!] = count;
        atKey.pop();
        continue;
      }
      if (e.anchorStart !== -1 || e.tagStart !== -1) return undefined;
      const top = open.length - 1;
      const inMapping = top >= 0 && kind[open[top]!] === MAPPING;
      const isKey = inMapping && atKey[top] === true;
      if (inMapping) atKey[top] = !atKey[top];
      const i = count++;
      kind[i] = e.type;
      if (e.type === SCALAR) {
        from[i] = e.valueStart;
        to[i] = e.valueEnd;
        style[i] = e.style;
        next[i] = i + 1;
        if (isKey) {
          const key = keyValue(e, text, scalarValue);
          if (key === undefined) return undefined;
          if (e.style !== PLAIN) quotedKeys.set(i, key as string);
        } else if (overflows(e, text)) return undefined;
      } else {
        if (isKey) return undefined;
        from[i] = e.start;
        open.push(i);
        atKey.push(true);
      }
    }
    if (documents !== 1) return undefined;
    return new EventLocator(text, kind.subarray(0, count), from.subarray(0, count), to.subarray(0, count), style.subarray(0, count), next.subarray(0, count), quotedKeys);
  }

  /**
   * Where the node at `path` starts; for a path that does not exist, the
   * deepest node that does. With `keyOf`, the key of that name in the map
   * at `path`. Undefined when the answer would need yaml's own rules.
   */
  offset(path: Path, keyOf?: string): number | undefined {
    if (this.kind.length === 0) return undefined;
    let at = 0;
    let depth = 0;
    for (const segment of path) {
      const child = this.child(at, segment);
      if (child === undefined) break;
      at = child.value;
      depth++;
    }
    if (keyOf !== undefined && depth === path.length && this.kind[at] === MAPPING) {
      const pair = this.child(at, keyOf);
      if (pair) return this.start(pair.key);
    }
    return this.start(at);
  }

  /** The text of the scalar at `path` as typed (quotes included); undefined if there is none. */
  source(path: Path): string | undefined {
    if (this.kind.length === 0) return undefined;
    let at = 0;
    for (const segment of path) {
      const child = this.child(at, segment);
      if (child === undefined) return undefined;
      at = child.value;
    }
    if (this.kind[at] !== SCALAR || this.from[at]! < 0) return undefined;
    const [start, end, style] = [this.from[at]!, this.to[at]!, this.style[at]!];
    if (style === PLAIN) return this.text.slice(start, end).trim();
    if (style === SINGLE_QUOTED || style === DOUBLE_QUOTED) return this.text.slice(start - 1, end + 1);
    return undefined;
  }

  private child(at: number, segment: PropertyKey): { key: number; value: number } | undefined {
    const end = this.next[at]!;
    if (this.kind[at] === SEQUENCE) {
      if (typeof segment !== 'number') return undefined;
      for (let i = at + 1, k = 0; i < end; i = this.next[i]!, k++) if (k === segment) return { key: i, value: i };
      return undefined;
    }
    if (this.kind[at] !== MAPPING) return undefined;
    return this.keysOf(at, end).get(segment);
  }

  /**
   * A mapping's keys, indexed on the first lookup: a file with thousands of
   * unknown keys in one map asks where each is, and a scan per key made
   * that quadratic.
   */
  private keysOf(at: number, end: number): Map<PropertyKey, { key: number; value: number }> {
    let keys = this.maps.get(at);
    if (keys) return keys;
    keys = new Map();
    for (let i = at + 1; i < end; i = this.next[this.next[i]!]!) {
      // As yaml matches: a key `1` is the number 1, not the text '1'; the first of a repeated key wins.
      const k = this.key(i);
      if (k !== undefined && !keys.has(k)) keys.set(k, { key: i, value: this.next[i]! });
    }
    this.maps.set(at, keys);
    return keys;
  }

  /** A key's value: quoted keys were read when indexed; a plain one is text or a whole number (the only plain keys indexed). */
  private key(i: number): string | number | undefined {
    if (this.style[i] !== PLAIN) return this.quotedKeys.get(i);
    const s = this.text.slice(this.from[i], this.to[i]);
    return /^[0-9]+$/.test(s) ? Number(s) : s;
  }

  private start(i: number): number | undefined {
    if (this.kind[i] !== SCALAR) return this.from[i];
    const [start, style] = [this.from[i]!, this.style[i]!];
    if (start < 0) return undefined;
    if (style === PLAIN) return start;
    if (style === SINGLE_QUOTED || style === DOUBLE_QUOTED) return start - 1;
    return this.blockHeader(start);
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
