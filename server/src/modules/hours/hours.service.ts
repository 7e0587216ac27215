import { randomInt } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { rollup, type Rollup, type RollupScope } from './attainment';
import type { Viewer } from '../../auth/viewer';
import type { Clock } from '../../shared/clock';
import { newRecordKey } from '../../shared/disclosure';
import type { AttendanceStatus, CorrectionStatus, SheetFormat, StudyDomain, UploadProblemKind } from '../../shared/enums';
import { AppError, badInput, conflict, forbidden, notFound } from '../../shared/errors';
import { LABELS } from '../../shared/labels';
import { hydrate, placeholders } from '../../shared/loaders';
import { decodeCursor, pageWindow } from '../../shared/pagination';
import { RateLimiter } from '../../shared/rate-limit';
import { isValidNationalId, maskNationalId } from '../../shared/national-id';
import { enqueue, enqueueMany } from '../../shared/outbox';
import { taipeiDate } from '../../shared/taiwan-time';
import { recordIssuedHours, recordIssuedHoursMany } from '../../shared/supply-summary';
import { inTransaction, lockForUpdate, uniqueViolation } from '../../shared/tx';
import type { AuditService } from '../audit';
import {
  closedForHours,
  CourseEntity,
  CourseRegistrationEntity,
  CourseSessionEntity,
  nationalIdsOf,
  readSheet,
  schoolYearOf,
} from '../courses';
import { TeacherEntity, UnitEntity } from '../directory';
import { AttendanceEntity, HoursCorrectionEntity, SessionSignInEntity, SignInFailureEntity, StudyRecordEntity } from './hours.entity';
import { correctionScope, decidesCorrectionOf, keepsHoursOf, reportsHours, signsIn } from './hours.policy';

/** Attendance and sign-in open this long before a session starts. */
export const EARLY_MINUTES = 30;
/** A signed-in teacher arriving this long after the start is LATE. */
export const LATE_AFTER_MINUTES = 15;
/** Refused sign-ins of a teacher within the window before signing in waits. */
export const SIGN_IN_FAILURES = { limit: 5, windowMinutes: 10 };

/** The weight of a session's attendance in the hours rule: present 1, late or left early ½, absent 0. */
export const ATTENDANCE_WEIGHT: Record<AttendanceStatus, number> = { PRESENT: 1, LATE: 0.5, LEFT_EARLY: 0.5, ABSENT: 0 };

/**
 * The stated rule for partial attendance (docs/API.md "Study hours"): a teacher earns the course's
 * hours times the share of its sessions attended (a session late or left early counts half, an
 * unmarked session as absent), rounded down to the half hour; never more than the course's hours.
 */
export function hoursEarned(courseHours: number, sessions: number, statuses: AttendanceStatus[]): number {
  if (sessions <= 0) return 0;
  const weight = statuses.reduce((s, st) => s + ATTENDANCE_WEIGHT[st], 0);
  const raw = (courseHours * Math.min(weight, sessions)) / sessions;
  return Math.min(courseHours, Math.floor(raw * 2 + 1e-9) / 2);
}

