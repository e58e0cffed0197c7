import { describe, expect, it } from 'vitest';
import { graphIssues } from '../../../src/lib/roleplay/check';
import { broken, fixture } from './load';

const messages = (rp: ReturnType<typeof fixture>) => graphIssues(rp).map((i) => `${i.field}: ${i.message}`);

describe('role-play graph checks', () => {
  it('accept a sound scenario', () => {
    expect(graphIssues(fixture())).toEqual([]);
  });

  it('reject a reply that leads nowhere, naming node, reply and target [F-CONTENT-ROLEPLAY-DANGLING]', () => {
    const rp = broken((r) => void (r.nodes[0]!.replies[0]!.next = 'nowhere'));
    expect(messages(rp)).toEqual(['nodes[0] (open).replies[0] (a).next: leads to "nowhere", which is neither a node nor an ending']);
  });

  it('reject points on a dimension the scenario does not declare [F-CONTENT-ROLEPLAY-DIMENSIONS]', () => {
    const rp = broken((r) => void (r.nodes[0]!.replies[0]!.effects = { charm: 2 }));
    expect(messages(rp)[0]).toMatch(/scores "charm", which is not one of the declared dimensions/);
  });

  it('reject a start that is not a node and duplicate IDs [F-CONTENT-ROLEPLAY-DANGLING]', () => {
    expect(messages(broken((r) => void (r.start = 'happy')))).toContain('start: "happy" is not a node');
    expect(messages(broken((r) => void (r.endings[0]!.id = 'open')))[0]).toMatch(/ID "open" is used more than once/);
  });

  it('reject a condition that names an unknown reply [F-CONTENT-ROLEPLAY-CONDITION]', () => {
    const rp = broken((r) => void (r.nodes[1]!.replies[2]!.when = { chose: ['open.z'] }));
    expect(messages(rp)[0]).toMatch(/names "open.z", which is not a <node>.<reply>/);
  });

  it('reject a node no conversation reaches [F-CONTENT-ROLEPLAY-UNREACHABLE]', () => {
    const rp = broken((r) => void r.nodes.push({ ...r.nodes[2]!, id: 'orphan' }));
    expect(messages(rp)).toContain('nodes[3] (orphan): no conversation reaches this node');
  });

  it('reject an ending no conversation reaches [F-CONTENT-ROLEPLAY-UNREACHABLE]', () => {
    const rp = broken((r) => void (r.nodes[2]!.replies[1]!.next = 'ok'));
    expect(messages(rp)).toContain('endings[2] (escalated): no conversation reaches this ending');
  });

  it('reject a loop without an exit, where the conversation gets stuck [F-CONTENT-ROLEPLAY-STUCK]', () => {
    const rp = broken((r) => {
      for (const reply of r.nodes[1]!.replies) reply.next = 'details';
    });
    expect(messages(rp).some((m) => m.includes('the conversation gets stuck: no reply is offered after'))).toBe(true);
  });

  it('reject routes that may all fail, and a route without a condition before others [F-CONTENT-ROLEPLAY-STUCK]', () => {
    const stuck = broken((r) => void (r.nodes[0]!.replies[1]!.next = [{ when: { moodAtLeast: 3 }, to: 'details' }]));
    expect(messages(stuck)[0]).toMatch(/^nodes \(open\).replies \(b\).next: no route applies; end the routes with one without "when"/);
    const shadowed = broken((r) => void (r.nodes[0]!.replies[1]!.next = [{ to: 'angry' }, { when: { moodAtLeast: 0 }, to: 'details' }]));
    expect(messages(shadowed)[0]).toMatch(/a route without "when" must be the last/);
  });

  it('reject a dimension that no choice can move [F-CONTENT-ROLEPLAY-DIMENSIONS]', () => {
    const rp = broken((r) => {
      for (const n of r.nodes) for (const reply of n.replies) if (reply.effects) delete reply.effects.listening;
    });
    expect(messages(rp)).toEqual(['dimensions (listening): every conversation scores 0 on it: give some replies points for it']);
  });
});
