/** Banks an editor must flag, each with the 0-based line its diagnostic must be on; `check` rejects each too. */
const part = (lines: string) => `problems:
  - id: editor-check
    tags: [t]
    prompt: A problem.
    parts:
${lines}`;

const TF = `      - kind: true-false
        prompt: Is it?
        answer: true
        explanation: Yes.`;

export const BROKEN: { name: string; text: string; line: number; says?: RegExp }[] = [
  { name: 'misspelt-problem-key', text: part(TF).replace('    prompt: A problem.', '    promt: A problem.'), line: 3 },
  { name: 'number-without-key', text: part('      - kind: number\n        prompt: How many?\n        explanation: Two.'), line: 5 },
  { name: 'figure-true', text: part(TF).replace('    parts:', '    network: { layers: [1, 1], activations: [relu] }\n    figure: true\n    parts:'), line: 5 },
  { name: 'choice-uppercase', text: part("      - kind: choice\n        prompt: Which?\n        options: ['1', '2']\n        answer: A\n        explanation: The first."), line: 8 },
  { name: 'bad-id', text: part(TF).replace('id: editor-check', 'id: Editor Check'), line: 1 },
  { name: 'negative-tolerance', text: part('      - kind: number\n        prompt: How many?\n        answer: 2\n        tolerance: { abs: -1 }\n        explanation: Two.'), line: 8 },
  { name: 'unknown-activation', text: part(TF).replace('    parts:', '    network: { layers: [1, 1], activations: [swish] }\n    parts:'), line: 4 },
  { name: 'true-false-yes', text: part(TF.replace('answer: true', 'answer: yes please')), line: 7 },
  { name: 'unknown-kind', text: part(TF.replace('kind: true-false', 'kind: truefalse')), line: 5 },
  { name: 'ignore-an-error', text: part(`${TF}\n        ignore: [key-mismatch]`), line: 9 },
];

