import type { Source } from '../bank/read-files.js';
import { MAX_BANK_BYTES } from '../bank/read-files.js';
import type { Io } from './io.js';

/** The path that means "the bank on standard input", as in many tools. */
export const STDIN_PATH = '-';
/** The name diagnostics give a bank read from standard input. */
export const STDIN_NAME = '<stdin>';

/** Reads a bank piped in (`quizdrill check -`); past the size limit, the rest is not read. */
export async function readStdinSource(io: Io): Promise<Source> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(b);
    size += b.length;
    if (size > MAX_BANK_BYTES) break;
  }
  const bytes = Buffer.concat(chunks);
  return { file: STDIN_NAME, text: new TextDecoder('utf-8').decode(bytes.subarray(0, MAX_BANK_BYTES)).replace(/^\uFEFF/, '') };
}
