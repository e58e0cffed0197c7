/**
 * `cmi5.xml`, the cmi5 course structure (cmi5_spec.md §13, schema CourseStructure.xsd):
 * the course with its titles and description in both locales and one AU, the launch file.
 *
 * - moveOn `CompletedAndPassed`: the LMS counts the AU done when the learner has both
 *   completed the course (every lesson by its rules) and passed it (every module test),
 *   the two things the cmi5 adapter reports (Completed, Passed).
 * - masteryScore = the course's pass mark (rules.passMark), as the SCORM manifests do.
 * - launchMethod `OwnWindow`: the launcher frames the course pages itself and must be the
 *   top window. In an LMS's frame it would run on a third-party origin, where browsers
 *   partition or block localStorage (the learner record and the statement outbox live
 *   there) and a phone gives it a fraction of its 360 px; and after Terminated the AU must
 *   send "the current browser window" to returnURL (§10), which in a frame is not the
 *   window the learner sees.
 * Pure string building, so a test validates the output with xmllint.
 */

/** What the course structure says. */
export interface Cmi5StructureInput {
  /** Globally unique IRI of the course (§13.1.1). */
  courseIri: string;
  /** Titles and descriptions per locale (BCP 47 tag → text). */
  title: Readonly<Record<string, string>>;
  description: Readonly<Record<string, string>>;
  /** The launch file, relative to cmi5.xml (§14: relative URLs resolve against the package root). */
  launch: string;
  /** Fraction (0–1) of the score needed to pass. */
  passMark: number;
}

/** The publisher ID of the course's one AU (§13.1.4 id): the course IRI + `/au`. */
export const auIriOf = (courseIri: string) => `${courseIri.replace(/\/+$/, '')}/au`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const langstrings = (texts: Readonly<Record<string, string>>, indent: string) =>
  Object.entries(texts)
    .map(([lang, text]) => `${indent}<langstring lang="${esc(lang)}">${esc(text)}</langstring>`)
    .join('\n');

/** The cmi5.xml text. masteryScore has at most 4 decimals (§13.1.4). */
export function cmi5Structure(c: Cmi5StructureInput): string {
  const mastery = Math.round(c.passMark * 1e4) / 1e4;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${esc(c.courseIri)}">
    <title>
${langstrings(c.title, '      ')}
    </title>
    <description>
${langstrings(c.description, '      ')}
    </description>
  </course>
  <au id="${esc(auIriOf(c.courseIri))}" moveOn="CompletedAndPassed" masteryScore="${mastery}" launchMethod="OwnWindow">
    <title>
${langstrings(c.title, '      ')}
    </title>
    <description>
${langstrings(c.description, '      ')}
    </description>
    <url>${esc(c.launch)}</url>
  </au>
</courseStructure>
`;
}
