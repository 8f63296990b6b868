// Makes a synthetic bank of about N parts from the bundled problems: renamed
// copies of each (fixed problems and templates alike), split into files of
// at most ~1,000 parts so that no file is near the 5 MB limit.
//   node bench/make-bank.mjs <parts> <out-dir>
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

export function makeBank(parts, dir) {
  const problems = readdirSync('problems')
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .flatMap((n) => parse(readFileSync(join('problems', n), 'utf8')).problems);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let made = 0;
  let file = 0;
  let batch = [];
  let batchParts = 0;
  const flush = () => {
    if (!batch.length) return;
    writeFileSync(join(dir, `bank-${String(file++).padStart(4, '0')}.yaml`), stringify({ problems: batch }, { lineWidth: 0, aliasDuplicateObjects: false }));
    batch = [];
    batchParts = 0;
  };
  for (let copy = 0; made < parts; copy++) {
    for (const p of problems) {
      if (made >= parts) break;
      batch.push({ ...p, id: `${p.id}-copy-${copy}` });
      made += p.parts.length;
      batchParts += p.parts.length;
      if (batchParts >= 1000) flush();
    }
  }
  flush();
  return { parts: made, files: file };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [n = '1000', out = 'bench/out/bank'] = process.argv.slice(2);
  console.log(makeBank(Number(n), out));
}
