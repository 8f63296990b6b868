import type { Problem } from '../bank/model.js';
import { cardKey, type AnswerRecord } from './record.js';
import { dueCards, type CardState } from './schedule.js';

/** A problem cut down to some of its parts (in their own order). */
export function withParts(problem: Problem, partIds: Set<string>): Problem | undefined {
  const parts = problem.parts.filter((p) => partIds.has(p.id));
  return parts.length ? { ...problem, parts } : undefined;
}

/** Groups (problem, part) pairs into problems, in the order the pairs come. */
function group(problems: Problem[], pairs: { problem: string; partId: string }[]): Problem[] {
  const byId = new Map(problems.map((p) => [p.id, p]));
  const order: string[] = [];
  const wanted = new Map<string, Set<string>>();
  for (const { problem, partId } of pairs) {
    if (!byId.has(problem)) continue; // answered in a bank that is not loaded now
    if (!wanted.has(problem)) {
      wanted.set(problem, new Set());
      order.push(problem);
    }
    wanted.get(problem)!.add(partId);
  }
  return order.flatMap((id) => withParts(byId.get(id)!, wanted.get(id)!) ?? []);
}

/** The first `max` parts of a list of problems. */
export function take(problems: Problem[], max: number | undefined): Problem[] {
  if (max === undefined) return problems;
  const out: Problem[] = [];
  let left = max;
  for (const p of problems) {
    if (left <= 0) break;
    out.push(p.parts.length <= left ? p : { ...p, parts: p.parts.slice(0, left) });
    left -= p.parts.length;
  }
  return out;
}

export interface ReviewPlan {
  due: Problem[];
  fresh: Problem[];
}

/** The (problem, part) pairs of the loaded banks, by card key. */
function existing(problems: Problem[]): Set<string> {
  return new Set(problems.flatMap((p) => p.parts.map((x) => cardKey({ problem: p.id, partId: x.id }))));
}

/**
 * What is due now (most overdue first), then parts never answered, each
 * bounded by `max` parts. Cards of parts no longer in the banks are left
 * out before anything is ordered or counted, and `max` keeps the most
 * overdue parts whatever problem they belong to.
 */
export function planReview(problems: Problem[], cards: Map<string, CardState>, now: Date, max?: number): ReviewPlan & { dueTotal: number; freshTotal: number } {
  const known = existing(problems);
  const dueAll = dueCards(cards, now).filter((c) => known.has(c.key));
  const due = group(problems, max === undefined ? dueAll : dueAll.slice(0, max));
  const fresh = problems.flatMap((p) => withParts(p, new Set(p.parts.filter((x) => !cards.has(cardKey({ problem: p.id, partId: x.id }))).map((x) => x.id))) ?? []);
  const freshTotal = fresh.reduce((n, p) => n + p.parts.length, 0);
  return { due, fresh: take(fresh, max), dueTotal: dueAll.length, freshTotal };
}

/** The parts missed or skipped in the most recent session of the store. */
export function missedInLastSession(problems: Problem[], records: AnswerRecord[]): Problem[] {
  const last = records.reduce<AnswerRecord | undefined>((a, r) => (!a || r.at > a.at ? r : a), undefined);
  if (!last) return [];
  return group(problems, records.filter((r) => r.session === last.session && r.result !== 'right'));
}
