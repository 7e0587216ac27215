import type { DataSource } from 'typeorm';
import { followsProgressOf, remindsAndReopens, seesExactStatistics } from '../../auth/rules';
import { perturb } from '../analytics/disclosure';
import { statsK } from '../analytics/analytics.service';
import { isDistrict, isPlatform, Viewer } from '../../auth/viewer';
import { AppError, badInput, conflict, forbidden, notFound } from '../../shared/errors';
import type { PlanKind } from '../../shared/enums';
import { hydrate, placeholders } from '../../shared/loaders';
import { inTransaction, uniqueViolation } from '../../shared/tx';
import type { AuditService } from '../audit/audit.service';
import { CountyEntity } from '../directory/county.entity';
import { CountySchoolYearEntity, PlanWindowEntity, SchoolYearEntity } from '../directory/school-year.entity';
import { UnitEntity } from '../directory/unit.entity';
import { ReminderEntity, SurveyResponseEntity } from './planning-cycle.entity';
import { SchoolPlanEntity, TeacherPlanEntity } from './plan.entity';
import { newRecordKey } from '../analytics/disclosure';
import { Clock, taipeiDay } from './windows';

export interface SchoolYearConfig {
  year: number;
  serviceOpensOn: string;
  serviceClosesOn: string;
  rewardThresholdPercent?: number | null;
  windows: { planKind: PlanKind; groupKey: string; opensOn: string; closesOn: string }[];
  counties: { countyId: number; planGroup: string; teacherWave: number }[];
}

export interface CountyProgress {
  countyId: number;
  planGroup: string | null;
  teacherWave: number | null;
  schools: number;
  schoolsSubmitted: number;
  teachers: number;
  teachersSubmitted: number;
}

export interface RewardEntry {
  schoolId: number;
  submittedAt: Date;
  teachers: number;
  teachersSubmitted: number;
  participationPercent: number;
}

export const SURVEY_QUESTIONS = 5;

/**
 * The platform's calendar (school years, windows, groups and waves), the satisfaction survey, the
 * filling progress and reminders (催覆), and the reward list (獎勵名單).
 */
export class CycleService {
  constructor(private readonly ds: DataSource, private readonly audit: AuditService, private readonly clock: Clock) {}

