import type { AuditOperation } from '../../shared/enums';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { badInput, conflict, forbidden, notFound } from '../../shared/errors';
import type {
  AudienceKind,
  CourseOrder,
  CourseStatus,
  Dimension,
  StudyDomain,
  StudyLevel,
  StudyMethod,
  StudyMode,
  StudyPlace,
  StudyTime,
} from '../../shared/enums';
import type { Clock } from '../../shared/clock';
import { inTransaction, lockForUpdate } from '../../shared/tx';
import { courseSnapshot, moveCourse } from '../../shared/supply-summary';
import { containsPattern, LIKE_ESCAPE, searchText } from '../../shared/like';
import { hydrate, placeholders } from '../../shared/loaders';
import { pageWindow } from '../../shared/pagination';
import { allOf, Scope } from '../../shared/scoped-query';
import { dateParam } from '../../shared/sql';
import type { AuditService } from '../audit';
import { UnitEntity } from '../directory';
import { CourseAudienceEntity, CourseChoiceEntity, CourseEntity, CourseRegistrationEntity, CourseSessionEntity } from './course.entity';
import { CourseContent, schoolYearOf, timesOfSessions, validateCourse } from './course-input';
import { approvesCourseOf, courseScope, managesCourse, registeringUnitOf, registersCourse } from './course.policy';
import { courseSearchText, normaliseSearch } from './search';
import { rebalance } from './queue';
import { queueEvents, registrationEvent, registrationRefs } from './registration-events';

export interface CatalogFilter {
  search?: string | null;
  countyId?: number | null;
  organiserId?: number | null;
  schoolYear?: number | null;
  from?: Date | null;
  to?: Date | null;
  openNow?: boolean | null;
  hasSeats?: boolean | null;
  statuses?: CourseStatus[] | null;
  domains?: StudyDomain[] | null;
  levels?: StudyLevel[] | null;
  methods?: StudyMethod[] | null;
  modes?: StudyMode[] | null;
  times?: StudyTime[] | null;
  places?: StudyPlace[] | null;
  fitsMe?: boolean | null;
  orderBy?: CourseOrder | null;
  /** false: the reader does not ask for totalCount (no COUNT statement) */
  withTotal?: boolean;
}

/** The facts of a teacher the audience is checked against. */
export interface TeacherFacts {
  stages: string[];
  subjects: string[];
  title: string;
  countyId: number | null;
}

/** Does a teacher fall in a course's audience (every kind with values must match; a kind without values admits all)? */
export function fitsAudience(audience: { kind: AudienceKind; value: string }[], t: TeacherFacts): boolean {
  const byKind = new Map<AudienceKind, string[]>();
  for (const a of audience) byKind.set(a.kind, [...(byKind.get(a.kind) ?? []), a.value]);
  const mine: Record<AudienceKind, string[]> = {
    STAGE: t.stages,
    SUBJECT: t.subjects,
    TITLE: [t.title],
    COUNTY: t.countyId == null ? [] : [String(t.countyId)],
  };
  for (const [kind, values] of byKind) if (!values.some((v) => mine[kind].includes(v))) return false;
  return true;
}

/**
 * One teacher as an enrolment needs it, in one statement: its name and school, its audience facts
 * (as teacherFacts gives them) and its school's county, stages and remoteness (the uptake's groups).
 */
export async function enrollingTeacher(
  em: EntityManager | DataSource,
  teacherId: number,
): Promise<
  | {
      id: number;
      name: string;
      schoolId: number;
      facts: TeacherFacts;
      school: { countyId: number | null; stages: string | null; remoteness: string | null };
    }
  | undefined
> {
  const [r]: {
    id: number;
    name: string;
    school_id: number;
    title: string;
    stages: string | null;
    county_id: number | null;
    remoteness: string | null;
    subjects: string | null;
  }[] = await em.query(
    `SELECT t.id, t.name, t.school_id, t.title, u.stages, u.county_id, u.remoteness,
            (SELECT GROUP_CONCAT(s.subject) FROM teacher_subject s WHERE s.teacher_id = t.id) AS subjects
     FROM teacher t JOIN unit u ON u.id = t.school_id WHERE t.id = ?`,
    [teacherId],
  );
  if (!r) return undefined;
  const facts = factsOf(r, r.subjects ? r.subjects.split(',') : []);
  return {
    id: Number(r.id),
    name: r.name,
    schoolId: Number(r.school_id),
    facts,
    school: { countyId: facts.countyId, stages: r.stages ?? null, remoteness: r.remoteness ?? null },
  };
}

