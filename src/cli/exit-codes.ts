/** The exit codes quizdrill sets, one place for all of them (documented in the README). */
export const EXIT = {
  /** Everything held, or a drill ran to its end or was quit. */
  ok: 0,
  /** `check`: an answer key is wrong or a part fails its self-test. */
  wrongKey: 1,
  /** A bank or input file cannot be read or is invalid, or the command line is wrong. */
  invalid: 2,
  /** A bug in quizdrill itself. */
  internal: 70,
  /** Ended by a hang-up (128 + SIGHUP): the terminal closed. */
  hangup: 129,
  /** Interrupted by Ctrl-C (128 + SIGINT). */
  interrupted: 130,
  /** Ended by SIGTERM (128 + 15). */
  terminated: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
