/**
 * Issue 19, formulas on the largest network the format allows (16 layers
 * of 64 nodes): `check` of one formula part ran out of a 4 GB heap after
 * minutes, and the first answer stalled. The whole CLI checks such a bank,
 * refutes a wrong key and grades answers; how fast is for bench/
 * (`BENCH_ONLY=formula npm run bench`), so the time-outs here only catch a
 * runaway on a loaded machine.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const BANK = 'tests/hardening/large/largest-network.yaml';
const SLOW = { timeoutMs: 120_000 };
const work = mkdtempSync(join(tmpdir(), 'quizdrill-large-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.concurrent('a bank on the largest network', { timeout: 240_000 }, () => {
  it('check proves its formula key against the claim and its true/false claim; exit 0', async ({ expect }) => {
    const r = await runCli(['check', BANK], SLOW);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('✓ 1 file, 1 problem, 2 parts: every key holds');
    expect(r.status).toBe(0);
  });

  it('check refutes a key that drops the g\' factor, located at the part', async ({ expect }) => {
    const wrong = join(work, 'wrong-key.yaml');
    const text = readFileSync(BANK, 'utf8');
    writeFileSync(wrong, text.replace("answer: W_{21}^{(16)} a_1^{(14)} g'(z_2^{(15)})", 'answer: W_{21}^{(16)} a_1^{(14)}'));
    const r = await runCli(['check', wrong], SLOW);
    const line = text.split('\n').findIndex((l) => l.includes("answer: W_{21}^{(16)} a_1^{(14)} g'")) + 1;
    expect(r.stdout).toMatch(new RegExp(`wrong-key\\.yaml:${line}:\\d+ error key-mismatch largest-network-formulas part 1`));
    expect(r.status).toBe(1);
  });

  it('a piped drill grades a right formula and the true/false part, and a wrong formula', async ({ expect }) => {
    const drill = (answers: string[]) => runCli(['practice', BANK, '--no-save'], { ...SLOW, stdin: answers.join('\n') + '\n', env: { NO_COLOR: '1' } });
    const [right, wrong] = await Promise.all([drill(["W16_21 g'(z15_2) a14_1", 'f']), drill(['a14_1 W16_21'])]);
    for (const r of [right, wrong]) {
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
    expect(right.stdout).toContain("> W16_21 g'(z15_2) a14_1\n✓ Right.");
    expect(right.stdout).toContain('> f\n✓ Right.');
    expect(wrong.stdout).toContain('> a14_1 W16_21\n✗ Wrong.');
  });
});
