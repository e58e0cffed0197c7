import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readContentSources } from '../../src/content-check/read';
import { validateContent } from '../../src/content-check/validate';
import { formatIssues } from '../../src/content-check/issues';
import { place, typicalAnswers } from '../../src/lib/classifier/place';
import type { Drill, Placement } from '../../src/schemas/classifier';

const root = fileURLToPath(new URL('../..', import.meta.url));
const checked = validateContent(readContentSources(root));
const issues = checked.issues.filter((i) => i.file.startsWith('content/classifiers/'));
const all = checked.classifiers.map((c) => c.classifier);
const placements = all.filter((c): c is Placement => c.kind === 'placement');
const drills = all.filter((c): c is Drill => c.kind === 'drill');
const byId = new Map(all.map((c) => [c.id, c]));

describe('the classifiers', () => {
  it('pass their schema and cross-reference checks', () => {
    expect(issues, formatIssues(issues)).toEqual([]);
  });

  it('include the customer type, know-yourself, Dick & Basu and service-style placements and both drills', () => {
    for (const id of ['cl-customer-type', 'cl-self-style', 'cl-dick-basu', 'cl-service-style']) expect(byId.get(id)?.kind, id).toBe('placement');
    for (const id of ['cl-drill-customer-types', 'cl-drill-loyalty-types']) expect(byId.get(id)?.kind, id).toBe('drill');
  });

  it('have the agreed sizes: 12 observation items, about 20 self items, 24+ customer vignettes, 14+ loyalty cases', () => {
    expect((byId.get('cl-customer-type') as Placement).items.length).toBeGreaterThanOrEqual(12);
    expect((byId.get('cl-self-style') as Placement).items.length).toBeGreaterThanOrEqual(18);
    expect((byId.get('cl-drill-customer-types') as Drill).cases.length).toBeGreaterThanOrEqual(24);
    expect((byId.get('cl-drill-loyalty-types') as Drill).cases.length).toBeGreaterThanOrEqual(14);
  });
});

for (const c of placements) {
  describe(`calibration of ${c.id}`, () => {
    it.each(c.profiles.map((p) => [p.id, p] as const))('a typical %s answers every item as that type and is placed there, clear of both axes', (_, profile) => {
      const result = place(c, typicalAnswers(c, profile));
      expect(result.profile.id).toBe(profile.id);
      expect(result.nearAxes).toEqual([]);
      expect(result.level).not.toBe('low');
    });

    it('has no dead-weight item: every item pushes on some axis and its options differ', () => {
      for (const item of c.items) {
        expect(item.options.some((o) => Math.abs(o.weights.x) + Math.abs(o.weights.y) >= 1), item.id).toBe(true);
        expect(new Set(item.options.map((o) => `${o.weights.x}/${o.weights.y}`)).size, item.id).toBeGreaterThan(1);
      }
    });

    it('weighs both axes comparably, so no quadrant is hard to reach', () => {
      const reach = (axis: 'x' | 'y') => c.items.reduce((s, i) => s + Math.max(...i.options.map((o) => Math.abs(o.weights[axis]))), 0);
      const [x, y] = [reach('x'), reach('y')];
      expect(Math.min(x, y) / Math.max(x, y), `x ${x}, y ${y}`).toBeGreaterThanOrEqual(0.5);
    });
  });
}

for (const d of drills) {
  describe(`the ${d.id} drill`, () => {
    it('uses every choice of every question as the answer of at least two cases', () => {
      for (const q of d.questions)
        for (const choice of q.choices) {
          const n = d.cases.filter((c) => c.answers[q.id] === choice.id).length;
          expect(n, `${q.id} = ${choice.id}`).toBeGreaterThanOrEqual(2);
        }
    });

    it.runIf(!!d.classifier)('places every vignette’s observed behaviour in the type the vignette is about', () => {
      const source = byId.get(d.classifier!) as Placement;
      const misplaced = d.cases
        .filter((c) => c.observed)
        .map((c) => ({ id: c.id, expected: c.answers.type, got: place(source, c.observed!).profile.id }))
        .filter((r) => r.got !== r.expected);
      expect(misplaced).toEqual([]);
      expect(d.cases.every((c) => c.observed && Object.keys(c.observed).length >= 3)).toBe(true);
    });
  });
}
