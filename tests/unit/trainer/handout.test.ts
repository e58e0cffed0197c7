import { describe, expect, it } from 'vitest';
import { caseInTwoLines, h2Sections, plainText, sentences, summaryPoints } from '../../../src/lib/trainer/handout';

const lesson = `
intro before any heading

## Case opener

Wang Yongqing founded a group. He started **small**, at fifteen.

- He cleaned the rice.
- He wiped the jar.

Same rice, same errand. Why did his deliveries turn into loyal customers?

## Concepts

<Callout kind="tip">Not a summary.</Callout>

## Summary

- Service means **meeting or exceeding** the expectation.
- See [the lesson](/lessons/m1/x/) for \`more\`.
`;

describe('lesson handout parts', () => {
  it('cuts the body into H2 sections', () => {
    expect(h2Sections(lesson).map((s) => s.title)).toEqual(['Case opener', 'Concepts', 'Summary']);
  });

  it('takes the summary points as plain text', () => {
    expect(summaryPoints(lesson)).toEqual(['Service means meeting or exceeding the expectation.', 'See the lesson for more.']);
  });

  it('finds the Chinese summary heading', () => {
    expect(summaryPoints('## 案例导入\n\n故事。\n\n## 总结\n\n- 服务就是达到期望。\n\n## 延伸\n\n- 不是总结\n')).toEqual(['服务就是达到期望。']);
  });

  it('falls back to the last section when none is called Summary', () => {
    expect(summaryPoints('## One\n\n- a\n\n## Wrap-up\n\n1. b\n')).toEqual(['b']);
  });

  it('tells the case as its first sentence and its closing question', () => {
    expect(caseInTwoLines(lesson)).toEqual(['Wang Yongqing founded a group.', 'Why did his deliveries turn into loyal customers?']);
  });

  it('uses the second sentence when the opener asks nothing', () => {
    expect(caseInTwoLines('## 案例导入\n\n王永庆十五岁在米店当学徒。后来他开了自己的米店。又一句。\n')).toEqual(['王永庆十五岁在米店当学徒。', '后来他开了自己的米店。']);
  });

  it('keeps a question asked in two parts together', () => {
    expect(caseInTwoLines('## Case\n\nHengtong has 260 customers. Most are small.\n\nMr Wu asks. Which are key accounts? And how to manage them?\n')).toEqual([
      'Hengtong has 260 customers.',
      'Which are key accounts? And how to manage them?',
    ]);
  });

  it('splits sentences without losing closing quotes', () => {
    expect(sentences('Its rating fell from 4.3 to 3.6. Why?')).toEqual(['Its rating fell from 4.3 to 3.6.', 'Why?']);
    expect(sentences('他问：“为什么？”她没说话。')).toEqual(['他问：“为什么？”', '她没说话。']);
    expect(sentences('He said "Hi." Then left!')).toEqual(['He said "Hi."', 'Then left!']);
    expect(plainText('a <b>c</b> _d_')).toBe('a c d');
  });
});
