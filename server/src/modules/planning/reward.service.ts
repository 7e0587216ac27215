import type { DataSource } from 'typeorm';
import { followsProgressOf } from './planning-cycle.policy';
import { isDistrict, Viewer } from '../../auth/viewer';
import { forbidden, notFound } from '../../shared/errors';
import { SchoolYearEntity } from '../directory';

export interface RewardEntry {
  schoolId: number;
  submittedAt: Date;
  teachers: number;
  teachersSubmitted: number;
  participationPercent: number;
}

/** 獎勵名單: the reward list of a school year. */
export class RewardService {
  constructor(private readonly ds: DataSource) {}

  /**
   * 獎勵名單: schools whose plan was submitted inside their county group's window and whose
   * teachers' participation (submitted teacher plans / teachers) meets the year's threshold.
   */
  async rewardList(v: Viewer, schoolYear: number, countyId: number | null): Promise<RewardEntry[]> {
    if (!followsProgressOf(v, countyId)) throw forbidden();
    const year = await this.ds.getRepository(SchoolYearEntity).findOneBy({ year: schoolYear });
    if (!year) throw notFound('NO_SUCH_SCHOOL_YEAR', 'No such school year');
    const county = isDistrict(v) ? v.countyId : countyId;
    const rows: Record<string, unknown>[] = await this.ds.query(
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
          schoolId: Number(r.school_id),
          submittedAt: asDate(r.submitted_at),
          opensAt: asDate(r.opens_at),
          closesAt: asDate(r.closes_at),
          teachers,
          teachersSubmitted: submitted,
          participationPercent: teachers ? Math.round((submitted / teachers) * 1000) / 10 : 0,
        };
      })
      .filter(
        (r) =>
          r.submittedAt >= r.opensAt &&
          r.submittedAt <= r.closesAt &&
          r.teachers > 0 &&
          r.participationPercent >= year.rewardThresholdPercent,
      )
      .map(({ opensAt: _o, closesAt: _c, ...r }) => r);
  }
}
