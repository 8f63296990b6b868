import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY_DOCS } from '../../src/schema/key-docs.js';
import { bundledBankFiles } from '../helpers/bank.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { BROKEN } from './broken-banks.js';
import { LspClient, type LspDiagnostic } from './lsp-client.js';

/**
 * The YAML language server, as VS Code runs it, with the schema mapped to
 * the banks as `quizdrill init` writes .vscode/settings.json.
 */
const SCHEMA_URI = pathToFileURL(join(REPO_ROOT, 'schema', 'bank.schema.json')).href;
const dir = mkdtempSync(join(tmpdir(), 'quizdrill-editor-'));
const client = new LspClient({ yaml: { validate: true, hover: true, completion: true, schemas: { [SCHEMA_URI]: ['*.yaml'] }, schemaStore: { enable: false } } });

beforeAll(() => client.start(pathToFileURL(dir).href), 60_000);
afterAll(async () => {
  await client.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('yaml-language-server with the published schema', () => {
  it.each(bundledBankFiles().map((f) => [basename(f), f]))('%s: no diagnostics', async (_, file) => {
    const path = file;
    const diagnostics = await client.open(pathToFileURL(path).href, readFileSync(path, 'utf8'));
    expect(diagnostics.map(show)).toEqual([]);
  }, 60_000);

  it.each(BROKEN.map((b) => [b.name, b]))('%s: a diagnostic at the right line', async (name, b) => {
    const file = join(dir, `${name}.yaml`);
    writeFileSync(file, b.text);
    const diagnostics = await client.open(pathToFileURL(file).href, b.text);
    expect(diagnostics.map((d) => d.range.start.line), diagnostics.map(show).join('\n')).toContain(b.line);
  }, 60_000);

  it('hover on a key shows its description from the one source', async () => {
    const text = `problems:
  - id: hover
    tags: [t]
    prompt: A problem.
    network: { layers: [1, 1], activations: [linear], weights: [[[2]]], input: [1] }
    parts:
      - kind: number
        prompt: H?
        compute: { of: H }
        explanation: Two.
`;
    const uri = pathToFileURL(join(dir, 'hover.yaml')).href;
    writeFileSync(join(dir, 'hover.yaml'), text);
    await client.open(uri, text);
    const lines = text.split('\n');
    const at = async (needle: string, from = 0) => {
      const line = lines.findIndex((l, i) => i >= from && l.includes(needle));
      const hover = (await client.hover(uri, line, lines[line]!.indexOf(needle) + 1)) as { contents: { value: string } } | null;
      // Markdown escapes (\`) aside, the hover holds the description.
      return (hover?.contents.value ?? '').replace(/\\(.)/g, '$1');
    };
    expect(await at('tags:')).toContain(escaped(KEY_DOCS.problem.tags.description));
    expect(await at('layers')).toContain(escaped(KEY_DOCS.network.layers.description));
    expect(await at('compute:')).toContain(escaped(KEY_DOCS.part.compute.description));
  }, 60_000);
});

function show(d: LspDiagnostic): string {
  return `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`;
}

/** The start of a description, enough to know it. */
function escaped(s: string): string {
  return s.slice(0, 60);
}
