/**
 * The broken banks that are not committed: bytes that are not text, files
 * too large to keep in git, and nesting too deep to read. Each is written at
 * test time into a folder of the caller's, with the error it must produce.
 *
 * Also a script: `npx tsx tests/hardening/make-fixtures.ts DIR` writes them
 * into DIR, to look at them or to run `quizdrill check DIR` by hand.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MAX_BANK_BYTES } from '../../src/bank/read-files.js';
import type { DiagnosticCode } from '../../src/diagnostics/diagnostic.js';

export const BROKEN_DIR = fileURLToPath(new URL('../fixtures/broken/', import.meta.url));
export const VALID_DIR = fileURLToPath(new URL('./valid/', import.meta.url));

/** What a broken bank must produce: the first diagnostic of its file. */
export interface Expected {
  /** null only for a file that is valid on its own (half of a duplicate-id pair). */
  code: DiagnosticCode | null;
  /** Omitted where the position depends on the machine (how deep the stack goes). */
  line?: number | null;
  col?: number | null;
  /** A regular expression (source) the message must match. */
  message: string | null;
  /** A fault in src/ this fixture would show: its test is `it.fails` while the fault is there. */
  bug?: string;
  /** How the bug shows: an exception in the loader, or the process running out of memory. */
  crash?: 'throws' | 'oom' | 'oom-practice';
  /** Other fixtures (relative to the corpus folder) to check in the same run, before this one. */
  checkWith?: string[];
  note?: string;
}

export type ExpectedTable = Record<string, Expected>;

/** The committed corpus and its sidecar table of expected errors. */
export function committedFixtures(): ExpectedTable {
  return JSON.parse(readFileSync(join(BROKEN_DIR, 'expected.json'), 'utf8')) as ExpectedTable;
}

export interface Generated {
  name: string;
  bytes: () => Buffer;
  expected: Expected;
}

const BANK = [
  'problems:',
  '  - id: generated',
  '    tags: [hardening]',
  '    prompt: PROMPT',
  '    parts:',
  '      - prompt: One plus one?',
  '        kind: number',
  '        answer: 2',
  '        explanation: Two.',
  '',
].join('\n');

const bank = (prompt: string): string => BANK.replace('PROMPT', prompt);

/** Pads a valid bank with a comment until the file has exactly `size` bytes. */
export function padded(size: number): Buffer {
  const head = Buffer.from(bank('A bank padded with a long comment.') + '# ');
  const out = Buffer.alloc(size, 'x');
  head.copy(out);
  out[size - 1] = 0x0a;
  return out;
}

/** Fixtures whose errors the loader reports today (or should: see `bug`). */
export const GENERATED: Generated[] = [
  {
    name: 'not-utf8.yaml',
    // "café" in Latin-1: 0xE9 alone is not UTF-8.
    bytes: () => Buffer.concat([Buffer.from(bank('Caf')), Buffer.from([0xe9]), Buffer.from('\n')]),
    expected: { code: 'not-utf8', line: 1, col: 1, message: 'not valid UTF-8; save it as UTF-8' },
  },
  {
    name: 'utf16.yaml',
    // What a Windows editor saves as "Unicode": UTF-16LE with a byte order mark.
    bytes: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bank('Saved as UTF-16.'), 'utf16le')]),
    expected: {
      code: 'not-utf8',
      line: 1,
      col: 1,
      message: 'UTF-16|UTF-8',
    },
  },
  {
    name: 'binary-nul.yaml',
    // The start of a PNG: a picture saved under a bank's name.
    bytes: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(64)]),
    expected: { code: 'not-utf8', line: 1, col: 1, message: 'NUL bytes: it looks binary' },
  },
  {
    name: 'just-over-limit.yaml',
    bytes: () => padded(MAX_BANK_BYTES + 1),
    expected: { code: 'file-too-large', line: 1, col: 1, message: 'a bank may be at most 5 MB \\(split it into several files\\)' },
  },
  {
    name: 'huge-30mb.yaml',
    bytes: () => padded(30 * 1024 * 1024),
    expected: { code: 'file-too-large', line: 1, col: 1, message: 'the file is 30\\.0 MB; a bank may be at most 5 MB' },
  },
  {
    name: 'cr-only-line-ends.yaml',
    // Line ends as old Mac editors wrote them: a lone CR ends a line in YAML.
    bytes: () => Buffer.from(bank('Lines end in CR alone.').replace('explanation: Two.', 'explanation: Two.\n        bogus: 1').replace(/\n/g, '\r')),
    expected: { code: 'unknown-key', line: 10, col: 9, message: "unknown key 'bogus'" },
  },
  {
    name: 'comments-and-blank-lines-crlf.yaml',
    bytes: () => Buffer.from('# Only comments,\r\n\r\n   # indented ones too,\r\n\t# and a tab.\r\n'),
    expected: { code: 'empty-file', line: 1, col: 1, message: 'only comments' },
  },
  {
    name: 'deep-flow-10k.yaml',
    bytes: () => Buffer.from(`problems: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`),
    expected: {
      code: 'yaml-syntax',
      line: 1,
      message: 'nest|deep',
    },
  },
  {
    name: 'deep-block-1500.yaml',
    bytes: () => Buffer.from('problems:\n' + Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i + 2)}-\n`).join('')),
    expected: {
      code: 'yaml-syntax',
      message: 'nest|deep',
    },
  },
];

/** Fixtures that crash the loader today: never in a folder the end-to-end run checks. */
export const GENERATED_CRASHES: Generated[] = [
  {
    name: 'wide-flow-sequence.yaml',
    // 200,000 numbers where problems belong: 600 kB, well under the size limit.
    bytes: () => Buffer.from(`problems: [${'1, '.repeat(200_000)}1]\n`),
    expected: {
      code: 'invalid-value',
      line: 1,
      col: 11,
      message: 'at most 5000 problems',
      crash: 'throws',
    },
  },
];

/** Writes fixtures into `dir` (created if need be); returns their paths by name. */
export function writeFixtures(dir: string, fixtures: Generated[] = GENERATED): Map<string, string> {
  mkdirSync(dir, { recursive: true });
  return new Map(
    fixtures.map((f) => {
      const path = join(dir, f.name);
      writeFileSync(path, f.bytes());
      return [f.name, path];
    }),
  );
}

/**
 * A folder whose only bank is a symbolic link to a valid one, as when course
 * staff link a shared bank into their course's folder.
 */
export function writeSymlinkFolder(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, 'shared-bank.yml.real');
  writeFileSync(target, bank('A shared bank, linked into this folder.'));
  symlinkSync(target, join(dir, 'linked.yaml'));
  return dir;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: npx tsx tests/hardening/make-fixtures.ts DIR\n');
    process.exitCode = 2;
  } else {
    for (const path of writeFixtures(dir, [...GENERATED, ...GENERATED_CRASHES]).values()) process.stdout.write(`${path}\n`);
  }
}
