import { EXIT, type ExitCode } from '../exit-codes.js';
import { styleFor } from '../color.js';
import { clip, plural, wrap } from '../../render/style.js';
import { write, type Io } from '../io.js';
import { loadProblems } from '../load-problems.js';

export function runList(io: Io, paths: string[], opts: { json?: boolean; color?: boolean; ascii?: boolean; bundled?: boolean }): ExitCode {
  const loaded = loadProblems(io, paths, opts.color, opts.bundled);
  if (!loaded.ok) return EXIT.invalid;
  const titles = new Map(loaded.banks.map((b) => [b.file, b.title]));
  const rows = loaded.problems.map((p) => ({
    id: p.id,
    file: p.file,
    ...(titles.get(p.file) !== undefined && { bank: titles.get(p.file) }),
    parts: p.parts.length,
    kinds: [...new Set(p.parts.map((x) => x.key.kind))],
    tags: p.tags,
    template: Boolean(p.template),
  }));
  if (opts.json) {
    write(io.stdout, JSON.stringify(rows, null, 2));
    return EXIT.ok;
  }
  const { c, ascii, width } = styleFor(io, opts);
  // A template is marked with *: its numbers are drawn afresh every drill.
  const name = (r: (typeof rows)[number]) => (r.template ? `${r.id}*` : r.id);
  const w = Math.max(2, ...rows.map((r) => name(r).length));
  // Tags beside the id, in at least 10 columns; in a terminal narrower than 80 where they do not fit, under it.
  const beside = width >= 80 || w + 9 + 10 <= width;
  const room = beside ? Math.max(10, width - w - 9) : width - 4;
  const count = (rs: typeof rows) => `${plural(rs.length, 'problem')}, ${plural(rs.reduce((n, r) => n + r.parts, 0), 'part')}`;
  write(io.stdout, c.bold(beside ? `${'id'.padEnd(w)}  parts  tags` : `${'id'.padEnd(w)}  parts\n    tags`));
  // One group per bank file, in load order, headed by the bank's title: a
  // course's bank files are its topics, so the list reads as a syllabus.
  const files = [...new Set(rows.map((r) => r.file))];
  for (const file of files) {
    const group = rows.filter((r) => r.file === file);
    if (files.length > 1) write(io.stdout, '\n' + c.bold(clip(`${(group[0]!.bank ?? basename(file)).replace(/\.$/, '')} (${count(group)})`, width, ascii)));
    for (const r of group) {
      const row = `${name(r).padEnd(w)}  ${String(r.parts).padStart(5)}`;
      write(io.stdout, beside ? `${row}  ${clip(r.tags.join(', '), room, ascii)}` : `${row}\n    ${clip(r.tags.join(', '), room, ascii)}`);
    }
  }
  const templates = rows.filter((r) => r.template).length;
  if (files.length > 1) write(io.stdout, '');
  write(io.stdout, c.dim(wrap(count(rows) + (templates ? `; * ${templates} template${templates === 1 ? '' : 's'}, fresh numbers every drill` : ''), width)));
  return EXIT.ok;
}

function basename(file: string): string {
  return file.split(/[\\/]/).at(-1) ?? file;
}
