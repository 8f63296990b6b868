import { cells } from './text-width.js';

/**
 * A grid of display cells that grows as it is written to, so a drawing can
 * place boxes, lines and labels by position and be read back as lines.
 */
export class Canvas {
  private readonly grid: string[][] = [];

  /** Writes `text` starting at (row, col), one code point per cell. */
  put(row: number, col: number, text: string): void {
    const line = this.line(row);
    cells(text).forEach((cell, k) => {
      while (line.length < col + k) line.push(' ');
      line[col + k] = cell;
    });
  }

  /** Writes a block of lines with its top-left corner at (row, col). */
  block(row: number, col: number, lines: readonly string[]): void {
    lines.forEach((text, k) => this.put(row + k, col, text));
  }

  get height(): number {
    return this.grid.length;
  }

  lines(): string[] {
    return this.grid.map((line) => line.join('').trimEnd());
  }

  private line(row: number): string[] {
    while (this.grid.length <= row) this.grid.push([]);
    return this.grid[row] ?? [];
  }
}
