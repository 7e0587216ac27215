import type { AuditOperation } from '../../shared/enums';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { AppError, badInput, conflict, forbidden, notFound } from '../../shared/errors';
import type { Clock } from '../../shared/clock';
import type { SheetFormat, UploadProblemKind } from '../../shared/enums';
import { findForUpdate, inTransaction, uniqueViolation } from '../../shared/tx';
import { newRecordKey } from '../../shared/disclosure';
import { courseSnapshot, moveCourse, recordAdmission } from '../../shared/supply-summary';
import { placeholders } from '../../shared/loaders';
import { dateParam } from '../../shared/sql';
import { isValidNationalId, maskNationalId } from '../../shared/national-id';
import type { AuditService } from '../audit';
import { UnitEntity } from '../directory';
import { CourseAudienceEntity, CourseEntity, CourseRegistrationEntity } from './course.entity';
import { LIMITS, nationalIdsOf, readSheet } from './course-input';
import { decidesAttendanceOf, enrolsItself, managesCourse } from './course.policy';
import { enrollingTeacher, fitsAudience, teacherFacts } from './course.service';
import { rebalance, writeCounters } from './queue';
import { queueEvents, registrationEvent, registrationRefs } from './registration-events';

export interface UploadReport {
  dryRun: boolean;
  committed: boolean;
  rows: number;
  /** Rows that would be (or were) admitted: new participants and waitlisted ones taking a seat. */
  accepted: number;
  /** Rows already admitted: nothing changes for them. */
  alreadyAdmitted: number;
  problems: { row: number; kind: UploadProblemKind; nationalIdMasked: string }[];
}

const ACTIVE = ['ADMITTED', 'WAITLISTED'];

/**
 * 線上報名: a teacher enrols and withdraws within the registration window; seats go by arrival
 * (the course's row lock serialises every registration change of one course on MariaDB; SQLite has
 * one writer). A school approval (公假), where the course asks for it, holds the seat while the
 * school decides; a decline frees it for the first waitlisted. The organiser uploads participants.
 */
