import type { Problem } from '../../bank/model.js';
import { worksheet } from '../../render/worksheet.js';
import { drawVariants, parseVariantCode } from '../../session/variants.js';
import { seeded } from '../../random/prng.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { styleFor } from '../color.js';
import { write, type Io } from '../io.js';
import { loadProblems } from '../load-problems.js';

export interface ShowOptions {
  all?: boolean;
  answers?: boolean;
  bank?: string[];
  color?: boolean;
  ascii?: boolean;
}

/** Prints problems rendered, asking nothing: a worksheet to read or print. */
export function runShow(io: Io, ids: string[], opts: ShowOptions): ExitCode {
  if (!opts.all && ids.length === 0) {
    write(io.stderr, "quizdrill: name the problems to show (ids, or id@seed for a template's variant), or give --all; 'quizdrill list' shows the ids");
    return EXIT.invalid;
  }
  const loaded = loadProblems(io, opts.bank ?? [], opts.color);
  if (!loaded.ok) return EXIT.invalid;
  let problems: Problem[] = loaded.problems;
  if (!opts.all) {
    const picked: Problem[] = [];
    for (const id of ids) {
      const variant = parseVariantCode(id);
      const base = loaded.problems.find((p) => p.id === (variant?.id ?? id));
      if (!base) {
        write(io.stderr, `quizdrill: no problem with id '${id}'; 'quizdrill list' shows the ids`);
        return EXIT.invalid;
      }
      const drawn = variant ? drawVariants([base], seeded(0), [variant]) : { ok: true as const, problems: [base] };
      if (!drawn.ok) {
        write(io.stderr, `quizdrill: ${drawn.error}`);
        return EXIT.invalid;
      }
      picked.push(...drawn.problems);
    }
    problems = picked;
  }
  const style = styleFor(io, opts);
  problems.forEach((p, i) => write(io.stdout, worksheet(p, { problem: i + 1, problems: problems.length }, style, Boolean(opts.answers))));
  return EXIT.ok;
}
