/**
 * Where the classroom quiz keeps its state on the trainer's machine: the round of each quiz
 * and the session's team scoreboard (one board for the whole session, whichever quiz is
 * played). Never part of the learner's record. Blocked or full storage means the session
 * goes on in memory: `save` says whether it was kept, so the page can tell the trainer.
 */
import { parseRound, type Round } from '../lib/trainer/quiz-round';
import { parseScoreboard, type Scoreboard } from '../lib/trainer/scoreboard';

/** The key of a quiz's round. */
export const roundKey = (quizId: string) => `cs-course:trainer:quiz:${quizId}`;
/** The key of the session's scoreboard. */
export const SCOREBOARD_KEY = 'cs-course:trainer:scoreboard';
/** The key of the trainer's choice to turn single-letter shortcuts off. */
export const LETTER_KEYS_KEY = 'cs-course:trainer:letter-keys';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Writes a value; false when storage is blocked or full. */
export function save(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** The stored round of a quiz (a fresh one when there is none or it is unreadable). */
export const loadRound = (quizId: string, itemIds: readonly string[]): Round => parseRound(read(roundKey(quizId)), itemIds);

/** The session's scoreboard (empty when there is none or it is unreadable). */
export const loadScoreboard = (): Scoreboard => parseScoreboard(read(SCOREBOARD_KEY));

/** Whether single-letter shortcuts are on (they are unless the trainer turned them off). */
export const loadLetterKeys = (): boolean => read(LETTER_KEYS_KEY) !== 'false';
