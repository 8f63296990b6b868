import { hconcat, line, type Box } from './box.js';

const LEADING_PUNCT = /^[.,;:!?]+/;

/**
 * Builds the output text from prose and rendered math. A math span of more
 * than one line (a matrix) is a block: the paragraph breaks before it, its
 * grid sits on lines of its own, punctuation right after it stays on its
 * baseline row, and the paragraph resumes on the next line.
 */
export class Layout {
  private out = '';
  private pending: Box | null = null;
  private needBreak = false;

  text(s: string): void {
    let rest = s;
    if (this.pending) {
      const punct = LEADING_PUNCT.exec(rest)?.[0] ?? '';
      this.pending = hconcat([this.pending, line(punct)]);
      rest = rest.slice(punct.length);
      this.flush();
    }
    if (this.needBreak) {
      rest = rest.replace(/^[ \t]+/, '');
      if (rest === '') return;
      if (!rest.startsWith('\n')) this.out += '\n';
      this.needBreak = false;
    }
    this.out += rest;
  }

  block(box: Box): void {
    this.flush();
    const lastLine = this.out.slice(this.out.lastIndexOf('\n') + 1);
    this.out = this.out.replace(/[ \t]+$/, '');
    if (lastLine.trim() !== '') this.out += '\n';
    this.needBreak = false;
    this.pending = box;
  }

  done(): string {
    this.flush();
    return this.out;
  }

  private flush(): void {
    if (!this.pending) return;
    this.out += this.pending.lines.map((l) => l.trimEnd()).join('\n');
    this.pending = null;
    this.needBreak = true;
  }
}
