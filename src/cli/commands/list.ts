import { EXIT, type ExitCode } from '../exit-codes.js';
import { styleFor } from '../color.js';
import { plural } from '../../render/style.js';
import { write, type Io } from '../io.js';
import { loadProblems } from '../load-problems.js';

export function runList(io: Io, paths: string[], opts: { json?: boolean; color?: boolean; ascii?: boolean; bundled?: boolean }): ExitCode {
  const loaded = loadProblems(io, paths, opts.color, opts.bundled);
  if (!loaded.ok) return EXIT.invalid;
  const rows = loaded.problems.map((p) => ({ id: p.id, file: p.file, parts: p.parts.length, kinds: [...new Set(p.parts.map((x) => x.key.kind))], tags: p.tags, template: Boolean(p.template) }));
  if (opts.json) {
    write(io.stdout, JSON.stringify(rows, null, 2));
    return EXIT.ok;
  }
  const { c, ascii } = styleFor(io, opts);
  // A template is marked with *: its numbers are drawn afresh every drill.
  const name = (r: (typeof rows)[number]) => (r.template ? `${r.id}*` : r.id);
  const w = Math.max(2, ...rows.map((r) => name(r).length));
  write(io.stdout, c.bold(`${'id'.padEnd(w)}  parts  tags`));
  for (const r of rows) {
    const tags = r.tags.join(', ');
    const room = Math.max(10, 80 - w - 9);
    write(io.stdout, `${name(r).padEnd(w)}  ${String(r.parts).padStart(5)}  ${tags.length > room ? tags.slice(0, room - (ascii ? 3 : 1)) + (ascii ? '...' : '…') : tags}`);
  }
  const parts = rows.reduce((n, r) => n + r.parts, 0);
  const templates = rows.filter((r) => r.template).length;
  write(io.stdout, c.dim(`${plural(rows.length, 'problem')}, ${plural(parts, 'part')}` + (templates ? `; * ${templates} template${templates === 1 ? '' : 's'}, fresh numbers every drill` : '')));
  return EXIT.ok;
}