export class RegistrationService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async enrol(v: Viewer, courseId: number): Promise<CourseRegistrationEntity> {
    if (!enrolsItself(v)) throw forbidden('NOT_PERMITTED', 'Only a teacher enrols, for itself (僅教師本人可報名)');
    const now = this.clock.now();
    try {
      return await inTransaction(this.ds, async (em) => {
        // the teacher's facts before the lock: the lock is held for as short as can be
        // the teacher, its audience facts and its school's county, stages and remoteness (for the event,
        // the audit and the uptake), in one statement
        const teacher = (await enrollingTeacher(em, v.teacherId))!;
        const { facts, school } = teacher;
        const c = await this.lockedCourse(em, courseId);
        if (c.status !== 'PUBLISHED') throw conflict('COURSE_STATE', 'The course is not open for registration (課程未開放報名)');
        this.checkWindow(c, now);
        const audience = await em.getRepository(CourseAudienceEntity).findBy({ courseId });
        if (!fitsAudience(audience, facts)) {
          throw new AppError('FORBIDDEN', 'NOT_IN_AUDIENCE', 'You are not in the audience of this course (不符參加對象)');
        }
        const repo = em.getRepository(CourseRegistrationEntity);
        const existing = await repo.findOneBy({ courseId, teacherId: teacher.id });
        if (existing && ACTIVE.includes(existing.status)) {
          throw new AppError('CONFLICT', 'ALREADY_REGISTERED', 'You are registered for this course already (已報名)');
        }
        let status: 'ADMITTED' | 'WAITLISTED';
        if (c.admittedCount < c.capacity) status = 'ADMITTED';
        else if (c.waitlistedCount < c.waitlistSize) status = 'WAITLISTED';
        else throw new AppError('CONFLICT', 'FULL', 'The course and its waitlist are full (名額已滿)');
        const reg = existing ?? repo.create({ courseId, teacherId: teacher.id, registeredAt: now, recordKey: newRecordKey() });
        Object.assign(reg, {
          schoolId: teacher.schoolId,
          status,
          approval: c.schoolApproval ? 'PENDING' : 'NOT_REQUIRED',
          queueNo: c.nextQueueNo,
          registeredAt: now,
          registeredBy: v.username,
          updatedAt: now,
          approvalDecidedBy: null,
        });
        const saved = await repo.save(reg);
        c.nextQueueNo += 1;
        if (status === 'ADMITTED') c.admittedCount += 1;
        else c.waitlistedCount += 1;
        await writeCounters(em, c);
        await registrationEvent(em, status === 'ADMITTED' ? 'REGISTRATION_ADMITTED' : 'REGISTRATION_WAITLISTED', saved, c, now, {
          data: { approvalPending: saved.approval === 'PENDING' },
          schoolCountyId: school.countyId,
        });
        if (saved.approval === 'PENDING') {
          await registrationEvent(em, 'SCHOOL_APPROVAL_ASKED', saved, c, now, {
            toSchool: true,
            data: { teacherName: teacher.name },
            schoolCountyId: school.countyId,
          });
        }
        await this.record(
          em,
          v,
          'enrolInCourse',
          saved,
          c,
          existing ? { status: existing.status } : {},
          { status, approval: saved.approval, queueNo: saved.queueNo },
          school.countyId,
        );
        // an admitted registration counts in the uptake (a waitlisted one does not; nothing else of the course changed)
        if (status === 'ADMITTED') await recordAdmission(em, { courseId, recordKey: saved.recordKey, school }, 1);
        return saved;
      });
    } catch (e) {
      if (uniqueViolation(e)) throw new AppError('CONFLICT', 'ALREADY_REGISTERED', 'You are registered for this course already (已報名)');
      throw e;
    }
  }

  /** Withdraws within the window; an admitted teacher's seat goes to the first waitlisted in the same transaction. */
  async withdraw(v: Viewer, courseId: number): Promise<CourseRegistrationEntity> {
    if (!enrolsItself(v)) throw forbidden('NOT_PERMITTED', 'Only a teacher withdraws, for itself');
    const now = this.clock.now();
    return inTransaction(this.ds, async (em) => {
      const c = await this.lockedCourse(em, courseId);
      const summaryBefore = await courseSnapshot(em, courseId);
      const reg = await em.getRepository(CourseRegistrationEntity).findOneBy({ courseId, teacherId: v.teacherId });
      if (!reg || !ACTIVE.includes(reg.status)) throw notFound('NO_SUCH_REGISTRATION', 'You are not registered for this course (查無報名)');
      this.checkWindow(c, now);
      const before = reg.status;
      reg.status = 'WITHDRAWN';
      reg.updatedAt = now;
      const saved = await em.getRepository(CourseRegistrationEntity).save(reg);
      await registrationEvent(em, 'REGISTRATION_WITHDRAWN', saved, c, now);
      await queueEvents(em, c, await rebalance(em, c, true), now);
      await this.record(em, v, 'withdrawFromCourse', saved, c, { status: before }, { status: saved.status });
      await moveCourse(em, summaryBefore, await courseSnapshot(em, courseId));
      return saved;
    });
  }

  /** 公假: the teacher's school's CHIEF/CONTACT approves or declines; a decline frees the seat. */
  async decide(v: Viewer, registrationId: number, approve: boolean): Promise<CourseRegistrationEntity> {
    const now = this.clock.now();
    return inTransaction(this.ds, async (em) => {
      const first = await em.getRepository(CourseRegistrationEntity).findOneBy({ id: registrationId });
      if (!first || !decidesAttendanceOf(v, first)) throw notFound('NO_SUCH_REGISTRATION', 'No such registration (查無報名)');
      const c = await this.lockedCourse(em, first.courseId);
      const summaryBefore = await courseSnapshot(em, c.id);
      const reg = (await em.getRepository(CourseRegistrationEntity).findOneBy({ id: registrationId }))!;
      if (reg.approval !== 'PENDING' || !ACTIVE.includes(reg.status))
        throw conflict('COURSE_STATE', 'This registration awaits no decision (此報名無待核准事項)');
      const before = { status: reg.status, approval: reg.approval };
      reg.approval = approve ? 'APPROVED' : 'DECLINED';
      if (!approve) reg.status = 'DECLINED';
      reg.approvalDecidedBy = v.kind === 'ANONYMOUS' ? null : v.username;
      reg.updatedAt = now;
      const saved = await em.getRepository(CourseRegistrationEntity).save(reg);
      await registrationEvent(em, 'SCHOOL_APPROVAL_DECIDED', saved, c, now, { data: { approved: approve } });
      if (!approve) await queueEvents(em, c, await rebalance(em, c, true), now);
      await this.record(em, v, 'decideCourseRegistration', saved, c, before, { status: saved.status, approval: saved.approval });
      await moveCourse(em, summaryBefore, await courseSnapshot(em, c.id));
      return saved;
    });
  }

  /**
   * 資料上傳: the organiser lists participants by national ID (CSV or XLSX). The report names every
   * row that cannot be taken (invalid or unknown ID, listed twice, outside the audience, over
   * capacity); a commit (dryRun false) admits every listed teacher in one transaction, or, when the
   * report has any problem, changes nothing.
   */
  async upload(v: Viewer, courseId: number, base64: string, format: SheetFormat, dryRun: boolean): Promise<UploadReport> {
    if (base64.length > 1_000_000) throw badInput('file', 'INVALID_VALUE', 'The file is too large (檔案過大)');
    const buffer = Buffer.from(base64, 'base64');
    const rows = await readSheet(buffer, format);
    const listed = nationalIdsOf(rows);
    if (!listed.length) throw badInput('file', 'INVALID_VALUE', 'The file lists no participants (檔案中沒有資料)');
    if (listed.length > LIMITS.uploadRows)
      throw badInput('file', 'TOO_MANY', `At most ${LIMITS.uploadRows} rows (最多 ${LIMITS.uploadRows} 列)`);
    const now = this.clock.now();
    return inTransaction(this.ds, async (em) => {
      const c = await this.lockedCourse(em, courseId, v);
      if (!managesCourse(v, c)) throw forbidden('NOT_PERMITTED', 'Course management (研習課程管理) of the organiser is needed');
      if (!['APPROVED', 'PUBLISHED', 'CLOSED'].includes(c.status))
        throw conflict('COURSE_STATE', 'Participants are uploaded to an approved course (課程須先經核定)');
      const summaryBefore = await courseSnapshot(em, courseId);
      const problems: UploadReport['problems'] = [];
      const seen = new Set<string>();
      const valid: { row: number; nationalId: string }[] = [];
      for (const r of listed) {
        const masked = maskNationalId(r.nationalId);
        if (!isValidNationalId(r.nationalId)) problems.push({ row: r.row, kind: 'INVALID_ID', nationalIdMasked: masked });
        else if (seen.has(r.nationalId)) problems.push({ row: r.row, kind: 'DUPLICATE', nationalIdMasked: masked });
        else {
          seen.add(r.nationalId);
          valid.push(r);
        }
      }
      const ids = valid.map((r) => r.nationalId);
      const teachers: { id: number; national_id: string; school_id: number }[] = ids.length
        ? await em.query(`SELECT id, national_id, school_id FROM teacher WHERE national_id IN (${placeholders(ids.length)})`, ids)
        : [];
      const byNid = new Map(teachers.map((t) => [t.national_id, { id: Number(t.id), schoolId: Number(t.school_id) }]));
      const facts = await teacherFacts(
        em,
        [...byNid.values()].map((t) => t.id),
      );
      const audience = await em.getRepository(CourseAudienceEntity).findBy({ courseId });
      const existing = await em.getRepository(CourseRegistrationEntity).findBy({ courseId });
      const regOf = new Map(existing.map((r) => [r.teacherId, r]));
      let admitted = c.admittedCount;
      const take: { teacherId: number; schoolId: number }[] = [];
      let alreadyAdmitted = 0;
      for (const r of valid) {
        const masked = maskNationalId(r.nationalId);
        const t = byNid.get(r.nationalId);
        if (!t) problems.push({ row: r.row, kind: 'UNKNOWN_ID', nationalIdMasked: masked });
        else if (!fitsAudience(audience, facts.get(t.id)!))
          problems.push({ row: r.row, kind: 'OUTSIDE_AUDIENCE', nationalIdMasked: masked });
        else if (regOf.get(t.id)?.status === 'ADMITTED') alreadyAdmitted++;
        else if (admitted >= c.capacity) problems.push({ row: r.row, kind: 'OVER_CAPACITY', nationalIdMasked: masked });
        else {
          admitted++;
          take.push({ teacherId: t.id, schoolId: t.schoolId });
        }
      }
      problems.sort((a, b) => a.row - b.row);
      const report: UploadReport = { dryRun, committed: false, rows: listed.length, accepted: take.length, alreadyAdmitted, problems };
      if (dryRun) return report;
      if (problems.length) {
        throw new AppError(
          'BAD_USER_INPUT',
          'INVALID_VALUE',
          `${problems.length} rows cannot be taken: nothing was changed (${problems.length} 列有問題，未匯入)`,
          {
            fields: ['file'],
            problems: problems.length,
          },
        );
      }
      const repo = em.getRepository(CourseRegistrationEntity);
      for (let i = 0; i < take.length; i += 500) {
        const chunk = take.slice(i, i + 500);
        const updates = chunk.filter((t) => regOf.has(t.teacherId)).map((t) => regOf.get(t.teacherId)!.id);
        if (updates.length) {
          await em.query(
            `UPDATE course_registration SET status = 'ADMITTED', approval = 'NOT_REQUIRED', updated_at = ?, registered_by = ? WHERE id IN (${placeholders(updates.length)})`,
            [dateParam(this.ds, now), v.kind === 'ANONYMOUS' ? '' : v.username, ...updates],
          );
        }
        const fresh = chunk.filter((t) => !regOf.has(t.teacherId));
        if (fresh.length) {
          await repo.insert(
            fresh.map((t) => ({
              courseId,
              teacherId: t.teacherId,
              schoolId: t.schoolId,
              status: 'ADMITTED' as const,
              approval: 'NOT_REQUIRED' as const,
              queueNo: c.nextQueueNo++,
              registeredAt: now,
              registeredBy: v.kind === 'ANONYMOUS' ? '' : v.username,
              updatedAt: now,
              approvalDecidedBy: null,
              recordKey: newRecordKey(),
            })),
          );
        }
      }
      // each uploaded participant is told it is admitted (REGISTRATION_ADMITTED, marked as the organiser's upload)
      for (let i = 0; i < take.length; i += 500) {
        const teachers = take.slice(i, i + 500).map((t) => t.teacherId);
        const rows: { id: number }[] = await em.query(
          `SELECT id FROM course_registration WHERE course_id = ? AND status = 'ADMITTED' AND teacher_id IN (${placeholders(teachers.length)}) ORDER BY id`,
          [courseId, ...teachers],
        );
        for (const r of await registrationRefs(
          em,
          rows.map((x) => Number(x.id)),
        ))
          await registrationEvent(em, 'REGISTRATION_ADMITTED', r, c, now, { data: { uploaded: true } });
      }
      await queueEvents(em, c, await rebalance(em, c, true), now);
      await this.audit.record(em, v, {
        operation: 'uploadCourseParticipants',
        targetType: 'Course',
        targetId: c.id,
        targetUnitId: c.organiserUnitId,
        countyId: c.countyId,
        before: { admitted: existing.filter((r) => r.status === 'ADMITTED').length },
        after: { admitted: c.admittedCount, uploadedRows: listed.length, accepted: take.length },
      });
      await moveCourse(em, summaryBefore, await courseSnapshot(em, courseId));
      return { ...report, committed: true };
    });
  }

  /** The course, locked for the rest of the transaction (MariaDB: SELECT ... FOR UPDATE; SQLite: one writer). */
  private async lockedCourse(em: EntityManager, courseId: number, v?: Viewer): Promise<CourseEntity> {
    const c = await findForUpdate(em, CourseEntity, courseId);
    if (!c) throw notFound('NO_SUCH_COURSE', 'No such course (查無課程)');
    if (v && c.status === 'DRAFT' && !managesCourse(v, c)) throw notFound('NO_SUCH_COURSE', 'No such course (查無課程)');
    return c;
  }

  private checkWindow(c: CourseEntity, now: Date): void {
    if (now < c.registrationOpensAt || now >= c.registrationClosesAt) {
      throw new AppError('WINDOW_CLOSED', 'REGISTRATION_CLOSED', 'Registration is not open (不在報名期間)', {
        opensAt: c.registrationOpensAt.toISOString(),
        closesAt: c.registrationClosesAt.toISOString(),
      });
    }
  }

  private async record(
    em: EntityManager,
    v: Viewer,
    operation: AuditOperation,
    r: CourseRegistrationEntity,
    c: CourseEntity,
    before: Record<string, unknown>,
    after: Record<string, unknown>,
    /** The county of the registration's school, when the caller read it already (null: the school has none). */
    schoolCountyId?: number | null,
  ) {
    const countyId =
      schoolCountyId !== undefined
        ? schoolCountyId
        : ((await em.getRepository(UnitEntity).findOneBy({ id: r.schoolId }))?.countyId ?? null);
    await this.audit.record(em, v, {
      operation,
      targetType: 'CourseRegistration',
      targetId: r.id,
      targetUnitId: r.schoolId,
      countyId: countyId ?? c.countyId,
      before: { course: c.code, ...before },
      after: { course: c.code, ...after },
    });
  }
}
