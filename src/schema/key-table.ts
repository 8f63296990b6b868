import { KEY_DOCS, type KeyDoc, type KeySection } from './key-docs.js';

/** The docs table of one object of the format, from KEY_DOCS: what docs/bank-format.md shows between its markers. */
export function keyTable(section: KeySection): string {
  const rows = Object.entries(KEY_DOCS[section] as Record<string, KeyDoc>).map(([key, d]) => `| \`${key}\` | ${d.required ?? 'no'} | ${meaning(d)} |`);
  return ['| key | required | meaning |', '|---|---|---|', ...rows].join('\n');
}

function meaning(d: KeyDoc): string {
  const text = d.description.replace(/\.$/, '');
  const example = d.examples?.[0];
  const parts = [text];
  if (d.default !== undefined) parts.push(`default \`${JSON.stringify(d.default)}\``);
  if (example !== undefined && typeof example === 'object') parts.push(`e.g. \`${flow(example)}\``);
  return parts.join('; ').replace(/\|/g, '\\|');
}

/** A value as YAML's flow style writes it, as the docs' examples do. */
function flow(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(flow).join(', ')}]`;
  if (v !== null && typeof v === 'object') return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${flow(x)}`).join(', ')} }`;
  // Plain where YAML would read the same string back, quoted where it would read a number or a symbol.
  return typeof v === 'string' && /^[A-Za-z][\w./-]*$/.test(v) ? v : JSON.stringify(v);
}

const MARK = /<!-- keys:([a-z]+) -->\n[\s\S]*?\n<!-- \/keys -->/g;

/** The docs page with every marked table replaced by what KEY_DOCS says. */
export function withKeyTables(markdown: string): string {
  return markdown.replace(MARK, (_, section: string) => {
    if (!(section in KEY_DOCS)) throw new Error(`docs mark an unknown section '${section}'`);
    return `<!-- keys:${section} -->\n${keyTable(section as KeySection)}\n<!-- /keys -->`;
  });
}
