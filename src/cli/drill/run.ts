import type { Problem } from '../../bank/model.js';
import { storeDir, Store } from '../../progress/store.js';
import type { AnswerRecord } from '../../progress/record.js';
import { summaryText } from '../../render/summary.js';
import type { Style } from '../../render/style.js';
import { runDrill, type DrillUi, type ExplainWhen } from '../../session/drill.js';
import type { PartRecord, SessionRecord } from '../../session/record.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { write, type Io } from '../io.js';
import { VERSION } from '../version.js';
import { lineUi } from './line-ui.js';
import { REPORT_TO_STDOUT, reportJson, writeReport, type ReportMeta } from './report-file.js';

export interface DrillRun {
  problems: Problem[];
  style: Style;
  explain: ExplainWhen;
  report?: string;
  /** Where progress is kept; `false` keeps none. */
  store: string | false | undefined;
  options: Record<string, unknown>;
  banks: string[];
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs a drill in the terminal or through a pipe, saving every answer as it
 * is given (report and progress store), and prints the summary on every
 * way out. Returns the exit code.
 */
export async function runDrillCommand(io: Io, run: DrillRun): Promise<ExitCode> {
  const { style } = run;
  const meta = { version: VERSION, banks: run.banks, options: run.options };
  // With the report on stdout, the drill itself talks on stderr, so stdout holds only the JSON.
  const toStdout = run.report === REPORT_TO_STDOUT;
  const out = toStdout ? io.stderr : io.stdout;
  // Answers typed at a terminal whose output goes to a file: the questions
  // go to the terminal on stderr, or nowhere a person would see them.
  const screen = io.stdin.isTTY && !out.isTTY ? (io.stderr.isTTY ? io.stderr : undefined) : out;
  if (!screen) {
    write(io.stderr, "quizdrill: answers would be typed at a terminal that shows none of the questions (stdout and stderr are not a terminal); drill in the terminal, or pipe the answers in (quizdrill practice < answers.txt)");
    return EXIT.invalid;
  }
  const report = run.report && !toStdout ? reportWriter(io, run.report, meta) : undefined;
  try {
    report?.first({ startedAt: new Date().toISOString(), seconds: 0, score: { right: 0, wrong: 0, skipped: 0, total: 0 }, tags: {}, parts: [] });
  } catch (e) {
    write(io.stderr, `quizdrill: cannot write the report '${run.report}': ${(e as Error).message}`);
    return EXIT.invalid;
  }
  const save = report?.save;
  const record = progressRecorder(io, run);

  const abort = new AbortController();
  let signal = 'SIGINT' as (typeof SIGNALS)[number];
  const onSignal = (s: (typeof SIGNALS)[number]) => {
    signal = s;
    abort.abort();
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  const streams = { input: io.stdin, output: screen };
  const ui: DrillUi & { close?(): void } = io.stdin.isTTY && screen.isTTY
    ? (await import('./tty-ui.js')).ttyUi(await import('./prompts.js'), streams, style, abort.signal)
    : lineUi(streams, style, abort.signal);
  try {
    const session = await runDrill(run.problems, ui, { clock: Date.now, explain: run.explain, onRecord: save, onPart: record });
    save?.(session);
    write(screen, summaryText(session, style));
    // The summary also lands in the file the output was sent to.
    if (screen !== out) write(out, summaryText(session, style));
    if (toStdout) io.stdout.write(reportJson(meta, session));
    else if (run.report) write(out, style.c.dim(report?.failing() ? `The report ${run.report} holds the session only up to the last answer that could be written` : `Report written to ${run.report}`));
    if (session.ended !== 'interrupted') return EXIT.ok;
    return signal === 'SIGTERM' ? EXIT.terminated : signal === 'SIGHUP' ? EXIT.hangup : EXIT.interrupted;
  } finally {
    for (const s of SIGNALS) process.off(s, onSignal);
    ui.close?.();
  }
}

/**
 * Rewrites the report after every answer. The first write must work (a bad
 * path is a bad command line); after that a failure (a full disk) is said
 * once and the drill goes on, and the next answer writes the whole report
 * again, so once there is room it holds everything.
 */
function reportWriter(io: Io, path: string, meta: ReportMeta) {
  let warned = false;
  let failing = false;
  return {
    first: (s: SessionRecord) => writeReport(path, meta, s),
    save: (s: SessionRecord) => {
      try {
        writeReport(path, meta, s);
        failing = false;
      } catch (e) {
        failing = true;
        if (!warned) write(io.stderr, `quizdrill: the report '${path}' cannot be written (${(e as Error).message}); the drill goes on, and it is written again after the next answer`);
        warned = true;
      }
    },
    failing: () => failing,
  };
}

/**
 * Appends each answer to this session's progress file. A failure is said
 * once and the drill goes on; the answers not yet written are kept and
 * written with the next one, so once there is room again none is lost.
 */
function progressRecorder(io: Io, run: DrillRun): ((p: PartRecord) => void) | undefined {
  if (run.store === false) return undefined;
  const store = new Store(storeDir(io.env, run.store));
  const started = new Date();
  const session = `${started.toISOString().replace(/[:.]/g, '-')}-${process.pid}`;
  const file = store.sessionFile(session);
  const bankOf = new Map(run.problems.map((p) => [p.id, p.file]));
  let warned = false;
  const pending: AnswerRecord[] = [];
  return (p) => {
    pending.push({ v: 1, at: new Date().toISOString(), session, bank: bankOf.get(p.problem) ?? '', ...p });
    const done = store.append(file, pending);
    if (done.ok) pending.length = 0;
    else if (!warned) {
      warned = true;
      write(io.stderr, `quizdrill: progress is not being saved (${done.error}); the drill goes on`);
    }
  };
}
