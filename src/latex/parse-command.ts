import { lookupCommand } from './commands.js';
import { parseMatrixBody, readEnvName } from './parse-env.js';
import { MAX_DEPTH, parseArg, parseSeq, withStop, type ParseState, type Stops } from './parse.js';
import type { Delim, MathNode, Token } from './types.js';

const NEGATED = new Map<string, readonly [string, string]>([
  ['=', ['≠', '!=']], ['∈', ['∉', 'not in']], ['≡', ['≢', 'not ==']], ['<', ['≮', 'not <']],
  ['>', ['≯', 'not >']], ['≤', ['≰', 'not <=']], ['≥', ['≱', 'not >=']], ['⊂', ['⊄', 'not subset']],
]);

/** The nodes for one command, whose token is consumed; unknown commands are recorded and shown by name. */
export function parseCommand(st: ParseState, tok: Token & { t: 'cmd' }, stops: Stops): MathNode[] {
  const cmd = lookupCommand(tok.name);
  if (!cmd) {
    st.unknown.push({ command: `\\${tok.name}`, offset: tok.offset });
    const cls = /^[A-Za-z]/.test(tok.name) ? 'fn' : 'ord';
    return tok.name === '' ? [] : [{ kind: 'atom', u: tok.name, a: tok.name, cls }];
  }
  const flat = st.depth >= MAX_DEPTH;
  switch (cmd.kind) {
    case 'symbol':
      return [{ kind: 'atom', ...cmd.sym }];
    case 'space':
      return [{ kind: 'space', explicit: true }];
    case 'hspace':
      return [{ kind: 'hspace', width: cmd.width }];
    case 'newline':
      return [{ kind: 'newline' }];
    case 'ignore':
      return [];
    case 'drop-arg':
      if (!flat) parseArg(st, stops);
      return [];
    case 'frac':
      return flat ? [] : [{ kind: 'frac', num: parseArg(st, stops), den: parseArg(st, stops) }];
    case 'binom': {
      if (flat) return [];
      const [n, k] = [parseArg(st, stops), parseArg(st, stops)];
      const comma: MathNode = { kind: 'atom', u: ',', a: ',', cls: 'punct' };
      const paren = { left: { u: '(', a: '(' }, right: { u: ')', a: ')' } };
      return [{ kind: 'atom', u: 'C', a: 'C', cls: 'ord' }, { kind: 'delimited', ...paren, body: [...n, comma, ...k] }];
    }
    case 'sqrt': {
      if (flat) return [];
      const index = optionalBracket(st, stops);
      return [{ kind: 'sqrt', index, body: parseArg(st, stops) }];
    }
    case 'accent':
      return flat ? [] : [{ kind: 'accent', accent: cmd.accent, body: parseArg(st, stops) }];
    case 'text': {
      if (flat) return [];
      const outer = st.text;
      st.text = true;
      const body = parseArg(st, stops);
      st.text = outer;
      return [{ kind: 'text', body }];
    }
    case 'font':
      return flat ? [] : [{ kind: 'font', cls: cmd.cls, bb: cmd.bb, body: parseArg(st, stops) }];
    case 'not':
      return flat ? [] : negate(parseArg(st, stops));
    case 'left':
      return flat ? [] : [parseLeft(st, stops)];
    case 'right':
      return delimAtom(readDelim(st), 'close');
    case 'begin': {
      if (flat) return [];
      const name = readEnvName(st);
      return [parseMatrixBody(st, name, tok.offset, stops)];
    }
    case 'end':
      readEnvName(st);
      return [];
    default: {
      const never: never = cmd;
      return never;
    }
  }
}

function parseLeft(st: ParseState, stops: Stops): MathNode {
  const left = readDelim(st);
  st.depth++;
  const { nodes, stop } = parseSeq(st, withStop(stops, 'right'));
  st.depth--;
  let right: Delim = { u: '', a: '' };
  if (stop === 'right') {
    st.i++;
    right = readDelim(st);
  }
  return { kind: 'delimited', left, right, body: nodes };
}

/** The delimiter after \left, \right or \big: a character or a symbol command; `.` is none. */
export function readDelim(st: ParseState): Delim {
  while (st.toks[st.i]?.t === 'space') st.i++;
  const tok = st.toks[st.i];
  if (tok?.t === 'char') {
    st.i++;
    return tok.ch === '.' ? { u: '', a: '' } : { u: tok.ch, a: tok.ch };
  }
  if (tok?.t === 'cmd') {
    st.i++;
    const cmd = lookupCommand(tok.name);
    if (cmd?.kind === 'symbol') return { u: cmd.sym.u, a: cmd.sym.a };
    if (!cmd) st.unknown.push({ command: `\\${tok.name}`, offset: tok.offset });
    return { u: tok.name, a: tok.name };
  }
  return { u: '', a: '' };
}

function delimAtom(d: Delim, cls: 'open' | 'close'): MathNode[] {
  return d.u === '' ? [] : [{ kind: 'atom', u: d.u, a: d.a, cls }];
}

function optionalBracket(st: ParseState, stops: Stops): MathNode[] | null {
  let j = st.i;
  while (st.toks[j]?.t === 'space') j++;
  const tok = st.toks[j];
  if (tok?.t !== 'char' || tok.ch !== '[') return null;
  st.i = j + 1;
  st.depth++;
  const { nodes, stop } = parseSeq(st, withStop(stops, 'bracket'));
  st.depth--;
  if (stop === 'bracket') st.i++;
  return nodes;
}

function negate(arg: MathNode[]): MathNode[] {
  const first = arg[0];
  if (arg.length === 1 && first?.kind === 'atom') {
    const [u, a] = NEGATED.get(first.u) ?? [`${first.u}\u0338`, `not ${first.a}`];
    return [{ kind: 'atom', u, a, cls: first.cls }];
  }
  return [{ kind: 'atom', u: '¬', a: 'not', cls: 'ord' }, ...arg];
}
