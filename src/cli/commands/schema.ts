import { bankJsonSchema } from '../../bank/json-schema.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { write, type Io } from '../io.js';

export function runSchema(io: Io): ExitCode {
  write(io.stdout, JSON.stringify(bankJsonSchema(), null, 2));
  return EXIT.ok;
}
