import { closeSync, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';

/**
 * Appends `text` (whole lines) to a file so that a failed write leaves no
 * trace: on a full disk a write can stop part way through, and the next
 * record would then land on the half line and both would be lost. So the
 * file is cut back to where it ended before the write; and if it does not
 * end in a newline (a line cut short by a kill), the text starts a new line.
 */
export function appendLines(file: string, text: string): void {
  const fd = openSync(file, 'a+');
  try {
    const before = fstatSync(fd).size;
    const data = Buffer.from(before > 0 && !endsWithNewline(fd, before) ? `\n${text}` : text);
    try {
      for (let done = 0; done < data.length; ) done += writeSync(fd, data, done);
    } catch (e) {
      try {
        ftruncateSync(fd, before);
      } catch {
        // Nothing more can be done; the reader sets a damaged line aside.
      }
      throw e;
    }
  } finally {
    closeSync(fd);
  }
}

function endsWithNewline(fd: number, size: number): boolean {
  const last = Buffer.alloc(1);
  return readSync(fd, last, 0, 1, size - 1) === 1 && last[0] === 0x0a;
}
