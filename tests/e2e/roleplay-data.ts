import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { rolePlaySchema } from '../../src/schemas/roleplay';
import { localizeRolePlay, type RolePlayView } from '../../src/lib/roleplay/localize';
import { offeredReplies, replay, type RolePlayState } from '../../src/lib/roleplay/engine';
import { pathOf, resultOf } from '../../src/lib/roleplay/results';

/** A scenario from content/roleplays in one locale, as the island gets it. */
export function scenario(id: string, locale: 'en' | 'zh-CN' = 'en'): RolePlayView {
  const raw = parse(readFileSync(new URL(`../../content/roleplays/${id}.yaml`, import.meta.url), 'utf8'));
  return localizeRolePlay(rolePlaySchema.parse(raw), locale);
}

/** One step of a path: the reply's text and its 1-based position among the replies on offer. */
export interface PathStep {
  text: string;
  key: number;
}

/** The replies of the best or worst path, with the result it earns (pass mark of the course, 0.8). */
export function path(view: RolePlayView, aim: 'best' | 'worst') {
  const end = pathOf(view, aim);
  const steps: PathStep[] = end.steps.map((s, i) => {
    const before: RolePlayState = replay(view, end.steps.slice(0, i).map((x) => x.reply));
    const offered = offeredReplies(view, before);
    return { text: offered.find((r) => r.id === s.reply)!.text, key: offered.findIndex((r) => r.id === s.reply) + 1 };
  });
  return { steps, result: resultOf(view, end, 0.8)! };
}
