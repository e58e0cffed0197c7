import { describe, expect, it } from 'vitest';
import { makeGroups, parseNames, rolesForRound } from '../../../src/lib/trainer/grouping';

const names = (n: number) => Array.from({ length: n }, (_, i) => `P${i + 1}`);

describe('parseNames', () => {
  it('takes one name per line or separated by commas and Chinese separators, trimmed, without blanks or repeats', () => {
    expect(parseNames(' 王丽\n李强，张伟、 Anna  Lee ;Anna Lee\n\n王丽\t赵敏；')).toEqual(['王丽', '李强', '张伟', 'Anna Lee', '赵敏']);
  });
});

describe('makeGroups', () => {
  it.each([
    [10, 2, [2, 2, 2, 2, 2]],
    [11, 2, [2, 2, 2, 2, 3]],
    [10, 3, [3, 3, 4]],
    [11, 3, [3, 4, 4]],
    [2, 3, [2]],
    [1, 2, [1]],
  ])('puts %i people in groups of %i without leaving anyone alone: sizes %j', (n, size, sizes) => {
    const groups = makeGroups(names(n), size, 42);
    expect(groups.map((g) => g.length)).toEqual(sizes);
    expect(groups.flat().sort()).toEqual(names(n).sort());
  });

  it('gives the same grouping for the same seed and, with another seed, usually another', () => {
    expect(makeGroups(names(20), 3, 7)).toEqual(makeGroups(names(20), 3, 7));
    expect(makeGroups(names(20), 3, 7)).not.toEqual(makeGroups(names(20), 3, 8));
  });

  it('has no groups without names and refuses a group size below 1', () => {
    expect(makeGroups([], 2, 1)).toEqual([]);
    expect(() => makeGroups(names(4), 0, 1)).toThrow(RangeError);
  });
});

describe('rolesForRound', () => {
  it('rotates customer, agent and observer so that everyone plays each once in three rounds', () => {
    const group = ['A', 'B', 'C'];
    const played = (name: string) => [0, 1, 2].map((r) => rolesForRound(group, r).find((x) => x.name === name)!.role).sort();
    for (const name of group) expect(played(name)).toEqual(['agent', 'customer', 'observer']);
  });

  it('gives each round one customer and one agent, and the others observe', () => {
    const roles = rolesForRound(['A', 'B', 'C', 'D'], 1).map((x) => x.role);
    expect(roles.filter((r) => r === 'customer')).toHaveLength(1);
    expect(roles.filter((r) => r === 'agent')).toHaveLength(1);
    expect(roles.filter((r) => r === 'observer')).toHaveLength(2);
  });
});
