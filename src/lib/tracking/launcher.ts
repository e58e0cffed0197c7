/**
 * The page an LMS launches (`launch.html` at the package root): the course's pages in a
 * full-size frame inside it.
 *
 * Why a launcher rather than launching the home page itself: the course is many pages,
 * and the LMS sees one SCO. Launched directly, every link the learner follows would unload
 * the SCO's window, so a SCORM session would have to be opened and closed on every page
 * (SCORM 2004 forbids Initialize after Terminate, and unload is too late to commit). The
 * launcher stays loaded while the learner moves between pages in its frame, so the SCORM
 * runtime can keep one session there: pages reach it through `window.parent`, on the
 * way up to the LMS's API. Without JavaScript in the launcher it is plain HTML, and the
 * pages work in the frame exactly as they do on the open web.
 */

/** What the launcher shows. */
export interface LauncherInput {
  /** Document and frame title (the course's title). */
  title: string;
  /** The first page, relative to the package root (the default locale's home). */
  start: string;
  /** Language of the title (BCP 47). */
  lang: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The launcher's HTML: no script, no external file; the frame fills the LMS's window. */
export function launcherHtml({ title, start, lang }: LauncherInput): string {
  return `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>html,body{margin:0;height:100%;overflow:hidden}iframe{display:block;border:0;width:100%;height:100%}</style>
</head>
<body>
<iframe name="course" src="${esc(start)}" title="${esc(title)}"></iframe>
</body>
</html>
`;
}
