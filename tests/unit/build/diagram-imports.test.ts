import { describe, expect, it } from 'vitest';
import { afterFrontMatter, diagramImports, islandExports } from '../../../src/build/diagram-imports';

const components = [
  ['ServiceBlueprint', '/src/components/diagrams/ServiceBlueprint.astro'],
  ['CourseOverview', '/src/components/mdx/CourseOverview.astro'],
] as const;

describe('diagramImports', () => {
  it('imports exactly the components a lesson names, whether self-closing or with attributes', () => {
    expect(diagramImports('text\n\n<ServiceBlueprint />\n', components)).toEqual(['import ServiceBlueprint from "/src/components/diagrams/ServiceBlueprint.astro";']);
    expect(diagramImports('<CourseOverview locale="en"/>', components)).toEqual(['import CourseOverview from "/src/components/mdx/CourseOverview.astro";']);
    expect(diagramImports('no diagrams here, only <Quiz id="q" />', components)).toEqual([]);
  });

  it('does not take a longer name for a shorter one, nor import twice what the lesson imports itself', () => {
    expect(diagramImports('<ServiceBlueprintX />', components)).toEqual([]);
    expect(diagramImports('import ServiceBlueprint from "./x.astro";\n<ServiceBlueprint />', components)).toEqual([]);
  });
});

describe('afterFrontMatter', () => {
  it('puts the lines after the front matter, keeping the front matter intact', () => {
    const mdx = '---\nid: m1/x\ntitle: "a --- b"\n---\n\n## Case opener\n';
    const out = afterFrontMatter(mdx, ['import A from "a";']);
    expect(out).toBe('---\nid: m1/x\ntitle: "a --- b"\n---\n\nimport A from "a";\n\n## Case opener\n');
  });

  it('puts them on top when there is no front matter, and changes nothing without lines', () => {
    expect(afterFrontMatter('# T\n', ['import A from "a";'])).toBe('import A from "a";\n\n# T\n');
    expect(afterFrontMatter('---\na: 1\n---\nx', [])).toBe('---\na: 1\n---\nx');
  });
});

describe('islandExports', () => {
  const islands = [
    ['Quiz', '/src/components/mdx/Quiz.astro'],
    ['RolePlay', '/src/components/mdx/RolePlay.astro'],
  ] as const;

  it('exports as the lesson\'s components exactly the islands it names, under aliases the MDX map can override', () => {
    expect(islandExports('<RolePlay id="rp" />\n\n<Quiz id="q" />', islands)).toEqual([
      'import __Quiz from "/src/components/mdx/Quiz.astro";',
      'import __RolePlay from "/src/components/mdx/RolePlay.astro";',
      'export const components = { Quiz: __Quiz, RolePlay: __RolePlay };',
    ]);
    expect(islandExports('<Quiz id="q"/>', islands)).toEqual([
      'import __Quiz from "/src/components/mdx/Quiz.astro";',
      'export const components = { Quiz: __Quiz };',
    ]);
  });

  it('adds nothing to a lesson without islands, for a longer name, or when the lesson exports its own components', () => {
    expect(islandExports('## Text\n\n<ServiceBlueprint />', islands)).toEqual([]);
    expect(islandExports('<QuizTool id="q" />', islands)).toEqual([]);
    expect(islandExports('export const components = { Quiz: X };\n\n<Quiz id="q" />', islands)).toEqual([]);
  });
});
