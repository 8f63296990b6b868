import type { Part, Problem } from '../bank/model.js';
import type { Feedback, Position } from '../session/drill.js';
import { wrap, type Style } from './style.js';

export function problemHeader(p: Problem, pos: Position, s: Style): string {
  const title = `Problem ${pos.problem} of ${pos.problems} · ${p.variant?.code ?? p.id}`;
  const tags = p.tags.length ? s.c.dim(`  [${p.tags.join(', ')}]`) : '';
  const rule = s.c.dim('─'.repeat(Math.min(s.width, 80)));
  return `\n${rule}\n${s.c.bold(title)}${tags.length + title.length <= s.width ? tags : '\n' + tags.trim()}\n\n${wrap(p.prompt.trimEnd(), s.width)}\n`;
}

export function partHeading(part: Part, pos: Position, s: Style): string {
  const where = s.c.cyan(`problem ${pos.problem} of ${pos.problems} · part ${pos.part} of ${pos.parts}`);
  return `\n${where}\n${wrap(part.prompt.trimEnd(), s.width)}`;
}

export function feedbackText(f: Feedback, s: Style): string {
  const r = f.record;
  const lines: string[] = [];
  if (r.result === 'right') lines.push(s.c.green('✓ Right.'));
  else if (r.result === 'wrong') lines.push(`${s.c.red('✗ Wrong.')} The answer is ${s.c.bold(r.expected)}.`);
  else lines.push(`${s.c.yellow('– Skipped.')} The answer is ${s.c.bold(r.expected)}.`);
  if (f.explanation) lines.push(wrap(f.explanation.trimEnd(), s.width, '  '));
  return lines.join('\n');
}
