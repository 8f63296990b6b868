import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { diagnostic, START, type Diagnostic } from '../diagnostics/diagnostic.js';

/** Larger than any honest bank; reading on would only stall the user. */
export const MAX_BANK_BYTES = 5 * 1024 * 1024;

/** What a file that is not a regular file is, in words, or undefined for a regular file. */
export function specialKind(st: Stats): string | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

export function notRegular(file: string, kind: string): Diagnostic {
  return diagnostic(file, START, 'read-error', `cannot read the file: it is ${kind}, not a regular file; a bank is a file of YAML text`);
}

/**
 * Reads one bank file as text, or says why not. Only a regular file is read,
 * and never more than MAX_BANK_BYTES + 1 bytes of it: the open does not wait
 * (a FIFO with no writer would block it forever), what was opened is checked
 * again by its descriptor (a link can be swapped after a stat), and a file
 * that grows while read (or lies about its size, as /dev/zero does) is cut
 * off at the bound.
 */
export function readOne(file: string): string | Diagnostic {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return diagnostic(file, START, 'read-error', `cannot read the file: ${reason(e)}`);
  }
  try {
    const st = fstatSync(fd);
    const kind = specialKind(st);
    if (kind) return notRegular(file, kind);
    if (st.size > MAX_BANK_BYTES) return tooLarge(file, st.size);
    const bytes = readBounded(fd, MAX_BANK_BYTES + 1);
    if (bytes.length > MAX_BANK_BYTES) return tooLarge(file, bytes.length);
    return decode(file, bytes);
  } catch (e) {
    return diagnostic(file, START, 'read-error', `cannot read the file: ${reason(e)}`);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(file: string, size: number): Diagnostic {
  const mb = size > MAX_BANK_BYTES + 1 ? `${(size / 1048576).toFixed(1)} MB` : `over ${MAX_BANK_BYTES / 1048576} MB`;
  return diagnostic(file, START, 'file-too-large', `the file is ${mb}; a bank may be at most ${MAX_BANK_BYTES / 1048576} MB (split it into several files)`);
}

/** At most `limit` bytes, read until the end of the file or the limit. */
function readBounded(fd: number, limit: number): Buffer {
  const buf = Buffer.alloc(Math.min(limit, 64 * 1024));
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const n = readSync(fd, buf, 0, Math.min(buf.length, limit - total), null);
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
    total += n;
  }
  return Buffer.concat(chunks, total);
}

function decode(file: string, bytes: Buffer): string | Diagnostic {
  if (isUtf16(bytes)) return diagnostic(file, START, 'not-utf8', 'the file is UTF-16 text (as some editors save "Unicode"); save it as UTF-8');
  if (bytes.includes(0)) return diagnostic(file, START, 'not-utf8', 'the file holds NUL bytes: it looks binary, not a YAML text file');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return diagnostic(file, START, 'not-utf8', 'the file is not valid UTF-8; save it as UTF-8 text');
  }
}

/** A UTF-16 byte order mark, or the NULs every other byte that ASCII text in UTF-16 has. */
function isUtf16(bytes: Buffer): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const head = bytes.subarray(0, 64);
  if (head.length < 8) return false;
  const oddNuls = head.filter((b, i) => i % 2 === 1 && b === 0).length;
  const evenNuls = head.filter((b, i) => i % 2 === 0 && b === 0).length;
  return Math.max(oddNuls, evenNuls) >= head.length / 2 - 1 && Math.min(oddNuls, evenNuls) === 0;
}

export function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of links (a link loop)';
  return (e as Error).message;
}
