import { describe, expect, it } from 'vitest';
import { addTeam, award, emptyBoard, parseScoreboard, ranking, removeTeam, undo } from '../../../src/lib/trainer/scoreboard';

const at = new Date('2026-11-24T10:00:00Z');
const board = () => addTeam(addTeam(addTeam(emptyBoard(), '红队', 'r'), 'Blue', 'b'), 'Green', 'g');

describe('scoreboard', () => {
  it('adds teams once each, by trimmed name', () => {
    const b = addTeam(addTeam(board(), '  blue ', 'x'), '   ', 'y');
    expect(b.teams.map((t) => t.name)).toEqual(['红队', 'Blue', 'Green']);
  });

  it('awards points, takes them off, undoes the last award and ranks with shared places', () => {
    let b = award(award(award(board(), 'r', 3, at, 'Q1'), 'b', 3, at), 'g', 1, at);
    b = award(b, 'g', -1, at);
    expect(ranking(b).map((t) => [t.name, t.points, t.rank])).toEqual([['红队', 3, 1], ['Blue', 3, 1], ['Green', 0, 3]]);
    b = undo(b);
    expect(b.teams.find((t) => t.id === 'g')!.points).toBe(1);
    expect(b.awards).toHaveLength(3);
  });

  it('ignores awards to unknown teams and points that are not whole numbers', () => {
    const b = board();
    expect(award(b, 'nobody', 2, at)).toBe(b);
    expect(award(b, 'r', 1.5, at)).toBe(b);
  });

  it('removes a team with its awards', () => {
    const b = removeTeam(award(board(), 'r', 2, at), 'r');
    expect(b.teams.map((t) => t.id)).toEqual(['b', 'g']);
    expect(b.awards).toEqual([]);
  });

  it('survives a reload: the stored board comes back the same, points recomputed from the awards', () => {
    const b = award(award(board(), 'r', 2, at, 'Q1'), 'b', 1, at);
    expect(parseScoreboard(JSON.stringify(b))).toEqual(b);
    const tampered = JSON.stringify({ ...b, teams: b.teams.map((t) => ({ ...t, points: 99 })) });
    expect(parseScoreboard(tampered).teams.map((t) => t.points)).toEqual([2, 1, 0]);
  });

  it.each([null, '', '{', '[]', '{"version":2,"teams":[]}', '{"version":1,"teams":[{"id":1}],"awards":[{"teamId":"x"}]}'])('turns damaged storage %j into a valid board', (text) => {
    const b = parseScoreboard(text);
    expect(b.version).toBe(1);
    expect(b.awards).toEqual([]);
  });
});
