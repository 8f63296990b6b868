/** Words a student can type at any prompt instead of an answer. */
export type Control = 'help' | 'skip' | 'quit';

// A Map, not an object literal: `constructor` or `__proto__` typed at a prompt must find nothing, not Object.prototype's.
const WORDS = new Map<string, Control>([['?', 'help'], ['help', 'help'], ['skip', 'skip'], ['quit', 'quit'], ['exit', 'quit']]);

export function controlWord(text: string): Control | undefined {
  return WORDS.get(text.trim().toLowerCase());
}

export const CONTROL_HELP = "Type '?' for the accepted formats, 'skip' to pass this part, 'quit' to end the drill.";
