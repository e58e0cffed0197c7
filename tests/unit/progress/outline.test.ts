import { describe, expect, it } from 'vitest';
import { outlineJson, parseOutline } from '../../../src/lib/progress/outline';
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
