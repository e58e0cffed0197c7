import { describe, expect, it } from 'vitest';
import { itemOrder, planAttempt } from '../../../src/lib/quiz/attempt';
import { localizeQuiz } from '../../../src/lib/quiz/localize';
import { bank, item, view } from './fixtures';

const seeds = Array.from({ length: 20 }, (_, i) => i * 7919 + 1);

describe('planAttempt: banks', () => {
  it.each([
    [10, 4, 4],
    [10, 10, 10],
    [3, 5, 3],
    [6, undefined, 6],
  ])('draws %i items with draw=%s → %i items, no repeats', (size, draw, expected) => {
    const plan = planAttempt(localizeQuiz(bank(size, draw), 'en'), 99);
    expect(plan.itemIds).toHaveLength(expected);
    expect(new Set(plan.itemIds).size).toBe(expected);
  });

  it('draws the same set in the same order for the same seed', () => {
    const quiz = localizeQuiz(bank(10, 4), 'en');
    expect(planAttempt(quiz, 5)).toEqual(planAttempt(quiz, 5));
  });

  it('draws different sets across seeds', () => {
    const quiz = localizeQuiz(bank(10, 4), 'en');
    const sets = new Set(seeds.map((s) => [...planAttempt(quiz, s).itemIds].sort().join()));
    expect(sets.size).toBeGreaterThan(5);
  });

  it('still draws but keeps bank order when the quiz does not shuffle', () => {
    const quiz = localizeQuiz(bank(10, 4, false), 'en');
    const sets = new Set<string>();
    for (const s of seeds) {
      const ids = planAttempt(quiz, s).itemIds;
      expect(ids).toEqual([...ids].sort((a, b) => Number(a.slice(2)) - Number(b.slice(2))));
      sets.add(ids.join());
    }
    expect(sets.size).toBeGreaterThan(1);
  });

  it('shows every item in authored order when neither drawing nor shuffling', () => {
    const quiz = localizeQuiz(bank(5, undefined, false), 'en');
    expect(planAttempt(quiz, 3).itemIds).toEqual(['b-1', 'b-2', 'b-3', 'b-4', 'b-5']);
  });

  it('shuffles item order across seeds when every item is shown', () => {
    const orders = new Set(seeds.map((s) => planAttempt(view, s).itemIds.join()));
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('planAttempt: item orders', () => {
  it('has an order for each drawn item only', () => {
    const quiz = localizeQuiz(bank(10, 3), 'en');
    const plan = planAttempt(quiz, 11);
    expect(Object.keys(plan.orders).sort()).toEqual([...plan.itemIds].sort());
  });

  it.each([
    ['single', ['a', 'b', 'c']],
    ['multiple', ['a', 'b', 'c', 'd']],
    ['ordering', ['a', 'b', 'c', 'd']],
    ['matching', ['p', 'q', 'r']],
    ['categorise', ['e1', 'e2', 'e3', 'e4']],
  ] as const)('orders every part of a %s item once, stable per seed', (type, ids) => {
    const target = item(type);
    expect([...itemOrder(target, 8, true)].sort()).toEqual(ids);
    expect(itemOrder(target, 8, true)).toEqual(itemOrder(target, 8, true));
    expect(new Set(seeds.map((s) => itemOrder(target, s, true).join())).size).toBeGreaterThan(1);
  });

  it.each(['single', 'multiple', 'categorise'] as const)('keeps %s parts in authored order when the quiz does not shuffle', (type) => {
    expect(new Set(seeds.map((s) => itemOrder(item(type), s, false).join())).size).toBe(1);
  });

  it.each(['ordering', 'matching'] as const)('never shows %s parts in the right order, even without shuffle', (type) => {
    const target = item(type);
    const right = target.type === 'ordering' ? target.entries.map((e) => e.id) : target.type === 'matching' ? target.pairs.map((p) => p.id) : [];
    for (const s of seeds) {
      expect(itemOrder(target, s, false)).not.toEqual(right);
      expect(itemOrder(target, s, true)).not.toEqual(right);
    }
  });

  it.each(['truefalse', 'fill'] as const)('has no parts to order for %s', (type) => {
    expect(itemOrder(item(type), 1, true)).toEqual([]);
  });
});
