import { describe, expect, it } from 'vitest';
import { courseProgress, lessonStatus } from '../../../src/lib/progress/derive';
import { moduleOutline, outlineJson, parseOutline } from '../../../src/lib/progress/outline';
import { OUTLINE } from './fixtures';

describe('outlineJson', () => {
  it('round-trips through parseOutline', () => {
    expect(parseOutline(outlineJson(OUTLINE))).toEqual(OUTLINE);
  });

  it('cannot close the script element it is placed in', () => {
    const outline = { ...OUTLINE, modules: [{ id: 'm1', title: '</script><b>', lessons: [] }] };
    const json = outlineJson(outline);
    expect(json).not.toContain('<');
    expect(parseOutline(json)?.modules[0]?.title).toBe('</script><b>');
  });
});

describe('moduleOutline', () => {
  it('keeps one module with its test and its lessons\' activities, without titles and links', () => {
    expect(moduleOutline(OUTLINE, 'm1')).toEqual({
      rules: OUTLINE.rules,
      modules: [{ id: 'm1', test: 't1', lessons: [{ id: 'm1/a', quizIds: [] }, { id: 'm1/b', quizIds: ['qb'] }] }],
    });
    expect(moduleOutline(OUTLINE, 'm9').modules).toEqual([]);
  });

  it('derives the same lesson and module progress as the whole outline', () => {
    const events = [
      { id: 'e1', timestamp: '2026-01-01T00:00:00.000Z', verb: 'completed' as const, object: { type: 'lesson' as const, id: 'm1/a' } },
      { id: 'e2', timestamp: '2026-01-01T00:01:00.000Z', verb: 'experienced' as const, object: { type: 'lesson' as const, id: 'm1/b' } },
    ];
    const part = moduleOutline(OUTLINE, 'm1');
    for (const lesson of OUTLINE.modules[0]!.lessons)
      expect(lessonStatus(events, part.modules[0]!.lessons.find((l) => l.id === lesson.id)!, part.rules)).toBe(lessonStatus(events, lesson, OUTLINE.rules));
    expect(courseProgress(events, part).modules[0]).toEqual(courseProgress(events, OUTLINE).modules[0]);
  });
});

describe('parseOutline', () => {
  it.each([
    { name: 'nothing', text: undefined },
    { name: 'an empty block', text: '' },
    { name: 'broken JSON', text: '{"rules":' },
    { name: 'null', text: 'null' },
    { name: 'no modules', text: '{"rules":{}}' },
    { name: 'a module without lessons', text: '{"rules":{},"modules":[{"id":"m1"}]}' },
  ])('gives null for $name', ({ text }) => {
    expect(parseOutline(text)).toBeNull();
  });
});
