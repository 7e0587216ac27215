import type { Viewer } from '../../auth/viewer';
import type { ExportKind } from '../../shared/enums';
import type { NodeType } from '../../shared/global-id';
import { allOf, type Scope } from '../../shared/scoped-query';
import { registrationScope } from '../courses';
import { readsContactsOfListed, teacherScope } from '../directory';
import { studyRecordScope } from '../hours';
import { teacherPlanScope } from '../planning';

/** A column of an export: its header and where its value is in the node as the API returned it. */
/** A node as `execute` returns it (nested objects for the related rows). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type NodeData = Record<string, any>;

export interface ExportColumn {
  name: string;
  value: (node: NodeData) => unknown;
}

export interface ExportFilter {
  countyId: number | null;
  schoolYear: number | null;
}

/**
 * One kind of export. The rows are those of the resource's own row scope (the same function its list,
 * loaders and `node(id:)` use) narrowed by the filter, read page by page in ID order; each row's values
 * are read through GraphQL `node(id:)` as the caller (`selection`), so every field rule applies exactly
 * as in the API: a file never holds a value its owner could not read there.
 */
export interface ExportKindDef {
  nodeType: NodeType;
  /** `FROM` text and alias of the rows (the row scope's SQL is written against this alias). */
  from: string;
  alias: string;
  scope(v: Viewer, alias: string): Scope;
  filter(f: ExportFilter, alias: string): Scope;
  /** Whether `filter.schoolYear` applies (else it is BAD_USER_INPUT). */
  bySchoolYear: boolean;
  /** The GraphQL selection on the node type, for this caller. */
  selection(v: Viewer): string;
  columns(v: Viewer): ExportColumn[];
}

const col = (name: string, value: ExportColumn['value'] = (n) => n[name]): ExportColumn => ({ name, value });
const inCounty = (column: string, countyId: number | null): Scope | null =>
  countyId == null ? null : { sql: `${column} IN (SELECT xu.id FROM unit xu WHERE xu.county_id = ?)`, params: [countyId] };
/** Rows of teachers whose (current) school is in the county. */
const teacherInCounty = (column: string, countyId: number | null): Scope | null =>
  countyId == null
    ? null
    : {
        sql: `${column} IN (SELECT xt.id FROM teacher xt WHERE xt.school_id IN (SELECT xu.id FROM unit xu WHERE xu.county_id = ?))`,
        params: [countyId],
      };

/**
 * The kinds. **To add one** (e.g. RECORDS for study records): a value in `LABELS.ExportKind`
 * (shared/labels.ts, zh and en), an entry here (its table, the row scope from the resource's policy,
 * the filter, the GraphQL selection of its node type and the columns), who may export it in
 * export.policy.ts `EXPORTERS`, and a line in docs/API.md "Exports". Nothing else changes: the job
 * runner, the files, the download and the webhook are the same for every kind.
 */
