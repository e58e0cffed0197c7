import { describe, expect, it } from 'vitest';
import { describeCorrect } from '../../../src/lib/quiz/describe';
import { islandQuiz } from '../../../src/lib/quiz/island-data';
import { localizeQuiz } from '../../../src/lib/quiz/localize';
import { quiz, view } from './fixtures';

describe('islandQuiz', () => {
  it('gives every item its right answer in words, in the labels of the locale', () => {
    const data = islandQuiz(view, { true: 'True', false: 'False' });
    expect(data.items.map((i) => i.id)).toEqual(view.items.map((i) => i.id));
    for (const [i, item] of data.items.entries()) expect(item.right).toEqual(describeCorrect(view.items[i]!, { true: 'True', false: 'False' }));
    expect(data.items.find((i) => i.type === 'truefalse')?.right).toEqual(['False']);
    const zh = islandQuiz(localizeQuiz(quiz, 'zh-CN'), { true: '正确', false: '错误' });
    expect(zh.items.find((i) => i.type === 'truefalse')?.right).toEqual(['错误']);
  });

  it('keeps the rest of the quiz as it was and leaves the view untouched', () => {
    const before = structuredClone(view);
    const { items, ...rest } = islandQuiz(view, { true: 'T', false: 'F' });
    const { items: viewItems, ...viewRest } = view;
    expect(rest).toEqual(viewRest);
    expect(items.map(({ right: _, ...item }) => item)).toEqual(viewItems);
    expect(view).toEqual(before);
  });
});
