import { EXIT, type ExitCode } from './exit-codes.js';
import { processIo, type Io } from './io.js';

/**
 * The one place that sets the exit code. `--version` is answered before
 * anything else is loaded; every command is imported when it runs.
 */
export async function main(argv: string[], io: Io = processIo()): Promise<void> {
  quietOnClosedPipe(io);
  const code = await run(argv, io);
  process.exitCode = code;
  // Every command has done all it does when it returns (all file writes
  // are synchronous). Ending here, once the output is flushed, spares a
  // heavy `check` 10-20 ms of waiting on V8's background GC at teardown.
  await Promise.all([flushed(io.stdout), flushed(io.stderr)]);
  process.exit(code);
}

/** Resolves once what was written to the stream has been handed to the system (at once if it is closed). */
function flushed(stream: NodeJS.WritableStream): Promise<void> {
  const w = stream as NodeJS.WritableStream & { destroyed?: boolean; writableEnded?: boolean };
  if (w.destroyed || w.writableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    w.write('', () => resolve());
  });
}

export async function run(argv: string[], io: Io): Promise<ExitCode> {
  const args = argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-v' || args[0] === '-V')) {
    const { VERSION } = await import('./version.js');
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const program = await import('./program.js');
  try {
    return await program.run(argv, io);
  } catch (e) {
    return program.internalError(io, e);
  }
}

/** `quizdrill list | head -1` closes our stdout early; that is not an error. */
function quietOnClosedPipe(io: Io): void {
  io.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
}
