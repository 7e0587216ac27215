import type { DataSource } from 'typeorm';
import { seesExactStatistics } from '../analytics';
import { answersSurvey, followsProgressOf } from './planning-cycle.policy';
import { newRecordKey, perturb, statsK } from '../../shared/disclosure';
import { isDistrict, Viewer } from '../../auth/viewer';
import { AppError, badInput, conflict, forbidden } from '../../shared/errors';
import type { PlanKind } from '../../shared/enums';
import { inTransaction, uniqueViolation } from '../../shared/tx';
import { SurveyResponseEntity } from './planning-cycle.entity';
import { SchoolPlanEntity, TeacherPlanEntity } from './plan.entity';
import type { Clock } from '../../shared/clock';

export const SURVEY_QUESTIONS = 5;

/** 滿意度調查: the satisfaction survey after a submitted plan, and its results per county. */
export class SurveyService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
  ) {}

  /** 滿意度調查: after the respondent's plan of that year is submitted; one answer per account per year. */
  async submitSurvey(v: Viewer, schoolYear: number, ratings: number[], comment: string | null): Promise<SurveyResponseEntity> {
    if (!answersSurvey(v) || v.kind === 'ANONYMOUS') throw forbidden();
    if (ratings.length !== SURVEY_QUESTIONS)
      throw badInput('ratings', 'ANSWER_ALL_QUESTIONS', `Answer all ${SURVEY_QUESTIONS} questions`, { count: SURVEY_QUESTIONS });
    ratings.forEach((r, i) => {
      if (!Number.isInteger(r) || r < 1 || r > 5)
        throw badInput(`ratings.${i}`, 'NUMBER_OUT_OF_RANGE', 'A rating from 1 to 5', { min: 1, max: 5 });
    });
    const text = comment?.trim() || null;
    if (text && text.length > 1000) throw badInput('comment', 'TOO_LONG', 'At most 1000 characters', { maxLength: 1000 });
    let planKind: PlanKind;
    let submitted: boolean;
    if (v.kind === 'TEACHER') {
      planKind = 'TEACHER_PLAN';
      submitted = await this.ds
        .getRepository(TeacherPlanEntity)
        .exists({ where: { schoolYear, teacherId: v.teacherId, status: 'SUBMITTED' } });
    } else if (v.kind === 'BUSINESS') {
      planKind = 'SCHOOL_PLAN';
      submitted = await this.ds.getRepository(SchoolPlanEntity).exists({ where: { schoolYear, schoolId: v.unitId, status: 'SUBMITTED' } });
    } else {
      throw forbidden('SURVEY_FOR_PLANNERS', 'The survey is for those who filed a plan');
    }
    if (!submitted) throw new AppError('FORBIDDEN', 'PLAN_NOT_SUBMITTED', 'The survey follows a submitted plan (請先送出規劃)');
    try {
      return await inTransaction(this.ds, async (em) => {
        if (await em.getRepository(SurveyResponseEntity).exists({ where: { schoolYear, respondent: v.credentialId } })) {
          throw conflict('SURVEY_ALREADY_ANSWERED', "You have answered this year's survey already");
        }
        const r = em.getRepository(SurveyResponseEntity).create({
          schoolYear,
          respondent: v.credentialId,
          planKind,
          countyId: v.countyId,
          ratings: ratings.join(','),
          comment: text,
          answeredAt: this.clock.now(),
          recordKey: newRecordKey(),
        });
        await em.save(r);
        return r;
      });
    } catch (e) {
      if (uniqueViolation(e)) throw conflict('SURVEY_ALREADY_ANSWERED', "You have answered this year's survey already");
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
  async surveyResults(
    v: Viewer,
    schoolYear: number,
  ): Promise<{ countyId: number; planKind: PlanKind; responses: number; means: number[] }[]> {
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
        countyId: g.countyId,
        planKind: g.planKind,
        responses: exact ? g.n : Math.max(k, perturb(g.n, g.keys)),
        means: g.sums.map((s) => Math.round((s / g.n) * 100) / 100),
      }));
  }
}