export const EXPORT_KINDS: Record<ExportKind, ExportKindDef> = {
  TEACHERS: {
    nodeType: 'Teacher',
    from: 'teacher t',
    alias: 't',
    scope: (v, a) => teacherScope(v, a),
    filter: (f, a) => allOf(inCounty(`${a}.school_id`, f.countyId)),
    bySchoolYear: false,
    selection: (v) => `id name title subjects nationalIdMasked school { id code name }${readsContactsOfListed(v) ? ' email phone' : ''}`,
    columns: (v) => [
      col('id'),
      col('schoolId', (n) => n.school?.id),
      col('schoolCode', (n) => n.school?.code),
      col('schoolName', (n) => n.school?.name),
      col('name'),
      col('nationalIdMasked'),
      col('title'),
      col('subjects'),
      ...(readsContactsOfListed(v) ? [col('email'), col('phone')] : []),
    ],
  },
  PLANS: {
    nodeType: 'TeacherPlan',
    from: 'teacher_plan p',
    alias: 'p',
    scope: (v, a) => teacherPlanScope(v, a),
    filter: (f, a) =>
      allOf(inCounty(`${a}.school_id`, f.countyId), f.schoolYear != null && { sql: `${a}.school_year = ?`, params: [f.schoolYear] }),
    bySchoolYear: true,
    selection: () =>
      'id schoolYear status modes times places levels methods domains { domain hours } submittedAt updatedAt teacher { id name } school { id code name }',
    columns: () => [
      col('id'),
      col('schoolYear'),
      col('schoolId', (n) => n.school?.id),
      col('schoolCode', (n) => n.school?.code),
      col('schoolName', (n) => n.school?.name),
      col('teacherId', (n) => n.teacher?.id),
      col('teacherName', (n) => n.teacher?.name),
      col('status'),
      col('modes'),
      col('times'),
      col('places'),
      col('levels'),
      col('methods'),
      col('domains', (n) => (n.domains as { domain: string; hours: number }[] | null)?.map((d) => `${d.domain}:${d.hours}`)),
      col('submittedAt'),
      col('updatedAt'),
    ],
  },
  REGISTRATIONS: {
    nodeType: 'CourseRegistration',
    from: 'course_registration r',
    alias: 'r',
    scope: (v, a) => registrationScope(v, a),
    filter: (f, a) =>
      allOf(
        inCounty(`${a}.school_id`, f.countyId),
        f.schoolYear != null && { sql: `${a}.course_id IN (SELECT xc.id FROM course xc WHERE xc.school_year = ?)`, params: [f.schoolYear] },
      ),
    bySchoolYear: true,
    selection: () =>
      'id status approval queueNo waitlistPosition registeredAt updatedAt teacherName teacherTitle nationalIdMasked school { id code name } course { id code title schoolYear }',
    columns: () => [
      col('id'),
      col('courseId', (n) => n.course?.id),
      col('courseCode', (n) => n.course?.code),
      col('courseTitle', (n) => n.course?.title),
      col('schoolYear', (n) => n.course?.schoolYear),
      col('schoolId', (n) => n.school?.id),
      col('schoolCode', (n) => n.school?.code),
      col('schoolName', (n) => n.school?.name),
      col('teacherName'),
      col('teacherTitle'),
      col('nationalIdMasked'),
      col('status'),
      col('approval'),
      col('queueNo'),
      col('waitlistPosition'),
      col('registeredAt'),
      col('updatedAt'),
    ],
  },
  RECORDS: {
    // 研習紀錄: by the teacher's current school (its county, as the teacher's row in the API), the
    // school year of the study; the rows are those `studyRecordScope` gives (the teacher, its school's
    // keepers, the issuing unit's course managers, the platform)
    nodeType: 'StudyRecord',
    from: 'study_record sr',
    alias: 'sr',
    scope: (v, a) => studyRecordScope(v, a),
    filter: (f, a) =>
      allOf(
        teacherInCounty(`${a}.teacher_id`, f.countyId),
        f.schoolYear != null && { sql: `${a}.school_year = ?`, params: [f.schoolYear] },
      ),
    bySchoolYear: true,
    selection: () =>
      'id schoolYear source title externalId issuerName domain hours startsOn endsOn issuedAt certificateNumber course { id code } teacher { id name nationalIdMasked school { id code name } }',
    columns: () => [
      col('id'),
      col('schoolYear'),
      col('teacherId', (n) => n.teacher?.id),
      col('teacherName', (n) => n.teacher?.name),
      col('nationalIdMasked', (n) => n.teacher?.nationalIdMasked),
      col('schoolId', (n) => n.teacher?.school?.id),
      col('schoolCode', (n) => n.teacher?.school?.code),
      col('schoolName', (n) => n.teacher?.school?.name),
      col('source'),
      col('courseId', (n) => n.course?.id),
      col('courseCode', (n) => n.course?.code),
      col('title'),
      col('externalId'),
      col('issuerName'),
      col('domain'),
      col('hours'),
      col('startsOn'),
      col('endsOn'),
      col('issuedAt'),
      col('certificateNumber'),
    ],
  },
};
