/**
 * The debrief of a classroom role-play: the model path (the best reply at every step,
 * from the engine's planner) with what the customer said, the replies that were also on
 * offer, and the ending it leads to. IDs only, so the page puts in the text of its locale.
 */
import { offeredReplies, start, choose } from '../roleplay/engine';
import type { ScenarioShape } from '../roleplay/graph';
import { modelPath } from '../roleplay/results';

/** One step of the model path. */
export interface DebriefStep {
  /** The node the customer speaks at. */
  node: string;
  /** The best reply there. */
  best: string;
  /** The other replies on offer at that point, in their order. */
  others: string[];
}

/** The model path of a scenario and the ending it reaches (null if it never ends, which checks forbid). */
export function debrief(scenario: ScenarioShape): { steps: DebriefStep[]; ending: string | null } {
  const path = modelPath(scenario);
  let at = start(scenario);
  const steps = path.steps.map((step) => {
    const others = offeredReplies(scenario, at).map((r) => r.id).filter((id) => id !== step.reply);
    at = choose(scenario, at, step.reply);
    return { node: step.node, best: step.reply, others };
  });
  return { steps, ending: path.ending };
}
