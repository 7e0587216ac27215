import { isDistrict, isPlatform, syncCounty, viewerRule, type Rule } from '../../auth/rules';
import type { Viewer } from '../../auth/viewer';
import type { ExportKind } from '../../shared/enums';
import { browsesTeachers } from '../directory';

/**
 * The policy of bulk exports (docs/API.md "Exports"). An export is a county-level reader's copy of a
 * list it may read through the API anyway: the rows come from the resource's own row scope
 * (`teacherScope`, `teacherPlanScope`, `registrationScope`, `studyRecordScope`) and the values through `node(id:)` with the
 * caller's own field rules (kinds.ts). Who may export which kind:
 * - TEACHERS: those who browse teachers of more than one school (the platform, a district, a
 *   TEACHER_SYNC key) — `browsesTeachers`;
 * - PLANS: the same readers of teacher plans (the platform, a district, a TEACHER_SYNC key);
 * - REGISTRATIONS: the platform (all) and a district (the registrations of the courses its centre
 *   organises, as `registrationScope` gives it);
 * - RECORDS (研習紀錄): the readers of study records of more than one school who have a county to
 *   export (hours.policy.ts `studyRecordScope`): the platform (all) and a district (the records its
 *   centre issued, to teachers of its county's schools). A school's course managers and a university's
 *   read the records their own courses issued, and an HOURS_WRITE key those it reported, but they have
 *   no county and export nothing; a TEACHER_SYNC key reads no study records (its scope has none).
 * A school account or a teacher exports nothing (they read their own rows in the pages).
 * A job, its progress and its link belong to the one who started it.
 */
export const EXPORTERS: Record<ExportKind, (v: Viewer) => boolean> = {
  TEACHERS: browsesTeachers,
  PLANS: (v) => isPlatform(v) || isDistrict(v) || syncCounty(v) !== null,
  REGISTRATIONS: (v) => isPlatform(v) || isDistrict(v),
  RECORDS: (v) => isPlatform(v) || isDistrict(v),
};

/** The kinds this viewer may export (`me.can.exportKinds`). */
export const exportKindsOf = (v: Viewer): ExportKind[] => (Object.keys(EXPORTERS) as ExportKind[]).filter((k) => EXPORTERS[k](v));

/** May start exports at all (and list its own jobs): `me.can.startExport`. */
export const exports_ = (v: Viewer): boolean => exportKindsOf(v).length > 0;

/**
 * The county whose rows the viewer's exports hold: a district's and a sync key's own (always), the
 * platform's choice (null: the whole nation). `undefined`: the viewer has no county to export.
 */
export function ownCountyOf(v: Viewer): number | null | undefined {
  if (isPlatform(v)) return null;
  if (isDistrict(v)) return v.countyId ?? undefined;
  const sync = syncCounty(v);
  return sync ?? undefined;
}

export const exportRules = {
  'Mutation.startExport': viewerRule(exports_),
  'Query.exportJob': viewerRule(exports_),
  'Query.exportJobs': viewerRule(exports_),
} satisfies Record<string, Rule>;
