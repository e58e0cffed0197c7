/**
 * The team scoreboard of a classroom session: teams, points awarded with an undo, and the
 * ranking. Kept on the trainer's machine (localStorage) across reloads: `parseScoreboard`
 * turns whatever is stored back into a valid board, or an empty one.
 */

/** A team and its points. */
export interface Team {
  id: string;
  name: string;
  points: number;
}

/** One award (or deduction), for undo and for the record of the session. */
export interface Award {
  teamId: string;
  points: number;
  /** What it was for (e.g. the question), when given. */
  reason?: string;
  /** ISO time. */
  at: string;
}

/** The board: teams in the order they were added, and the awards in time order. */
export interface Scoreboard {
  version: 1;
  teams: Team[];
  awards: Award[];
}

/** A board with no teams. */
export const emptyBoard = (): Scoreboard => ({ version: 1, teams: [], awards: [] });

const MAX_NAME = 40;

/** Adds a team (trimmed name, at most 40 characters); a blank or repeated name changes nothing. */
export function addTeam(board: Scoreboard, name: string, id: string): Scoreboard {
  const clean = name.trim().replace(/\s+/g, ' ').slice(0, MAX_NAME);
  if (!clean || board.teams.some((t) => t.name.toLocaleLowerCase() === clean.toLocaleLowerCase() || t.id === id)) return board;
  return { ...board, teams: [...board.teams, { id, name: clean, points: 0 }] };
}

/** Removes a team and its awards. */
export const removeTeam = (board: Scoreboard, teamId: string): Scoreboard => ({
  ...board,
  teams: board.teams.filter((t) => t.id !== teamId),
  awards: board.awards.filter((a) => a.teamId !== teamId),
});

/** Gives a team points (negative to take some off); an unknown team or a non-integer changes nothing. */
export function award(board: Scoreboard, teamId: string, points: number, at: Date, reason?: string): Scoreboard {
  if (!Number.isInteger(points) || points === 0 || !board.teams.some((t) => t.id === teamId)) return board;
  return {
    ...board,
    teams: board.teams.map((t) => (t.id === teamId ? { ...t, points: t.points + points } : t)),
    awards: [...board.awards, { teamId, points, at: at.toISOString(), ...(reason && { reason }) }],
  };
}

/** Takes back the last award. */
export function undo(board: Scoreboard): Scoreboard {
  const last = board.awards.at(-1);
  if (!last) return board;
  return { ...board, teams: board.teams.map((t) => (t.id === last.teamId ? { ...t, points: t.points - last.points } : t)), awards: board.awards.slice(0, -1) };
}

/** Teams by points, highest first; equal points share a rank (1, 2, 2, 4). Ties keep the order teams were added. */
export function ranking(board: Scoreboard): Array<Team & { rank: number }> {
  const sorted = [...board.teams].sort((a, b) => b.points - a.points);
  return sorted.map((t) => ({ ...t, rank: sorted.findIndex((x) => x.points === t.points) + 1 }));
}

/** A board from stored text: valid teams and awards kept, points recomputed from the awards; anything unreadable gives an empty board. */
export function parseScoreboard(text: string | null): Scoreboard {
  try {
    const data = JSON.parse(text ?? '') as Partial<Scoreboard> | null;
    if (!data || data.version !== 1 || !Array.isArray(data.teams)) return emptyBoard();
    let board = emptyBoard();
    for (const t of data.teams) if (t && typeof t.id === 'string' && typeof t.name === 'string') board = addTeam(board, t.name, t.id);
    for (const a of Array.isArray(data.awards) ? data.awards : []) {
      if (!a || typeof a.teamId !== 'string' || typeof a.points !== 'number' || Number.isNaN(Date.parse(String(a.at)))) continue;
      board = award(board, a.teamId, a.points, new Date(a.at), typeof a.reason === 'string' ? a.reason : undefined);
    }
    return board;
  } catch {
    return emptyBoard();
  }
}
