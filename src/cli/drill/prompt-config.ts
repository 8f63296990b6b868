import { Chalk } from 'chalk';
import { math } from '../../render/drill-text.js';
import { hangingWrap, type Style } from '../../render/style.js';
import type { Question } from '../../session/drill.js';
import { visibleLine } from '../../text/visible.js';

const PLAIN: Style = { c: new Chalk({ level: 0 }), width: 80 };
const SKIP = { name: 'Skip this part', value: 'skip' };
const QUIT = { name: 'Quit the drill', value: 'quit' };

export type PromptConfig =
  | { type: 'input'; config: { message: string; validate: (text: string) => true | string; transformer: (text: string) => string } }
  | { type: 'select'; config: { message: string; choices: { name: string; value: string }[]; pageSize: number } };

/**
 * Which Inquirer prompt asks a part: a select for choices and true/false
 * (with skip and quit as choices), a text input for everything else, whose
 * validation shows a format error inline and asks again.
 */
export function promptConfig(q: Question, s: Style = PLAIN): PromptConfig {
  const key = q.part.key;
  switch (key.kind) {
    case 'choice': {
      // Inquirer puts two columns before each choice; long options wrap under their text.
      const choices = key.options.map((o, i) => ({ name: hangingWrap(`${String.fromCharCode(97 + i)}) `, math(o, s), s.width - 4), value: o }));
      const lines = choices.reduce((n, c) => n + c.name.split('\n').length, 0);
      return { type: 'select', config: { message: 'Choose', choices: [...choices, SKIP, QUIT], pageSize: lines + 2 } };
    }
    case 'true-false':
      return { type: 'select', config: { message: 'True or false?', choices: [{ name: 'True', value: 'true' }, { name: 'False', value: 'false' }, SKIP, QUIT], pageSize: 4 } };
    case 'number':
    case 'vector':
    case 'matrix':
    case 'expression':
      // The field shows what is typed with control characters made visible: a pasted escape sequence is not obeyed.
      return { type: 'input', config: { message: "Answer (? for help)", validate: (text) => q.validate(text), transformer: visibleLine } };
    default: {
      const never: never = key;
      throw new Error(`unhandled kind ${JSON.stringify(never)}`);
    }
  }
}
