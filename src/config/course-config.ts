import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { loadYaml } from '../bank/load.js';
import { WARNING_CODES, type Diagnostic } from '../diagnostics/diagnostic.js';

/** The config file a course keeps at the top of its repository. */
export const CONFIG_FILE = 'quizdrill.config.yaml';
/** Or, in a JavaScript project, this key of package.json. */
export const PACKAGE_KEY = 'quizdrill';

export const courseConfigSchema = z.strictObject({
  $schema: z.optional(z.string()),
  /** Bank files and folders, relative to the config's folder. */
  banks: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
  /** Variants of each template that `check` draws (as --variants). */
  variants: z.optional(z.int().check(z.gte(0))),
  /** Warnings `check` allows before it fails (as --max-warnings). */
  'max-warnings': z.optional(z.int().check(z.gte(0))),
  /** Warning codes silenced for the whole course. */
  ignore: z.optional(z.array(z.enum(WARNING_CODES))),
});

export type CourseConfig = z.infer<typeof courseConfigSchema>;
const CONFIG_KEYS = Object.keys(courseConfigSchema.shape);

export type ConfigFound = { file: string; config: CourseConfig } | { file: string; diagnostics: Diagnostic[] } | undefined;

/** The course's config in `dir`: quizdrill.config.yaml, else package.json's "quizdrill" key, else none. */
export function findConfig(dir: string): ConfigFound {
  const yamlFile = join(dir, CONFIG_FILE);
  if (existsSync(yamlFile)) return readConfig(CONFIG_FILE, read(yamlFile), courseConfigSchema, (c) => c);
  const pkgFile = join(dir, 'package.json');
  if (!existsSync(pkgFile)) return undefined;
  const text = read(pkgFile);
  if (!/"quizdrill"\s*:/.test(text)) return undefined;
  const inPackage = z.looseObject({ [PACKAGE_KEY]: z.optional(courseConfigSchema) });
  const found = readConfig('package.json', text, inPackage, (p) => p[PACKAGE_KEY]);
  return found && 'config' in found && found.config === undefined ? undefined : found;
}

function readConfig<T>(file: string, text: string, schema: z.ZodMiniType<T>, pick: (t: T) => CourseConfig | undefined): ConfigFound {
  const r = loadYaml(file, text, schema, `give ${CONFIG_KEYS.join(', ')}`, { allowed: (path) => (path.length <= 1 ? CONFIG_KEYS : []) });
  if (!r.ok) return { file, diagnostics: r.diagnostics };
  const config = pick(r.bank.data);
  return config === undefined ? undefined : { file, config };
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // reported as an empty file
  }
}
