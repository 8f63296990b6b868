// Grading throughput, in process: answers per second for typed numbers
// (plain, rounded, arithmetic), vectors and formulas on the seed's networks.
import { grade } from '../src/grade/index.js';
import type { AnswerKey } from '../src/grade/key.js';

const arch = { layers: [2, 2, 2, 1], activations: ['relu', 'relu', 'linear'] as const };
const CASES: [string, AnswerKey, string[]][] = [
  ['number (plain and rounded)', { kind: 'number', answer: 0.18242552 }, ['0.182', '0.1824', '-14', '0.183']],
  ['number (arithmetic, through mathjs)', { kind: 'number', answer: -14 }, ['5*(-3) + 1', '1/2', 'sqrt(2)/2']],
  ['vector', { kind: 'vector', answer: [4, 9] }, ['(4, 9)', '[4, 9]', '4 9']],
  ['formula (2-2-2-1, by evaluation)', { kind: 'expression', answer: "W_{22}^{(2)} g'(z_2^{(2)}) W_{21}^{(3)}", arch: { ...arch, activations: [...arch.activations] } }, ["W2_22*g'(z2_2)*W3_21", "W3_21 g'(z2_2) W_{22}^{(2)}", "W2_21 g'(z2_1) W3_11"]],
];

export function gradeThroughput(ms = 500): [string, number][] {
  return CASES.map(([what, key, answers]) => {
    for (const a of answers) grade(key, a); // warm up (and load mathjs once)
    let n = 0;
    const end = performance.now() + ms;
    while (performance.now() < end) for (const a of answers) (grade(key, a), n++);
    return [what, n / (ms / 1000)];
  });
}