const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const randomCode = (n: number) => Array.from({ length: n }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

export interface AttendanceUploadReport {
  dryRun: boolean;
  committed: boolean;
  rows: number;
  accepted: number;
  problems: { row: number; kind: UploadProblemKind; nationalIdMasked: string }[];
}

export interface IssueReport {
  course: CourseEntity;
  /** New records written by this call. */
  issued: number;
  /** Teachers who had their record already (unchanged). */
  alreadyIssued: number;
  /** Admitted teachers whose attendance earns no hours. */
  withoutHours: number;
  hoursIssued: number;
}

export interface ExternalHoursInput {
  externalId: string;
  nationalId: string;
  title: string;
  issuerName?: string | null;
  domain: StudyDomain;
  hours: number;
  startsOn: string;
  endsOn: string;
}

export interface CertificateVerification {
  valid: boolean;
  certificateNumber: string | null;
  teacherName: string | null;
  courseTitle: string | null;
  hours: number | null;
  startsOn: string | null;
  endsOn: string | null;
  issuerName: string | null;
}

const INVALID: CertificateVerification = {
  valid: false,
  certificateNumber: null,
  teacherName: null,
  courseTitle: null,
  hours: null,
  startsOn: null,
  endsOn: null,
  issuerName: null,
};

const isDay = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** A name shown by verification: the surname and the last character, the rest masked (王○明), as certificates are checked by strangers. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}○`;
  return chars[0] + '○'.repeat(chars.length - 2) + chars[chars.length - 1];
}

/**
 * 核發研習時數 (issue 12): attendance per session (marked, uploaded, or signed in with a code), issuing
 * hours after the course ends by the stated rule, study records with certificate numbers and
 * verification codes, corrections (at once before closure; a request the approver decides after),
 * and external hours from partner keys with HOURS_WRITE. Every write is audited in its transaction.
 */
export class HoursService {
  /** verifyCertificate per client address per hour (RATE_LIMITED beyond): codes are not to be guessed. */
  readonly verifyLimiter = new RateLimiter(Number(process.env.VERIFY_RATE_LIMIT) || 60, 3600_000);

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Whether the course is closed for hours (結案): its status is CLOSED, or 30 days have passed since its end. */
  closedForHours(c: CourseEntity, now = this.clock.now()): boolean {
    return closedForHours(c, now);
  }

  /** 目標達成度 of the teachers with a plan filed at a school, in a county or the nation (attainment.ts). */
  rollup(schoolYear: number, scope: RollupScope, exact: boolean): Promise<Rollup> {
    return rollup(this.ds, schoolYear, scope, exact);
  }

  /** 結案研習異動申請 the viewer sees (its correction scope), newest first: a page and the total. */
  async corrections(v: Viewer, a: { first: number | null; after: string | null; status: CorrectionStatus | null }) {
    const scope = correctionScope(v, 'x');
    const { first } = pageWindow({ first: a.first });
    const after = decodeCursor(a.after);
    const where = `(${scope.sql}) AND (? IS NULL OR x.status = ?)`;
    const params = [...scope.params, a.status, a.status];
    const [raw, count] = await Promise.all([
      this.ds.query(`SELECT x.* FROM hours_correction x WHERE ${where} AND (? = 0 OR x.id < ?) ORDER BY x.id DESC LIMIT ?`, [
        ...params,
        after,
        after,
        first + 1,
      ]),
      this.ds.query(`SELECT COUNT(*) AS n FROM hours_correction x WHERE ${where}`, params),
    ]);
    const rows = hydrate(this.ds, HoursCorrectionEntity, raw);
    return { nodes: rows.slice(0, first), hasNextPage: rows.length > first, total: Number(count[0].n) };
  }

  async registrationOf(courseId: number, teacherId: number): Promise<CourseRegistrationEntity | null> {
    return this.ds.getRepository(CourseRegistrationEntity).findOneBy({ courseId, teacherId });
  }

  async teacherNameOf(teacherId: number): Promise<string | null> {
    return (await this.ds.getRepository(TeacherEntity).findOneBy({ id: teacherId }))?.name ?? null;
  }

  async sessions(ids: number[]): Promise<CourseSessionEntity[]> {
    return ids.length ? this.ds.getRepository(CourseSessionEntity).findBy({ id: In(ids) }) : [];
  }

  // ---- attendance ----

  /** The session and its course for a manager of the course; NOT_FOUND for anyone else (nothing is told). */
  private async managedSession(em: EntityManager, v: Viewer, sessionId: number, lock = false) {
    const s = await em.getRepository(CourseSessionEntity).findOneBy({ id: sessionId });
    if (!s) throw notFound('NO_SUCH_SESSION', 'No such session (查無場次)');
    if (lock) await lockForUpdate(em, 'course', [s.courseId]);
    const c = await em.getRepository(CourseEntity).findOneBy({ id: s.courseId });
    if (!c || !keepsHoursOf(v, c)) throw notFound('NO_SUCH_SESSION', 'No such session (查無場次)');
    return { s, c };
  }

  private checkAttendanceOpen(c: CourseEntity, s: CourseSessionEntity, now: Date) {
    if (c.status !== 'PUBLISHED')
      throw conflict('COURSE_STATE', 'Attendance is recorded for a published course before its closure (課程須為已公告且未結案)');
    if (this.closedForHours(c, now)) throw conflict('COURSE_STATE', 'The course is closed for hours (已結案)');
    if (now.getTime() < s.startsAt.getTime() - EARLY_MINUTES * 60_000)
      throw conflict('SESSION_NOT_STARTED', 'Attendance is recorded from 30 minutes before the session (場次尚未開始)', {
        startsAt: s.startsAt.toISOString(),
      });
  }

  /** The course's admitted registrations by teacher. */
  private async admitted(em: EntityManager, courseId: number): Promise<Map<number, CourseRegistrationEntity>> {
    const regs = await em.getRepository(CourseRegistrationEntity).findBy({ courseId, status: 'ADMITTED' });
    return new Map(regs.filter((r) => r.approval !== 'DECLINED').map((r) => [r.teacherId, r]));
  }

  private async upsertAttendance(
    em: EntityManager,
    v: Viewer,
    c: CourseEntity,
    s: CourseSessionEntity,
    entries: { teacherId: number; status: AttendanceStatus }[],
    method: AttendanceEntity['method'],
    now: Date,
  ): Promise<AttendanceEntity[]> {
    const repo = em.getRepository(AttendanceEntity);
    const existing = new Map((await repo.findBy({ sessionId: s.id })).map((a) => [a.teacherId, a]));
    const by = v.kind === 'ANONYMOUS' ? '' : v.username;
    const out: AttendanceEntity[] = [];
    const changes: Record<string, string> = {};
    for (const e of entries) {
      const a = existing.get(e.teacherId) ?? repo.create({ courseId: c.id, sessionId: s.id, teacherId: e.teacherId });
      if (a.id && a.status === e.status) {
        out.push(a);
        continue;
      }
      Object.assign(a, { status: e.status, method, recordedAt: now, recordedBy: by });
      out.push(await repo.save(a));
      changes[`teacher ${e.teacherId}`] = e.status;
    }
    if (Object.keys(changes).length) {
      await this.audit.record(em, v, {
        operation: method === 'UPLOADED' ? 'uploadAttendance' : method === 'SIGNED_IN' ? 'signInToSession' : 'recordAttendance',
        targetType: 'CourseSession',
        targetId: s.id,
        targetUnitId: c.organiserUnitId,
        countyId: c.countyId,
        before: { course: c.code },
        after: { course: c.code, session: s.startsAt.toISOString(), ...changes },
      });
    }
    return out;
  }

  /** 出席登記: the organiser marks admitted teachers of a session; all or nothing. */
  async recordAttendance(v: Viewer, sessionId: number, entries: { registrationId: number; status: AttendanceStatus }[]) {
    if (!entries.length) throw badInput('entries', 'INVALID_VALUE', 'Mark at least one teacher (至少一筆)');
    if (entries.length > 2000) throw badInput('entries', 'TOO_MANY', 'At most 2000 entries (最多 2000 筆)');
    const now = this.clock.now();
    return inTransaction(this.ds, async (em) => {
      const { s, c } = await this.managedSession(em, v, sessionId, true);
      this.checkAttendanceOpen(c, s, now);
      const admitted = await this.admitted(em, c.id);
      const byReg = new Map([...admitted.values()].map((r) => [r.id, r]));
      const seen = new Set<number>();
      const marks = entries.map((e, k) => {
        const reg = byReg.get(e.registrationId);
        if (!reg)
          throw badInput(`entries.${k}.registrationId`, 'NOT_REGISTERED', 'Not an admitted registration of this course (非本課程錄取學員)');
        if (seen.has(reg.teacherId)) throw badInput(`entries.${k}.registrationId`, 'DUPLICATE_ENTRY', 'Listed twice (重複)');
        seen.add(reg.teacherId);
        return { teacherId: reg.teacherId, status: e.status };
      });
      const rows = await this.upsertAttendance(em, v, c, s, marks, 'MARKED', now);
      return { session: s, recorded: rows.length };
    });
  }

  /**
   * 出席名單上傳: a sheet of national IDs with a status column (出席/遲到/早退/缺席 or the codes;
   * blank = present). A dry run reports; a commit records every row, or nothing when any row has a problem.
   */
  async uploadAttendance(
    v: Viewer,
    sessionId: number,
    base64: string,
    format: SheetFormat,
    dryRun: boolean,
  ): Promise<AttendanceUploadReport> {
    if (base64.length > 1_000_000) throw badInput('file', 'INVALID_VALUE', 'The file is too large (檔案過大)');
    const rows = await readSheet(Buffer.from(base64, 'base64'), format);
    const listed = nationalIdsOf(rows);
    if (!listed.length) throw badInput('file', 'INVALID_VALUE', 'The file lists no participants (檔案中沒有資料)');
    if (listed.length > 2000) throw badInput('file', 'TOO_MANY', 'At most 2000 rows (最多 2000 列)');
    const statusCol = statusColumn(rows);
    const now = this.clock.now();
    return inTransaction(this.ds, async (em) => {
      const { s, c } = await this.managedSession(em, v, sessionId, true);
      this.checkAttendanceOpen(c, s, now);
      const admitted = await this.admitted(em, c.id);
      const problems: AttendanceUploadReport['problems'] = [];
      const valid = listed.filter((r) => {
        if (isValidNationalId(r.nationalId)) return true;
        problems.push({ row: r.row, kind: 'INVALID_ID', nationalIdMasked: maskNationalId(r.nationalId) });
        return false;
      });
      const ids = [...new Set(valid.map((r) => r.nationalId))];
      const found: { id: number; national_id: string }[] = ids.length
        ? await em.query(`SELECT id, national_id FROM teacher WHERE national_id IN (${placeholders(ids.length)})`, ids)
        : [];
      const byNid = new Map(found.map((t) => [t.national_id, Number(t.id)]));
      const seen = new Set<string>();
      const marks: { teacherId: number; status: AttendanceStatus }[] = [];
      for (const r of valid) {
        const masked = maskNationalId(r.nationalId);
        const teacherId = byNid.get(r.nationalId);
        const status = statusOf(statusCol === null ? '' : (rows[r.row - 1]?.[statusCol] ?? ''));
        if (seen.has(r.nationalId)) problems.push({ row: r.row, kind: 'DUPLICATE', nationalIdMasked: masked });
        else if (teacherId === undefined) problems.push({ row: r.row, kind: 'UNKNOWN_ID', nationalIdMasked: masked });
        else if (!admitted.has(teacherId)) problems.push({ row: r.row, kind: 'NOT_REGISTERED', nationalIdMasked: masked });
        else if (!status) problems.push({ row: r.row, kind: 'INVALID_STATUS', nationalIdMasked: masked });
        else marks.push({ teacherId, status });
        seen.add(r.nationalId);
      }
      problems.sort((a, b) => a.row - b.row);
      const report = { dryRun, committed: false, rows: listed.length, accepted: marks.length, problems };
      if (dryRun || problems.length) return report;
      await this.upsertAttendance(em, v, c, s, marks, 'UPLOADED', now);
      return { ...report, committed: true };
    });
  }

  /** 開放簽到: the session's sign-in code (made on first call), valid from 30 minutes before the session to its end. */
  async openSignIn(v: Viewer, sessionId: number): Promise<SessionSignInEntity> {
    const now = this.clock.now();
    return inTransaction(this.ds, async (em) => {
      const { s, c } = await this.managedSession(em, v, sessionId, true);
      if (c.status !== 'PUBLISHED') throw conflict('COURSE_STATE', 'Sign-in is for a published course (課程須為已公告)');
      if (now >= s.endsAt) throw conflict('SIGN_IN_CODE_EXPIRED', 'The session has ended (場次已結束)');
      const repo = em.getRepository(SessionSignInEntity);
      const existing = await repo.findOneBy({ sessionId: s.id });
      if (existing) return existing;
      for (let attempt = 0; ; attempt++) {
        const row = repo.create({
          sessionId: s.id,
          courseId: c.id,
          code: randomCode(6),
          validFrom: new Date(s.startsAt.getTime() - EARLY_MINUTES * 60_000),
          validUntil: s.endsAt,
          createdBy: v.kind === 'ANONYMOUS' ? '' : v.username,
        });
        try {
          await em.query('SAVEPOINT sign_in_code');
          await repo.insert(row);
          await em.query('RELEASE SAVEPOINT sign_in_code');
        } catch (e) {
          if (!uniqueViolation(e) || attempt > 5) throw e;
          await em.query('ROLLBACK TO SAVEPOINT sign_in_code');
          continue;
        }
        await this.audit.record(em, v, {
          operation: 'openSessionSignIn',
          targetType: 'CourseSession',
          targetId: s.id,
          targetUnitId: c.organiserUnitId,
          countyId: c.countyId,
          before: {},
          after: { course: c.code, session: s.startsAt.toISOString() },
        });
        return row;
      }
    });
  }

  /**
   * 簽到: a teacher admitted to the course signs itself in with the code shown in the session
   * (PRESENT, or LATE 15 minutes after the start). A wrong or expired code is refused and counted;
   * 5 refusals in 10 minutes and signing in waits. An organiser's own mark is not overwritten.
   */
  async signIn(v: Viewer, rawCode: string): Promise<AttendanceEntity> {
    if (!signsIn(v) || v.kind !== 'TEACHER') throw forbidden('NOT_PERMITTED', 'Only a teacher signs in, for itself (僅教師本人可簽到)');
    const now = this.clock.now();
    const code = rawCode.trim().toUpperCase().replace(/[\s-]/g, '');
    const since = new Date(now.getTime() - SIGN_IN_FAILURES.windowMinutes * 60_000);
    const failures = await this.ds
      .getRepository(SignInFailureEntity)
      .createQueryBuilder('f')
      .where('f.teacher_id = :t AND f.attempted_at > :since', { t: v.teacherId, since })
      .getCount();
    if (failures >= SIGN_IN_FAILURES.limit) {
      throw new AppError('RATE_LIMITED', 'TOO_MANY_REQUESTS', 'Too many wrong codes: wait a few minutes (簽到碼錯誤次數過多，請稍後再試)', {
        retryAfterSeconds: SIGN_IN_FAILURES.windowMinutes * 60,
      });
    }
    const refuse = async (reason: 'WRONG' | 'EXPIRED') => {
      await this.ds.getRepository(SignInFailureEntity).insert({ teacherId: v.teacherId, reason, attemptedAt: now });
      return reason === 'WRONG'
        ? badInput('code', 'SIGN_IN_CODE_INVALID', 'No session has this code (簽到碼錯誤)')
        : badInput('code', 'SIGN_IN_CODE_EXPIRED', 'This code is valid only during its session (不在簽到時間內)');
    };
    if (!/^[A-Z0-9]{4,12}$/.test(code)) throw await refuse('WRONG');
    const signIn = await this.ds.getRepository(SessionSignInEntity).findOneBy({ code });
    if (!signIn) throw await refuse('WRONG');
    if (now < signIn.validFrom || now >= signIn.validUntil) throw await refuse('EXPIRED');
    return inTransaction(this.ds, async (em) => {
      await lockForUpdate(em, 'course', [signIn.courseId]);
      const c = (await em.getRepository(CourseEntity).findOneBy({ id: signIn.courseId }))!;
      const s = (await em.getRepository(CourseSessionEntity).findOneBy({ id: signIn.sessionId }))!;
      if (c.status !== 'PUBLISHED') throw conflict('COURSE_STATE', 'The course is not open (課程未開放)');
      const admitted = await this.admitted(em, c.id);
      if (!admitted.has(v.teacherId))
        throw new AppError('FORBIDDEN', 'NOT_REGISTERED', 'You are not admitted to this course (您非本課程錄取學員)');
      const mine = await em.getRepository(AttendanceEntity).findOneBy({ sessionId: s.id, teacherId: v.teacherId });
      if (mine) return mine; // signed in already, or marked by the organiser: the organiser's mark stands
      const late = now.getTime() > s.startsAt.getTime() + LATE_AFTER_MINUTES * 60_000;
      const [row] = await this.upsertAttendance(
        em,
        v,
        c,
        s,
        [{ teacherId: v.teacherId, status: late ? 'LATE' : 'PRESENT' }],
        'SIGNED_IN',
        now,
      );
      return row;
    });
  }

  // ---- issuing hours ----

  /**
   * 核發研習時數: after the course's last session ends, every admitted teacher whose attendance earns
   * hours gets one study record (by the stated rule). Issuing again adds only records still missing
   * (an attendance marked since); an existing record is never changed here (corrections are).
   */
  async issueHours(v: Viewer, courseId: number): Promise<IssueReport> {
    const now = this.clock.now();
    return inTransaction(this.ds, async (em) => {
      await lockForUpdate(em, 'course', [courseId]);
      const c = await em.getRepository(CourseEntity).findOneBy({ id: courseId });
      if (!c || !keepsHoursOf(v, c)) throw notFound('NO_SUCH_COURSE', 'No such course (查無課程)');
      if (c.status !== 'PUBLISHED' && c.status !== 'CLOSED')
        throw conflict('COURSE_STATE', 'Hours are issued for a published or closed course (課程狀態不符)');
      if (now < c.endsAt)
        throw conflict('COURSE_NOT_ENDED', 'Hours are issued after the course has ended (課程尚未結束)', {
          endsAt: c.endsAt.toISOString(),
        });
      // a closed course still issues the records nobody issued yet; changes to issued ones go through corrections
      const [sessions, admitted, attendance, existing, organiser] = await Promise.all([
        em.getRepository(CourseSessionEntity).countBy({ courseId }),
        this.admitted(em, courseId),
        em.getRepository(AttendanceEntity).findBy({ courseId }),
        em.getRepository(StudyRecordEntity).findBy({ courseId }),
        em.getRepository(UnitEntity).findOneBy({ id: c.organiserUnitId }),
      ]);
      const has = new Set(existing.map((r) => r.teacherId));
      const statusesOf = new Map<number, AttendanceStatus[]>();
      for (const a of attendance) statusesOf.set(a.teacherId, [...(statusesOf.get(a.teacherId) ?? []), a.status]);
      const teachers = [...admitted.keys()].filter((t) => !has.has(t));
      const schools = new Map<number, number>();
      if (teachers.length) {
        const rows: { id: number; school_id: number }[] = await em.query(
          `SELECT id, school_id FROM teacher WHERE id IN (${placeholders(teachers.length)})`,
          teachers,
        );
        for (const r of rows) schools.set(Number(r.id), Number(r.school_id));
      }
      let seq = existing.length;
      let withoutHours = 0;
      let hoursIssued = 0;
      const fresh: StudyRecordEntity[] = [];
      for (const teacherId of teachers.sort((a, b) => a - b)) {
        const hours = hoursEarned(c.hours, sessions, statusesOf.get(teacherId) ?? []);
        if (hours <= 0) {
          withoutHours++;
          continue;
        }
        seq++;
        fresh.push(
          em.getRepository(StudyRecordEntity).create({
            teacherId,
            schoolId: schools.get(teacherId) ?? admitted.get(teacherId)!.schoolId,
            source: 'COURSE',
            courseId: c.id,
            partnerKeyId: null,
            externalId: null,
            title: c.title,
            issuerName: organiser?.name ?? '',
            issuerUnitId: c.organiserUnitId,
            schoolYear: c.schoolYear,
            domain: c.domain,
            hours,
            startsOn: taipeiDate(c.startsAt),
            endsOn: taipeiDate(c.endsAt),
            certificateNumber: `${c.code}-${String(seq).padStart(4, '0')}`,
            verificationCode: randomCode(12),
            recordKey: newRecordKey(),
            issuedAt: now,
            issuedBy: v.kind === 'ANONYMOUS' ? '' : v.username,
            updatedAt: now,
            version: 1,
          }),
        );
        hoursIssued += hours;
      }
      if (fresh.length) {
        for (let i = 0; i < fresh.length; i += 200) await em.getRepository(StudyRecordEntity).insert(fresh.slice(i, i + 200));
        // the uptake and the teachers' events for all the records at once (a few statements, not a few a record)
        await recordIssuedHoursMany(em, fresh.map(issuedOf), 1);
        await enqueueMany(
          em,
          fresh.map((r) => ({
            type: 'HOURS_ISSUED' as const,
            subjectType: 'StudyRecord',
            subjectId: r.id,
            at: now,
            unitId: r.schoolId,
            countyId: c.countyId,
            recipients: [{ kind: 'TEACHER' as const, id: r.teacherId }],
            data: { courseTitle: c.title, hours: r.hours, certificateNumber: r.certificateNumber },
          })),
        );
        await this.audit.record(em, v, {
          operation: 'issueHours',
          targetType: 'Course',
          targetId: c.id,
          targetUnitId: c.organiserUnitId,
          countyId: c.countyId,
          before: { course: c.code, records: existing.length },
          after: { course: c.code, records: existing.length + fresh.length, hours: hoursIssued },
        });
      }
      return { course: c, issued: fresh.length, alreadyIssued: existing.length, withoutHours, hoursIssued };
    });
  }

  // ---- corrections ----

  /**
   * 研習時數異動: before the course's closure the organiser's change applies at once (APPLIED); after
   * it, the change is a request (結案研習異動申請, PENDING) that the approver decides.
   */
  async correct(v: Viewer, recordId: number, hours: number, reason: string): Promise<HoursCorrectionEntity> {
    const why = reason.trim();
    if (!why) throw badInput('reason', 'FIELD_REQUIRED', 'A reason is required (請說明原因)');
    if (why.length > 500) throw badInput('reason', 'TOO_LONG', 'At most 500 characters (最多 500 字)', { maxLength: 500 });
    if (!Number.isFinite(hours) || hours < 0 || Math.round(hours * 2) !== hours * 2)
      throw badInput('hours', 'INVALID_VALUE', 'Hours in half hours, 0 or more (時數須為 0.5 的倍數)');
    const now = this.clock.now();
    return inTransaction(this.ds, async (em) => {
      const first = await em.getRepository(StudyRecordEntity).findOneBy({ id: recordId });
      if (!first || first.courseId === null) throw notFound('NO_SUCH_RECORD', 'No such study record (查無研習紀錄)');
      await lockForUpdate(em, 'study_record', [recordId]);
      const r = (await em.getRepository(StudyRecordEntity).findOneBy({ id: recordId }))!;
      const c = (await em.getRepository(CourseEntity).findOneBy({ id: r.courseId! }))!;
      if (!keepsHoursOf(v, c)) throw notFound('NO_SUCH_RECORD', 'No such study record (查無研習紀錄)');
      if (hours > c.hours)
        throw badInput('hours', 'HOURS_OVER_COURSE', `At most the course's ${c.hours} hours (不得超過課程時數)`, { max: c.hours });
      if (hours === r.hours) throw badInput('hours', 'INVALID_VALUE', 'The record has these hours already (時數未變更)');
      const pending = await em.getRepository(HoursCorrectionEntity).findOneBy({ recordId, status: 'PENDING' });
      if (pending) throw conflict('INVALID_STATE', 'A correction of this record awaits its decision (已有待審核之異動申請)');
      const closed = this.closedForHours(c, now);
      const row = em.getRepository(HoursCorrectionEntity).create({
        recordId,
        courseId: c.id,
        organiserUnitId: c.organiserUnitId,
        countyId: c.countyId,
        hoursBefore: r.hours,
        hoursAfter: hours,
        reason: why,
        status: closed ? 'PENDING' : 'APPLIED',
        requestedBy: v.kind === 'ANONYMOUS' ? '' : v.username,
        requestedAt: now,
        decidedBy: null,
        decidedAt: null,
        decisionNote: null,
      });
      const saved = await em.getRepository(HoursCorrectionEntity).save(row);
      if (!closed) await this.applyHours(em, r, hours, now);
      await this.audit.record(em, v, {
        operation: 'correctStudyRecord',
        targetType: 'StudyRecord',
        targetId: r.id,
        targetUnitId: c.organiserUnitId,
        countyId: c.countyId,
        before: { certificate: r.certificateNumber, hours: r.hours },
        after: { certificate: r.certificateNumber, hours, status: saved.status, reason: why },
      });
      return saved;
    });
  }

  /** 審核結案研習異動申請: the district (a school's course) or the platform (any other) approves or rejects. */
  async decide(v: Viewer, correctionId: number, approve: boolean, note: string | null): Promise<HoursCorrectionEntity> {
    const n = note?.trim() || null;
    if (n && n.length > 500) throw badInput('note', 'TOO_LONG', 'At most 500 characters (最多 500 字)', { maxLength: 500 });
    const now = this.clock.now();
    return inTransaction(this.ds, async (em) => {
      await lockForUpdate(em, 'hours_correction', [correctionId]);
      const h = await em.getRepository(HoursCorrectionEntity).findOneBy({ id: correctionId });
      const organiser = h ? await em.getRepository(UnitEntity).findOneBy({ id: h.organiserUnitId }) : null;
      if (!h || !organiser || !decidesCorrectionOf(v, organiser))
        throw notFound('NO_SUCH_OBJECT', 'No such correction request (查無異動申請)');
      if (h.status !== 'PENDING') throw conflict('CORRECTION_DECIDED', 'This request was decided already (已審核)', { status: h.status });
      h.status = approve ? 'APPROVED' : 'REJECTED';
      h.decidedBy = v.kind === 'ANONYMOUS' ? null : v.username;
      h.decidedAt = now;
      h.decisionNote = n;
      const saved = await em.getRepository(HoursCorrectionEntity).save(h);
      const r = (await em.getRepository(StudyRecordEntity).findOneBy({ id: h.recordId }))!;
      if (approve) await this.applyHours(em, r, h.hoursAfter, now);
      await enqueue(em, {
        type: 'HOURS_CORRECTION_DECIDED',
        subjectType: 'HoursCorrection',
        subjectId: h.id,
        at: now,
        unitId: h.organiserUnitId,
        countyId: h.countyId,
        recipients: [{ kind: 'TEACHER', id: r.teacherId }],
        data: { courseTitle: r.title, approved: approve, hours: approve ? h.hoursAfter : h.hoursBefore },
      });
      await this.audit.record(em, v, {
        operation: 'decideHoursCorrection',
        targetType: 'HoursCorrection',
        targetId: h.id,
        targetUnitId: h.organiserUnitId,
        countyId: h.countyId,
        before: { status: 'PENDING', hours: h.hoursBefore },
        after: { status: saved.status, hours: approve ? h.hoursAfter : h.hoursBefore },
      });
      return saved;
    });
  }

  /** A record's new hours, with the supply-demand uptake moved in the same transaction. */
  private async applyHours(em: EntityManager, r: StudyRecordEntity, hours: number, now: Date) {
    await em.getRepository(StudyRecordEntity).update({ id: r.id }, { hours, updatedAt: now, version: r.version + 1 });
    await recordIssuedHours(em, issuedOf(r), -1);
    await recordIssuedHours(em, { ...issuedOf(r), hours }, 1);
  }

  // ---- external hours ----

  /**
   * 外部研習時數: a partner key with HOURS_WRITE reports a completion (e.g. the ministry's MOOC
   * platform). Idempotent by the key and its own record ID: the same report again returns the
   * same record; the same ID with other content is a CONFLICT (EXTERNAL_ID_REUSED).
   */
  async reportExternal(v: Viewer, input: ExternalHoursInput): Promise<StudyRecordEntity> {
    if (!reportsHours(v) || v.kind !== 'PARTNER') throw forbidden();
    const externalId = input.externalId.trim();
    if (!/^[A-Za-z0-9._:-]{1,64}$/.test(externalId))
      throw badInput('input.externalId', 'INVALID_VALUE', 'Letters, digits and . _ : - (1 to 64)');
    const nationalId = input.nationalId.trim().toUpperCase();
    if (!isValidNationalId(nationalId))
      throw badInput('input.nationalId', 'NATIONAL_ID_INVALID', 'Not a valid national ID (身分證字號格式或檢查碼錯誤)');
    const title = input.title.trim();
    if (!title || title.length > 120)
      throw badInput('input.title', 'INVALID_VALUE', 'A title of 1 to 120 characters (名稱 1 至 120 字)', { maxLength: 120 });
    const issuerName = (input.issuerName?.trim() || v.name).slice(0, 120);
    if ((input.issuerName?.trim().length ?? 0) > 120)
      throw badInput('input.issuerName', 'TOO_LONG', 'At most 120 characters', { maxLength: 120 });
    if (!(input.domain in LABELS.StudyDomain)) throw badInput('input.domain', 'INVALID_VALUE', 'Unknown domain');
    if (!Number.isFinite(input.hours) || input.hours <= 0 || input.hours > 200 || Math.round(input.hours * 2) !== input.hours * 2)
      throw badInput('input.hours', 'INVALID_VALUE', 'Hours from 0.5 to 200 in half hours (時數 0.5 至 200，以半小時計)');
    if (!isDay(input.startsOn)) throw badInput('input.startsOn', 'INVALID_VALUE', 'A date YYYY-MM-DD');
    if (!isDay(input.endsOn)) throw badInput('input.endsOn', 'INVALID_VALUE', 'A date YYYY-MM-DD');
    if (input.endsOn < input.startsOn) throw badInput('input.endsOn', 'INVALID_VALUE', 'Ends before it starts (結束日早於開始日)');
    const now = this.clock.now();
    if (input.endsOn > taipeiDate(now))
      throw badInput('input.endsOn', 'INVALID_VALUE', 'A completion cannot lie in the future (完成日不得晚於今日)');
    const same = (r: StudyRecordEntity, teacherId: number) =>
      r.teacherId === teacherId &&
      r.title === title &&
      r.domain === input.domain &&
      r.hours === input.hours &&
      r.startsOn === input.startsOn &&
      r.endsOn === input.endsOn;
    const teacher = await this.ds.getRepository(TeacherEntity).findOneBy({ nationalId });
    if (!teacher) throw badInput('input.nationalId', 'INVALID_VALUE', 'No teacher has this national ID (查無此教師)');
    const findExisting = () => this.ds.getRepository(StudyRecordEntity).findOneBy({ partnerKeyId: v.keyId, externalId });
    const before = await findExisting();
    if (before) {
      if (same(before, teacher.id)) return before;
      throw conflict('EXTERNAL_ID_REUSED', 'This record ID was reported before with other content (此紀錄編號已使用)');
    }
    try {
      return await inTransaction(this.ds, async (em) => {
        const verificationCode = randomCode(12);
        const r = em.getRepository(StudyRecordEntity).create({
          teacherId: teacher.id,
          schoolId: teacher.schoolId,
          source: 'EXTERNAL',
          courseId: null,
          partnerKeyId: v.keyId,
          externalId,
          title,
          issuerName,
          issuerUnitId: null,
          schoolYear: schoolYearOf(new Date(`${input.endsOn}T04:00:00Z`)),
          domain: input.domain,
          hours: input.hours,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          certificateNumber: `X-${verificationCode}`,
          verificationCode,
          recordKey: newRecordKey(),
          issuedAt: now,
          issuedBy: v.username,
          updatedAt: now,
          version: 1,
        });
        await em.getRepository(StudyRecordEntity).insert(r);
        r.certificateNumber = `X${r.schoolYear}-${String(r.id).padStart(8, '0')}`;
        await em.getRepository(StudyRecordEntity).update({ id: r.id }, { certificateNumber: r.certificateNumber });
        await recordIssuedHours(em, issuedOf(r), 1);
        await enqueue(em, {
          type: 'HOURS_ISSUED',
          subjectType: 'StudyRecord',
          subjectId: r.id,
          at: now,
          unitId: r.schoolId,
          recipients: [{ kind: 'TEACHER', id: r.teacherId }],
          data: { courseTitle: title, hours: r.hours, certificateNumber: r.certificateNumber },
        });
        await this.audit.record(em, v, {
          operation: 'reportExternalHours',
          targetType: 'StudyRecord',
          targetId: r.id,
          targetUnitId: r.schoolId,
          countyId: null,
          before: {},
          after: { externalId, title, hours: r.hours, domain: r.domain, certificate: r.certificateNumber },
        });
        return r;
      });
    } catch (e) {
      if (!uniqueViolation(e)) throw e;
      const raced = await findExisting();
      if (raced && same(raced, teacher.id)) return raced;
      throw conflict('EXTERNAL_ID_REUSED', 'This record ID was reported before with other content (此紀錄編號已使用)');
    }
  }

  // ---- certificates ----

  /** 研習證明查驗: public; a valid code shows what the certificate shows, with the name masked. */
  async verify(code: string): Promise<CertificateVerification> {
    const c = code.trim().toUpperCase().replace(/[\s-]/g, '');
    if (!/^[A-Z0-9]{12}$/.test(c)) return INVALID;
    const r = await this.ds.getRepository(StudyRecordEntity).findOneBy({ verificationCode: c });
    if (!r) return INVALID;
    const t = await this.ds.getRepository(TeacherEntity).findOneBy({ id: r.teacherId });
    return {
      valid: true,
      certificateNumber: r.certificateNumber,
      teacherName: t ? maskName(t.name) : null,
      courseTitle: r.title,
      hours: r.hours,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      issuerName: r.issuerName,
    };
  }
}

/** What the supply-demand uptake counts of a record (shared/supply-summary.ts). */
const issuedOf = (r: StudyRecordEntity) => ({
  teacherId: r.teacherId,
  courseId: r.courseId,
  schoolYear: r.schoolYear,
  domain: r.domain,
  hours: r.hours,
  recordKey: r.recordKey,
});

/** The status column of an attendance sheet: headed 出席/狀態/status, else the second column if there is one. */
function statusColumn(rows: string[][]): number | null {
  const header = (rows[0] ?? []).map((h) => h.trim());
  const named = header.findIndex((h) => /出席|狀態|status/i.test(h));
  if (named >= 0) return named;
  return rows.some((r) => r.length > 1) ? 1 : null;
}

const STATUS_WORDS: Record<string, AttendanceStatus> = {
  '': 'PRESENT',
  出席: 'PRESENT',
  present: 'PRESENT',
  遲到: 'LATE',
  late: 'LATE',
  早退: 'LEFT_EARLY',
  left_early: 'LEFT_EARLY',
  缺席: 'ABSENT',
  absent: 'ABSENT',
};

function statusOf(cell: string): AttendanceStatus | null {
  return STATUS_WORDS[cell.trim().toLowerCase()] ?? null;
}
