import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { pollUntil } from './poll.js';

/** Whether tmux can be run here; e2e tests in a pseudo-terminal are skipped without it. */
export const hasTmux: boolean = (() => {
  const r = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  return r.status === 0 && /^tmux /.test(r.stdout);
})();

/** Quotes a word for the shell tmux hands its command to. */
export const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * A tmux session on a server of its own (`-L`), so a test neither sees nor
 * touches the user's sessions, and killing it ends only what it started.
 */
export class TmuxSession {
  readonly socket: string;
  private started = false;

  constructor(readonly name: string) {
    this.socket = name;
  }

  /** A session (and its own server socket) whose name no other test, file or run shares. */
  static unique(prefix: string): TmuxSession {
    return new TmuxSession(`${prefix}-${randomUUID().slice(0, 8)}`);
  }

  private tmux(args: string[]): string {
    const r = spawnSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`tmux ${args.join(' ')} failed: ${r.stderr}`);
    return r.stdout;
  }

  start(command: string, opts: { cwd: string; width?: number; height?: number; env?: Record<string, string> }): void {
    const env = Object.entries(opts.env ?? {}).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
    this.tmux(['new-session', '-d', '-s', this.name, '-x', String(opts.width ?? 80), '-y', String(opts.height ?? 50), '-c', opts.cwd, ...env, command]);
    this.started = true;
  }

  /** The pane's text with its scrollback, wrapped lines joined, without colour. */
  screen(): string {
    return this.tmux(['capture-pane', '-p', '-J', '-S', '-', '-t', this.name]);
  }

  /** Types text literally (`-l --`, so `-14` is not read as a flag). */
  type(text: string): void {
    this.tmux(['send-keys', '-t', this.name, '-l', '--', text]);
  }

  /** Presses named keys: Enter, BSpace, Down, C-c... */
  press(...keys: string[]): void {
    this.tmux(['send-keys', '-t', this.name, ...keys]);
  }

  /** The last screen a wait saw. */
  private last = '';

  /**
   * Polls the screen until `until` holds (pollUntil: no clock of its own; a
   * test that fails prints the last screen seen). It stops once the session
   * is killed.
   */
  waitFor(until: RegExp | ((screen: string) => boolean)): Promise<string> {
    const test = typeof until === 'function' ? until : (s: string) => until.test(s);
    return pollUntil(
      `${String(until)} in tmux session ${this.name}`,
      () => {
        if (!this.started) return undefined;
        this.last = this.screen();
        return test(this.last) ? this.last : undefined;
      },
      { state: () => this.last, stop: () => (this.started ? undefined : `tmux session ${this.name} was killed`) },
    );
  }

  kill(): void {
    if (!this.started) return;
    this.started = false;
    spawnSync('tmux', ['-L', this.socket, 'kill-server'], { encoding: 'utf8' });
  }
}

/** How many times `text` occurs in `screen`. */
export const count = (screen: string, text: string): number => screen.split(text).length - 1;
