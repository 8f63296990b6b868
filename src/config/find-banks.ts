import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { CONFIG_FILE, findConfig, PACKAGE_KEY, type CourseConfig } from './course-config.js';

/** Folders a course keeps its banks in, looked for when there is no config. */
export const BANK_FOLDERS = ['problems', 'banks'] as const;

/** Which banks a command reads, and why: `said` is one line for the user. */
export interface BankSelection {
  paths: string[];
  said: string;
  /** Where the paths came from. */
  from: 'arguments' | 'config' | 'folder' | 'bundled';
  config?: CourseConfig;
  /** A config that does not load. */
  diagnostics: Diagnostic[];
}

/**
 * The banks of the course in `cwd`, for a command given no paths: those a
 * config lists (quizdrill.config.yaml, or package.json's "quizdrill" key),
 * else a problems/ or banks/ folder, else the bank bundled with quizdrill.
 * A config without `banks` still sets the other options.
 */
export function findBanks(cwd: string, bundledDir: string, paths: string[] = [], bundled = false): BankSelection {
  const found = findConfig(cwd);
  if (paths.length || bundled) {
    // Named banks; the course's config still sets the options.
    const config = found && 'config' in found ? found.config : undefined;
    const chosen = bundled ? [...paths, bundledDir] : paths;
    const said = [...paths, ...(bundled ? ['the bank bundled with quizdrill'] : [])].join(', ');
    return { paths: chosen, said, from: bundled && !paths.length ? 'bundled' : 'arguments', ...(config && { config }), diagnostics: found && 'diagnostics' in found ? found.diagnostics : [] };
  }
  if (found && 'diagnostics' in found) return { paths: [], said: `${found.file}, which does not load`, from: 'config', diagnostics: found.diagnostics };
  const config = found?.config;
  const where = found?.file === 'package.json' ? `the "${PACKAGE_KEY}" key of package.json` : found?.file;
  if (config?.banks) return { paths: config.banks.map((p) => join(cwd, p)), said: `${config.banks.join(', ')} (the banks ${where} lists)`, from: 'config', config, diagnostics: [] };
  const folders = BANK_FOLDERS.filter((f) => isFolder(join(cwd, f)));
  if (folders.length) {
    const why = config ? `${where} lists no banks` : `no ${CONFIG_FILE} or "${PACKAGE_KEY}" key in package.json`;
    return { paths: folders.map((f) => join(cwd, f)), said: `${folders.map((f) => `${f}/`).join(' and ')} (${why})`, from: 'folder', ...(config && { config }), diagnostics: [] };
  }
  const why = config ? `${where} lists no banks, and this folder has no problems/ or banks/` : `no ${CONFIG_FILE}, "${PACKAGE_KEY}" key in package.json, problems/ or banks/ in this folder`;
  return { paths: [bundledDir], said: `the bank bundled with quizdrill (${why})`, from: 'bundled', ...(config && { config }), diagnostics: [] };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
