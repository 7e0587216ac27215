import type { DataSource } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { configuresSchoolYears } from './planning-cycle.policy';
import { badInput, forbidden } from '../../shared/errors';
import type { PlanKind } from '../../shared/enums';
import { inTransaction } from '../../shared/tx';
import type { AuditService } from '../audit';
import { CountyEntity } from '../directory';
import { CountySchoolYearEntity, PlanWindowEntity, SchoolYearEntity } from '../directory';
import { taipeiDay } from '../../shared/taiwan-time';

export interface SchoolYearConfig {
  year: number;
  serviceOpensOn: string;
  serviceClosesOn: string;
  rewardThresholdPercent?: number | null;
  windows: { planKind: PlanKind; groupKey: string; opensOn: string; closesOn: string }[];
  counties: { countyId: number; planGroup: string; teacherWave: number }[];
}

/** The platform's calendar: school years, their service period, windows, county groups and waves. */
export class CalendarService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Sets a school year's service period, windows, county groups and waves, and reward threshold. */
  async configureSchoolYear(v: Viewer, c: SchoolYearConfig): Promise<SchoolYearEntity> {
    if (!configuresSchoolYears(v)) throw forbidden();
    if (!Number.isInteger(c.year) || c.year < 90 || c.year > 200)
      throw badInput('year', 'SCHOOL_YEAR_INVALID', 'A school year in ROC years, e.g. 110 (學年度，例如 110)');
    const day = (field: string, s: string, end: boolean) => {
      const d = taipeiDay(s, end);
      if (!d) throw badInput(field, 'DATE_INVALID', 'A date YYYY-MM-DD (Taiwan time) (日期格式 YYYY-MM-DD)');
      return d;
    };
    const opens = day('serviceOpensOn', c.serviceOpensOn, false);
    const closes = day('serviceClosesOn', c.serviceClosesOn, true);
    if (closes <= opens)
      throw badInput('serviceClosesOn', 'END_BEFORE_START', 'The service period must end after it opens (服務期間結束須晚於開始)');
    const threshold = c.rewardThresholdPercent ?? 60;
    if (!Number.isInteger(threshold) || threshold < 0 || threshold > 100)
      throw badInput('rewardThresholdPercent', 'NUMBER_OUT_OF_RANGE', 'A percentage 0-100 (0 至 100 的百分比)', { min: 0, max: 100 });
    const windows = c.windows.map((w, i) => {
      const o = day(`windows.${i}.opensOn`, w.opensOn, false);
      const cl = day(`windows.${i}.closesOn`, w.closesOn, true);
      if (cl <= o)
        throw badInput(`windows.${i}.closesOn`, 'END_BEFORE_START', 'A window must close after it opens (填報期間結束須晚於開始)');
      if (o < opens || cl > closes)
        throw badInput(
          `windows.${i}.opensOn`,
          'WINDOW_OUTSIDE_SERVICE_PERIOD',
          'A window must lie within the service period (填報期間須在服務期間內)',
        );
      if (!/^[A-Z0-9]{1,4}$/.test(w.groupKey))
        throw badInput(`windows.${i}.groupKey`, 'GROUP_KEY_INVALID', 'A group key like A, B or a wave 1-9 (組別如 A、B 或梯次 1-9)');
      return { ...w, opensAt: o, closesAt: cl };
    });
    const keys = new Set(windows.map((w) => `${w.planKind}:${w.groupKey}`));
    if (keys.size !== windows.length) throw badInput('windows', 'DUPLICATE_ENTRY', 'A window appears twice (填報期間重複)');
    const counties = await this.ds.getRepository(CountyEntity).find();
    const given = new Map(c.counties.map((x) => [x.countyId, x]));
    c.counties.forEach((x, i) => {
      if (!counties.some((k) => k.id === x.countyId))
        throw badInput(`counties.${i}.countyId`, 'NO_SUCH_COUNTY', 'No such county (查無此縣市)');
      if (!keys.has(`SCHOOL_PLAN:${x.planGroup}`))
        throw badInput(
          `counties.${i}.planGroup`,
          'NO_WINDOW_FOR_GROUP',
          'No school-plan window for this group (此組別沒有學校規劃填報期間)',
        );
      if (!keys.has(`TEACHER_PLAN:${x.teacherWave}`))
        throw badInput(
          `counties.${i}.teacherWave`,
          'NO_WINDOW_FOR_WAVE',
          'No teacher-plan window for this wave (此梯次沒有教師規劃填報期間)',
        );
    });
    if (given.size !== counties.length)
      throw badInput(
        'counties',
        'EVERY_COUNTY_ONCE',
        `Give every one of the ${counties.length} counties a group and a wave, once (每個縣市須設定一次組別與梯次)`,
        { count: counties.length },
      );
    return inTransaction(this.ds, async (em) => {
      const before = await em.getRepository(SchoolYearEntity).findOneBy({ year: c.year });
      const year = await em
        .getRepository(SchoolYearEntity)
        .save({ year: c.year, serviceOpensAt: opens, serviceClosesAt: closes, rewardThresholdPercent: threshold });
      await em.getRepository(PlanWindowEntity).delete({ schoolYear: c.year });
      await em.getRepository(PlanWindowEntity).insert(
        windows.map((w) => ({
          schoolYear: c.year,
          planKind: w.planKind,
          groupKey: w.groupKey,
          opensAt: w.opensAt,
          closesAt: w.closesAt,
        })),
      );
      await em.getRepository(CountySchoolYearEntity).delete({ schoolYear: c.year });
      await em
        .getRepository(CountySchoolYearEntity)
        .insert(c.counties.map((x) => ({ schoolYear: c.year, countyId: x.countyId, planGroup: x.planGroup, teacherWave: x.teacherWave })));
      await this.audit.record(em, v, {
        operation: 'configureSchoolYear',
        targetType: 'SchoolYear',
        targetId: c.year,
        targetUnitId: null,
        countyId: null,
        before: before
          ? {
              serviceOpensAt: before.serviceOpensAt.toISOString(),
              serviceClosesAt: before.serviceClosesAt.toISOString(),
              rewardThresholdPercent: before.rewardThresholdPercent,
            }
          : {},
        after: {
          serviceOpensAt: opens.toISOString(),
          serviceClosesAt: closes.toISOString(),
          rewardThresholdPercent: threshold,
          windows: windows.map((w) => `${w.planKind}:${w.groupKey} ${w.opensOn}~${w.closesOn}`),
        },
      });
      return year;
    });
  }
}
