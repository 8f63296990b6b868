import type { Problem } from '../bank/model.js';
import { seeded, shuffled } from '../random/prng.js';

export interface Selection {
  tags?: string[];
  ids?: string[];
  limit?: number;
  shuffle?: boolean;
  seed?: number;
}

export type Selected = { ok: true; problems: Problem[] } | { ok: false; error: string };

/**
 * Chooses what to drill. Tags and ids each narrow the bank (a problem
 * matches when it has any of the tags; ids keep the order given, each once), then the
 * order is shuffled with the seed, then the limit applies.
 */
export function selectProblems(all: Problem[], s: Selection): Selected {
  let problems = all;
  if (s.ids?.length) {
    const unknown = s.ids.filter((id) => !all.some((p) => p.id === id));
    if (unknown.length) return { ok: false, error: `no problem with id ${unknown.map((u) => `'${u}'`).join(', ')}; 'quizdrill list' shows the ids` };
    problems = [...new Set(s.ids)].map((id) => all.find((p) => p.id === id)!);
  }
  if (s.tags?.length) {
    const wanted = new Set(s.tags.map((t) => t.toLowerCase()));
    problems = problems.filter((p) => p.tags.some((t) => wanted.has(t.toLowerCase())));
    if (problems.length === 0) return { ok: false, error: `no problem has the tag ${s.tags.map((t) => `'${t}'`).join(' or ')}; 'quizdrill list' shows the tags` };
  }
  if (s.shuffle) problems = shuffled(problems, seeded(s.seed ?? 0));
  if (s.limit !== undefined) problems = problems.slice(0, s.limit);
  return { ok: true, problems };
}
