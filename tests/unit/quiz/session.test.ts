import { describe, expect, it } from 'vitest';
import type { LearnerEvent } from '../../../src/lib/progress/events';
import { planAttempt } from '../../../src/lib/quiz/attempt';
import type { ViewItem } from '../../../src/lib/quiz/localize';
import { attemptFinished, attemptStarted, itemAnswered, type NewEvent } from '../../../src/lib/quiz/protocol';
import { quizResult } from '../../../src/lib/quiz/result';
import type { Response } from '../../../src/lib/quiz/score';
import { attemptComplete, quizSession } from '../../../src/lib/quiz/session';
import { view } from './fixtures';

const Q = view.id;
const byId = (id: string) => view.items.find((i) => i.id === id) as ViewItem;

/** Stamp new events with IDs and increasing times, as the store does. */
function stamp(events: NewEvent[]): LearnerEvent[] {
  return events.map((e, i) => ({ ...e, id: `e${i}`, timestamp: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() }));
}

/** A right (or wrong) answer for any item of the fixture quiz. */
function answer(item: ViewItem, right: boolean): Response {
  switch (item.type) {
    case 'single':
      return { type: 'single', choice: right ? item.correct : 'a' };
    case 'multiple':
      return { type: 'multiple', choices: right ? item.correct : ['b'] };
    case 'truefalse':
      return { type: 'truefalse', value: right ? item.correct : !item.correct };
    case 'ordering': {
      const ids = item.entries.map((e) => e.id);
      return { type: 'ordering', order: right ? ids : ids.reverse() };
    }
    case 'matching':
      return { type: 'matching', pairs: Object.fromEntries(item.pairs.map((p, i, all) => [p.id, right ? p.id : (all[(i + 1) % all.length]?.id ?? '')])) };
    case 'categorise':
      return { type: 'categorise', placements: Object.fromEntries(item.entries.map((e) => [e.id, right ? e.category : 'zz'])) };
    case 'case':
      return { type: 'case', answers: Object.fromEntries(item.parts.map((p) => [p.id, right ? p.correct : 'zz'])) };
    case 'fill':
      return { type: 'fill', text: right ? 'ＣＵＳＴＯＭＥＲ cost' : 'price' };
  }
}

/** Events of attempt n answering the first `count` items (right or wrong), finishing when all are answered. */
function attempt(n: number, seed: number, right: boolean, count = Infinity): NewEvent[] {
  const { itemIds } = planAttempt(view, seed);
  const events: NewEvent[] = [attemptStarted(Q, n, seed, itemIds, 'en')];
  const scores = itemIds.slice(0, count).map((id) => {
    const { event, score } = itemAnswered(Q, n, byId(id), answer(byId(id), right));
    events.push(event);
    return score;
  });
  if (scores.length === itemIds.length) events.push(attemptFinished(Q, n, quizResult(scores, 0.8)));
  return events;
}

