import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT, type ExitCode } from './exit-codes.js';
import type { Io } from './io.js';
import { VERSION } from './version.js';

/** The export formats, named here so that --help needs no export code loaded. */
const EXPORT_FORMAT_NAMES = ['json', 'markdown', 'html', 'moodle', 'gift', 'prairielearn', 'anki'];
type ExportFormat = import('../export/index.js').ExportFormat;

/** The command line: every command, its options, and which module runs it (imported when it runs). */
export async function run(argv: string[], given: Io): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  // The streams of the command that runs; made ASCII-only before it runs when asked (see the preAction hook).
  const io: Io = { ...given };
  const program = new Command('quizdrill')
    .description('Drill quiz problem banks in the terminal, with answer keys computed and checked.')
    .version(VERSION, '-v, --version')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .hook('preAction', async (_, command) => {
      const opts = command.opts<{ ascii?: boolean; json?: boolean }>();
      const { wantsAscii } = await import('../latex/locale.js');
      if (!opts.ascii && !wantsAscii(io.env)) return;
      const { asciiStream, escapeJson, foldText } = await import('./ascii-out.js');
      const json = Boolean(opts.json) || command.name() === 'schema';
      io.stdout = asciiStream(given.stdout, json ? escapeJson : foldText);
      io.stderr = asciiStream(given.stderr, foldText);
    })
    .exitOverride()
    .showSuggestionAfterError();
  const noColor = new Option('--no-color', 'plain output without colour (also NO_COLOR=1)');
  const ascii = new Option('--ascii', 'plain ASCII instead of Unicode math and symbols (automatic when the locale is not UTF-8)');
  // Options that several commands share, described once.
  const explain = new Option('--explain <when>', 'when to show explanations').choices(['always', 'wrong', 'never']).default('always');
  const report = new Option('--report <file>', 'write the session as JSON (kept up to date after every answer)');
  const store = new Option('--store <dir>', 'where progress is kept (default: QUIZDRILL_HOME, else the XDG data folder)');
  const retain = new Option('--retention <r>', 'desired retention, between 0.7 and 0.99').argParser(retention).default(0.9);
  const PATHS = ['[paths...]', "bank files or folders (default: the course's banks, from quizdrill.config.yaml, else problems/ or banks/, else the bundled bank)"] as const;
  const bundled = new Option('--bundled', 'the bank that ships with quizdrill (with paths: as well as them)');

  program
    .command('practice', { isDefault: true })
    .description('drill the problems of a bank (the default command)')
    .argument(...PATHS)
    .addOption(new Option('--tag <tag>', 'only problems with this tag (repeatable)').argParser(collect))
    .addOption(new Option('--id <id>', 'only this problem (repeatable; keeps the order given)').argParser(collect))
    .addOption(new Option('--limit <n>', 'at most n problems').argParser(positiveInt))
    .addOption(new Option('--variant <code>', 'drill exactly this variant of a template (the code the drill shows, e.g. sgd-step-fresh@42); repeatable').argParser(collect))
    .option('--shuffle', 'shuffle the problem order (parts keep theirs)')
    .addOption(new Option('--seed <n>', 'seed for --shuffle, to reproduce an order').argParser(nonNegativeInt))
    .addOption(explain)
    .addOption(report)
    .option('--missed', 'drill only the parts missed or skipped in the last session')
    .addOption(store)
    .option('--no-save', 'do not record this drill in the progress store')
    .addOption(bundled)
    .addOption(noColor)
    .addOption(ascii)
    .action(async (paths: string[], opts) => {
      const { runPractice } = await import('./commands/practice.js');
      code = await runPractice(io, paths, opts);
    });

  program
    .command('review')
    .description('drill what is due for review (spaced repetition), then what is new')
    .argument(...PATHS)
    .addOption(new Option('--max <n>', 'at most n parts').argParser(positiveInt))
    .addOption(new Option('--new <n>', 'after what is due, up to n parts never answered (a terminal asks instead)').argParser(nonNegativeInt))
    .addOption(retain)
    .addOption(explain)
    .addOption(report)
    .addOption(store)
    .addOption(bundled)
    .addOption(noColor)
    .addOption(ascii)
    .action(async (paths: string[], opts) => {
      const { runReview } = await import('./commands/review.js');
      code = await runReview(io, paths, opts);
    });

  program
    .command('stats')
    .description('how you are doing: accuracy per tag, the trend, and what is due')
    .argument(PATHS[0], `${PATHS[1]}; for the parts not yet answered`)
    .option('--json', 'print the statistics as JSON')
    .addOption(retain)
    .addOption(store)
    .addOption(bundled)
    .addOption(noColor)
    .addOption(ascii)
    .action(async (paths: string[], opts) => {
      const { runStats } = await import('./commands/stats.js');
      code = runStats(io, paths, opts);
    });

  program
    .command('list')
    .description('list the problems of a bank with their tags and part counts')
    .argument(...PATHS)
    .option('--json', 'print the list as JSON')
    .addOption(bundled)
    .addOption(noColor)
    .addOption(ascii)
    .action(async (paths: string[], opts) => {
      const { runList } = await import('./commands/list.js');
      code = runList(io, paths, opts);
    });

  program
    .command('show')
    .description('print problems rendered, without asking anything (a worksheet)')
    .argument('[ids...]', "problem ids, or id@seed for a template's variant")
    .option('--all', 'every problem of the bank')
    .option('--answers', 'with the answers and explanations')
    .addOption(new Option('--bank <path>', 'bank file or folder (default: the bundled bank); repeatable').argParser(collect))
    .addOption(noColor)
    .addOption(ascii)
    .action(async (ids: string[], opts) => {
      const { runShow } = await import('./commands/show.js');
      code = runShow(io, ids, opts);
    });

  program
    .command('check')
    .description('validate banks, recompute every computable key and self-test every part')
    .argument('[paths...]', `${PATHS[1]}; - reads a bank from standard input`)
    .addOption(new Option('--format <format>', 'text, json, github (annotations; the default when GITHUB_ACTIONS=true) or junit (XML)').choices(['text', 'json', 'github', 'junit']))
    .option('--json', 'the same as --format json')
    .addOption(new Option('--variants <n>', 'variants of each template to draw and check (default: the config\'s, else 200)').argParser(nonNegativeInt))
    .addOption(new Option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this').argParser(nonNegativeInt))
    .option('--watch', 'check again on every save, only what changed; text, or json (one line per run); Ctrl-C ends it (exit 130)')
    .addOption(new Option('--jobs <n>', 'threads that check template variants (default: one fewer than the cores; not with --watch); the report is the same for any number').argParser(positiveInt))
    .addOption(bundled)
    .addOption(noColor)
    .addOption(ascii)
    .action(async (paths: string[], opts) => {
      const { runCheck } = await import('./commands/check.js');
      code = await runCheck(io, paths, opts);
    });

  program
    .command('export')
    .description('write checked problems for a course page, an LMS or flash cards')
    .addArgument(new Argument('<format>', 'what to write').choices(EXPORT_FORMAT_NAMES))
    .argument(...PATHS)
    .addOption(new Option('-o, --output <path>', 'the file to write (default: stdout), or for prairielearn the folder'))
    .addOption(new Option('--tag <tag>', 'only problems with this tag (repeatable)').argParser(collect))
    .addOption(new Option('--id <id>', 'only this problem (repeatable; keeps the order given)').argParser(collect))
    .addOption(new Option('--variants <n>', 'variants to draw of each template').argParser(positiveInt).default(1))
    .addOption(new Option('--seed <n>', 'seed of the variants drawn, to make the same export again').argParser(nonNegativeInt).default(0))
    .option('--answers', 'markdown: add a section with the answers and explanations')
    .addOption(noColor)
    .action(async (format: ExportFormat, paths: string[], opts) => {
      const { runExport } = await import('./commands/export.js');
      code = await runExport(io, format, paths, opts);
    });

  program
    .command('nn')
    .description('print the forward and backward pass of a network given in a YAML or JSON file')
    .argument('<file>', 'a file holding a `network` block (with `input`), or its fields at the top level')
    .option('--json', 'print the values as JSON')
    .addOption(noColor)
    .addOption(ascii)
    .action(async (file: string, opts) => {
      const { runNn } = await import('./commands/nn.js');
      code = runNn(io, file, opts);
    });

  program
    .command('init')
    .description('start a course repository: an example bank, the config, a CI job, editor settings and a README section')
    .argument('[dir]', 'the folder to write in (default: the current one); files already there are kept')
    .action(async (dir: string | undefined) => {
      const { runInit } = await import('./commands/init.js');
      code = runInit(io, dir);
    });

  program
    .command('schema')
    .description('print the JSON Schema of bank files, for editors with the YAML language server')
    .addOption(ascii)
    .action(async () => {
      const { runSchema } = await import('./commands/schema.js');
      code = runSchema(io);
    });

  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.invalid;
    return internalError(io, e);
  }
  return code;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return n;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number of 0 or more.');
  return n;
}

function retention(value: string): number {
  const n = Number(value);
  if (!(n >= 0.7 && n <= 0.99)) throw new InvalidArgumentError('expected a number between 0.7 and 0.99, e.g. 0.9.');
  return n;
}

export function internalError(io: Io, e: unknown): ExitCode {
  const err = e instanceof Error ? e : new Error(String(e));
  io.stderr.write(`quizdrill: internal error: ${err.message}\n`);
  io.stderr.write(io.env.DEBUG ? `${err.stack}\n` : 'This is a bug in quizdrill; run with DEBUG=1 to see where it happened.\n');
  return EXIT.internal;
}