/** A teacher's audience facts from its row (title, its school's stages and county) and its subjects. */
function factsOf(r: { title: string; stages: string | null; county_id: number | null }, subjects: string[]): TeacherFacts {
  return {
    stages: r.stages ? r.stages.split(',') : [],
    subjects,
    title: r.title,
    countyId: r.county_id == null ? null : Number(r.county_id),
  };
}

/** The audience facts of teachers, in two statements for any number of them. */
export async function teacherFacts(em: EntityManager | DataSource, teacherIds: number[]): Promise<Map<number, TeacherFacts>> {
  const out = new Map<number, TeacherFacts>();
  if (!teacherIds.length) return out;
  const rows: { id: number; title: string; stages: string | null; county_id: number | null }[] = await em.query(
    `SELECT t.id, t.title, u.stages, u.county_id FROM teacher t JOIN unit u ON u.id = t.school_id WHERE t.id IN (${placeholders(teacherIds.length)})`,
    teacherIds,
  );
  const subjects: { teacher_id: number; subject: string }[] = await em.query(
    `SELECT teacher_id, subject FROM teacher_subject WHERE teacher_id IN (${placeholders(teacherIds.length)})`,
    teacherIds,
  );
  for (const r of rows) out.set(Number(r.id), factsOf(r, []));
  for (const s of subjects) out.get(Number(s.teacher_id))?.subjects.push(s.subject);
  return out;
}

/** The SQL form of fitsAudience for one teacher: every audience kind with rows has one matching the teacher. */
export function fitsScope(t: TeacherFacts, alias = 'c'): Scope {
  const kind = (k: AudienceKind, values: string[]): Scope => ({
    sql:
      `NOT EXISTS (SELECT 1 FROM course_audience a WHERE a.course_id = ${alias}.id AND a.kind = ?)` +
      (values.length
        ? ` OR EXISTS (SELECT 1 FROM course_audience a WHERE a.course_id = ${alias}.id AND a.kind = ? AND a.value IN (${placeholders(values.length)}))`
        : ''),
    params: values.length ? [k, k, ...values] : [k],
  });
  return allOf(
    kind('STAGE', t.stages),
    kind('SUBJECT', t.subjects),
    kind('TITLE', [t.title]),
    kind('COUNTY', t.countyId == null ? [] : [String(t.countyId)]),
  );
}

const DIMENSIONS: [keyof CatalogFilter, Dimension][] = [
  ['levels', 'LEVEL'],
  ['methods', 'METHOD'],
  ['modes', 'MODE'],
  ['times', 'TIME'],
  ['places', 'PLACE'],
];

/** Catalog cursors: `s:<start ms>:<id>` by start date, `o:<offset>` by relevance. */
function encodeCatalogCursor(c: { startsAt?: Date; id?: number; offset?: number }): string {
  return Buffer.from(c.offset != null ? `o:${c.offset}` : `s:${c.startsAt!.getTime()}:${c.id}`).toString('base64url');
}

function decodeCatalogCursor(cursor: string | null | undefined): { startsAt: Date; id: number } | { offset: number } | null {
  if (cursor == null) return null;
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const s = /^s:(\d{1,15}):(\d{1,12})$/.exec(raw);
  if (s) return { startsAt: new Date(Number(s[1])), id: Number(s[2]) };
  const o = /^o:(\d{1,7})$/.exec(raw);
  if (o) return { offset: Number(o[1]) };
  throw badInput('after', 'CURSOR_INVALID', 'Not a valid cursor');
}

export interface CatalogPage {
  edges: { cursor: string; node: CourseEntity }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * Courses: registering, editing, the approval cycle (DRAFT → SUBMITTED → APPROVED → PUBLISHED →
 * CLOSED, or CANCELLED), and the catalog. Every write checks the policy's predicates on the row,
 * the version the writer read (optimistic locking), and is audited in its transaction.
 */
export class CourseService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  get dataSource(): DataSource {
    return this.ds;
  }

  // ---- writes ----

