import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument, stringify } from 'yaml';
import { fastParse } from '../../src/bank/events.js';
import { locate, sourceText } from '../../src/bank/locate.js';

type Segment = string | number;

/** Every path into a value, and for each one a missing child (the locator must fall back like yaml). */
function paths(v: unknown, p: Segment[] = [], out: Segment[][] = []): Segment[][] {
  out.push(p, [...p, 'no-such-key'], [...p, 99]);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...p, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...p, k], out);
  return out;
}

/**
 * The fast path against yaml, the reference: when it takes a file, yaml
 * must find the file clean, read the same data, and put every node, key
 * and literal at the same place.
 */
function agreesWithYaml(text: string): 'fast' | 'yaml' {
  const fast = fastParse(text);
  if (!fast) return 'yaml';
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  expect(doc.errors.map((e) => e.code)).toEqual([]);
  expect(doc.warnings.map((e) => e.code)).toEqual([]);
  const data = doc.toJS({ maxAliasCount: 100 });
  expect(isDeepStrictEqual(fast.data, data), 'the same data').toBe(true);
  for (const path of paths(data)) {
    const offset = fast.locator.offset(path);
    if (offset !== undefined) expect(lc.linePos(offset), JSON.stringify(path)).toEqual(locate(doc, lc, path));
    const value = path.reduce<unknown>((o, k) => (o as Record<Segment, unknown> | undefined)?.[k], data);
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const key of [...Object.keys(value), 'no-such-key']) {
        const at = fast.locator.offset(path, key);
        if (at !== undefined) expect(lc.linePos(at), `${JSON.stringify(path)} key ${key}`).toEqual(locate(doc, lc, path, key));
      }
    }
    const source = fast.locator.source(path);
    if (source !== undefined) expect(source, JSON.stringify(path)).toBe(sourceText(doc, text, path));
  }
  return 'fast';
}

const dir = (d: string) => new URL(`../../${d}/`, import.meta.url);
const yamlFiles = (d: string) => readdirSync(dir(d)).filter((n) => n.endsWith('.yaml')).map((n) => [n, readFileSync(new URL(n, dir(d)), 'utf8')] as const);

describe('the fast YAML path agrees with yaml', () => {
  it.each(yamlFiles('problems'))('on the bundled bank %s, which it takes', (_, text) => {
    expect(agreesWithYaml(text)).toBe('fast');
  });

  it.each([
    ['Windows line ends', 'a: 1\r\nb:\r\n  - x\r\n  - "y"\r\n'],
    ['a byte-order mark', '\uFEFFa: 1\nb: [x, y]\n'],
    ['a quoted value over two lines', 'a: "multi\n  line"\nb: 2\n'],
    ['a block scalar starting with a blank line', 'a: |\n\n  x\nb: 2\n'],
    ['an empty block scalar', 'a: |\nb: 2\n'],
    ['maps in a list, with a block scalar', '- a\n- b: |-\n    t\n  c: 1\n'],
    ['a comment after a block header', 'a: >-  # folded\n  text\n'],
    ['keys named like object internals', 'constructor: 1\n__proto__:\n  polluted: yes\n'],
  ])('on %s', (_, text) => {
    expect(agreesWithYaml(text)).toBe('fast');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('on every broken-bank fixture (those that parse at all)', () => {
    const taken = yamlFiles('tests/fixtures/broken').filter(([, text]) => agreesWithYaml(text) === 'fast');
    expect(taken.length).toBeGreaterThan(40);
  });

  // Values a bank holds, written every way yaml writes them: block and flow, plain and quoted, folded text.
  const key = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/), fc.nat(20).map(String), fc.constantFrom('a b', 'x-y', 'null', 'true', '1.5', 'é'));
  const scalar = fc.oneof(
    fc.double({ noNaN: true }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.string({ maxLength: 30 }),
    fc.constantFrom('0.1820', '1e400', '-0', '.5', '0x1F', '0o17', '1_000', 'yes', '~', '- x', 'a: b', '#c', '"q"', "it's", '\\(x^2\\)', 'line\nbreak', '  padded  ', '{{n}}', '=n+1'),
  );
  const value = fc.letrec<{ v: unknown }>((tie) => ({
    v: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(key, tie('v'), { maxKeys: 4 })),
  })).v;
  const style = fc.record({
    indent: fc.constantFrom(2, 4),
    lineWidth: fc.constantFrom(0, 20, 80),
    collectionStyle: fc.constantFrom('any', 'block', 'flow') as fc.Arbitrary<'any' | 'block' | 'flow'>,
    defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED') as fc.Arbitrary<'PLAIN'>,
    defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE') as fc.Arbitrary<null>,
  });

  it('on random documents in every style', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), style, fc.boolean(), (data, options, comments) => {
        let text = stringify(data, options);
        // Comments after values, and between entries. (A comment line at column 1
        // inside a flow collection is one thing yaml refuses and js-yaml takes.)
        const between = options.collectionStyle === 'block' ? '\n# between\n' : '\n';
        if (comments) text = text.replace(/\n/g, (_, i: number) => (i % 3 === 0 ? '  # note\n' : i % 5 === 0 ? between : '\n'));
        agreesWithYaml(text);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('the fast YAML path leaves to yaml', () => {
  it.each([
    ['a syntax error', 'a: [1, 2\n'],
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a number too large for a double', 'a: 1e400\n'],
    ['a key that is not text', 'true: 1\n'],
    ['a key that is a list', '? [a]\n: 1\n'],
  ])('%s', (_, text) => {
    expect(fastParse(text)).toBeUndefined();
  });

  it('takes keys that are whole numbers, as yaml reads them', () => {
    const text = 'pinned:\n  1: { n: 3 }\n';
    expect(fastParse(text)?.data).toEqual({ pinned: { 1: { n: 3 } } });
    expect(agreesWithYaml(text)).toBe('fast');
    const r = fastParse(text)!;
    expect(r.locator.offset(['pinned', 1, 'n'])).toBe(text.indexOf('3'));
    // yaml's getIn does not match the text '1' with the number 1 either: the deepest match is the map.
    expect(r.locator.offset(['pinned', '1', 'n'])).toBe(text.indexOf('1'));
  });
});