  /** Sets a school year's service period, windows, county groups and waves, and reward threshold. */
  async configureSchoolYear(v: Viewer, c: SchoolYearConfig): Promise<SchoolYearEntity> {
    if (!isPlatform(v)) throw forbidden();
    if (!Number.isInteger(c.year) || c.year < 90 || c.year > 200) throw badInput('year', 'A school year in ROC years, e.g. 110 (學年度，例如 110)');
    const day = (field: string, s: string, end: boolean) => {
      const d = taipeiDay(s, end);
      if (!d) throw badInput(field, 'A date YYYY-MM-DD (Taiwan time) (日期格式 YYYY-MM-DD)');
      return d;
    };
    const opens = day('serviceOpensOn', c.serviceOpensOn, false);
    const closes = day('serviceClosesOn', c.serviceClosesOn, true);
    if (closes <= opens) throw badInput('serviceClosesOn', 'The service period must end after it opens (服務期間結束須晚於開始)');
    const threshold = c.rewardThresholdPercent ?? 60;
    if (!Number.isInteger(threshold) || threshold < 0 || threshold > 100) throw badInput('rewardThresholdPercent', 'A percentage 0-100 (0 至 100 的百分比)');
    const windows = c.windows.map((w, i) => {
      const o = day(`windows.${i}.opensOn`, w.opensOn, false);
      const cl = day(`windows.${i}.closesOn`, w.closesOn, true);
      if (cl <= o) throw badInput(`windows.${i}.closesOn`, 'A window must close after it opens (填報期間結束須晚於開始)');
      if (o < opens || cl > closes) throw badInput(`windows.${i}.opensOn`, 'A window must lie within the service period (填報期間須在服務期間內)');
      if (!/^[A-Z0-9]{1,4}$/.test(w.groupKey)) throw badInput(`windows.${i}.groupKey`, 'A group key like A, B or a wave 1-9 (組別如 A、B 或梯次 1-9)');
      return { ...w, opensAt: o, closesAt: cl };
    });
    const keys = new Set(windows.map((w) => `${w.planKind}:${w.groupKey}`));
    if (keys.size !== windows.length) throw badInput('windows', 'A window appears twice (填報期間重複)');
    const counties = await this.ds.getRepository(CountyEntity).find();
    const given = new Map(c.counties.map((x) => [x.countyId, x]));
    c.counties.forEach((x, i) => {
      if (!counties.some((k) => k.id === x.countyId)) throw badInput(`counties.${i}.countyId`, 'No such county (查無此縣市)');
      if (!keys.has(`SCHOOL_PLAN:${x.planGroup}`)) throw badInput(`counties.${i}.planGroup`, 'No school-plan window for this group (此組別沒有學校規劃填報期間)');
      if (!keys.has(`TEACHER_PLAN:${x.teacherWave}`)) throw badInput(`counties.${i}.teacherWave`, 'No teacher-plan window for this wave (此梯次沒有教師規劃填報期間)');
    });
    if (given.size !== counties.length) throw badInput('counties', `Give every one of the ${counties.length} counties a group and a wave, once (每個縣市須設定一次組別與梯次)`);
    return inTransaction(this.ds, async (em) => {
      const before = await em.getRepository(SchoolYearEntity).findOneBy({ year: c.year });
      const year = await em.getRepository(SchoolYearEntity).save({ year: c.year, serviceOpensAt: opens, serviceClosesAt: closes, rewardThresholdPercent: threshold });
      await em.getRepository(PlanWindowEntity).delete({ schoolYear: c.year });
      await em.getRepository(PlanWindowEntity).insert(windows.map((w) => ({ schoolYear: c.year, planKind: w.planKind, groupKey: w.groupKey, opensAt: w.opensAt, closesAt: w.closesAt })));
      await em.getRepository(CountySchoolYearEntity).delete({ schoolYear: c.year });
      await em.getRepository(CountySchoolYearEntity).insert(c.counties.map((x) => ({ schoolYear: c.year, countyId: x.countyId, planGroup: x.planGroup, teacherWave: x.teacherWave })));
      await this.audit.record(em, v, {
        operation: 'configureSchoolYear', targetType: 'SchoolYear', targetId: c.year, targetUnitId: null, countyId: null,
        before: before ? { serviceOpensAt: before.serviceOpensAt.toISOString(), serviceClosesAt: before.serviceClosesAt.toISOString(), rewardThresholdPercent: before.rewardThresholdPercent } : {},
        after: { serviceOpensAt: opens.toISOString(), serviceClosesAt: closes.toISOString(), rewardThresholdPercent: threshold, windows: windows.map((w) => `${w.planKind}:${w.groupKey} ${w.opensOn}~${w.closesOn}`) },
      });
      return year;
    });
  }

  /** 滿意度調查: after the respondent's plan of that year is submitted; one answer per account per year. */
  async submitSurvey(v: Viewer, schoolYear: number, ratings: number[], comment: string | null): Promise<SurveyResponseEntity> {
    if (v.kind === 'ANONYMOUS') throw forbidden();
    if (ratings.length !== SURVEY_QUESTIONS) throw badInput('ratings', `Answer all ${SURVEY_QUESTIONS} questions`);
    ratings.forEach((r, i) => {
      if (!Number.isInteger(r) || r < 1 || r > 5) throw badInput(`ratings.${i}`, 'A rating from 1 to 5');
    });
    const text = comment?.trim() || null;
    if (text && text.length > 1000) throw badInput('comment', 'At most 1000 characters');
    let planKind: PlanKind;
    let submitted: boolean;
    if (v.kind === 'TEACHER') {
      planKind = 'TEACHER_PLAN';
      submitted = await this.ds.getRepository(TeacherPlanEntity).exists({ where: { schoolYear, teacherId: v.teacherId, status: 'SUBMITTED' } });
    } else if (v.kind === 'BUSINESS') {
      planKind = 'SCHOOL_PLAN';
      submitted = await this.ds.getRepository(SchoolPlanEntity).exists({ where: { schoolYear, schoolId: v.unitId, status: 'SUBMITTED' } });
    } else {
      throw forbidden('The survey is for those who filed a plan');
    }
    if (!submitted) throw new AppError('FORBIDDEN', 'The survey follows a submitted plan (請先送出規劃)', { reason: 'PLAN_NOT_SUBMITTED' });
    try {
      return await inTransaction(this.ds, async (em) => {
        if (await em.getRepository(SurveyResponseEntity).exists({ where: { schoolYear, respondent: v.credentialId } })) {
          throw conflict('You have answered this year\'s survey already');
        }
        const r = em.getRepository(SurveyResponseEntity).create({
          schoolYear, respondent: v.credentialId, planKind, countyId: v.countyId, ratings: ratings.join(','), comment: text, answeredAt: this.clock.now(),
          recordKey: newRecordKey(),
        });
        await em.save(r);
        return r;
      });
    } catch (e) {
      if (uniqueViolation(e)) throw conflict('You have answered this year\'s survey already');
      throw e;
    }
  }