describe('quizSession', () => {
  it('starts empty with a first attempt available', () => {
    expect(quizSession([], Q, view, 3)).toEqual({
      attemptsUsed: 0,
      bestScaled: null,
      passed: false,
      current: null,
      lastFinished: null,
      canStartNew: true,
      nextAttempt: 1,
    });
  });

  it('rebuilds an in-progress attempt after a reload: seed, draw and structured answers', () => {
    const s = quizSession(stamp(attempt(1, 77, true, 3)), Q, view, 3);
    const { itemIds } = planAttempt(view, 77);
    expect(s.current).toMatchObject({ attempt: 1, seed: 77, itemIds });
    expect(Object.keys(s.current?.answers ?? {})).toEqual(itemIds.slice(0, 3));
    for (const id of itemIds.slice(0, 3)) expect(s.current?.answers[id]).toEqual(answer(byId(id), true));
    expect(s.current && attemptComplete(s.current)).toBe(false);
    expect([s.attemptsUsed, s.canStartNew, s.lastFinished]).toEqual([1, false, null]);
  });

  it('keeps the first answer when an item was answered twice (two tabs)', () => {
    const start = attempt(1, 5, true, 0);
    const first = itemAnswered(Q, 1, byId('i-single'), { type: 'single', choice: 'b' }).event;
    const second = itemAnswered(Q, 1, byId('i-single'), { type: 'single', choice: 'a' }).event;
    const s = quizSession(stamp([...start, first, second]), Q, view, 0);
    expect(s.current?.answers['i-single']).toEqual({ type: 'single', choice: 'b' });
    expect(s.current?.scores['i-single']).toEqual({ score: 1, maxScore: 1 });
  });

  it('keeps list order for events with the same time (the first answer wins)', () => {
    const [start, first, second] = stamp([
      ...attempt(1, 5, true, 0),
      itemAnswered(Q, 1, byId('i-single'), { type: 'single', choice: 'b' }).event,
      itemAnswered(Q, 1, byId('i-single'), { type: 'single', choice: 'a' }).event,
    ]) as [LearnerEvent, LearnerEvent, LearnerEvent];
    const s = quizSession([start, first, { ...second, timestamp: first.timestamp }], Q, view, 0);
    expect(s.current?.answers['i-single']).toEqual({ type: 'single', choice: 'b' });
  });

  it('orders events by time, not by position in the list', () => {
    const events = stamp(attempt(1, 5, true, 2));
    const s = quizSession([...events].reverse(), Q, view, 0);
    expect(Object.keys(s.current?.answers ?? {})).toHaveLength(2);
  });

  it.each([
    ['a failed then a passed attempt', [false, true], 1, true],
    ['a passed then a failed attempt', [true, false], 1, true],
    ['two failed attempts', [false, false], 0, false],
  ])('reports the best score and a pass ever made after %s', (_, outcomes, best, passed) => {
    const events = outcomes.flatMap((right, i) => attempt(i + 1, 100 + i, right));
    const s = quizSession(stamp(events), Q, view, 0);
    expect(s.bestScaled).toBe(best);
    expect(s.passed).toBe(passed);
    expect(s.lastFinished?.attempt).toBe(2);
    expect(s.lastFinished?.result.passed).toBe(outcomes[1]);
    expect(s.current).toBeNull();
    expect(s.nextAttempt).toBe(3);
  });

  it('gives the last finished attempt its items, answers and recorded result', () => {
    const s = quizSession(stamp(attempt(1, 9, true)), Q, view, 0);
    expect(s.lastFinished?.itemIds).toEqual(planAttempt(view, 9).itemIds);
    expect(Object.keys(s.lastFinished?.answers ?? {})).toHaveLength(view.items.length);
    expect(s.lastFinished?.result).toEqual({ score: 8, maxScore: 8, scaled: 1, passed: true });
  });

  it.each([
    [2, 2, false],
    [3, 2, true],
    [0, 2, true],
  ])('with maxAttempts=%i and %i finished, a new attempt is allowed: %s', (max, done, allowed) => {
    const events = Array.from({ length: done }, (_, i) => attempt(i + 1, i, false)).flat();
    expect(quizSession(stamp(events), Q, view, max).canStartNew).toBe(allowed);
  });

  it('counts an unfinished attempt as used and offers no new one while it runs', () => {
    const s = quizSession(stamp([...attempt(1, 1, false), ...attempt(2, 2, true, 1)]), Q, view, 2);
    expect([s.attemptsUsed, s.canStartNew, s.current?.attempt, s.lastFinished?.attempt]).toEqual([2, false, 2, 1]);
  });

  it('ignores events of other quizzes and of attempts never started', () => {
    const other = attempt(1, 3, true).map((e) =>
      e.object.type === 'quiz' ? { ...e, object: { ...e.object, id: 'q-other' } } : { ...e, context: { ...e.context, parentId: 'q-other' } },
    );
    const orphan = itemAnswered(Q, 7, byId('i-single'), { type: 'single', choice: 'b' }).event;
    expect(quizSession(stamp([...other, orphan]), Q, view, 0).attemptsUsed).toBe(0);
  });

  it('drops items that are no longer in the quiz from a recorded draw', () => {
    const s = quizSession(stamp([attemptStarted(Q, 1, 1, ['gone', 'i-fill'], 'en')]), Q, view, 0);
    expect(s.current?.itemIds).toEqual(['i-fill']);
  });

  it('marks an attempt complete once every drawn item is answered, even before its result', () => {
    const events = attempt(1, 4, true).filter((e) => e.verb !== 'passed');
    const s = quizSession(stamp(events), Q, view, 0);
    expect(s.current && attemptComplete(s.current)).toBe(true);
  });
});
