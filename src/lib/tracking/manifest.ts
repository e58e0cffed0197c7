/**
 * `imsmanifest.xml` for a SCORM 1.2 or SCORM 2004 4th edition package of the whole
 * course as one SCO. Pure string building, so tests can validate the output against
 * the official schemas and check what the schemas miss (titles, hrefs, spellings).
 */

/** What a package's manifest says. */
export interface ManifestInput {
  /** Stable course ID (the manifest and organisation identifiers derive from it). */
  courseId: string;
  /** Course title as the LMS shows it. */
  title: string;
  /** The page the LMS launches, relative to the package root. */
  launch: string;
  /** Every file of the package except the manifest and the schema files, relative paths. */
  files: readonly string[];
  /** Fraction (0–1) of the score needed to pass: 1.2 mastery score, 2004 scaled passing score. */
  passMark: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** An XML ID: letters, digits, "-", "_" and ".", starting with a letter. */
const xmlId = (s: string) => `c-${s.replace(/[^A-Za-z0-9._-]/g, '-')}`;
const fileList = (files: readonly string[], indent: string) =>
  [...new Set(files)]
    .sort()
    .map((f) => `${indent}<file href="${esc(f)}"/>`)
    .join('\n');

/** The SCORM 1.2 manifest (IMS CP 1.1.2 + ADL CP 1.2; `adlcp:scormtype`, mastery score 0–100). */
export function manifest12(m: ManifestInput): string {
  const id = xmlId(m.courseId);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${esc(m.title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${esc(m.title)}</title>
        <adlcp:masteryscore>${Math.round(m.passMark * 100)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${esc(m.launch)}">
${fileList([m.launch, ...m.files], '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * The SCORM 2004 4th edition manifest (IMS CP 1.1.4 + ADL CP/SEQ/NAV 1.3; `adlcp:scormType`).
 * The pass mark becomes the primary objective's minimum normalised measure, which the LMS
 * hands the SCO as `cmi.scaled_passing_score`.
 */
export function manifest2004(m: ManifestInput): string {
  const id = xmlId(m.courseId);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${esc(m.title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco">
        <title>${esc(m.title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${id}-mastery" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${m.passMark}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormType="sco" href="${esc(m.launch)}">
${fileList([m.launch, ...m.files], '      ')}
    </resource>
  </resources>
</manifest>
`;
}