  async surveyAnswered(v: Viewer, schoolYear: number): Promise<boolean> {
    if (v.kind === 'ANONYMOUS') return false;
    return this.ds.getRepository(SurveyResponseEntity).exists({ where: { schoolYear, respondent: v.credentialId } });
  }

  /**
   * Survey results per county: responses and the mean of each question (no comments, no respondents).
   * Disclosure control (docs/API.md): for everyone but the platform, a county and plan kind with
   * fewer than k answers is left out, and the number of answers is perturbed by the cell key method
   * (the sum of the answers' record keys); the means are those of the answers counted.
   */
  async surveyResults(v: Viewer, schoolYear: number): Promise<{ countyId: number; planKind: PlanKind; responses: number; means: number[] }[]> {
    if (!followsProgressOf(v, null)) throw forbidden();
    const exact = seesExactStatistics(v, { source: 'SURVEY' });
    const k = statsK();
    const rows = await this.ds.getRepository(SurveyResponseEntity).findBy({ schoolYear });
    const groups = new Map<string, { countyId: number; planKind: PlanKind; sums: number[]; n: number; keys: number }>();
    for (const r of rows) {
      if (r.countyId == null || (isDistrict(v) && v.countyId !== r.countyId)) continue;
      const key = `${r.countyId}:${r.planKind}`;
      const g = groups.get(key) ?? { countyId: r.countyId, planKind: r.planKind, sums: Array(SURVEY_QUESTIONS).fill(0), n: 0, keys: 0 };
      r.ratings.split(',').forEach((x, i) => (g.sums[i] += Number(x)));
      g.n++;
      g.keys += r.recordKey;
      groups.set(key, g);
    }
    return [...groups.values()]
      .filter((g) => exact || g.n >= k)
      .sort((a, b) => a.countyId - b.countyId || a.planKind.localeCompare(b.planKind))
      .map((g) => ({
        countyId: g.countyId, planKind: g.planKind, responses: exact ? g.n : Math.max(k, perturb(g.n, g.keys)),
        means: g.sums.map((s) => Math.round((s / g.n) * 100) / 100),
      }));
  }

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
         WHERE u.kind = 'SCHOOL' ${where} GROUP BY u.county_id`, [schoolYear, ...p]),
      this.ds.query(
        `SELECT u.county_id, COUNT(*) AS total, SUM(CASE WHEN tp.status = 'SUBMITTED' THEN 1 ELSE 0 END) AS submitted
         FROM teacher t JOIN unit u ON u.id = t.school_id LEFT JOIN teacher_plan tp ON tp.teacher_id = t.id AND tp.school_year = ?
         WHERE 1 = 1 ${where} GROUP BY u.county_id`, [schoolYear, ...p]),
      this.ds.getRepository(CountySchoolYearEntity).findBy({ schoolYear }),
    ]);
    const counties = await this.ds.getRepository(CountyEntity).find({ order: { id: 'ASC' } });
    const s = new Map<number, { total: number; submitted: number }>(schools.map((r: any) => [Number(r.county_id), { total: Number(r.total), submitted: Number(r.submitted ?? 0) }]));
    const t = new Map<number, { total: number; submitted: number }>(teachers.map((r: any) => [Number(r.county_id), { total: Number(r.total), submitted: Number(r.submitted ?? 0) }]));
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
  async pendingSchools(v: Viewer, schoolYear: number, countyId: number | null): Promise<{ school: UnitEntity; pendingTeachers: number; schoolPlanSubmitted: boolean }[]> {
    if (!remindsAndReopens(v)) throw forbidden();
    const county = isDistrict(v) ? v.countyId : countyId;
    const rows: any[] = await this.ds.query(
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
   * are not submitted: records when and whom (the school's active CHIEFs and CONTACTs).
   */
  async remind(v: Viewer, schoolYear: number, countyId: number | null): Promise<ReminderEntity[]> {
    const pending = await this.pendingSchools(v, schoolYear, countyId);
    if (!pending.length) return [];
    const now = this.clock.now();
    return inTransaction(this.ds, async (em) => {
      const ids = pending.map((p) => p.school.id);
      const rows: { unit_id: number; id: number }[] = await em.query(
        `SELECT unit_id, id FROM business_account WHERE status = 'ACTIVE' AND role IN ('CHIEF', 'CONTACT') AND unit_id IN (${placeholders(ids.length)}) ORDER BY id`,
        ids,
      );
      const byUnit = new Map<number, number[]>();
      for (const r of rows) byUnit.set(Number(r.unit_id), [...(byUnit.get(Number(r.unit_id)) ?? []), Number(r.id)]);
      const out: ReminderEntity[] = [];
      for (const p of pending) {
        const r = em.getRepository(ReminderEntity).create({
          schoolYear, planKind: p.schoolPlanSubmitted ? 'TEACHER_PLAN' : 'SCHOOL_PLAN', schoolId: p.school.id, countyId: p.school.countyId,
          sentAt: now, sentBy: v.kind === 'ANONYMOUS' ? '' : v.username, recipientIds: (byUnit.get(p.school.id) ?? []).join(','),
          pendingTeachers: p.pendingTeachers,
        });
        out.push(await em.save(r));
      }
      await this.audit.record(em, v, {
        operation: 'remindPendingSchools', targetType: 'SchoolYear', targetId: schoolYear, targetUnitId: null,
        countyId: isDistrict(v) ? v.countyId : countyId, after: { schools: out.length },
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

  /**
   * 獎勵名單: schools whose plan was submitted inside their county group's window and whose
   * teachers' participation (submitted teacher plans / teachers) meets the year's threshold.
   */
  async rewardList(v: Viewer, schoolYear: number, countyId: number | null): Promise<RewardEntry[]> {
    if (!followsProgressOf(v, countyId)) throw forbidden();
    const year = await this.ds.getRepository(SchoolYearEntity).findOneBy({ year: schoolYear });
    if (!year) throw notFound('No such school year');
    const county = isDistrict(v) ? v.countyId : countyId;
    const rows: any[] = await this.ds.query(
      `SELECT sp.school_id, sp.submitted_at, w.opens_at, w.closes_at,
              (SELECT COUNT(*) FROM teacher t WHERE t.school_id = sp.school_id) AS teachers,
              (SELECT COUNT(*) FROM teacher_plan tp WHERE tp.school_id = sp.school_id AND tp.school_year = sp.school_year AND tp.status = 'SUBMITTED') AS submitted
       FROM school_plan sp
       JOIN unit u ON u.id = sp.school_id
       JOIN county_school_year cs ON cs.school_year = sp.school_year AND cs.county_id = u.county_id
       JOIN plan_window w ON w.school_year = sp.school_year AND w.plan_kind = 'SCHOOL_PLAN' AND w.group_key = cs.plan_group
       WHERE sp.school_year = ? AND sp.status = 'SUBMITTED' ${county != null ? 'AND u.county_id = ?' : ''}
       ORDER BY u.county_id, sp.school_id`,
      [schoolYear, ...(county != null ? [county] : [])],
    );
    const asDate = (x: unknown) => (x instanceof Date ? x : new Date(String(x).replace(' ', 'T') + (String(x).endsWith('Z') ? '' : 'Z')));
    return rows
      .map((r) => {
        const teachers = Number(r.teachers);
        const submitted = Number(r.submitted);
        return {
          schoolId: Number(r.school_id), submittedAt: asDate(r.submitted_at), opensAt: asDate(r.opens_at), closesAt: asDate(r.closes_at),
          teachers, teachersSubmitted: submitted, participationPercent: teachers ? Math.round((submitted / teachers) * 1000) / 10 : 0,
        };
      })
      .filter((r) => r.submittedAt >= r.opensAt && r.submittedAt <= r.closesAt && r.teachers > 0 && r.participationPercent >= year.rewardThresholdPercent)
      .map(({ opensAt: _o, closesAt: _c, ...r }) => r);
  }
}
