// The three Inquirer prompts the drill uses, re-exported by name so the
// bundler leaves out the rest of @inquirer/prompts (editor, encodings, ...).
export { confirm, input, select } from '@inquirer/prompts';
