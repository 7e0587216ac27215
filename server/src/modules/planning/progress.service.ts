import type { DataSource } from 'typeorm';
import { remindsAndReopens } from './plan.policy';
import { followsProgressOf } from './planning-cycle.policy';
import { isDistrict, Viewer } from '../../auth/viewer';
import { AppError, forbidden } from '../../shared/errors';
import { enqueue } from '../../shared/outbox';
import { dateParam } from '../../shared/sql';
import { taipeiDate, taipeiDay } from '../../shared/taiwan-time';
import { hydrate, placeholders } from '../../shared/loaders';
import { inTransaction } from '../../shared/tx';
import type { AuditService } from '../audit';
import { CountyEntity } from '../directory';
import { CountySchoolYearEntity } from '../directory';
import { UnitEntity } from '../directory';
import { ReminderEntity } from './planning-cycle.entity';
import type { Clock } from '../../shared/clock';

export interface CountyProgress {
  countyId: number;
  planGroup: string | null;
  teacherWave: number | null;
  schools: number;
  schoolsSubmitted: number;
  teachers: number;
  teachersSubmitted: number;
}

/** The filling progress per county, the schools still pending, and the reminders (催覆) sent to them. */
export class ProgressService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Progress per county: schools (by group) and teachers (by wave) invited and submitted. */
  async progress(v: Viewer, schoolYear: number, countyId: number | null): Promise<CountyProgress[]> {
    if (!followsProgressOf(v, countyId)) throw forbidden();
    const county = isDistrict(v) ? v.countyId : countyId;
    const where = county != null ? 'AND u.county_id = ?' : '';
    const p = county != null ? [county] : [];
    const [schools, teachers, schedules] = await Promise.all([
      this.ds.query(
        `SELECT u.county_id, COUNT(*) AS total, SUM(CASE WHEN sp.status = 'SUBMITTED' THEN 1 ELSE 0 END) AS submitted
         FROM unit u LEFT JOIN school_plan sp ON sp.school_id = u.id AND sp.school_year = ?
         WHERE u.kind = 'SCHOOL' ${where} GROUP BY u.county_id`,
        [schoolYear, ...p],
      ),
      this.ds.query(
        `SELECT u.county_id, COUNT(*) AS total, SUM(CASE WHEN tp.status = 'SUBMITTED' THEN 1 ELSE 0 END) AS submitted
         FROM teacher t JOIN unit u ON u.id = t.school_id LEFT JOIN teacher_plan tp ON tp.teacher_id = t.id AND tp.school_year = ?
         WHERE 1 = 1 ${where} GROUP BY u.county_id`,
        [schoolYear, ...p],
      ),
      this.ds.getRepository(CountySchoolYearEntity).findBy({ schoolYear }),
    ]);
    const counties = await this.ds.getRepository(CountyEntity).find({ order: { id: 'ASC' } });
    const s = new Map<number, { total: number; submitted: number }>(
      schools.map((r: Record<string, unknown>): [number, { total: number; submitted: number }] => [
        Number(r.county_id),
        { total: Number(r.total), submitted: Number(r.submitted ?? 0) },
      ]),
    );
    const t = new Map<number, { total: number; submitted: number }>(
      teachers.map((r: Record<string, unknown>): [number, { total: number; submitted: number }] => [
        Number(r.county_id),
        { total: Number(r.total), submitted: Number(r.submitted ?? 0) },
      ]),
    );
    const sch = new Map(schedules.map((x) => [x.countyId, x]));
    return counties
      .filter((c) => county == null || c.id === county)
      .map((c) => ({
        countyId: c.id,
        planGroup: sch.get(c.id)?.planGroup ?? null,
        teacherWave: sch.get(c.id)?.teacherWave ?? null,
        schools: s.get(c.id)?.total ?? 0,
        schoolsSubmitted: s.get(c.id)?.submitted ?? 0,
        teachers: t.get(c.id)?.total ?? 0,
        teachersSubmitted: t.get(c.id)?.submitted ?? 0,
      }));
  }

  /** Schools of a county (or all) that have not submitted their plan, with their pending teachers. */
  async pendingSchools(
    v: Viewer,
    schoolYear: number,
    countyId: number | null,
  ): Promise<{ school: UnitEntity; pendingTeachers: number; schoolPlanSubmitted: boolean }[]> {
    if (!remindsAndReopens(v)) throw forbidden();
    const county = isDistrict(v) ? v.countyId : countyId;
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT u.*, (SELECT COUNT(*) FROM teacher t LEFT JOIN teacher_plan tp ON tp.teacher_id = t.id AND tp.school_year = ? AND tp.status = 'SUBMITTED'
                     WHERE t.school_id = u.id AND tp.id IS NULL) AS pending_teachers,
              (SELECT COUNT(*) FROM school_plan sp WHERE sp.school_id = u.id AND sp.school_year = ? AND sp.status = 'SUBMITTED') AS submitted
       FROM unit u WHERE u.kind = 'SCHOOL' ${county != null ? 'AND u.county_id = ?' : ''} ORDER BY u.id`,
      [schoolYear, schoolYear, ...(county != null ? [county] : [])],
    );
    const units = hydrate(this.ds, UnitEntity, rows);
    return units
      .map((u, i) => ({ school: u, pendingTeachers: Number(rows[i].pending_teachers), schoolPlanSubmitted: Number(rows[i].submitted) > 0 }))
      .filter((x) => !x.schoolPlanSubmitted || x.pendingTeachers > 0);
  }

  /**
   * 催覆: reminds every school of the county (or all) whose plan, or some of whose teachers' plans,
   * are not submitted: records when and whom (the school's active CHIEFs and CONTACTs), and mails
   * them through the outbox. Reminding a school a second time on the same (Taiwan) day asks first:
   * CONFLICT with reason ALREADY_REMINDED_TODAY unless `confirm` is true.
   */
  async remind(v: Viewer, schoolYear: number, countyId: number | null, confirm = false): Promise<ReminderEntity[]> {
    const pending = await this.pendingSchools(v, schoolYear, countyId);
    if (!pending.length) return [];
    const now = this.clock.now();
    return inTransaction(this.ds, async (em) => {
      const ids = pending.map((p) => p.school.id);
      if (!confirm) {
        const today = taipeiDay(taipeiDate(now), false)!;
        const again: { n: number }[] = await em.query(
          `SELECT COUNT(DISTINCT school_id) AS n FROM reminder WHERE school_year = ? AND sent_at >= ? AND school_id IN (${placeholders(ids.length)})`,
          [schoolYear, dateParam(this.ds, today), ...ids],
        );
        if (Number(again[0].n) > 0) {
          throw new AppError(
            'CONFLICT',
            'ALREADY_REMINDED_TODAY',
            `${Number(again[0].n)} of these schools were already reminded today: send again with confirm: true (今日已催覆過，確定再次催覆請加 confirm)`,
            {
              schools: Number(again[0].n),
              fields: ['confirm'],
            },
          );
        }
      }
      const rows: { unit_id: number; id: number }[] = await em.query(
        `SELECT unit_id, id FROM business_account WHERE status = 'ACTIVE' AND role IN ('CHIEF', 'CONTACT') AND unit_id IN (${placeholders(ids.length)}) ORDER BY id`,
        ids,
      );
      const byUnit = new Map<number, number[]>();
      for (const r of rows) byUnit.set(Number(r.unit_id), [...(byUnit.get(Number(r.unit_id)) ?? []), Number(r.id)]);
      const out: ReminderEntity[] = [];
      for (const p of pending) {
        const r = em.getRepository(ReminderEntity).create({
          schoolYear,
          planKind: p.schoolPlanSubmitted ? 'TEACHER_PLAN' : 'SCHOOL_PLAN',
          schoolId: p.school.id,
          countyId: p.school.countyId,
          sentAt: now,
          sentBy: v.kind === 'ANONYMOUS' ? '' : v.username,
          recipientIds: (byUnit.get(p.school.id) ?? []).join(','),
          pendingTeachers: p.pendingTeachers,
        });
        const saved = await em.save(r);
        out.push(saved);
        await enqueue(em, {
          type: 'REMINDER',
          subjectType: 'Reminder',
          subjectId: saved.id,
          at: now,
          unitId: p.school.id,
          countyId: p.school.countyId,
          recipients: (byUnit.get(p.school.id) ?? []).map((id) => ({ kind: 'BUSINESS' as const, id })),
          data: { schoolName: p.school.name, schoolYear, planKind: saved.planKind, pendingTeachers: p.pendingTeachers },
        });
      }
      await this.audit.record(em, v, {
        operation: 'remindPendingSchools',
        targetType: 'SchoolYear',
        targetId: schoolYear,
        targetUnitId: null,
        countyId: isDistrict(v) ? v.countyId : countyId,
        after: { schools: out.length },
      });
      return out;
    });
  }

  async reminders(v: Viewer, schoolYear: number): Promise<ReminderEntity[]> {
    if (!remindsAndReopens(v)) throw forbidden();
    return this.ds.getRepository(ReminderEntity).find({
      where: { schoolYear, ...(isDistrict(v) ? { countyId: v.countyId! } : {}) },
      order: { id: 'ASC' },
    });
  }
}
