import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { lessonSchema } from './schemas/lesson';
import { quizSchema } from './schemas/quiz';
import { courseSchema } from './schemas/course';
import { curriculumSchema } from './schemas/curriculum';
import { rolePlaySchema } from './schemas/roleplay';
import { classifierSchema } from './schemas/classifier';
import { sessionPlanSchema } from './schemas/session-plan';

/** Lessons keyed `<locale-folder>/<module>/<NN-slug>`; the stable lesson ID is in the frontmatter. */
const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  schema: lessonSchema,
});

/** Quizzes keyed by file name, which validation ties to their `id`. */
const quizzes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/quizzes' }),
  schema: quizSchema,
});

/** Role-play scenarios keyed by file name, which validation ties to their `id`. */
const roleplays = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/roleplays' }),
  schema: rolePlaySchema,
});

/** Classifiers (placements and drills) keyed by file name, which validation ties to their `id`. */
const classifiers = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/classifiers' }),
  schema: classifierSchema,
});

/** Classroom session plans, one per module, keyed by file name (= `sp-<module>`). */
const sessionPlans = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/session-plans' }),
  schema: sessionPlanSchema,
});

/** A collection of one YAML file, keyed by its `id` (or `main` when it has none). */
const single = (file: string) => async () => {
  const data = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return { [typeof data.id === 'string' ? data.id : 'main']: data };
};

/** The one course.yaml, keyed by the course ID. */
const course = defineCollection({ loader: single('./content/course.yaml'), schema: courseSchema });

/** The one curriculum.yaml, as a single entry `main`. */
const curriculum = defineCollection({ loader: single('./content/curriculum.yaml'), schema: curriculumSchema });

export const collections = { lessons, quizzes, roleplays, classifiers, sessionPlans, course, curriculum };
