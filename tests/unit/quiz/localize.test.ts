import { describe, expect, it } from 'vitest';
import { localizeQuiz } from '../../../src/lib/quiz/localize';
import { quiz } from './fixtures';

describe('localizeQuiz', () => {
  it.each([
    ['en', 'Test quiz', 'prompt i-single'],
    ['zh-CN', 'Test quiz（中）', 'prompt i-single（中）'],
  ] as const)('gives plain strings in %s', (locale, title, prompt) => {
    const view = localizeQuiz(quiz, locale);
    expect(view.title).toBe(title);
    expect(view.items[0]?.prompt).toBe(prompt);
  });

  it('keeps item IDs, types and points in order and drops concepts', () => {
    const view = localizeQuiz(quiz, 'en');
    expect(view.items.map((i) => [i.id, i.type, i.points])).toEqual(quiz.items.map((i) => [i.id, i.type, i.points]));
    expect(JSON.stringify(view)).not.toContain('concepts');
  });

  it('carries no text of the other locale except accepted fill answers', () => {
    const { items, ...rest } = localizeQuiz(quiz, 'en');
    const text = JSON.stringify([rest, items.filter((i) => i.type !== 'fill')]);
    expect(text).not.toMatch(/（中）/);
  });

  it.each([
    ['zh-CN', ['顾客成本', '客户成本', 'customer cost', 'ABC']],
    ['en', ['customer cost', 'ABC', '顾客成本', '客户成本']],
  ] as const)('lists accepted fill answers of %s first, then the other locale', (locale, accepted) => {
    const fill = localizeQuiz(quiz, locale).items.find((i) => i.type === 'fill');
    expect(fill && fill.type === 'fill' && fill.accepted).toEqual(accepted);
  });

  it('omits intro and draw when the quiz has none', () => {
    const { intro: _intro, ...bare } = quiz;
    const view = localizeQuiz(bare, 'en');
    expect('intro' in view || 'draw' in view).toBe(false);
  });
});