  async create(v: Viewer, content: CourseContent): Promise<CourseEntity> {
    const unitId = registeringUnitOf(v);
    if (unitId === null || v.kind === 'ANONYMOUS') throw forbidden('NOT_PERMITTED', 'Course registration (研習課程登錄作業) is needed');
    validateCourse(content);
    const now = this.clock.now();
    return inTransaction(this.ds, async (em) => {
      await lockForUpdate(em, 'unit', [unitId]); // one code sequence per organiser and year
      const organiser = await em.getRepository(UnitEntity).findOneBy({ id: unitId });
      if (!organiser) throw notFound('NO_SUCH_UNIT', 'No such unit');
      const span = this.span(content);
      const schoolYear = schoolYearOf(span.startsAt);
      const [{ n }] = await em.query('SELECT COUNT(*) AS n FROM course WHERE organiser_unit_id = ? AND school_year = ?', [
        unitId,
        schoolYear,
      ]);
      const code = `${schoolYear}-${organiser.code}-${String(Number(n) + 1).padStart(4, '0')}`;
      const course = em.getRepository(CourseEntity).create({
        code,
        schoolYear,
        organiserUnitId: unitId,
        countyId: organiser.countyId,
        ...this.columns(content),
        ...span,
        status: 'DRAFT',
        admittedCount: 0,
        waitlistedCount: 0,
        nextQueueNo: 1,
        searchText: courseSearchText(content.title, code, organiser.name),
        submittedAt: null,
        approvedAt: null,
        approvedBy: null,
        publishedAt: null,
        statusNote: null,
        createdBy: v.username,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
      const saved = await em.getRepository(CourseEntity).save(course);
      await this.replaceParts(em, saved, content);
      await this.record(em, v, 'createCourse', saved, organiser, {}, this.flat(saved, content));
      return saved;
    });
  }

  /**
   * Edits a course (its unit's COURSE_MANAGEMENT). After approval, a change of hours or of the
   * sessions' dates, or a capacity below the admitted count, sends it back for approval
   * (SUBMITTED); a capacity raised on a published course admits the first waitlisted at once.
   */
  async update(v: Viewer, id: number, content: CourseContent, version: number | null | undefined): Promise<CourseEntity> {
    validateCourse(content);
    return this.transition(v, id, version, 'updateCourse', async (em, c, organiser) => {
      if (!managesCourse(v, c)) throw forbidden('NOT_PERMITTED', 'Course management (研習課程管理) of the organiser is needed');
      if (c.status === 'CLOSED' || c.status === 'CANCELLED')
        throw conflict('COURSE_STATE', `A ${c.status.toLowerCase()} course cannot be changed (已結案或取消的課程不可修改)`);
      const before = await this.contentOf(em, c);
      const span = this.span(content);
      const datesChanged =
        before.sessions.length !== content.sessions.length ||
        before.sessions.some(
          (s, i) =>
            s.startsAt.getTime() !== content.sessions[i].startsAt.getTime() || s.endsAt.getTime() !== content.sessions[i].endsAt.getTime(),
        );
      const reapproval =
        (c.status === 'APPROVED' || c.status === 'PUBLISHED') &&
        (content.hours !== c.hours || datesChanged || content.capacity < c.admittedCount);
      Object.assign(c, this.columns(content), span, { searchText: courseSearchText(content.title, c.code, organiser.name) });
      if (reapproval) {
        c.status = 'SUBMITTED';
        c.submittedAt = this.clock.now();
        c.statusNote = null;
      }
      await this.replaceParts(em, c, content);
      if (c.status === 'PUBLISHED') await queueEvents(em, c, await rebalance(em, c), this.clock.now());
      return { before: this.flat(c, before), after: this.flat(c, content) };
    });
  }

  submit(v: Viewer, id: number, version: number | null | undefined) {
    return this.transition(v, id, version, 'submitCourse', async (_em, c) => {
      if (!registersCourse(v, c)) throw forbidden('NOT_PERMITTED', 'Course registration (研習課程登錄作業) of the organiser is needed');
      if (c.status === 'SUBMITTED') return null; // submitting twice changes nothing
      if (c.status !== 'DRAFT') throw conflict('INVALID_STATE', 'Only a draft is submitted (僅草稿可送審)');
      c.status = 'SUBMITTED';
      c.submittedAt = this.clock.now();
      c.statusNote = null;
      return {};
    });
  }

  /** 核定: SUBMITTED → APPROVED, or back to PUBLISHED when it had been published (a re-approval); the queue follows a changed capacity. */
  approve(v: Viewer, id: number, version: number | null | undefined) {
    return this.transition(v, id, version, 'approveCourse', async (em, c, organiser) => {
      if (!approvesCourseOf(v, organiser))
        throw forbidden('NOT_PERMITTED', "A school's course is approved by its county's district, others by the platform");
      if (c.status !== 'SUBMITTED') throw conflict('COURSE_STATE', 'Only a submitted course is approved (僅待審核課程可核定)');
      c.status = c.publishedAt ? 'PUBLISHED' : 'APPROVED';
      c.approvedAt = this.clock.now();
      c.approvedBy = v.kind === 'ANONYMOUS' ? null : v.username;
      c.statusNote = null;
      await queueEvents(em, c, await rebalance(em, c), this.clock.now());
      return {};
    });
  }

  /** The approver sends a submitted course back to its organiser as a draft, with the reason. */
  returnToDraft(v: Viewer, id: number, reason: string, version: number | null | undefined) {
    if (!reason.trim() || reason.length > 500)
      throw badInput('reason', 'TOO_LONG', 'Give the reason, at most 500 characters (請填退回原因)');
    return this.transition(v, id, version, 'returnCourse', async (_em, c, organiser) => {
      if (!approvesCourseOf(v, organiser))
        throw forbidden('NOT_PERMITTED', "A school's course is approved by its county's district, others by the platform");
      if (c.status !== 'SUBMITTED') throw conflict('COURSE_STATE', 'Only a submitted course is returned (僅待審核課程可退回)');
      c.status = 'DRAFT';
      c.statusNote = reason.trim();
      return {};
    });
  }

  publish(v: Viewer, id: number, version: number | null | undefined) {
    return this.transition(v, id, version, 'publishCourse', async (_em, c) => {
      if (!managesCourse(v, c)) throw forbidden('NOT_PERMITTED', 'Course management (研習課程管理) of the organiser is needed');
      if (c.status === 'PUBLISHED') return null;
      if (c.status !== 'APPROVED') throw conflict('COURSE_STATE', 'Only an approved course is published (課程須先經核定)');
      c.status = 'PUBLISHED';
      c.publishedAt = this.clock.now();
      return {};
    });
  }

  /** Cancels a course and releases every registration; each registrant is told (REGISTRATION_CANCELLED). */
  cancel(v: Viewer, id: number, reason: string, version: number | null | undefined) {
    if (!reason.trim() || reason.length > 500)
      throw badInput('reason', 'TOO_LONG', 'Give the reason, at most 500 characters (請填取消原因)');
    return this.transition(v, id, version, 'cancelCourse', async (em, c) => {
      if (!managesCourse(v, c)) throw forbidden('NOT_PERMITTED', 'Course management (研習課程管理) of the organiser is needed');
      if (c.status === 'CANCELLED') return null;
      if (c.status === 'CLOSED') throw conflict('COURSE_STATE', 'A closed course cannot be cancelled (已結案課程不可取消)');
      const released: { id: number }[] = await em.query(
        "SELECT id FROM course_registration WHERE course_id = ? AND status IN ('ADMITTED', 'WAITLISTED') ORDER BY id",
        [c.id],
      );
      // every registrant is told, in this transaction (an essential message: it cannot be muted)
      const now = this.clock.now();
      for (const r of await registrationRefs(
        em,
        released.map((x) => Number(x.id)),
      )) {
        await registrationEvent(em, 'REGISTRATION_CANCELLED', r, c, now, { data: { reason: reason.trim() } });
      }
      await em
        .createQueryBuilder()
        .update(CourseRegistrationEntity)
        .set({ status: 'CANCELLED', updatedAt: this.clock.now() })
        .where("course_id = :id AND status IN ('ADMITTED', 'WAITLISTED')", { id: c.id })
        .execute();
      c.status = 'CANCELLED';
      c.statusNote = reason.trim();
      c.admittedCount = 0;
      c.waitlistedCount = 0;
      return { after: { registrationsReleased: released.length } };
    });
  }

  /** 結案: a published course whose last session has ended. */
  close(v: Viewer, id: number, version: number | null | undefined) {
    return this.transition(v, id, version, 'closeCourse', async (_em, c) => {
      if (!managesCourse(v, c)) throw forbidden('NOT_PERMITTED', 'Course management (研習課程管理) of the organiser is needed');
      if (c.status === 'CLOSED') return null;
      if (c.status !== 'PUBLISHED') throw conflict('COURSE_STATE', 'Only a published course is closed (僅已公告課程可結案)');
      if (this.clock.now() < c.endsAt) throw conflict('COURSE_STATE', 'The course has not ended yet (課程尚未結束)');
      c.status = 'CLOSED';
      return {};
    });
  }

  /**
   * One write of a course under its row lock: the version check, the change (`change` returns the
   * audit's extra before/after, or null for "nothing to do"), the new version and the audit event.
   */
  private async transition(
    v: Viewer,
    id: number,
    version: number | null | undefined,
    operation: AuditOperation,
    change: (
      em: EntityManager,
      c: CourseEntity,
      organiser: UnitEntity,
    ) => Promise<{ before?: Record<string, unknown>; after?: Record<string, unknown> } | null>,
  ): Promise<CourseEntity> {
    return inTransaction(this.ds, async (em) => {
      await lockForUpdate(em, 'course', [id]);
      const c = await em.getRepository(CourseEntity).findOneBy({ id });
      if (!c || !(await this.visibleTo(em, v, c.id))) throw notFound('NO_SUCH_COURSE', 'No such course (查無課程)');
      const organiser = (await em.getRepository(UnitEntity).findOneBy({ id: c.organiserUnitId }))!;
      if (version != null && version !== c.version)
        throw conflict('STALE_VERSION', 'The course changed since you read it: reload it (資料已被更新，請重新載入)');
      const statusBefore = c.status;
      // what the course counts for in supply against demand, before the change (moved after it, in this transaction)
      const summaryBefore = await courseSnapshot(em, c.id);
      const extra = await change(em, c, organiser);
      if (extra === null) return c;
      c.version += 1;
      c.updatedAt = this.clock.now();
      const saved = await em.getRepository(CourseEntity).save(c);
      await moveCourse(em, summaryBefore, await courseSnapshot(em, c.id));
      await this.record(
        em,
        v,
        operation,
        saved,
        organiser,
        { status: statusBefore, ...extra.before },
        { status: saved.status, ...extra.after },
      );
      return saved;
    });
  }

  private async visibleTo(em: EntityManager, v: Viewer, id: number): Promise<boolean> {
    const s = courseScope(v);
    return (await em.query(`SELECT c.id FROM course c WHERE c.id = ? AND (${s.sql})`, [id, ...s.params])).length > 0;
  }

  private async record(
    em: EntityManager,
    v: Viewer,
    operation: AuditOperation,
    c: CourseEntity,
    organiser: UnitEntity,
    before: Record<string, unknown>,
    after: Record<string, unknown>,
  ) {
    await this.audit.record(em, v, {
      operation,
      targetType: 'Course',
      targetId: c.id,
      targetUnitId: organiser.id,
      countyId: organiser.countyId,
      before,
      after,
    });
  }

  private span(c: CourseContent) {
    return {
      startsAt: new Date(Math.min(...c.sessions.map((s) => s.startsAt.getTime()))),
      endsAt: new Date(Math.max(...c.sessions.map((s) => s.endsAt.getTime()))),
    };
  }

  private columns(c: CourseContent) {
    return {
      title: c.title.trim(),
      description: c.description,
      domain: c.domain,
      themes: c.themes,
      hours: c.hours,
      capacity: c.capacity,
      waitlistSize: c.waitlistSize,
      registrationOpensAt: c.registrationOpensAt,
      registrationClosesAt: c.registrationClosesAt,
      schoolApproval: c.schoolApproval,
      contactName: c.contactName.trim(),
      contactPhone: c.contactPhone,
      contactEmail: c.contactEmail,
    };
  }

  private flat(c: CourseEntity, content: CourseContent): Record<string, unknown> {
    return {
      code: c.code,
      title: content.title,
      domain: content.domain,
      level: content.level,
      mode: content.mode,
      place: content.place,
      methods: content.methods,
      times: content.times.length ? content.times : timesOfSessions(content.sessions),
      hours: content.hours,
      capacity: content.capacity,
      waitlistSize: content.waitlistSize,
      registrationOpensAt: content.registrationOpensAt.toISOString(),
      registrationClosesAt: content.registrationClosesAt.toISOString(),
      schoolApproval: content.schoolApproval,
      sessions: content.sessions.map((s) => `${s.startsAt.toISOString()}/${s.endsAt.toISOString()}`),
      audience: content.audience.map((a) => `${a.kind}:${a.value}`),
    };
  }

  private async replaceParts(em: EntityManager, course: CourseEntity, c: CourseContent) {
    const courseId = course.id;
    await em.getRepository(CourseChoiceEntity).delete({ courseId });
    await em.getRepository(CourseAudienceEntity).delete({ courseId });
    await em.getRepository(CourseSessionEntity).delete({ courseId });
    const times = c.times.length ? c.times : timesOfSessions(c.sessions);
    const choices = [
      { dimension: 'LEVEL', option: c.level },
      { dimension: 'MODE', option: c.mode },
      { dimension: 'PLACE', option: c.place },
      ...c.methods.map((option) => ({ dimension: 'METHOD', option })),
      ...times.map((option) => ({ dimension: 'TIME', option })),
    ].map((x) => ({ courseId, ...x }));
    await em.getRepository(CourseChoiceEntity).insert(choices as CourseChoiceEntity[]);
    if (c.audience.length) await em.getRepository(CourseAudienceEntity).insert(c.audience.map((a) => ({ courseId, ...a })));
    const sessions = [...c.sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    await em.getRepository(CourseSessionEntity).insert(sessions.map((s) => ({ courseId, ...s, courseCountyId: course.countyId })));
  }

  /** A course's content as stored (for the audit's before and the re-approval test). */
  async contentOf(em: EntityManager, c: CourseEntity): Promise<CourseContent> {
    const choices = await em.getRepository(CourseChoiceEntity).findBy({ courseId: c.id });
    const pick = (d: string) => choices.filter((x) => x.dimension === d).map((x) => x.option);
    const sessions = await em.getRepository(CourseSessionEntity).find({ where: { courseId: c.id }, order: { startsAt: 'ASC', id: 'ASC' } });
    const audience = await em.getRepository(CourseAudienceEntity).findBy({ courseId: c.id });
    return {
      ...this.columns({ ...c } as unknown as CourseContent),
      title: c.title,
      description: c.description,
      themes: c.themes,
      domain: c.domain,
      level: pick('LEVEL')[0] as StudyLevel,
      mode: pick('MODE')[0] as StudyMode,
      place: pick('PLACE')[0] as StudyPlace,
      methods: pick('METHOD') as StudyMethod[],
      times: pick('TIME') as StudyTime[],
      sessions: sessions.map((s) => ({
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        countyId: s.countyId,
        address: s.address,
        onlineUrl: s.onlineUrl,
      })),
      audience: audience.map((a) => ({ kind: a.kind, value: a.value })),
    };
  }

  // ---- reads ----

  /** 研習課程查詢: the catalog, as the viewer may see it (courseScope), filtered on every dimension. */
  async catalog(v: Viewer, f: CatalogFilter, args: { first?: number | null; after?: string | null }): Promise<CatalogPage> {
    const { first } = pageWindow({ first: args.first });
    const cursor = decodeCatalogCursor(args.after);
    const q = searchText('search', f.search);
    if (q && q.length > 50) throw badInput('search', 'TOO_LONG', 'At most 50 characters');
    if (f.from && f.to && f.to < f.from) throw badInput('to', 'END_BEFORE_START', '`to` is before `from`');
    const now = this.clock.now();
    let fits: Scope | null = null;
    if (f.fitsMe) {
      if (v.kind !== 'TEACHER') throw badInput('fitsMe', 'INVALID_VALUE', 'fitsMe is for a logged-in teacher (僅教師可用)');
      const facts = (await teacherFacts(this.ds, [v.teacherId])).get(v.teacherId);
      fits = facts ? fitsScope(facts) : null;
    }
    const norm = q ? normaliseSearch(q) : null;
    // a county's courses: organised there (an index range), or held there by an organiser of another
    // county (few: their IDs first, from the sessions' county index alone, which holds each session's
    // course county), so no row is tested with a subquery
    let county: Scope | null = null;
    if (f.countyId != null) {
      const elsewhere: { id: number }[] = await this.ds.query(
        'SELECT DISTINCT cs.course_id AS id FROM course_session cs WHERE cs.county_id = ? AND (cs.course_county_id IS NULL OR cs.course_county_id <> ?)',
        [f.countyId, f.countyId],
      );
      const ids = elsewhere.map((r) => Number(r.id));
      county = ids.length
        ? { sql: `c.county_id = ? OR c.id IN (${placeholders(ids.length)})`, params: [f.countyId, ...ids] }
        : { sql: 'c.county_id = ?', params: [f.countyId] };
    }
    const where = allOf(
      courseScope(v),
      {
        sql: `c.status IN (${placeholders((f.statuses?.length ? f.statuses : ['PUBLISHED', 'CLOSED']).length)})`,
        params: f.statuses?.length ? f.statuses : ['PUBLISHED', 'CLOSED'],
      },
      !!norm && { sql: `c.search_text LIKE ? ${LIKE_ESCAPE} OR c.code = ?`, params: [containsPattern(norm), q] },
      county,
      f.organiserId != null && { sql: 'c.organiser_unit_id = ?', params: [f.organiserId] },
      f.schoolYear != null && { sql: 'c.school_year = ?', params: [f.schoolYear] },
      !!f.from && { sql: 'c.ends_at >= ?', params: [dateParam(this.ds, f.from)] },
      !!f.to && { sql: 'c.starts_at <= ?', params: [dateParam(this.ds, f.to)] },
      !!f.openNow && {
        sql: "c.status = 'PUBLISHED' AND c.registration_opens_at <= ? AND c.registration_closes_at > ?",
        params: [dateParam(this.ds, now), dateParam(this.ds, now)],
      },
      !!f.hasSeats && { sql: 'c.admitted_count < c.capacity', params: [] },
      !!f.domains?.length && { sql: `c.domain IN (${placeholders(f.domains.length)})`, params: f.domains },
      ...DIMENSIONS.map(([key, dim]) => {
        const values = f[key] as string[] | null | undefined;
        return (
          !!values?.length && {
            sql: `EXISTS (SELECT 1 FROM course_choice cc WHERE cc.course_id = c.id AND cc.dimension = ? AND cc.\`option\` IN (${placeholders(values.length)}))`,
            params: [dim, ...values],
          }
        );
      }),
      fits,
    );
    // the count only when the page's reader asks for it (totalCount): from the page's own scan of the
    // matches (a window count over them, before the limit), or by itself where that cannot tell it (a
    // start-date page after a cursor counts only what follows; a page past the end has no row to carry it)
    const withTotal = f.withTotal !== false;
    let counted: number | undefined;
    const countAll = async () => Number((await this.ds.query(`SELECT COUNT(*) AS n FROM course c WHERE ${where.sql}`, where.params))[0].n);
    const order: CourseOrder = f.orderBy === 'RELEVANCE' && !norm ? 'START' : (f.orderBy ?? 'OPEN_FIRST');
    let rows: Record<string, unknown>[];
    let offset = 0;
    if (order !== 'START') {
      // ranked orders: an offset cursor
      if (cursor && !('offset' in cursor)) throw badInput('after', 'CURSOR_INVALID', 'Not a cursor of this order');
      offset = cursor && 'offset' in cursor ? cursor.offset : 0;
      const nowParam = dateParam(this.ds, now);
      // open for registration now, then upcoming, then the rest (the most recent first)
      const openFirst = {
        sql: `CASE WHEN c.status = 'PUBLISHED' AND c.registration_opens_at <= ? AND c.registration_closes_at > ? THEN 0
                   WHEN c.status = 'PUBLISHED' AND c.starts_at > ? THEN 1 ELSE 2 END,
              CASE WHEN c.status = 'PUBLISHED' AND c.starts_at > ? THEN c.starts_at END, c.starts_at DESC, c.id`,
        params: [nowParam, nowParam, nowParam, nowParam],
      };
      let rank: Scope = openFirst;
      if (order === 'RELEVANCE')
        rank = {
          sql: `CASE WHEN c.code = ? THEN 3 WHEN c.search_text LIKE ? ${LIKE_ESCAPE} THEN 2 ELSE 1 END DESC, c.starts_at, c.id`,
          params: [q, `${containsPattern(norm!).slice(1)}`],
        };
      else if (order === 'FIT') {
        const fit = await this.planFit(v, f.schoolYear ?? schoolYearOf(now));
        if (fit) rank = { sql: `${fit.sql} DESC, ${openFirst.sql}`, params: [...fit.params, ...openFirst.params] };
      }
      const page = await this.pageRows({ where, order: rank, limit: first + 1, offset, withTotal });
      rows = page.rows;
      // nothing on the first page: nothing at all
      counted = page.total ?? (offset === 0 ? 0 : undefined);
    } else {
      if (cursor && !('startsAt' in cursor)) throw badInput('after', 'CURSOR_INVALID', 'Not a cursor of this order');
      const after =
        cursor && 'startsAt' in cursor
          ? {
              sql: 'AND (c.starts_at > ? OR (c.starts_at = ? AND c.id > ?))',
              params: [dateParam(this.ds, cursor.startsAt), dateParam(this.ds, cursor.startsAt), cursor.id],
            }
          : { sql: '', params: [] };
      const counts = withTotal && !after.sql;
      const page = await this.pageRows({
        where: { sql: `(${where.sql}) ${after.sql}`, params: [...where.params, ...after.params] },
        order: { sql: 'c.starts_at, c.id', params: [] },
        limit: first + 1,
        offset: 0,
        withTotal: counts,
      });
      rows = page.rows;
      counted = counts ? (page.total ?? 0) : undefined;
    }
    const courses = hydrate(this.ds, CourseEntity, rows).slice(0, first);
    const edges = courses.map((node, i) => ({
      node,
      cursor:
        order !== 'START' ? encodeCatalogCursor({ offset: offset + i + 1 }) : encodeCatalogCursor({ startsAt: node.startsAt, id: node.id }),
    }));
    return {
      edges,
      totalCount: !withTotal ? 0 : (counted ?? (await countAll())),
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    };
  }

  /**
   * A page of courses in one statement: the page's IDs (and the count of all matches, a window count
   * before the limit) filtered and ordered from the catalog index where it covers the question
   * (IDX_course_catalog), in a derived table of at most `limit` rows, then only those rows joined by
   * their key, in the page's order. `total` is the count the page carried (undefined when it has no row).
   */
  private async pageRows(page: {
    where: Scope;
    order: Scope;
    limit: number;
    offset: number;
    withTotal: boolean;
  }): Promise<{ rows: Record<string, unknown>[]; total?: number }> {
    const { where, order } = page;
    const rows: (Record<string, unknown> & { page_total?: unknown })[] = await this.ds.query(
      `SELECT c.*, p.page_rn${page.withTotal ? ', p.page_total' : ''} FROM (
         SELECT c.id, ROW_NUMBER() OVER (ORDER BY ${order.sql}) AS page_rn${page.withTotal ? ', COUNT(*) OVER () AS page_total' : ''}
           FROM course c WHERE ${where.sql} ORDER BY ${order.sql} LIMIT ${page.limit} OFFSET ${page.offset}
       ) p JOIN course c ON c.id = p.id ORDER BY p.page_rn`,
      [...order.params, ...where.params, ...order.params],
    );
    if (!rows.length) return { rows: [] };
    return { rows, total: rows[0].page_total == null ? undefined : Number(rows[0].page_total) };
  }

  /**
   * FIT: how many of the teacher's plan's wishes for the year a course meets (0-5): its domain among
   * the plan's domains, and one of its times, places, methods and levels among the plan's. A teacher
   * without a plan that year (null) gets the catalog's open-first order.
   */
  private async planFit(v: Viewer, schoolYear: number): Promise<Scope | null> {
    if (v.kind !== 'TEACHER') throw badInput('orderBy', 'INVALID_VALUE', 'FIT is for a logged-in teacher (僅教師可用)');
    const [plan]: { id: number }[] = await this.ds.query('SELECT id FROM teacher_plan WHERE teacher_id = ? AND school_year = ?', [
      v.teacherId,
      schoolYear,
    ]);
    if (!plan) return null;
    const [choices, domains]: [{ dimension: string; option: string }[], { domain: string }[]] = await Promise.all([
      this.ds.query('SELECT dimension, `option` AS `option` FROM teacher_plan_choice WHERE plan_id = ?', [plan.id]),
      this.ds.query('SELECT domain FROM teacher_plan_domain WHERE plan_id = ?', [plan.id]),
    ]);
    const parts: Scope[] = [];
    for (const dim of ['TIME', 'PLACE', 'METHOD', 'LEVEL']) {
      const options = choices.filter((c) => c.dimension === dim).map((c) => c.option);
      if (options.length)
        parts.push({
          sql: `CASE WHEN EXISTS (SELECT 1 FROM course_choice cc WHERE cc.course_id = c.id AND cc.dimension = ? AND cc.\`option\` IN (${placeholders(options.length)})) THEN 1 ELSE 0 END`,
          params: [dim, ...options],
        });
    }
    if (domains.length)
      parts.push({
        sql: `CASE WHEN c.domain IN (${placeholders(domains.length)}) THEN 1 ELSE 0 END`,
        params: domains.map((d) => d.domain),
      });
    return parts.length
      ? { sql: `(${parts.map((p) => p.sql).join(' + ')})`, params: parts.flatMap((p) => p.params) }
      : { sql: '0', params: [] };
  }

  /** The teacher's own audience facts (fitsMe), one statement pair. */
  factsOf(teacherId: number): Promise<TeacherFacts | undefined> {
    return teacherFacts(this.ds, [teacherId]).then((m) => m.get(teacherId));
  }
}
