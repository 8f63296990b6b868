import { parseCommand } from './parse-command.js';
import { charClass } from './symbols.js';
import { tokenize } from './tokenize.js';
import type { MathNode, Token, UnknownCommand } from './types.js';

/**
 * Deeper nesting than this is flattened: braces are dropped and structural
 * commands show nothing, their arguments following as plain text. Real
 * math nests a handful of levels; the cap bounds the recursion, so
 * ten thousand `{` cannot overflow the stack, and no text is lost.
 */
export const MAX_DEPTH = 48;

export interface ParseState {
  toks: Token[];
  i: number;
  depth: number;
  /** Braces opened past MAX_DEPTH and not yet closed. */
  skip: number;
  /** Inside \text{...}: characters are ordinary and keep their spaces. */
  text: boolean;
  unknown: UnknownCommand[];
}

/** Where a sequence ends: `}`, \right, \end, `&`, `\\` in a matrix, `]` of \sqrt[n]. */
export type Stop = 'close' | 'right' | 'end' | 'amp' | 'row' | 'bracket';
export type Stops = ReadonlySet<Stop>;

export function parseMath(source: string, base: number, unknown: UnknownCommand[]): MathNode[] {
  const st: ParseState = { toks: tokenize(source, base), i: 0, depth: 0, skip: 0, text: false, unknown };
  return parseSeq(st, new Set()).nodes;
}

export function withStop(stops: Stops, ...more: Stop[]): Stops {
  return new Set([...stops, ...more]);
}

/**
 * Parses until one of `stops` (left unconsumed for the caller) or the end.
 * A stop nobody is waiting for is dropped, so stray `}` or `&` cost nothing.
 */
export function parseSeq(st: ParseState, stops: Stops): { nodes: MathNode[]; stop: Stop | 'eof' } {
  const nodes: MathNode[] = [];
  for (let tok = st.toks[st.i]; tok; tok = st.toks[st.i]) {
    const stop = stopAt(tok, stops);
    if (stop && !(stop === 'close' && st.skip > 0)) return { nodes, stop };
    st.i++;
    switch (tok.t) {
      case 'space':
        nodes.push({ kind: 'space', explicit: false });
        break;
      case 'open':
        if (st.depth >= MAX_DEPTH) st.skip++;
        else nodes.push({ kind: 'group', body: parseGroupBody(st, stops) });
        break;
      case 'close':
        if (st.skip > 0) st.skip--;
        break;
      case 'amp':
        nodes.push({ kind: 'space', explicit: false });
        break;
      case 'sup':
      case 'sub':
        attachScript(nodes, tok.t, parseArg(st, stops));
        break;
      case 'char':
        nodes.push(charAtom(st, tok.ch));
        break;
      case 'cmd':
        nodes.push(...parseCommand(st, tok, stops));
        break;
      default: {
        const never: never = tok;
        return never;
      }
    }
  }
  return { nodes, stop: 'eof' };
}

function stopAt(tok: Token, stops: Stops): Stop | undefined {
  const stop: Stop | undefined =
    tok.t === 'close' ? 'close'
    : tok.t === 'amp' ? 'amp'
    : tok.t === 'char' && tok.ch === ']' ? 'bracket'
    : tok.t !== 'cmd' ? undefined
    : tok.name === '\\' ? 'row'
    : tok.name === 'right' ? 'right'
    : tok.name === 'end' ? 'end'
    : undefined;
  return stop && stops.has(stop) ? stop : undefined;
}

/** The body of a `{` group, whose `{` is consumed; consumes the `}` when there is one. */
export function parseGroupBody(st: ParseState, stops: Stops): MathNode[] {
  st.depth++;
  const { nodes, stop } = parseSeq(st, withStop(stops, 'close'));
  st.depth--;
  if (stop === 'close') st.i++;
  return nodes;
}

/** One argument: a `{group}`, one character or one command; empty at a stop or the end. */
export function parseArg(st: ParseState, stops: Stops): MathNode[] {
  while (st.toks[st.i]?.t === 'space') st.i++;
  const tok = st.toks[st.i];
  if (!tok) return [];
  switch (tok.t) {
    case 'open':
      st.i++;
      if (st.depth < MAX_DEPTH) return parseGroupBody(st, stops);
      st.skip++;
      return [];
    case 'char':
      st.i++;
      return [charAtom(st, tok.ch)];
    case 'cmd': {
      if (stopAt(tok, stops)) return [];
      st.i++;
      st.depth++;
      const nodes = parseCommand(st, tok, stops);
      st.depth--;
      return nodes;
    }
    default:
      return [];
  }
}

export function charAtom(st: ParseState, ch: string): MathNode {
  return { kind: 'atom', u: ch, a: ch, cls: st.text ? 'ord' : charClass(ch) };
}

/** TeX ignores spaces before a script; a second script of the same kind starts an empty base. */
function attachScript(nodes: MathNode[], which: 'sup' | 'sub', arg: MathNode[]): void {
  while (nodes.at(-1)?.kind === 'space') nodes.pop();
  const last = nodes.at(-1);
  const slot = which === 'sup' ? 'sup' : 'sub';
  if (last?.kind === 'scripts' && last[slot] === null) {
    last[slot] = arg;
    return;
  }
  const canBase = last && last.kind !== 'scripts' && last.kind !== 'hspace' && last.kind !== 'newline';
  const base = canBase ? (nodes.pop() ?? null) : null;
  nodes.push({ kind: 'scripts', base, sub: slot === 'sub' ? arg : null, sup: slot === 'sup' ? arg : null });
}
