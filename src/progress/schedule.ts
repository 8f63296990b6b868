import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';
import { cardKey, type AnswerRecord } from './record.js';

export const DEFAULT_RETENTION = 0.9;

/** Above this many seconds a right answer counts as hard-won. */
export const SLOW_SECONDS = 120;

/**
 * How an answer rates for FSRS: wrong or skipped is Again; right is Good,
 * or Hard when it took format retries, a look at the help (`?`), or long.
 */
export function ratingOf(r: Pick<AnswerRecord, 'result' | 'formatErrors' | 'seconds' | 'helpShown'>): Grade {
  if (r.result !== 'right') return Rating.Again;
  return r.formatErrors > 0 || (r.helpShown ?? 0) > 0 || r.seconds > SLOW_SECONDS ? Rating.Hard : Rating.Good;
}

export interface CardState {
  key: string;
  problem: string;
  partId: string;
  card: Card;
  reviews: number;
}

/**
 * The schedule is not stored: it is replayed from the answers, in time
 * order, so it can never disagree with them or be damaged on its own.
 */
export function replay(records: AnswerRecord[], retention = DEFAULT_RETENTION): Map<string, CardState> {
  const f = fsrs(generatorParameters({ request_retention: retention, enable_fuzz: false }));
  const cards = new Map<string, CardState>();
  const ordered = [...records].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const r of ordered) {
    const key = cardKey(r);
    const at = new Date(r.at);
    const state = cards.get(key) ?? { key, problem: r.problem, partId: r.partId, card: createEmptyCard(at), reviews: 0 };
    state.card = f.next(state.card, at, ratingOf(r)).card;
    state.reviews++;
    cards.set(key, state);
  }
  return cards;
}

/** Cards due at `now`, most overdue first. */
export function dueCards(cards: Map<string, CardState>, now: Date): CardState[] {
  return [...cards.values()].filter((c) => c.card.due.getTime() <= now.getTime()).sort((a, b) => a.card.due.getTime() - b.card.due.getTime());
}
