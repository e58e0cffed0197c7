/**
 * Random pairs and groups for classroom practice, from a pasted list of names. The
 * shuffle is seeded, so the trainer can show the same grouping again (and tests can check
 * it); nobody is left alone: a remainder joins the last groups.
 */

/** Names from pasted text: one per line (or separated by commas / 、 / ；), trimmed, blanks and repeats dropped. */
export function parseNames(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const raw of text.split(/[\n\r,，、;；\t]+/)) {
    const name = raw.trim().replace(/\s+/g, ' ');
    const key = name.toLocaleLowerCase();
    if (!name || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

/** A small seeded generator (mulberry32): the same seed gives the same grouping. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Fisher–Yates shuffle of a copy. */
export function shuffle<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Splits names into groups of `size` (2 = pairs, 3 = customer, agent, observer …). When the
 * names do not divide evenly, the leftover people join the last groups one each, so no
 * group is smaller than `size`; with fewer names than `size` there is one group of all.
 */
export function makeGroups(names: readonly string[], size: number, seed: number): string[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`group size must be a whole number ≥ 1, got ${size}`);
  const shuffled = shuffle(names, seededRandom(seed));
  const count = Math.max(1, Math.floor(shuffled.length / size));
  const groups: string[][] = Array.from({ length: count }, (_, g) => shuffled.slice(g * size, g * size + size));
  shuffled.slice(count * size).forEach((name, i) => groups[groups.length - 1 - (i % count)]!.push(name));
  return names.length ? groups : [];
}

/**
 * Roles for one round of a three-person role-play, rotated by round so that over three
 * rounds everyone plays customer, agent and observer once. Extra members observe.
 */
export function rolesForRound(group: readonly string[], round: number): Array<{ name: string; role: 'customer' | 'agent' | 'observer' }> {
  const n = group.length;
  return group.map((name, i) => {
    const slot = (((i - round) % n) + n) % n;
    return { name, role: slot === 0 ? 'customer' : slot === 1 ? 'agent' : 'observer' };
  });
}
