import { BUNDLED_BANK_DIR } from '../bank/read-files.js';
import { findBanks, type BankSelection } from '../config/find-banks.js';
import type { Io } from './io.js';

/** The banks a command reads: the paths given, the bundled bank (--bundled), or the course's, found from the current folder. */
export function selectBanks(io: Io, paths: string[], bundled: boolean | undefined): BankSelection {
  return findBanks(io.cwd, BUNDLED_BANK_DIR, paths, Boolean(bundled));
}
